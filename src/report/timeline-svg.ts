// A council's history as a picture: an inline SVG (no script) with time running down a vertical axis, one mark per
// dated instrument (its shape says the kind, its colour the status), a bar for the time each was in force, and a
// label beside each mark. Vertical, so a phone shows it at full size. Every mark links to the instrument's section
// and has a <title> for screen readers and hover; the ordered list under it says the same in text.
import type { InterventionRecord } from '../schema/intervention.js';
import { escapeHtml, formatDate, instrumentLabel, statusLabel } from './html.js';

const WIDTH = 340;
const AXIS_X = 58;
const LABEL_X = 84;
const TOP = 18;
const PX_PER_YEAR = 34;
/** A short history (one or two years) is stretched to this height so its marks and labels have room. */
const MIN_AXIS = 150;
/** Two label lines and a gap: labels closer than this are pushed down, with a leader line to their mark. */
const LABEL_STEP = 36;

/** A date (YYYY, YYYY-MM or YYYY-MM-DD) as a fractional year; a year or month alone sits at its start. */
export function yearFraction(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return y + ((m || 1) - 1) / 12 + ((d || 1) - 1) / 366;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The mark's shape, centred on (x, y). */
function shape(kind: InterventionRecord['instrument'], x: number, y: number): string {
  switch (kind) {
    case 'improvement_notice':
      return `<circle cx="${x}" cy="${y}" r="7"/>`;
    case 'direction':
      return `<rect x="${x - 6.5}" y="${y - 6.5}" width="13" height="13"/>`;
    case 'revised_direction':
      return `<path d="M${x} ${y - 8}L${x + 8} ${y}L${x} ${y + 8}L${x - 8} ${y}Z"/>`;
    case 'revocation':
      return `<path d="M${x - 6} ${y - 6}L${x + 6} ${y + 6}M${x + 6} ${y - 6}L${x - 6} ${y + 6}" class="tl-cross"/>`;
    case 'commissioner_appointment':
      return `<path d="M${x} ${y - 8}L${x + 8} ${y + 6}L${x - 8} ${y + 6}Z"/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="5"/>`;
  }
}

export interface TimelineEntry {
  record: InterventionRecord;
  /** The instrument's anchor on the page ("i2"). */
  anchor: string;
  /** When it stopped being in force (the date of what replaced or revoked it), when known. */
  endedOn: string | null;
}

function describe(r: InterventionRecord): string {
  return `${instrumentLabel(r.instrument)}${r.service === 'SEND' ? ' (SEND)' : ''}`;
}

/** The SVG for a council's dated instruments; '' when none is dated. `today` (YYYY-MM-DD) ends open periods. */
export function timelineSvg(entries: TimelineEntry[], today: string, councilName: string): string {
  const dated = entries.filter((e) => e.record.issuedOn).sort((a, b) => a.record.issuedOn!.localeCompare(b.record.issuedOn!));
  if (!dated.length) return '';
  const first = Math.floor(yearFraction(dated[0].record.issuedOn!));
  const last = Math.max(Math.ceil(yearFraction(today)), Math.floor(yearFraction(dated.at(-1)!.record.issuedOn!)) + 1);
  const perYear = Math.max(PX_PER_YEAR, MIN_AXIS / (last - first));
  const y = (iso: string) => round(TOP + (yearFraction(iso) - first) * perYear);
  const axisEnd = round(TOP + (last - first) * perYear);
  const todayY = y(today);

  const parts: string[] = [];
  parts.push(`<line class="tl-axis" x1="${AXIS_X}" y1="${TOP}" x2="${AXIS_X}" y2="${axisEnd}"/>`);
  for (let year = first; year <= last; year++) {
    const ty = round(TOP + (year - first) * perYear);
    parts.push(`<line class="tl-tick" x1="${AXIS_X - 5}" y1="${ty}" x2="${AXIS_X + 5}" y2="${ty}"/>`);
    // A year label that would overprint "today" is left out; its tick stays.
    if (Math.abs(ty - todayY) >= 13) parts.push(`<text class="tl-year" x="${AXIS_X - 10}" y="${round(ty + 4)}" text-anchor="end">${year}</text>`);
  }
  // The time each instrument was in force, under the marks.
  for (const e of dated) {
    const r = e.record;
    const end = e.endedOn ?? (r.status === 'in_force' ? today : null);
    if (!end || r.instrument === 'revocation' || end < r.issuedOn!) continue;
    const y1 = y(r.issuedOn!);
    const y2 = y(end);
    const until = e.endedOn ? formatDate(e.endedOn) : 'now';
    parts.push(
      `<rect class="tl-period st-${escapeHtml(r.status)}" x="${AXIS_X - 3}" y="${y1}" width="6" height="${round(Math.max(1, y2 - y1))}"><title>${escapeHtml(
        `${describe(r)} in force ${formatDate(r.issuedOn)} – ${until}`,
      )}</title></rect>`,
    );
  }
  parts.push(`<line class="tl-today" x1="${AXIS_X - 14}" y1="${todayY}" x2="${AXIS_X + 14}" y2="${todayY}"/>`);
  parts.push(`<text class="tl-year tl-today-label" x="${AXIS_X - 16}" y="${round(todayY + 4)}" text-anchor="end">today</text>`);

  let labelY = -Infinity;
  for (const e of dated) {
    const r = e.record;
    const my = y(r.issuedOn!);
    labelY = Math.max(my, labelY + LABEL_STEP);
    const what = describe(r);
    const when = `${formatDate(r.issuedOn)} · ${statusLabel(r.status)}`;
    const title = `${what}, ${formatDate(r.issuedOn)}: ${statusLabel(r.status).toLowerCase()}`;
    const leader = labelY - my > 1 ? `<path class="tl-leader" d="M${AXIS_X + 8} ${my}L${LABEL_X - 6} ${round(labelY - 4)}"/>` : '';
    parts.push(`<a href="#${escapeHtml(e.anchor)}" class="tl-item">
<title>${escapeHtml(title)}</title>
<g class="tl-mark st-${escapeHtml(r.status)} k-${escapeHtml(r.instrument)}">${shape(r.instrument, AXIS_X, my)}</g>${leader}
<text class="tl-label" x="${LABEL_X}" y="${round(labelY)}">${escapeHtml(what)}</text>
<text class="tl-when" x="${LABEL_X}" y="${round(labelY + 16)}">${escapeHtml(when)}</text>
</a>`);
  }
  const height = Math.ceil(Math.max(axisEnd, labelY + 16) + 14);
  return `<figure class="tl-figure">
<svg class="tl" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="tl-title">
<title id="tl-title">${escapeHtml(`Timeline of ${councilName}’s instruments, ${first} to ${last}`)}</title>
${parts.join('\n')}
</svg>
<figcaption class="muted">Square: direction · diamond: revised direction · circle: improvement notice · triangle: commissioner · cross: revocation.
Bars show how long each was in force. Select a mark to read the instrument.</figcaption>
</figure>`;
}

// council/<slug>.html: one council's timeline, then each instrument with its values, the sources each value came
// from, and the sources themselves with their evidence quotes.
import type { InterventionRecord, SourceRef } from '../schema/intervention.js';
import {
  escapeHtml,
  formatPeriod,
  instrumentLabel,
  isPast,
  layout,
  safeHref,
  statusLabel,
  timeHtml,
} from './html.js';
import { NOT_UNDER_TEXT, UNDER_TEXT } from './index-page.js';
import { aboutFooter, instrumentAnchor, type CouncilView, type ReportContext } from './model.js';

const KIND_LABELS: Record<SourceRef['kind'], string> = {
  instrument_pdf: 'Instrument (PDF)',
  govuk_publication: 'GOV.UK publication',
  govuk_collection: 'GOV.UK collection',
  news: 'News',
  feed: 'News feed',
  other: 'Other document',
};

/** A date cell's content, with "(past)" when the date is before the report's generation date. */
export function dueHtml(due: string | null, today: string): string {
  if (!due) return '<span class="muted">no date</span>';
  return isPast(due, today) ? `${timeHtml(due)} <span class="past-label">(past)</span>` : timeHtml(due);
}

function sourceAnchor(recordIndex: number, sourceIndex: number): string {
  return `${instrumentAnchor(recordIndex)}-s${sourceIndex + 1}`;
}

/** Links from a value to the sources that gave it: [1] [2] pointing at the sources list (or out, if not listed). */
function refs(from: string[], record: InterventionRecord, recordIndex: number): string {
  if (!from.length) return '<span class="muted">—</span>';
  const links = from.map((uri) => {
    const i = record.sources.findIndex((s) => s.uri === uri);
    if (i >= 0) {
      const label = record.sources[i].title ?? uri;
      return `<a href="#${sourceAnchor(recordIndex, i)}" title="${escapeHtml(label)}" aria-label="Source ${i + 1}: ${escapeHtml(label)}">[${i + 1}]</a>`;
    }
    const href = safeHref(uri);
    return href
      ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer" aria-label="Source: ${escapeHtml(uri)}">[source]</a>`
      : `<code>${escapeHtml(uri)}</code>`;
  });
  return `<span class="refs">${links.join(' ')}</span>`;
}

function table(caption: string, headings: string[], rows: { cells: string[]; cls?: string }[]): string {
  return `<div class="table-wrap" role="region" aria-label="${escapeHtml(caption)}" tabindex="0"><table>
<caption class="vh">${escapeHtml(caption)}</caption>
<thead><tr>${headings.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr${r.cls ? ` class="${escapeHtml(r.cls)}"` : ''}>${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
}

function or(value: string | null, fallback = '—'): string {
  return value ? escapeHtml(value) : `<span class="muted">${escapeHtml(fallback)}</span>`;
}

/** "the statutory direction of 5 March 2024", linked to its section (here or on another council's page). */
function chainLink(id: string, ctx: ReportContext, here: CouncilView): string {
  const target = ctx.byId.get(id);
  if (!target) return `an instrument not in the dataset (<code>${escapeHtml(id)}</code>)`;
  const r = target.view.records[target.index];
  const text = `${escapeHtml(instrumentLabel(r.instrument))}${r.issuedOn ? `, ${timeHtml(r.issuedOn)}` : ' (undated)'}`;
  const href = target.view === here ? `#${instrumentAnchor(target.index)}` : `${escapeHtml(target.view.slug)}.html#${instrumentAnchor(target.index)}`;
  return `<a href="${href}">${text}</a>`;
}

function chainNotes(r: InterventionRecord, ctx: ReportContext, view: CouncilView): string[] {
  const notes: string[] = [];
  if (r.replaces) notes.push(`Replaces ${chainLink(r.replaces, ctx, view)}`);
  if (r.replacedBy) notes.push(`Replaced by ${chainLink(r.replacedBy, ctx, view)}`);
  if (r.revokedBy) notes.push(`Revoked by ${chainLink(r.revokedBy, ctx, view)}`);
  return notes;
}

function heading(r: InterventionRecord): string {
  return `${escapeHtml(instrumentLabel(r.instrument))}, ${r.issuedOn ? timeHtml(r.issuedOn) : 'undated'}`;
}

function statusBadge(r: InterventionRecord): string {
  return `<span class="badge status-${escapeHtml(r.status)}">${escapeHtml(statusLabel(r.status))}</span>`;
}

function sourcesList(r: InterventionRecord, index: number): string {
  if (!r.sources.length) return '<p class="muted">No source documents recorded.</p>';
  const items = r.sources.map((s, i) => {
    const href = safeHref(s.uri);
    const title = escapeHtml(s.title ?? s.uri);
    const titleHtml = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>` : title;
    const cite = href ? ` cite="${escapeHtml(href)}"` : '';
    const quote = s.evidence.quote.trim()
      ? `<blockquote${cite}><p>${escapeHtml(s.evidence.quote)}</p></blockquote>`
      : '<p class="muted">No quote recorded.</p>';
    return `<li id="${sourceAnchor(index, i)}">
<strong>${titleHtml}</strong><br>
<span class="muted">${escapeHtml(KIND_LABELS[s.kind] ?? s.kind)} · published ${timeHtml(s.publishedAt)}</span>
${quote}
<span class="uri">${href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(s.uri)}</a>` : `<code>${escapeHtml(s.uri)}</code>`}</span>
</li>`;
  });
  return `<ol class="sources">\n${items.join('\n')}\n</ol>`;
}

function instrumentSection(r: InterventionRecord, index: number, ctx: ReportContext, view: CouncilView): string {
  const id = instrumentAnchor(index);
  const parts: string[] = [];
  const missing: string[] = [];
  const ref = (from: string[]) => refs(from, r, index);

  const facts = [
    ['Status', statusBadge(r)],
    ['Issued', timeHtml(r.issuedOn)],
    ['Service', escapeHtml(r.service)],
    ['Legal basis', r.legalBasis.length ? r.legalBasis.map(escapeHtml).join('; ') : '<span class="muted">not stated</span>'],
    ...chainNotes(r, ctx, view).map((n) => ['Chain', n]),
    [
      'Ofsted',
      r.ofsted && (r.ofsted.rating || r.ofsted.publishedOn)
        ? `${or(r.ofsted.rating, 'rating not stated')}${r.ofsted.publishedOn ? `, published ${timeHtml(r.ofsted.publishedOn)}` : ''}`
        : '<span class="muted">not stated</span>',
    ],
    ['First seen', timeHtml(r.firstSeen.slice(0, 10))],
    ['Last changed', timeHtml(r.updated.slice(0, 10))],
  ];
  parts.push(`<dl class="facts">\n${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>`);

  if (r.partners.length)
    parts.push(
      `<h3>Partners</h3>\n${table(
        'Partner councils',
        ['Council', 'Role', 'Sources'],
        r.partners.map((p) => ({ cells: [escapeHtml(p.council.name), escapeHtml(p.role), ref(p.from)] })),
      )}`,
    );
  else missing.push('partners');
  if (r.people.length)
    parts.push(
      `<h3>People</h3>\n${table(
        'People named',
        ['Name', 'Role', 'Sources'],
        r.people.map((p) => ({ cells: [escapeHtml(p.name), escapeHtml(p.role), ref(p.from)] })),
      )}`,
    );
  else missing.push('people');
  if (r.deadlines.length)
    parts.push(
      `<h3>Deadlines</h3>\n${table(
        'Deadlines',
        ['Due', 'Action', 'As written', 'Sources'],
        r.deadlines.map((d) => ({
          cls: d.due && isPast(d.due, ctx.today) ? 'past' : undefined,
          cells: [dueHtml(d.due, ctx.today), or(d.action), escapeHtml(d.text), ref(d.from)],
        })),
      )}`,
    );
  else missing.push('deadlines');
  if (r.reviewCadences.length)
    parts.push(
      `<h3>Reviews</h3>\n${table(
        'Review cadences',
        ['Every', 'Activity', 'First due', 'As written', 'Sources'],
        r.reviewCadences.map((c) => ({
          cells: [escapeHtml(formatPeriod(c.every)), or(c.activity), c.firstDue ? dueHtml(c.firstDue, ctx.today) : '<span class="muted">—</span>', escapeHtml(c.text), ref(c.from)],
        })),
      )}`,
    );
  else missing.push('review cadences');
  if (r.durations.length)
    parts.push(
      `<h3>Durations</h3>\n${table(
        'Durations',
        ['Length', 'Qualifier', 'Of', 'As written', 'Sources'],
        r.durations.map((d) => ({ cells: [escapeHtml(formatPeriod(d.length)), or(d.qualifier), or(d.of), escapeHtml(d.text), ref(d.from)] })),
      )}`,
    );
  else missing.push('durations');
  if (missing.length) parts.push(`<p class="muted">Not found in the sources: ${escapeHtml(missing.join(', '))}.</p>`);
  if (r.conflicts.length)
    parts.push(
      `<h3>Where sources disagree</h3>\n${table(
        'Conflicting values',
        ['Field', 'Value', 'Sources'],
        r.conflicts.flatMap((c) => c.values.map((v) => ({ cells: [escapeHtml(c.field), `<code>${escapeHtml(JSON.stringify(v.value))}</code>`, ref(v.from)] }))),
      )}`,
    );
  parts.push(`<h3>Sources</h3>\n${sourcesList(r, index)}`);

  return `<section class="instrument st-${escapeHtml(r.status)}" id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${index + 1}. ${heading(r)}</h2>
${parts.join('\n')}
</section>`;
}

export function councilPage(view: CouncilView, ctx: ReportContext): string {
  const name = view.council.name;
  const status = view.underIntervention ? 'under' : 'not';
  const timeline = view.records.length
    ? `<ol class="timeline">
${view.records
  .map((r, i) => {
    const notes = chainNotes(r, ctx, view);
    return `<li><a href="#${instrumentAnchor(i)}">${heading(r)}</a> ${statusBadge(r)}${notes.map((n) => `<span class="chain">${n}</span>`).join('')}</li>`;
  })
  .join('\n')}
</ol>`
    : '<p>No instruments recorded.</p>';
  const missing = view.missingIds.length
    ? `<p class="muted">The timeline also lists ${view.missingIds.length} instrument(s) with no record in the dataset: ${view.missingIds
        .map((id) => `<code>${escapeHtml(id)}</code>`)
        .join(', ')}.</p>`
    : '';
  const body = `<p><a href="../index.html">All councils</a></p>
<h1>${escapeHtml(name)}</h1>
<p class="lede"><span class="badge status-${status}">${view.underIntervention ? UNDER_TEXT : NOT_UNDER_TEXT}</span>
${view.council.gss ? ` <span class="muted">GSS code ${escapeHtml(view.council.gss)}</span>` : ''}</p>
<h2 id="timeline">Timeline</h2>
${timeline}
${missing}
${view.records.map((r, i) => instrumentSection(r, i, ctx, view)).join('\n')}`;
  return layout({ title: `${name} — DfE interventions`, root: '../', body, footer: aboutFooter(ctx) });
}

// Escaping, small formatting helpers and the page layout shared by the index and council pages.
// Every interpolated value goes through escapeHtml (text and attribute values alike); the only strings that are
// inserted raw are fragments these template functions built themselves.
import type { InstrumentKind } from '../schema/record.js';
import type { InterventionRecord } from '../schema/intervention.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML text and for double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A URL safe to put in an href: only http(s) URLs of sources. Anything else (javascript:, data:, file paths) is null. */
export { safeHref } from '../export/links.js';

/** A file-name slug: lowercase ASCII letters, digits and single hyphens; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'council';
}

/**
 * Whether a due date (YYYY, YYYY-MM or YYYY-MM-DD) is wholly before today (YYYY-MM-DD): a month or year is past only
 * once it has ended, so "2024-03" is not past on 2024-03-31 but is on 2024-04-01.
 */
export function isPast(due: string, today: string): boolean {
  return due < today.slice(0, due.length);
}

const INSTRUMENT_LABELS: Record<InstrumentKind, string> = {
  direction: 'Statutory direction',
  revised_direction: 'Revised direction',
  revocation: 'Revocation',
  improvement_notice: 'Improvement notice',
  commissioner_appointment: 'Commissioner appointment',
  other: 'Other instrument',
};

export function instrumentLabel(kind: InstrumentKind): string {
  return INSTRUMENT_LABELS[kind] ?? kind;
}

const STATUS_LABELS: Record<InterventionRecord['status'], string> = {
  in_force: 'In force',
  replaced: 'Replaced',
  revoked: 'Revoked',
  unknown: 'Status unknown',
  revocation: 'Ends an instrument',
};

export function statusLabel(status: InterventionRecord['status']): string {
  return STATUS_LABELS[status] ?? status;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-03-05" → "5 March 2024", "2024-03" → "March 2024", "2024" → "2024"; null → "undated". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A <time> element for an ISO date, or "undated". */
export function timeHtml(iso: string | null): string {
  return iso ? `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatDate(iso))}</time>` : '<span class="muted">undated</span>';
}

/** "P6M" → "6 months", "P1Y" → "1 year", "open-ended" stays. */
export function formatPeriod(period: string): string {
  const m = /^P(\d+)([YMWD])$/.exec(period);
  if (!m) return period;
  const n = Number(m[1]);
  const unit = { Y: 'year', M: 'month', W: 'week', D: 'day' }[m[2] as 'Y' | 'M' | 'W' | 'D'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

export interface LayoutOptions {
  title: string;
  /** Relative path from the page to the report root: '' for the index, '../' for council pages. */
  root: string;
  /** Already-built HTML of <main>. */
  body: string;
  /** Already-built HTML of the footer. */
  footer: string;
  /** Whether to include the filter/sort script. */
  script?: boolean;
}

/**
 * The page shell. The content-security policy forbids everything but the report's own stylesheet and script, so a
 * value that slipped past escaping still could not load or run anything.
 */
export function layout(opts: LayoutOptions): string {
  const script = opts.script ? `\n<script src="${escapeHtml(opts.root)}report.js" defer></script>` : '';
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(opts.title)}</title>
<link rel="stylesheet" href="${escapeHtml(opts.root)}report.css">${script}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a href="${escapeHtml(opts.root)}index.html">DfE interventions in children’s services</a></header>
<main id="main">
${opts.body}
</main>
<footer class="about">
${opts.footer}
</footer>
</body>
</html>
`;
}

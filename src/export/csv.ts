// data/interventions.csv: one row per intervention for spreadsheets. RFC 4180 (CRLF line ends, fields
// quoted when they hold a comma, quote or line break, quotes doubled) with a UTF-8 byte order mark: Excel
// needs the BOM to read UTF-8 (names like "Children’s" would otherwise be mangled), and LibreOffice and
// csv-parse (`bom: true`) accept it. Lists are joined with "; ", each item readable on its own, e.g.
// "Leeds (strategic partner); Camden (peer support)".
import type { Conflict, InterventionRecord } from '../schema/intervention.js';

export const CSV_COLUMNS = [
  'id',
  'council',
  'gss',
  'instrument',
  'service',
  'issued_on',
  'status',
  'partners',
  'people',
  'deadlines',
  'review_cadences',
  'durations',
  'ofsted_rating',
  'ofsted_published',
  'legal_basis',
  'sources',
  'conflicts',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

const list = (items: string[]) => items.join('; ');
/** "text (a; b)" with the null parts left out. */
const detail = (text: string, parts: (string | null)[]) => {
  const given = parts.filter((p): p is string => p !== null && p !== '');
  return given.length ? `${text} (${given.join('; ')})` : text;
};

function conflictText(c: Conflict): string {
  return `${c.field}: ${c.values.map((v) => `${typeof v.value === 'string' ? v.value : JSON.stringify(v.value)} [${v.from.join(' ')}]`).join(' vs ')}`;
}

/** The cell values of one record (also what the round-trip test compares against). */
export function csvRow(r: InterventionRecord): CsvRow {
  return {
    id: r.id,
    council: r.council.name,
    gss: r.council.gss ?? '',
    instrument: r.instrument,
    service: r.service,
    issued_on: r.issuedOn ?? '',
    status: r.status,
    partners: list(r.partners.map((p) => `${p.council.name} (${p.role})`)),
    people: list(r.people.map((p) => `${p.name} (${p.role})`)),
    deadlines: list(r.deadlines.map((d) => detail(d.text, [d.due && `due ${d.due}`, d.action]))),
    review_cadences: list(r.reviewCadences.map((c) => detail(c.text, [c.every, c.activity, c.firstDue && `first due ${c.firstDue}`]))),
    durations: list(r.durations.map((d) => detail(d.text, [d.length, d.qualifier, d.of]))),
    ofsted_rating: r.ofsted?.rating ?? '',
    ofsted_published: r.ofsted?.publishedOn ?? '',
    legal_basis: list(r.legalBasis),
    sources: list(r.sources.map((s) => s.uri)),
    conflicts: list(r.conflicts.map(conflictText)),
  };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or CR: OWASP's list) gets a leading
 * single quote, which spreadsheets read as "this is text". Names and quotes come from documents anyone can
 * write, so "=HYPERLINK(…)" must not become a live link or a command.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(records: InterventionRecord[], { bom = true } = {}): string {
  const lines = [CSV_COLUMNS.join(','), ...records.map((r) => CSV_COLUMNS.map((c) => quote(guardFormula(csvRow(r)[c]))).join(','))];
  return `${bom ? '\ufeff' : ''}${lines.map((l) => `${l}\r\n`).join('')}`;
}

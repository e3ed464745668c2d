// The filters of `directions export` and `directions diff`, as one plain options object the commands fill
// from their flags:
//  - since: the instrument's own date (issuedOn; for an undated one, the earliest date a source was
//    published) on or after DATE. Compared at the precision the instrument's date has: an instrument of
//    2025-03 is "since 2025-03-15" (it may be), one of 2025 is "since 2025-06"; an instrument with no date
//    at all is never "since" anything.
//  - changedSince: when the dataset changed (a change's `at`; a record's `updated`) on or after DATE.
//  - council: see council-match.ts.
import { isRealIsoDate } from '../schema/record.js';
import type { InterventionRecord } from '../schema/intervention.js';
import type { CouncilRef } from '../schema/record.js';
import { matchCouncil } from './council-match.js';

export interface Selection {
  since?: string;
  changedSince?: string;
  council?: string;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A DATE flag as a string comparable with our ISO dates and timestamps: a calendar date (2025, 2025-01,
 * 2025-01-31) stays as given; a date-time is normalised to UTC ISO (…Z). An error message when it is
 * neither, or names a day the calendar does not have (2025-13-45, 2025-02-30).
 */
export function parseDateFlag(flag: string, value: string): { value: string } | { error: string } {
  const bad = { error: `${flag} ${value}: not a calendar date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time such as 2025-01-31T09:00Z)` };
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return isRealIsoDate(value) ? { value } : bad;
  const m = DATE_TIME.exec(value);
  if (!m || !isRealIsoDate(m[1])) return bad;
  const t = Date.parse(value);
  return Number.isNaN(t) ? bad : { value: new Date(t).toISOString() };
}

/** Both date flags of a selection parsed, or the first error. */
export function parseSelection(flags: { since?: string; changedSince?: string; council?: string }): { selection: Selection } | { error: string } {
  const selection: Selection = { council: flags.council };
  for (const [key, flag] of [['since', '--since'], ['changedSince', '--changed-since']] as const) {
    const raw = flags[key];
    if (raw === undefined) continue;
    const parsed = parseDateFlag(flag, raw);
    if ('error' in parsed) return parsed;
    selection[key] = parsed.value;
  }
  return { selection };
}

/** The instrument's own date: its issue date, else the earliest publication date of a source; null when none. */
export function instrumentDate(r: Pick<InterventionRecord, 'issuedOn' | 'sources'>): string | null {
  if (r.issuedOn) return r.issuedOn;
  const published = r.sources.map((s) => s.publishedAt).filter((d): d is string => d !== null).sort();
  return published[0] ?? null;
}

/** `date` (any ISO precision) on or after `since`, compared at the coarser of the two precisions. */
export function onOrAfter(date: string | null, since: string): boolean {
  if (date === null) return false;
  const day = since.slice(0, 10);
  return date >= day.slice(0, Math.min(date.length, day.length));
}

/** The predicates of a selection, or an error (an unknown council) for the command to exit 2 with. */
export function selector(
  selection: Selection,
  known: CouncilRef[],
): { error: string } | { byRecord(r: InterventionRecord): boolean; byCouncil(c: CouncilRef): boolean } {
  let council: (c: CouncilRef) => boolean = () => true;
  if (selection.council !== undefined) {
    const match = matchCouncil(selection.council, known);
    if (!match.ok) return { error: match.message };
    council = match.matches;
  }
  const { since, changedSince } = selection;
  return {
    byCouncil: council,
    byRecord: (r) =>
      council(r.council) && (since === undefined || onOrAfter(instrumentDate(r), since)) && (changedSince === undefined || r.updated >= changedSince),
  };
}

/** The records a selection asks for (in their order), or the error to exit 2 with. */
export function selectInterventions(records: InterventionRecord[], selection: Selection): { error: string } | { records: InterventionRecord[] } {
  const select = selector(selection, records.map((r) => r.council));
  return 'error' in select ? select : { records: records.filter(select.byRecord) };
}

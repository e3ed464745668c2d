// A change in words, the same in `directions diff` and the Atom feed:
//   "Kirklees: deadline 'agreement with Leeds' moved from 2018-04-25 to 2018-05-31"
// Dates, periods and ids are printed as they are; free text is quoted.
import type { FieldChange } from '../schema/change.js';
import type { Change } from './changes.js';

const NOUN: Record<string, string> = {
  partners: 'partner',
  people: 'person',
  deadlines: 'deadline',
  reviewCadences: 'review cadence',
  durations: 'duration',
  legalBasis: 'legal basis',
  sources: 'source',
};

const LINK: Record<string, string> = { replaces: 'replaces', replacedBy: 'replaced by', revokedBy: 'revoked by', revokes: 'revokes' };
const STATUS: Record<string, string> = { in_force: 'in force', revoked: 'revoked', replaced: 'replaced', unknown: 'unknown' };

const PLAIN = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|P\d+[YMWD]|open-ended|[A-Za-z0-9_-]+-\d{4}-\d{2}-\d{2}(?:-\d+)?|[A-Za-z0-9_-]+-undated)$/;

function show(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return PLAIN.test(value) ? value : `'${value}'`;
  return JSON.stringify(value);
}

const clip = (text: string, max = 60) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
};

function listItem(c: Change): string {
  const noun = NOUN[c.field] ?? c.field;
  const label = `'${clip(c.item ?? '')}'`;
  const v = (c.new ?? c.old) as Record<string, unknown> | string;
  if (c.field === 'partners' && typeof v === 'object') {
    return c.kind === 'added' ? `${c.item} appointed ${v.role}` : `${c.item} no longer listed as ${v.role}`;
  }
  if (c.field === 'people' && typeof v === 'object') {
    return c.kind === 'added' ? `${c.item} named as ${v.role}` : `${c.item} no longer named as ${v.role}`;
  }
  if (c.field === 'sources') return c.kind === 'added' ? `new source ${label}` : `source ${label} no longer reports it`;
  if (c.field === 'deadlines' && typeof v === 'object') {
    const when = v.due ? ` (${v.due})` : ' (undated)';
    return c.kind === 'added' ? `new deadline ${label}${when}` : `deadline ${label}${when} no longer given`;
  }
  return c.kind === 'added' ? `new ${noun} ${label}` : `${noun} ${label} no longer given`;
}

function attributeChange(c: Change): string {
  const noun = NOUN[c.field] ?? c.field;
  const label = `'${clip(c.item ?? '')}'`;
  if (c.attribute === 'due' || c.attribute === 'firstDue') {
    if (c.old === null) return `${noun} ${label} now dated ${show(c.new)}`;
    if (c.new === null) return `${noun} ${label} no longer dated (was ${show(c.old)})`;
    return `${noun} ${label} moved from ${show(c.old)} to ${show(c.new)}`;
  }
  return `${noun} ${label}: ${c.attribute} changed from ${show(c.old)} to ${show(c.new)}`;
}

function scalarChange(c: Change): string {
  if (c.field === 'status') return `status changed from ${STATUS[String(c.old)] ?? show(c.old)} to ${STATUS[String(c.new)] ?? show(c.new)}`;
  if (c.field === 'ofsted') {
    const what = c.attribute === 'rating' ? 'Ofsted rating' : 'Ofsted report date';
    return c.old === null ? `${what} given as ${show(c.new)}` : `${what} changed from ${show(c.old)} to ${show(c.new)}`;
  }
  const link = LINK[c.field] ?? c.field;
  if (c.old === null) return `${link} ${show(c.new)}`;
  if (c.new === null) return `no longer ${link} ${show(c.old)}`;
  return `now ${link} ${show(c.new)} (was ${show(c.old)})`;
}

export function changeText(c: Change): string {
  if (c.kind === 'new') return `new: ${String(c.new)}`;
  if (c.kind === 'removed') return `removed: ${String(c.old)} is no longer reported by any source`;
  const what = c.kind === 'added' || c.kind === 'dropped' ? listItem(c) : c.attribute && NOUN[c.field] ? attributeChange(c) : scalarChange(c);
  return `${c.council.name}: ${what}`;
}

export const withText = (c: Change): FieldChange => ({ ...c, text: changeText(c) });

/** A change and the source that says so, as in the feed's summaries. */
export const changeWithSource = (c: Change) => `${changeText(c)}${c.source ? ` — ${c.source}` : ''}`;

/** One line of `directions diff`: when, which intervention, what changed, and where it says so. */
export const changeLine = (c: Change) => `${c.at}  ${c.interventionId}  ${changeWithSource(c)}`;

// The Ofsted judgement behind an intervention: the rating (inadequate / requires improvement; better grades
// and ungraded area SEND inspections give null) and the month the judgement was published.
import { DATE_SOURCE, resolveDateMatch } from './dates.js';
import type { Sentence } from './text.js';

export interface OfstedFact {
  rating: 'inadequate' | 'requires improvement' | null;
  publishedOn: string | null;
  start: number;
  sentence: Sentence;
}

const CUE = /\b(?:Ofsted|inspect(?:ion|ions|ors|ed)?|judged|judgement|rated|rating|findings|found|deemed|branded|graded|describe[sd])\b/i;
/** "report published on 2 August 2024": the publication date of the judgement, preferred to any other date. */
const PUBLISHED = new RegExp(`\\b(?:published|reported) (?:on |in )?${DATE_SOURCE}`, 'i');
const RATING = /\b(?:(?<inad>inadequate)|(?<ri>requires? improvement|requiring improvement)|(?<good>outstanding|good))\b/i;
const AREA_SEND = /\b(?:local area|area SEND|SEND (?:area )?inspection|joint inspection|Care Quality Commission)\b/i;
const DATE = new RegExp(DATE_SOURCE, 'gi');
/** A bare year as a judgement's date ("an Ofsted report in 2010"), when the sentence gives no month. */
const YEAR_IN = /\b(?:in|of) (?<year>(?:19|20)\d\d)\b(?![-–/]\d)/g;
/** Dates that belong to something else in the sentence ("since 2010", "between ... and"). */
const NOT_JUDGEMENT_DATE = /\b(?:since|between|until|by)\s+$/i;
/** How far before a date NOT_JUDGEMENT_DATE looks (its longest word and the spaces after it). */
const NOT_JUDGEMENT_REACH = 20;

/** "rated inadequate last month" in an article of March 2025 → 2025-02. */
function relativeMonth(t: string, anchor: string): string | null {
  const m = /\b(last|this) month\b/i.exec(t);
  if (!m) return null;
  const [y, mo] = anchor.split('-').map(Number);
  if (m[1].toLowerCase() === 'this') return anchor.slice(0, 7);
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}

/** What `read` makes of the match of `re` nearest `at`, skipping dates that belong to something else ("since 2010"). */
function nearest(t: string, re: RegExp, at: number, read: (m: RegExpMatchArray) => string | null): string | null {
  let found: string | null = null;
  let best = Infinity;
  for (const m of t.matchAll(re)) {
    if (NOT_JUDGEMENT_DATE.test(t.slice(Math.max(0, m.index! - NOT_JUDGEMENT_REACH), m.index))) continue;
    const value = read(m);
    const distance = Math.abs(m.index! - at);
    if (value && distance < best) [best, found] = [distance, value];
  }
  return found;
}

export function findOfsted(sentence: Sentence, anchor: string | null): OfstedFact | null {
  const t = sentence.text;
  if (!CUE.test(t)) return null;
  const r = RATING.exec(t);
  const published = PUBLISHED.exec(t);
  // A sentence with no rating counts only as an ungraded area SEND inspection (its rating is null).
  if (!r && !(AREA_SEND.test(t) || (published !== null && /\b(?:report|findings)\b/i.test(t)))) return null;
  const rating = r?.groups?.inad ? 'inadequate' : r?.groups?.ri ? 'requires improvement' : null;
  if (published?.groups) {
    const d = resolveDateMatch(published.groups, anchor, 'past');
    if (d) return { rating, publishedOn: d.slice(0, 7), start: sentence.start + (r?.index ?? published.index), sentence };
  }
  // Without a rating, only a stated publication date is the judgement's date.
  if (!rating) return null;
  const at = r?.index ?? 0;
  const publishedOn =
    nearest(t, DATE, at, (m) => resolveDateMatch(m.groups!, anchor, 'past')?.slice(0, 7) ?? null) ??
    (anchor ? relativeMonth(t, anchor) : null) ??
    nearest(t, YEAR_IN, at, (m) => m.groups!.year);
  return { rating, publishedOn, start: sentence.start + at, sentence };
}

// Durations with qualifiers: "for a period of three years", "a minimum of a two-year period",
// "for an initial two years", and open-ended terms ("until it is revoked", "open ended").
import { isoPeriod, NUMBER_SOURCE, parseNumber, unitOf } from './dates.js';
import type { Sentence } from './text.js';
import type { Duration } from '../src/schema/record.js';

export interface DurationFact {
  text: string;
  length: string;
  qualifier: Duration['qualifier'];
  start: number;
  end: number;
  sentence: Sentence;
}

const UNIT = '(?:months?|years?|weeks?)';
const FROM = '(?: from the date of (?:this|the) (?:direction|notice|letter))?';
const AT_LEAST = '(?<least>not less than |no less than |at least |a minimum of |an? minimum of |a minimum )?';
const BARE_FOR = new RegExp(`\\bfor (?<initial>an initial |the initial |a further )?${AT_LEAST}(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})${FROM}(?! ago)`, 'gi');
const TERM_CONTEXT = /\b(?:will|shall|must|to (?:run|last|stay|remain|act|provide|support)|direction|notice|partner(?:ship)?|appoint|commissioner|adviser|support|arrangement|peer|term|in post)\b/i;
const BOUNDED = [
  new RegExp(`\\bfor an? (?:(?<min>minimum )|further |(?<initial>initial ))?(?:period|term) of ${AT_LEAST}(?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT})${FROM}`, 'gi'),
  new RegExp(`\\b(?:over |for )?${AT_LEAST}an? (?<initial>initial )?(?<n>${NUMBER_SOURCE})-(?<unit>month|year|week) (?:period|programme|term)${FROM}`, 'gi'),
  BARE_FOR,
  // "for up to two years", "for no longer than 18 months"
  new RegExp(`\\bfor (?<most>up to |no (?:longer|more) than |not more than |a maximum of )(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
  // "reviewed no earlier than 12 months": a minimum term
  new RegExp(`\\bno (?<least>earlier|sooner) than (?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
  // "for the next 12 months", "for a further year"
  new RegExp(`\\bfor the (?:next|coming|following) (?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
  new RegExp(`\\bfor (?<n>a|one) (?:further |more |additional )(?<unit>year|month)\\b`, 'gi'),
  new RegExp(`\\b(?:run|last|lasts|continue|continues) for (?<initial>an initial )?${AT_LEAST}(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
];
const OPEN_ENDED = [
  /\b(?:remain|continue|stay)s? in force until (?:it|they|this direction|the direction|the notice|this notice) (?:is|are) (?:revoked|lifted|removed|withdrawn)(?: or (?:replaced|varied))?(?: by the Secretary of State(?: for Education)?)?/gi,
  /\buntil the (?:directions?|improvement notice|notice) (?:is|are|has been|have been) (?:revoked|removed|lifted|withdrawn)(?: by [A-Z][a-z]+(?: [A-Z][a-z]+)*)?/gi,
  /\b(?:remain|continue|stay)s? in force until the (?:Secretary of State|Department|Minister|DfE) (?:revokes|lifts|withdraws|ends) it\b/gi,
  /\b(?:remain|continue|stay)s? in force until (?:it|the notice|the direction) is (?:formally )?(?:revoked|lifted|withdrawn)(?: by the (?:Secretary of State|Department|Minister|DfE))?/gi,
  /\buntil (?:it is )?revoked\b/gi,
  /\buntil (?:ministers|the Secretary of State|the Department|the DfE|the government) (?:are|is) satisfied\b/gi,
  /\buntil the Secretary of State (?:notifies|informs|tells) [^.;]{0,60}?\b(?:revoked|lifted|ended)\b/gi,
  /\bopen[ -]ended\b/gi,
  /\bfor the foreseeable future\b/gi,
  /\bindefinite(?:ly)?\b/gi,
];
/** "for the last six years", "for three years running" describe the past, not a term. */
const PAST = /^(?:for (?:the )?(?:last|past|previous|more than)|for \w+ (?:years|months) (?:running|in a row))/i;

/** Cheap tests first: most sentences hold no duration, and the full patterns are costly. */
const OPEN_CUE = /\b(?:until|open|indefinite|foreseeable)/i;
/** A count of time units ("18 months", "two-year", "a further year"): the bounded patterns need one. */
const UNIT_CUE = new RegExp(`\\b(?:${NUMBER_SOURCE})[ -](?:months?|years?|weeks?)\\b|\\b(?:a|one) (?:further |more |additional )(?:year|month)\\b`, 'i');

export function findDurations(sentence: Sentence): DurationFact[] {
  const out: DurationFact[] = [];
  const t = sentence.text;
  const push = (index: number, text: string, length: string, qualifier: Duration['qualifier']) => {
    const start = sentence.start + index;
    const end = start + text.length;
    if (out.some((d) => start < d.end && end > d.start)) return;
    out.push({ text, length, qualifier, start, end, sentence });
  };
  if (OPEN_CUE.test(t)) for (const re of OPEN_ENDED) for (const m of t.matchAll(re)) push(m.index!, m[0], 'open-ended', null);
  if (UNIT_CUE.test(t)) for (const re of BOUNDED) {
    for (const m of t.matchAll(re)) {
      if (PAST.test(m[0])) continue;
      // A bare "for N years" is a term only in a sentence about what the intervention will do or lasts.
      if (re === BARE_FOR && !TERM_CONTEXT.test(t)) continue;
      const n = parseNumber(m.groups!.n);
      const unit = unitOf(m.groups!.unit);
      if (!n || !unit) continue;
      const qualifier = m.groups!.least || m.groups!.min ? 'at least' : m.groups!.most ? 'at most' : m.groups!.initial ? 'initial' : null;
      const text = m[0].replace(/^(?:over|run|last|lasts|continue|continues) (?:for )?/i, '');
      push(m.index! + m[0].length - text.length, text, isoPeriod(n, unit), qualifier);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

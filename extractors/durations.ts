// Durations with qualifiers: "for a period of three years", "a minimum of a two-year period",
// "for an initial two years", "a four-month review", "nine months to improve", "revoked after over eight years",
// and open-ended terms ("until it is revoked", "open ended"). Ranges ("nine months to a year",
// "at least four years and perhaps 8") keep the whole span and take the lower bound.
// The cue words and the open-ended phrasings live in data/durations.json.
import words from './data/durations.json' with { type: 'json' };
import { allMatches, isoPeriod, NUMBER_SOURCE, parseNumber, unitOf } from './dates.js';
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

const alt = (xs: readonly string[]) => `(?:${[...xs].sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = '(?:months?|years?|weeks?)';
const FROM = '(?: from the date of (?:this|the) (?:direction|notice|letter))?';
const AT_LEAST = '(?<least>not less than |no less than |at least |a minimum of |an? minimum of |a minimum )?';
/** "… to a year", "… and perhaps 8": the upper end of a range, kept in the span. */
const RANGE = `(?:(?: to | and possibly | and perhaps | or even | and up to | or |-|–)(?:up to )?${NUMBER_SOURCE}(?![\\d:.,]\\d)(?: ${UNIT})?\\b(?! ago))?`;
const BARE_FOR = new RegExp(`\\bfor (?:(?<initial>an initial |the initial )|(?<further>a further |another ))?${AT_LEAST}(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})${FROM}${RANGE}(?! ago)`, 'gi');
const TERM_CONTEXT = new RegExp(`\\b${alt(words.termContext)}\\b`, 'i');
/** "a four-month review", "a new 7-year contract", "a two-year improvement plan". */
const TERM_NOUN = new RegExp(`\\b(?:(?:an?|the|its|their) )?(?:new )?(?<n>${NUMBER_SOURCE})[ -](?<unit>month|year|week)(?:-long)? ${alt(words.termNouns)}\\b`, 'gi');
const REVIEW_OF_PROGRESS = new RegExp(`^${words.reviewOfProgress}`, 'i');
/** "gives the council nine months to improve", "has eight months to show progress". */
const GIVEN_TIME = new RegExp(`\\b${alt(words.giveWords)}(?: [\\w'’-]+){0,5}? (?<span>(?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT}) to (?!the\\b|an?\\b|date\\b|\\d)[a-z]+)`, 'gi');
/** A headline's "eight months to improve", with no verb before it. */
const TO_IMPROVE = new RegExp(`\\b(?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT}) to ${alt(words.improveVerbs)}\\b`, 'gi');
/** "will spend the next two months looking at", "should take a period of nine months to a year". */
const SPEND = new RegExp(`\\b${alt(words.spendWords)} (?<lead>${alt(words.spendLeads)} )?(?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT})${RANGE}`, 'gi');
/** Elapsed: "revoked after over eight years", "lifted after more than two years". */
const AFTER = new RegExp(`\\bafter (?<lead>${alt(words.elapsedLeads)} )?(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})\\b`, 'gi');
const END_VERB_BEFORE = new RegExp(`\\b${alt(words.endVerbs)}\\b[^.;]{0,80}$`, 'i');
/** Elapsed: "two years after the improvement notice was issued". */
const SINCE_INSTRUMENT = new RegExp(`\\b(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT}) after (?:an?|the|its) (?:[\\w-]+ ){0,2}?${alt(words.instrumentNouns)}\\b`, 'gi');
/** Elapsed: "18 months in the post". */
const IN_POST = new RegExp(`\\b(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT}) in (?:the )?${alt(words.postNouns)}\\b`, 'gi');
const BOUNDED = [
  new RegExp(`\\bfor an? (?:(?<min>minimum )|further |(?<initial>initial ))?(?:period|term) of (?<most>up to |no (?:longer|more) than |not more than )?${AT_LEAST}(?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT})${FROM}${RANGE}`, 'gi'),
  new RegExp(`\\b(?:over |for )?${AT_LEAST}an? (?<initial>initial )?(?<n>${NUMBER_SOURCE})-(?<unit>month|year|week) (?:period|programme|term)${FROM}`, 'gi'),
  BARE_FOR,
  // "for up to two years", "for no longer than 18 months"
  new RegExp(`\\bfor (?<most>up to |no (?:longer|more) than |not more than |a maximum of )(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
  // "reviewed no earlier than 12 months": a minimum term
  new RegExp(`\\bno (?<least>earlier|sooner) than (?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
  // "for the next 12 months", "for a further year", "for another year"
  new RegExp(`\\bfor the (?:next|coming|following) (?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
  new RegExp(`\\bfor (?:(?<n>a|one) (?:further |more |additional )|(?<n2>another) )(?<unit>year|month)\\b`, 'gi'),
  new RegExp(`\\b(?:run|last|lasts|continue|continues) for (?<initial>an initial )?${AT_LEAST}(?<n>${NUMBER_SOURCE}) (?<unit>${UNIT})`, 'gi'),
];
const OPEN_ENDED = words.openEnded.map((p) => new RegExp(p, 'gi'));
/** "for the last six years", "for three years running" describe the past, not a term. */
const PAST = /^(?:for (?:the )?(?:last|past|previous|more than)|for \w+ (?:years|months) (?:running|in a row))/i;
/** "a 6 month and 12 month review of progress" is a pair of deadlines; "the 10-year-old" is an age. */
const AGE = /^-old\b|^ old\b/i;
/** "two judgements within a five-year period": a window that something happened in, not a term. */
const WINDOW_BEFORE = /\b(?:within|in) $/i;

const JOINED = /^(?:,? (?:and |or |that is )?|\s*[–—-]\s*)$/;

/** Cheap tests first: most sentences hold no duration, and the full patterns are costly. */
/** Per family, a word it cannot match without. */
const BOUNDED_CUE = /\b(?:for|no earlier|no sooner|period|programme|term)\b/i;
const TO_CUE = / to /i;
const SPEND_CUE = /\b(?:spen[dt]|tak(?:e|es|ing)|took)\b/i;
const AFTER_CUE = /\bafter\b/i;
const IN_CUE = / in /i;
const OPEN_CUE = /\b(?:until|open|indefinite|foreseeable)/i;
/** A count of time units ("18 months", "two-year", "another year"): the bounded patterns need one. */
const UNIT_WORD = /month|year|week/i;
const UNIT_CUE = new RegExp(`\\b(?:${NUMBER_SOURCE})[ -](?:months?|years?|weeks?)\\b|\\b(?:a|one|another) (?:further |more |additional )?(?:year|month)\\b`, 'i');

function push(out: DurationFact[], sentence: Sentence, index: number, text: string, length: string, qualifier: Duration['qualifier']) {
  const start = sentence.start + index;
  const end = start + text.length;
  for (const d of out) if (start < d.end && end > d.start) return;
  out.push({ text, length, qualifier, start, end, sentence });
}

function period(n: string | undefined, u: string | undefined): string | null {
  const k = n ? parseNumber(n) : null;
  const unit = u ? unitOf(u) : null;
  return k && unit ? isoPeriod(k, unit) : null;
}

export function findDurations(sentence: Sentence): DurationFact[] {
  const out: DurationFact[] = [];
  const t = sentence.text;
  if (OPEN_CUE.test(t)) {
    // Where phrasings overlap, the longest span wins ("remains in force until the notice is lifted by the Department").
    const found: Array<[number, number]> = [];
    for (const re of OPEN_ENDED) for (const m of allMatches(re, t)) found.push([m.index!, m.index! + m[0].length]);
    found.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
    const open: Array<[number, number]> = [];
    for (const [a, b] of found) if (!open.some(([x, y]) => a < y && b > x)) open.push([a, b]);
    open.sort((a, b) => a[0] - b[0]);
    // "indefinitely, until the Secretary of State is satisfied": one open-ended term said twice over.
    for (let i = 0; i < open.length; i++) {
      let [a, b] = open[i];
      while (i + 1 < open.length && JOINED.test(t.slice(b, open[i + 1][0]))) b = open[++i][1];
      push(out, sentence, a, t.slice(a, b), 'open-ended', null);
    }
  }
  if (!UNIT_WORD.test(t) || !UNIT_CUE.test(t)) return out.sort((a, b) => a.start - b.start);
  for (const re of BOUNDED_CUE.test(t) ? BOUNDED : []) {
    for (const m of allMatches(re, t)) {
      if (PAST.test(m[0]) || WINDOW_BEFORE.test(t.slice(Math.max(0, m.index! - 8), m.index!))) continue;
      const g = m.groups!;
      // A bare "for N years" is a term only in a sentence about what the intervention does or lasts; "a further" always is.
      if (re === BARE_FOR && !g.further && !TERM_CONTEXT.test(t)) continue;
      const length = period(g.n2 ? 'one' : g.n, g.unit);
      if (!length) continue;
      const qualifier = g.least || g.min ? 'at least' : g.most ? 'at most' : g.initial ? 'initial' : null;
      const text = m[0].replace(/^(?:over|run|last|lasts|continue|continues) (?:for )?/i, '');
      push(out, sentence, m.index! + m[0].length - text.length, text, length, qualifier);
    }
  }
  for (const re of AFTER_CUE.test(t) || IN_CUE.test(t) ? [SINCE_INSTRUMENT, IN_POST] : []) {
    for (const m of allMatches(re, t)) {
      const length = period(m.groups!.n, m.groups!.unit);
      if (length) push(out, sentence, m.index!, m[0], length, null);
    }
  }
  const to = TO_CUE.test(t);
  if (to) for (const m of allMatches(GIVEN_TIME, t)) {
    const g = m.groups!;
    const length = period(g.n, g.unit);
    if (length) push(out, sentence, m.index! + m[0].length - g.span.length, g.span, length, null);
  }
  if (to) for (const m of allMatches(TO_IMPROVE, t)) {
    const length = period(m.groups!.n, m.groups!.unit);
    if (length) push(out, sentence, m.index!, m[0], length, null);
  }
  if (SPEND_CUE.test(t)) for (const m of allMatches(SPEND, t)) {
    const g = m.groups!;
    const length = period(g.n, g.unit);
    if (!length) continue;
    const text = m[0].slice(m[0].indexOf(' ') + 1);
    push(out, sentence, m.index! + m[0].length - text.length, text, length, /least/i.test(g.lead ?? '') ? 'at least' : /up to/i.test(g.lead ?? '') ? 'at most' : null);
  }
  for (const m of allMatches(TERM_NOUN, t)) {
    const g = m.groups!;
    const rest = t.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    // A review "of progress" at a distance is a deadline (deadlines.ts), not a review that lasts that long.
    if (/review$/i.test(m[0]) && REVIEW_OF_PROGRESS.test(rest)) continue;
    if (AGE.test(rest) || WINDOW_BEFORE.test(t.slice(Math.max(0, m.index! - 8), m.index!))) continue;
    const length = period(g.n, g.unit);
    if (length) push(out, sentence, m.index!, m[0], length, null);
  }
  if (AFTER_CUE.test(t)) for (const m of allMatches(AFTER, t)) {
    const g = m.groups!;
    // "after N years" is the instrument's elapsed time only after an ending ("revoked … after over eight years"): a person's
    // "stepped down after six years in charge" is not, and "a review after six months" is a deadline.
    if (!END_VERB_BEFORE.test(t.slice(Math.max(0, m.index! - 80), m.index!))) continue;
    const length = period(g.n, g.unit);
    if (length) push(out, sentence, m.index!, m[0], length, null);
  }
  return out.sort((a, b) => a.start - b.start);
}

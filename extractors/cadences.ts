// Review cadences as ISO periods: "six-monthly", "every six months", "quarterly", "twice a year", "annual".
// No library handles these; the table in data/cadences.json maps each phrase family to its period.
import table from './data/cadences.json' with { type: 'json' };
import type { Sentence } from './text.js';
import { isoPeriod, NUMBER_SOURCE, parseNumber } from './dates.js';

export interface CadenceFact {
  text: string;
  every: string;
  start: number;
  end: number;
  sentence: Sentence;
}

const LEAD = '(?:(?:at least|no less than|periodic|regular|formal)\\s+)?';
const TAIL = `(?:[ -](?:${table.nouns.join('|')}))?`;
const FIXED = table.fixed.map((f) => ({ every: f.every, re: new RegExp(`\\b${LEAD}(?:${f.phrases.join('|')})${TAIL}\\b`, 'gi') }));
const N_MONTHLY = new RegExp(`\\b${LEAD}(?<n>${NUMBER_SOURCE})[ -]monthly${TAIL}\\b`, 'gi');
const N_WEEKLY = new RegExp(`\\b${LEAD}(?<n>${NUMBER_SOURCE})[ -]weekly${TAIL}\\b`, 'gi');
const EVERY_N = new RegExp(`\\b${LEAD}every (?<n>${NUMBER_SOURCE}) (?<unit>months|weeks|years)${TAIL}\\b`, 'gi');
const NOT_CADENCE = new RegExp(table.notCadence.join('|'), 'i');

/** A cheap test first: most sentences hold no cadence, and the full patterns are costly. */
const MAYBE = /monthly|quarter|annual|yearly|every|twice|weekly|fortnight|each|once a|basis|intervals|termly/i;

export function findCadences(sentence: Sentence): CadenceFact[] {
  if (!MAYBE.test(sentence.text)) return [];
  const out: CadenceFact[] = [];
  const t = sentence.text;
  const push = (m: RegExpExecArray, every: string) => {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (out.some((c) => start < c.end && end > c.start)) return;
    if (NOT_CADENCE.test(t.slice(m.index, m.index + m[0].length + 20))) return;
    // A capitalised cadence word inside a sentence is a name ("Care Weekly"), not a cadence.
    if (m.index! > 0 && /^[A-Z]/.test(m[0])) return;
    out.push({ text: m[0], every, start, end, sentence });
  };
  for (const m of t.matchAll(N_MONTHLY)) {
    const n = parseNumber(m.groups!.n);
    if (n) push(m, isoPeriod(n, 'month'));
  }
  for (const m of t.matchAll(N_WEEKLY)) {
    const n = parseNumber(m.groups!.n);
    if (n) push(m, isoPeriod(n, 'week'));
  }
  for (const m of t.matchAll(EVERY_N)) {
    const n = parseNumber(m.groups!.n);
    if (n) push(m, isoPeriod(n, m.groups!.unit.startsWith('month') ? 'month' : m.groups!.unit.startsWith('week') ? 'week' : 'year'));
  }
  for (const { every, re } of FIXED) for (const m of t.matchAll(re)) push(m, every);
  return out.sort((a, b) => a.start - b.start);
}

// Review cadences as ISO periods: "six-monthly", "every six months", "quarterly", "twice a year", "annual".
// No library handles these; the table in data/cadences.json maps each phrase family to its period.
import table from './data/cadences.json' with { type: 'json' };
import type { Sentence } from './text.js';
import { allMatches, isoPeriod, NUMBER_SOURCE, parseNumber } from './dates.js';

export interface CadenceFact {
  text: string;
  every: string;
  start: number;
  end: number;
  sentence: Sentence;
}

const LEAD = '(?:(?:at least|no less than|periodic|regular|formal)\\s+)?(?:once\\s+(?=every))?';
const TAIL = `(?:[ -](?:${[...table.nouns].sort((a, b) => b.length - a.length).join('|')}))?`;
/** Every fixed family in one pattern, a group each (in the table's order, which wins where two could start at one place), so a sentence is scanned once. */
const FIXED_EVERY = table.fixed.map((f) => f.every);
const FIXED = new RegExp(`\\b${LEAD}(?:${table.fixed.map((f) => `(${f.phrases.join('|')})`).join('|')})${TAIL}\\b`, 'gi');
const N_MONTHLY = new RegExp(`\\b${LEAD}(?<n>${NUMBER_SOURCE})[ -]monthly${TAIL}\\b`, 'gi');
const N_WEEKLY = new RegExp(`\\b${LEAD}(?<n>${NUMBER_SOURCE})[ -]weekly${TAIL}\\b`, 'gi');
const EVERY_N = new RegExp(`\\b${LEAD}every (?<n>${NUMBER_SOURCE}) (?<unit>months|weeks|years)${TAIL}\\b`, 'gi');
const NOT_CADENCE = new RegExp(table.notCadence.join('|'), 'i');
const NOT_CADENCE_BEFORE = new RegExp(table.notCadenceBefore.join('|'), 'i');
const NOT_IN_SENTENCE = new RegExp(table.notInSentence.join('|'), 'i');
/** The inspectorate's visits and data releases ("Ofsted's quarterly monitoring visits") are its own timetable. */
const INSPECTORATE = new RegExp(`(?:${table.inspectorate.join('|')})`, 'i');
/** "checked monthly by the council", "updates every eight weeks to the partnership board": the council's own cycle. */
const OWN_AGENT = new RegExp(`^\\s*(?:${table.ownAgent.join('|')})`, 'i');
/** A council page speaking of itself ("our steering group gathers every six weeks"), with no word of the intervention. */
const OWN_VOICE = new RegExp(table.ownVoice.join('|'), 'i');
const INTERVENTION_ACTOR = new RegExp(`\\b(?:${table.interventionActor.join('|')})`, 'i');
/** The clause around a cadence: up to 50 characters each side, not across a comma or semicolon. */
const CLAUSE_BEFORE = /[^.;,]{0,50}$/;
const CLAUSE_AFTER = /^[^.;,]{0,50}/;

/** A cheap test first: most sentences hold no cadence, and the full patterns are costly. */
const MAYBE = /monthly|quarter|annual|yearly|every|twice|weekly|fortnight|each|once a|basis|intervals|termly/i;

export function findCadences(sentence: Sentence): CadenceFact[] {
  if (!MAYBE.test(sentence.text)) return [];
  const t = sentence.text;
  if (NOT_IN_SENTENCE.test(t) || (OWN_VOICE.test(t) && !INTERVENTION_ACTOR.test(t))) return [];
  const out: CadenceFact[] = [];
  const push = (m: RegExpExecArray, every: string) => {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (out.some((c) => start < c.end && end > c.start)) return;
    const from = m.index!;
    const to = from + m[0].length;
    if (NOT_CADENCE.test(t.slice(from, to + 20)) || NOT_CADENCE_BEFORE.test(t.slice(Math.max(0, from - 40), from))) return;
    const clause = CLAUSE_BEFORE.exec(t.slice(Math.max(0, from - 50), from))![0] + m[0] + CLAUSE_AFTER.exec(t.slice(to, to + 50))![0];
    if (INSPECTORATE.test(clause) || OWN_AGENT.test(t.slice(to, to + 80))) return;
    // A capitalised cadence word inside a sentence is a name ("Care Weekly"), not a cadence.
    if (m.index! > 0 && /^[A-Z]/.test(m[0])) return;
    out.push({ text: m[0], every, start, end, sentence });
  };
  for (const m of allMatches(N_MONTHLY, t)) {
    const n = parseNumber(m.groups!.n);
    if (n) push(m, isoPeriod(n, 'month'));
  }
  for (const m of allMatches(N_WEEKLY, t)) {
    const n = parseNumber(m.groups!.n);
    if (n) push(m, isoPeriod(n, 'week'));
  }
  for (const m of allMatches(EVERY_N, t)) {
    const n = parseNumber(m.groups!.n);
    if (n) push(m, isoPeriod(n, m.groups!.unit.startsWith('month') ? 'month' : m.groups!.unit.startsWith('week') ? 'week' : 'year'));
  }
  for (const m of allMatches(FIXED, t)) push(m, FIXED_EVERY[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]);
  return out.sort((a, b) => a.start - b.start);
}

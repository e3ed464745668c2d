// Deadlines: "within three months (of the date of this Direction)", "by 31 May 2024", "no later than
// the end of the financial year", "the first review to be sent in March 2019", "a deadline of June 2025",
// "due to start on 1 April", "by the summer", "during 2026" → due dates resolved against the anchor (the
// instrument's date for instruments, the article's date for news), at the precision the text gives: a day, a
// month ("by the end of March" → YYYY-MM) or a year (a season, a bare year).
// Each family is an anchored candidate pattern; the cue words live in data/deadlines.json.
import words from './data/deadlines.json' with { type: 'json' };
import { addPeriod, allMatches, DATE_SOURCE, endOfMonth, NUMBER_SOURCE, parseNumber, relativeYear, resolveDateMatch, seasonYear, unitOf, type Direction } from './dates.js';
import { isRealIsoDate } from '../src/schema/record.js';
import type { Sentence } from './text.js';

export interface DeadlineFact {
  text: string;
  due: string | null;
  start: number;
  end: number;
  sentence: Sentence;
}

const alt = (xs: readonly string[]) => `(?:${[...xs].sort((a, b) => b.length - a.length).join('|')})`;
const UNIT = '(?:working )?(?:days?|weeks?|months?|years?)';
const OF_INSTRUMENT = '(?: of (?:the date of )?(?:this|the) (?:direction|notice|letter)(?: being issued)?)?';
const RELATIVE = new RegExp(`\\b(?:within(?: the (?:first|next))?|in the (?:next|first)) (?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT})${OF_INSTRUMENT}`, 'gi');
/** "a review after six months", "the first report at six months": a check at a set distance from the anchor. */
const REVIEW_AFTER = new RegExp(`\\b(?:(?:an?|the) )?(?:first |further |formal )?${alt(words.reviewNouns)}s? (?:after|at) (?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT})`, 'gi');
/** "a 6 month and 12 month review of progress": one check at each distance. */
const MILESTONE_REVIEWS = new RegExp(`\\b(?:an? )?(?<n>${NUMBER_SOURCE})[ -](?<unit>months?|weeks?)(?: and (?:an? )?(?<n2>${NUMBER_SOURCE})[ -](?<unit2>months?|weeks?))? (?:progress )?review(?:s)?(?= of (?:the council's )?progress\\b)|\\b(?:an? )?(?<n3>${NUMBER_SOURCE})[ -](?<unit3>months?|weeks?) progress reviews?\\b`, 'gi');
/** "within a fortnight": fourteen days. */
const FORTNIGHT = /\bwithin (?:a|one) fortnight\b/gi;
const STATUTORY_TIMESCALE = new RegExp(words.statutory.join('|'), 'i');
const BY_DATE = new RegExp(`\\b${alt(words.byWords)}\\s+(?:the end of\\s+)?(?:next\\s+)?${DATE_SOURCE}`, 'gi');
/** "a deadline for completion of May 2021", "a deadline of March 2027". */
const DEADLINE_OF = new RegExp(`\\b(?:an?|the|its|new) (?:[a-z]+ )?deadline (?:for [^.;,]{1,40}? )?(?:of|on|by|set for) (?:the end of )?${DATE_SOURCE}`, 'gi');
/** "due to open on 3 March", "expected to start work in June 2026". */
const SCHEDULED_TO = new RegExp(`\\b${alt(words.scheduleTo)} (?:[a-z]+ ){1,4}?(?:in|on|from|by|at) ${DATE_SOURCE}`, 'gi');
/** "earmarked 12 October", "scheduled for 1 July 2026". */
const SCHEDULED = new RegExp(`\\b${alt(words.scheduleWords)} ${DATE_SOURCE}`, 'gi');
/** "the planned opening remains 1 June 2027": the span is the verb and the date; a target word must come before. */
const TARGET_IS = new RegExp(`\\b${alt(words.targetVerbs)} ${DATE_SOURCE}`, 'gi');
const TARGET_BEFORE = new RegExp(`\\b${alt(words.targetNouns)}\\b`, 'i');
/** "will report back to ministers in June". */
const REPORT_IN = new RegExp(`\\b${alt(words.reportVerbs)}(?: back)?(?: to [^.;,]{1,40}?)? in ${DATE_SOURCE}`, 'gi');
/** "report" as a verb ("will report back in March"), not a document ("an Ofsted report in August"). */
const VERB_BEFORE = /\b(?:will|shall|must|should|would|to|and|then)\s+(?:also\s+|then\s+|now\s+)?$/i;
/** "will run the service from 1 July 2026": a start date, in a sentence about the future. */
const FROM_DATE = new RegExp(`\\bfrom ${DATE_SOURCE}`, 'gi');
/** "at the end of March": a deadline only where the sentence speaks of the future. */
const AT_END = new RegExp(`\\bat the end of (?:next )?${DATE_SOURCE}`, 'gi');
/** "by Christmas". */
const CHRISTMAS = /\bby Christmas\b/gi;
/** Deadlines too vague to date ("by the February half-term", "by the end of the spring term"), kept with due null. */
const VAGUE = /\b(?:by|before) (?:the )?(?:end of the )?(?:(?:spring|autumn|winter) term(?: \d{4})?|(?:February|October|May) half-term)\b/gi;
/** "by the autumn", "another update in the spring", "in early winter this year": the season's year. */
const SEASON = /\b(?:(?<prep>by|before|in|during|until|ahead of|over)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?|(?<mod>early|late|mid)[- ])(?<season>spring|summer|autumn|winter)(?!\s+term)(?:\s+(?:of\s+)?(?:(?<year>(?:19|20)\d{2})|(?<rel>this|next) year))?\b/gi;
/** "in 2027", "during 2026", "by mid-2026", "late 2028": a bare year. */
const YEAR = /\b(?:(?<prep>in|during|by|before|until|by the end of|later in|early in|ahead of)\s+(?:(?:early|mid|late)[- ])?|(?<mod>early|mid|late)[- ])(?<year>(?:19|20)\d{2})\b(?![-–/]\d)/gi;
/** "by the end of next month": the last day of the month after the anchor's. */
const NEXT_MONTH_END = /\b(?:by|before) the end of (?<which>next|this) month\b/gi;
/** "by the end of the school year": the next 31 July. */
const SCHOOL_YEAR_END = /\b(?:by|before) the end of the (?:school year|academic year|summer term)\b/gi;
const YEAR_END = /\b(?:by|no later than|before) the (?:year end|end of the (?:calendar )?year)\b/gi;
const FINANCIAL_YEAR = /\b(?:by|no later than|before) the end of the (?:current )?financial year\b/gi;
const FIRST_DUE = new RegExp(`\\bthe first (?:review|report|assessment)s? (?:to be |being |is |will be )?(?:submitted |due |made |sent |published )?(?:in|by|on) ${DATE_SOURCE}`, 'gi');
const FIRST_DUE_YEAR_END = /\bthe first (?:review|report)s? (?:to be |being |is )?(?:submitted |due )?by the (?:year end|end of the year)\b/gi;
/** "the first update is due soon". */
const SOON = new RegExp(`\\b${alt(words.soon)}\\b`, 'gi');
/** "until" counts only where the subject is given time to act ("has until", "given the council until"). */
const GIVEN_BEFORE = new RegExp(`\\b${alt(words.giveWords)}\\b(?: [\\w'’-]+){0,6} ?$`, 'i');
const NOT_A_DEADLINE_AFTER_UNTIL = /^(?:it|they|the direction|the notice|revoked|lifted|removed)/i;

const FUTURE_CUE = new RegExp(`\\b${alt(words.futureCues)}\\b`, 'i');
const PAST_CUE = new RegExp(`\\b${alt(words.pastCues)}\\b`, 'i');
const HEDGE_BEFORE = new RegExp(`\\b${alt(words.hedges)}\\b[^.;]{0,30}$`, 'i');
const INSPECTORATE = new RegExp(words.inspectorate.join('|'), 'i');
/** "the next inspection (is likely) within 18 months": the inspectorate's timetable, not the instrument's. */
const INSPECTORATE_BEFORE = new RegExp(`(?:${words.inspectorate.join('|')})[^.;,]{0,30}$`, 'i');

/** Cheap tests: a time word at all, then for each family its cue word. */
const MAYBE_TIME_WORD = /day|week|fortnight|month|year|spring|summer|autumn|winter|christmas|shortly|soon|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const WINDOW = 120;

/** Per family, the cue word its pattern cannot match without: a family runs only in sentences that hold it. */
const CUE_WORDS = {
  first: '\\bfirst\\b',
  year: 'year',
  deadline: 'deadline',
  target: 'planned|target|launch date|go-live|start date|completion date',
  scheduledTo: '\\b(?:due|expected|scheduled|planned|set) to\\b',
  scheduled: 'earmarked|scheduled|slated|pencilled|set for|planned for|timetabled|targeted',
  relative: '\\b(?:within|next)\\b',
  atEnd: 'at the end of',
  afterOrAt: '\\b(?:after|at) ',
  review: 'review|report|assessment|stocktake|check',
  fortnight: 'fortnight',
  by: '\\b(?:by|later than|before|until|due)\\b',
  report: 'recommend|respond|decide|submit',
  from: '\\bfrom\\b',
  monthWord: ' month\\b',
  endOfThe: 'end of the|year end',
  christmas: 'christmas',
  term: 'term',
  season: 'spring|summer|autumn|winter',
  financial: 'financial',
  yearNumber: '(?:19|20)\\d\\d',
  soon: 'shortly|soon|imminent',
};
type Cue = keyof typeof CUE_WORDS;
const CUE_NAMES = Object.keys(CUE_WORDS) as Cue[];
/** All the cue words in one pattern, one group each, so that a sentence is scanned for them once. */
const CUES = new RegExp(CUE_NAMES.map((k) => `(${CUE_WORDS[k]})`).join('|'), 'gi');
/** Month names as dates write them (capitalised or in capitals), not the modal "may". */
const MONTH_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/;

function cuesIn(t: string): Set<Cue> {
  const found = new Set<Cue>();
  CUES.lastIndex = 0;
  for (let m = CUES.exec(t); m; m = CUES.exec(t)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        found.add(CUE_NAMES[g - 1]);
        break;
      }
    }
  }
  // Where one cue word opens another, only the first is seen: "at the end of" is also "at", "due to" also "due",
  // "report" (a review word) also a reporting verb.
  if (found.has('atEnd')) found.add('afterOrAt');
  if (found.has('scheduledTo')) found.add('by');
  if (found.has('review')) found.add('report');
  if (found.has('scheduled') || found.has('deadline') || found.has('scheduledTo')) found.add('target');
  return found;
}

/** One sentence being read: its text, its anchor and what has been found so far. */
interface Reading {
  t: string;
  sentence: Sentence;
  anchor: string | null;
  /** The anchor when it is a full date: relative periods need a day to count from. */
  dated: string | null;
  out: DeadlineFact[];
}

function push(r: Reading, at: number, text: string, due: string | null) {
  const start = r.sentence.start + at;
  const end = start + text.length;
  for (const d of r.out) if (start < d.end && end > d.start) return;
  r.out.push({ text, due: due && isRealIsoDate(due) ? due : null, start, end, sentence: r.sentence });
}
const add = (r: Reading, m: RegExpExecArray, due: string | null) => push(r, m.index, m[0], due);
const before = (r: Reading, at: number, n = WINDOW) => r.t.slice(Math.max(0, at - n), at);
const around = (r: Reading, m: RegExpExecArray) => r.t.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW);
/** Dates without a year point forward, unless the sentence tells of a plan that was due ("talks were due to open on 3 March"). */
const date = (r: Reading, m: RegExpExecArray) => resolveDateMatch(m.groups!, r.anchor, (PAST_CUE.test(around(r, m)) ? 'past' : 'future') as Direction);
function after(r: Reading, n: string, u: string): string | null {
  const k = parseNumber(n);
  const unit = unitOf(u);
  return r.dated && k && unit && !/working/i.test(u) ? addPeriod(r.dated, k, unit) : null;
}
const hasDay = (m: RegExpExecArray) => !!(m.groups!.d1 || m.groups!.d2 || m.groups!.d4 || m.groups!.d6);
const exact = (m: RegExpExecArray) => hasDay(m) || !!m.groups!.y3;
const future = (r: Reading, m: RegExpExecArray) => FUTURE_CUE.test(before(r, m.index)) && !PAST_CUE.test(around(r, m));
/** Policy talk and other bodies' timetables: "might be stripped of control within a year", "inspectors return within 18 months". */
const policy = (r: Reading, m: RegExpExecArray, statutory: boolean) =>
  statutory || HEDGE_BEFORE.test(before(r, m.index, 40)) || INSPECTORATE_BEFORE.test(before(r, m.index, 40));

export function findDeadlines(sentence: Sentence, anchor: string | null): DeadlineFact[] {
  const t = sentence.text;
  const digit = /\d/.test(t);
  if (!digit && !MAYBE_TIME_WORD.test(t)) return [];
  const r: Reading = { t, sentence, anchor, dated: anchor && anchor.length === 10 ? anchor : null, out: [] };
  const cue = cuesIn(t);
  const month = MONTH_CUE.test(t);

  if (month && cue.has('first')) for (const m of allMatches(FIRST_DUE, t)) add(r, m, resolveDateMatch(m.groups!, anchor, 'future'));
  if (cue.has('first') && cue.has('year')) for (const m of allMatches(FIRST_DUE_YEAR_END, t)) add(r, m, anchor ? `${anchor.slice(0, 4)}-12-31` : null);
  if (month && cue.has('deadline')) for (const m of allMatches(DEADLINE_OF, t)) add(r, m, date(r, m));
  if (month && cue.has('scheduledTo')) {
    for (const m of allMatches(SCHEDULED_TO, t)) if (!INSPECTORATE.test(m[0]) && !INSPECTORATE_BEFORE.test(before(r, m.index, 40))) add(r, m, date(r, m));
  }
  // A month alone is too loose here ("interviews are scheduled for September"): a day or a year must be given.
  if (month && cue.has('scheduled')) for (const m of allMatches(SCHEDULED, t)) if (exact(m)) add(r, m, date(r, m));
  // "remains 1 June 2027" needs a day or a year, and a target word before it.
  if (month && cue.has('target')) for (const m of allMatches(TARGET_IS, t)) if (exact(m) && TARGET_BEFORE.test(before(r, m.index, 60))) add(r, m, date(r, m));
  const statutory = (cue.has('relative') || cue.has('afterOrAt') || cue.has('review') || cue.has('fortnight')) && STATUTORY_TIMESCALE.test(t);
  if (cue.has('relative')) for (const m of allMatches(RELATIVE, t)) if (!policy(r, m, statutory)) add(r, m, after(r, m.groups!.n, m.groups!.unit));
  if (cue.has('afterOrAt') && cue.has('review')) for (const m of allMatches(REVIEW_AFTER, t)) if (!policy(r, m, statutory)) add(r, m, after(r, m.groups!.n, m.groups!.unit));
  if (cue.has('review') && /review/i.test(t)) for (const m of allMatches(MILESTONE_REVIEWS, t)) if (!policy(r, m, statutory)) milestones(r, m);
  if (!statutory && cue.has('fortnight')) for (const m of allMatches(FORTNIGHT, t)) add(r, m, r.dated ? addPeriod(r.dated, 14, 'day') : null);
  if (month && cue.has('by')) {
    for (const m of allMatches(BY_DATE, t)) {
      if (/^until/i.test(m[0])) {
        if (NOT_A_DEADLINE_AFTER_UNTIL.test(t.slice(m.index + 6))) continue;
        // A bare "until" is a span's end ("in post from 2011 until 2015", "meets monthly until June"), not a deadline.
        if (!GIVEN_BEFORE.test(before(r, m.index, 60))) continue;
      }
      add(r, m, date(r, m));
    }
  }
  if (month && cue.has('atEnd')) for (const m of allMatches(AT_END, t)) if (future(r, m)) add(r, m, date(r, m));
  if (month && cue.has('report')) {
    for (const m of allMatches(REPORT_IN, t)) if (!PAST_CUE.test(around(r, m)) && VERB_BEFORE.test(before(r, m.index, 20))) add(r, m, date(r, m));
  }
  if (month && digit && cue.has('from')) {
    for (const m of allMatches(FROM_DATE, t)) {
      const due = date(r, m);
      if (hasDay(m) && future(r, m) && due && (!anchor || due >= anchor)) add(r, m, due);
    }
  }
  if (cue.has('monthWord')) {
    for (const m of allMatches(NEXT_MONTH_END, t)) {
      if (!anchor) add(r, m, null);
      else {
        const [y, mo] = anchor.split('-').map(Number);
        const month = mo - 1 + (m.groups!.which.toLowerCase() === 'next' ? 1 : 0);
        add(r, m, endOfMonth(y + Math.floor(month / 12), month % 12));
      }
    }
  }
  if (cue.has('endOfThe')) for (const m of allMatches(SCHOOL_YEAR_END, t)) add(r, m, anchor ? (anchor.slice(5) <= '07-31' ? `${anchor.slice(0, 4)}-07-31` : `${+anchor.slice(0, 4) + 1}-07-31`) : null);
  if (cue.has('endOfThe')) for (const m of allMatches(YEAR_END, t)) add(r, m, anchor ? `${anchor.slice(0, 4)}-12-31` : null);
  if (cue.has('christmas')) for (const m of allMatches(CHRISTMAS, t)) add(r, m, anchor ? (anchor.slice(5) <= '12-25' ? `${anchor.slice(0, 4)}-12-25` : `${+anchor.slice(0, 4) + 1}-12-25`) : null);
  if (cue.has('term')) for (const m of allMatches(VAGUE, t)) add(r, m, null);
  if (cue.has('season')) {
    for (const m of allMatches(SEASON, t)) {
      const g = m.groups!;
      const deadlineWord = g.prep && /^(?:by|before|until|ahead of)$/i.test(g.prep);
      if (!deadlineWord && !future(r, m)) continue;
      add(r, m, g.year ?? (g.rel ? relativeYear(g.rel, anchor) : seasonYear(g.season!, anchor)));
    }
  }
  if (cue.has('financial')) {
    for (const m of allMatches(FINANCIAL_YEAR, t)) {
      if (!anchor) add(r, m, null);
      else {
        const y = +anchor.slice(0, 4);
        add(r, m, anchor.slice(5) < '04-01' ? `${y}-03-31` : `${y + 1}-03-31`);
      }
    }
  }
  if (digit && cue.has('yearNumber')) for (const m of allMatches(YEAR, t)) bareYear(r, m);
  if (cue.has('soon')) for (const m of allMatches(SOON, t)) add(r, m, null);
  return r.out.sort((a, b) => a.start - b.start);
}

/** "a 6 month review of progress"; "a 6 month and 12 month review of progress": one check at each distance. */
function milestones(r: Reading, m: RegExpExecArray) {
  const g = m.groups!;
  if (g.n3) return add(r, m, after(r, g.n3, g.unit3!));
  if (!g.n2) return add(r, m, after(r, g.n!, g.unit!));
  // Two checks: the first distance alone, then the second with the rest of the phrase.
  const first = m[0].indexOf(g.n!);
  const firstText = m[0].slice(first, first + g.n!.length + 1 + g.unit!.length);
  const second = m[0].indexOf(g.n2, first + firstText.length);
  push(r, m.index + first, firstText, after(r, g.n!, g.unit!));
  push(r, m.index + second, m[0].slice(second), after(r, g.n2, g.unit2!));
}

/**
 * A bare year is a deadline when it lies ahead: said with a deadline word ("by 2026"), or in a sentence about the
 * future that the anchor dates no later ("before the reorganisation in 2028" in a 2026 article).
 */
function bareYear(r: Reading, m: RegExpExecArray) {
  const g = m.groups!;
  const year = +g.year!;
  const prep = (g.prep ?? '').toLowerCase();
  const explicit = /^(?:by|before|by the end of)$/.test(prep);
  const anchorYear = r.anchor ? +r.anchor.slice(0, 4) : null;
  if (explicit) {
    if (anchorYear !== null && year < anchorYear) return;
  } else if (!(anchorYear !== null && year >= anchorYear && (year > anchorYear || prep !== 'in') && future(r, m))) return;
  if (prep === 'until' && !GIVEN_BEFORE.test(before(r, m.index, 60))) return;
  add(r, m, String(year));
}

// Deadlines: "within three months (of the date of this Direction)", "by 31 May 2024", "no later than
// the end of the financial year", "the first review to be sent in March 2019" → due dates resolved
// against the anchor (the instrument's date for instruments, the article's date for news).
import { addPeriod, DATE_SOURCE, endOfMonth, NUMBER_SOURCE, parseNumber, resolveDateMatch, unitOf } from './dates.js';
import type { Sentence } from './text.js';

export interface DeadlineFact {
  text: string;
  due: string | null;
  start: number;
  end: number;
  sentence: Sentence;
}

const UNIT = '(?:working )?(?:days?|weeks?|months?|years?)';
const RELATIVE = new RegExp(
  `\\b(?:within|(?:in|over) the next) (?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT})(?: of (?:the date of )?(?:this|the) (?:direction|notice|letter)(?: being issued)?)?`,
  'gi',
);
/** "gives the council three months to agree a plan": the span itself is the deadline's text. */
/** "within a fortnight": fourteen days. */
const FORTNIGHT = /\bwithin (?:a|one) fortnight\b/gi;
const GIVEN_TIME = new RegExp(`\\b(?:gives?|given|giving|allows?|has|have) (?:the (?:council|authority|local authority) |it |them )?(?<span>(?<n>${NUMBER_SOURCE})[ -](?<unit>${UNIT})) to\\b`, 'gi');
/** Standing time limits (EHC plans in 20 weeks, Ofsted action plans in 70 working days) are not the instrument's deadlines. */
const STATUTORY_TIMESCALE = /\bEHC\b|education, health and care|working days|statutory (?:time ?limit|timescale)/i;
const BY_DATE = new RegExp(`\\b(?:by|no later than|not later than|before|has until|until|due (?:by|on|in))\\s+(?:the end of\\s+)?(?:next\\s+)?${DATE_SOURCE}`, 'gi');
/** "by Christmas"; and deadlines too vague to date ("by the summer", "by the February half-term"), kept with due null. */
const CHRISTMAS = /\bby Christmas\b/gi;
const VAGUE = /\b(?:by|before) (?:the )?(?:end of the )?(?:(?:spring|autumn|winter)(?: term)?(?: \d{4})?|summer(?! term)(?: \d{4})?|(?:February|October|May) half-term|(?:early|mid|late)[- ](?:19|20)\d{2})\b/gi;
/** "by the end of next month": the last day of the month after the anchor's. */
const NEXT_MONTH_END = /\b(?:by|before) the end of (?<which>next|this) month\b/gi;
/** "by the end of the school year": the next 31 July. */
const SCHOOL_YEAR_END = /\b(?:by|before) the end of the (?:school year|academic year|summer term)\b/gi;
const YEAR_END = /\b(?:by|no later than|before) the (?:year end|end of the (?:calendar )?year)\b/gi;
const FINANCIAL_YEAR = /\b(?:by|no later than|before) the end of the (?:current )?financial year\b/gi;
const FIRST_DUE = new RegExp(`\\bthe first (?:review|report|assessment)s? (?:to be |being |is |will be )?(?:submitted |due |made |sent |published )?(?:in|by|on) ${DATE_SOURCE}`, 'gi');
const FIRST_DUE_YEAR_END = /\bthe first (?:review|report)s? (?:to be |being |is )?(?:submitted |due )?by the (?:year end|end of the year)\b/gi;
/** "until" only counts when the subject is given time to act ("has until"), never in durations ("until revoked"). */
const NOT_A_DEADLINE_AFTER_UNTIL = /^(?:it|they|the direction|the notice|revoked|lifted|removed)/i;

/** A cheap test first: most sentences hold no deadline, and the full patterns are costly. */
/** A deadline word with a time expression soon after it. */
const NEAR = /\b(?:within|by|until|before|later than|due|first|gives?|given|giving|allows?|has|have|next)\b[^.;]{0,50}?(?:\d|\b(?:days?|weeks?|fortnight|months?|year|spring|summer|autumn|winter|next|Christmas|January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
const MAYBE_WORD = /\b(?:within|by|until|before|later|first|due|gives?|given|giving|allows?|has|have|next)\b/i;

export function findDeadlines(sentence: Sentence, anchor: string | null): DeadlineFact[] {
  if (!MAYBE_WORD.test(sentence.text) || !NEAR.test(sentence.text)) return [];
  const out: DeadlineFact[] = [];
  const push = (m: RegExpExecArray, due: string | null) => {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (out.some((d) => start < d.end && end > d.start)) return;
    out.push({ text: m[0], due, start, end, sentence });
  };
  const t = sentence.text;
  for (const m of t.matchAll(FIRST_DUE)) push(m, resolveDateMatch(m.groups!, anchor, 'future'));
  for (const m of t.matchAll(FIRST_DUE_YEAR_END)) push(m, anchor ? `${anchor.slice(0, 4)}-12-31` : null);
  const statutory = STATUTORY_TIMESCALE.test(t);
  for (const m of t.matchAll(RELATIVE)) {
    if (statutory) continue;
    const n = parseNumber(m.groups!.n);
    const unit = unitOf(m.groups!.unit);
    const working = /working/i.test(m.groups!.unit);
    push(m, anchor && anchor.length === 10 && n && unit && !working ? addPeriod(anchor, n, unit) : null);
  }
  if (!statutory) for (const m of t.matchAll(FORTNIGHT)) push(m, anchor && anchor.length === 10 ? addPeriod(anchor, 14, 'day') : null);
  for (const m of t.matchAll(GIVEN_TIME)) {
    const n = parseNumber(m.groups!.n);
    const unit = unitOf(m.groups!.unit);
    const span = m.groups!.span;
    const at = m.index! + m[0].indexOf(span);
    const start = sentence.start + at;
    if (out.some((d) => start < d.end && start + span.length > d.start)) continue;
    out.push({ text: span, due: anchor && anchor.length === 10 && n && unit ? addPeriod(anchor, n, unit) : null, start, end: start + span.length, sentence });
  }
  for (const m of t.matchAll(BY_DATE)) {
    if (/until/i.test(m[0]) && !/has until/i.test(m[0]) && NOT_A_DEADLINE_AFTER_UNTIL.test(t.slice(m.index + 6))) continue;
    let due = resolveDateMatch(m.groups!, anchor, 'future');
    // "by the end of March", "by March": the month's last day; "due in March" stays the month.
    if (due && due.length === 7 && !/^due in/i.test(m[0])) due = endOfMonth(+due.slice(0, 4), +due.slice(5, 7) - 1);
    push(m, due);
  }
  for (const m of t.matchAll(NEXT_MONTH_END)) {
    if (!anchor) push(m, null);
    else {
      const [y, mo] = anchor.split('-').map(Number);
      const month = mo - 1 + (m.groups!.which.toLowerCase() === 'next' ? 1 : 0);
      push(m, endOfMonth(y + Math.floor(month / 12), month % 12));
    }
  }
  for (const m of t.matchAll(SCHOOL_YEAR_END)) push(m, anchor ? (anchor.slice(5) <= '07-31' ? `${anchor.slice(0, 4)}-07-31` : `${+anchor.slice(0, 4) + 1}-07-31`) : null);
  for (const m of t.matchAll(YEAR_END)) push(m, anchor ? `${anchor.slice(0, 4)}-12-31` : null);
  for (const m of t.matchAll(CHRISTMAS)) push(m, anchor ? (anchor.slice(5) <= '12-25' ? `${anchor.slice(0, 4)}-12-25` : `${+anchor.slice(0, 4) + 1}-12-25`) : null);
  for (const m of t.matchAll(VAGUE)) push(m, null);
  for (const m of t.matchAll(FINANCIAL_YEAR)) {
    if (!anchor) push(m, null);
    else {
      const y = +anchor.slice(0, 4);
      push(m, anchor.slice(5) < '04-01' ? `${y}-03-31` : `${y + 1}-03-31`);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// The date an instrument mention carries: "the direction of 22 August 2018", "issued yesterday", "the March 2017
// Direction", "Date of this Direction: 11 March 2025", "On 4 May 2019 the Secretary of State gave … a direction".
import { addMonths, DATE_SOURCE, iso, MAY_HOLD_DATE, monthIndex, MONTHS, resolveDateMatch, resolveRelativeDay } from './dates.js';
import { caseless, type Sentence } from './text.js';
import type { InstrumentKind } from '../src/schema/record.js';

const RELATIVE = '(?<rel>yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))';
const COUNCIL_TAIL = "(?:[tT][oO] (?:[tT][hH][eE] )?[A-Z][\\w'’&,-]*(?:\\s+(?:[A-Z&][\\w'’&-]*|council|county|borough|city|metropolitan|district)|\\s+(?:of|upon|and|on|with)(?:\\s+the)?\\s+[A-Z][\\w'’-]*){0,6}\\s*)?";
// The patterns with COUNCIL_TAIL cannot use the i flag (under it [A-Z] matches "following an Ofsted inspection" too),
// so their other parts are spelled caseless.
/** Text that does not name another instrument ("replaces the one issued in January" dates the one, not this), nor
 * the inspection that led to it ("issued following an Ofsted inspection in October"). */
const NO_OTHER_INSTRUMENT = '(?:(?!replac|the one|direction|notice|following|after an?|Ofsted|inspection)[^.;])';
/** A character of the same sentence: a full stop only inside a word ("GOV.UK"). */
const IN_CLAUSE = '(?:[^.;]|\\.(?=\\S))';
const DATE_AFTER = [
  // "Date of this Direction: 11 March 2025"
  new RegExp(`^:\\s*${DATE_SOURCE}`, 'i'),
  // "a directive issued by the government today", "removed the intervention on 13th June, 2017"
  new RegExp(`^\\s*,?\\s*(?:issued|given|made|sent|published|served|announced)\\s+by\\s+[^.;,]{1,40}?\\s${RELATIVE}`, 'i'),
  new RegExp(`^\\s*,?\\s*on\\s+${DATE_SOURCE}`, 'i'),
  // "who was appointed last September", "tasked last month"
  new RegExp(`^\\s*,?\\s*(?:in\\s+)?last\\s+${DATE_SOURCE}`, 'i'),
  /^\s*,?\s*(?<lastMonth>last month)\b/i,
  // "the direction it placed on Torbay Council's children's services in March 2018", "the one it gave the council in July 2024"
  new RegExp(`^\\s*(?:that |which )?(?:it|they|ministers|the (?:department|DfE|Secretary of State))\\s+(?:gave|issued|made|placed|imposed|served)\\b[^.;]{0,60}?\\b(?:on|in)\\s+${DATE_SOURCE}`, 'i'),
  // "… issued to West Sussex County Council (December 2020)": a title's date in brackets after the council
  new RegExp(caseless('^\\s*,?\\s*(?:(?:which|that) (?:was|were) )?(?:issued|given|made|dated|signed|imposed|served|sent|published)?\\s*') + COUNCIL_TAIL + caseless(`,?\\s*(?:(?:on|of|in|dated|from)\\s+|:\\s*|\\(\\s*)${DATE_SOURCE}`)),
  // "issued to the Essex unitary on 10 December 2024", "the direction imposed in October 2022", "dated January 17"
  new RegExp(`^${NO_OTHER_INSTRUMENT}{0,60}?\\b(?:issued|given|made|served|imposed|placed|sent|dated|signed)\\b${NO_OTHER_INSTRUMENT}{0,60}?\\b(?:on|in|dated)\\s+${DATE_SOURCE}`, 'i'),
  new RegExp(`^\\s*,?\\s*dated\\s+${DATE_SOURCE}`, 'i'),
  // "appointed an independent commissioner, Jo Doe, in November 2018": a name in apposition, then the date
  new RegExp(`^\\s*,\\s*(?:[A-Z][\\w'’.-]*\\s?){1,4},` + caseless(`\\s*(?:in|on)\\s+${DATE_SOURCE}`)),
  // "Cumberland Council was given the direction by the Department for Education on 14 February"
  new RegExp(`^\\s+by (?:the )?(?:Department for Education|DfE|Secretary of State|education secretary|ministers?|government)[^.;]{0,30}?\\b(?:(?:on|in)\\s+${DATE_SOURCE}|${RELATIVE})`, 'i'),
  // "issued a statutory direction on Tuesday", "The improvement notice … is dated May 6"
  new RegExp(`^\\s*,?\\s*${RELATIVE}`, 'i'),
  new RegExp(`^${IN_CLAUSE}{0,60}?\\b(?:is|was) dated\\s+${DATE_SOURCE}`, 'i'),
  // "BCP's earlier direction on children's social care, which dates from October 2023"
  new RegExp(`^[^.;]{0,60}?\\bwhich dates from\\s+${DATE_SOURCE}`, 'i'),
  new RegExp(`^[^.;]{0,60}?\\b(?:was|were|is|are|has been|have been) (?:issued|given|made|served|sent|imposed) (?:to [^.;]{0,60}? )?(?:on |in )?${DATE_SOURCE}`, 'i'),
  new RegExp(caseless('^\\s*,?\\s*(?:(?:which|that) (?:was|were) )?(?:issued|given|made|sent|published|served)\\s+') + COUNCIL_TAIL + caseless(RELATIVE)),
  new RegExp(`^[^.;]{0,60}?\\b(?:was|were|has been|have been) (?:issued|given|made|served|sent|imposed) [^.;]{0,40}?${RELATIVE}`, 'i'),
];
const TITLE_DATE = new RegExp(`^\\s*[:(–-]?\\s*${DATE_SOURCE}`, 'i');
const SINCE_DATE = new RegExp(`^\\s+since\\s+${DATE_SOURCE}`, 'i');
const SINCE_YEAR = /^\s+since\s+((?:19|20)\d{2})\b(?!\s*\d)/;
const YEAR_BEFORE = /\b(?:the|its|their) ((?:19|20)\d{2})\s+(?:statutory\s+|SEND\s+|revised\s+)?$/i;
const DATE_BEFORE = new RegExp(`${DATE_SOURCE}\\s+(?:statutory\\s+|SEND\\s+)?$`, 'i');
/** "In a letter dated 3 March, officials said ...": the date of the decision the sentence reports. */
const LETTER_DATED = new RegExp(`\\b(?:letter|notice|decision)(?: [^.,;]{0,40}?)? dated ${DATE_SOURCE}`, 'i');
/** "On Tuesday the Department added a SEND direction": a weekday before the article's date. */
const SENTENCE_ON_DAY = /^(?:On|Last) (?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? [^.]{0,120}\b(?:gave|issued|made|served|added|published)\b/;
const SENTENCE_ON_DATE = new RegExp(`^(?:\\(?\\d+[.)]\\s*)?(?:On|In) ${DATE_SOURCE},?\\s+[^.]{0,160}?\\b(?:gave|issued|made|served|ruled|decided|ordered|imposed|appointed)\\b`, 'i');

/** The longest run of words the patterns of DATE_AFTER read before a date, with the date. */
const AFTER_REACH = 400;

/** The date the words right after a mention give it ("issued on 3 April 2017", ", dated 17 September"). */
export function dateAfter(after: string, anchor: string | null): string | null {
  for (const re of DATE_AFTER) {
    const m = re.exec(after);
    if (!m?.groups) continue;
    if (m.groups.rel) return resolveRelativeDay(m.groups.rel.replace(/^(on|last) /i, ''), anchor);
    if (m.groups.lastMonth) return anchor ? addMonths(anchor, -1).slice(0, 7) : null;
    const d = resolveDateMatch(m.groups, anchor, 'past');
    if (d) return d;
  }
  return null;
}

/** The date a mention carries: after it, right before it ("the March 2017 Direction"), or from its sentence. */
export function dateNear(text: string, s: Sentence, start: number, end: number, anchor: string | null): string | null {
  if (!MAY_HOLD_DATE.test(s.text)) return null;
  const rest = text.slice(end, Math.min(s.end, end + AFTER_REACH));
  const after = dateAfter(rest, anchor);
  if (after) return after;
  // "DfE Direction April 2022 to work with …", "Improvement Notice January 2022": a list's or a title's date.
  const titled = TITLE_DATE.exec(rest);
  if (titled?.groups && (titled.groups.y1 || titled.groups.y2 || titled.groups.y3)) return resolveDateMatch(titled.groups, anchor, 'past');
  const sinceDate = SINCE_DATE.exec(rest);
  if (sinceDate?.groups) {
    const d = resolveDateMatch(sinceDate.groups, anchor, 'past');
    if (d) return d;
  }
  // "under a statutory direction since 2019", "the 2022 notice": a year is all the text gives.
  const since = SINCE_YEAR.exec(rest) ?? YEAR_BEFORE.exec(text.slice(Math.max(s.start, start - 20), start));
  if (since) return since[1];
  const before = text.slice(Math.max(s.start, start - 40), start);
  const b = DATE_BEFORE.exec(before);
  if (b?.groups) return resolveDateMatch(b.groups, anchor, 'past');
  const letter = LETTER_DATED.exec(s.text);
  if (letter?.groups) return resolveDateMatch(letter.groups, anchor, 'past');
  const onDay = SENTENCE_ON_DAY.exec(s.text);
  if (onDay?.groups && s.start + onDay.index + onDay[0].length <= start + 40) return resolveRelativeDay(onDay.groups.day, anchor);
  const on = SENTENCE_ON_DATE.exec(s.text);
  if (on?.groups && s.start + on.index + on[0].length <= start + 40) return resolveDateMatch(on.groups, anchor, 'past');
  return null;
}

/**
 * GOV.UK titles an instrument "Improvement notice issued to Cheshire East Council: July 2024"; a page that mirrors it
 * keeps the title in its address ("…/improvement-notice-issued-to-cheshire-east-council-july-2024-98360") when its
 * text has lost it. Read from the address's last segment: the kind, the words naming the addressee, and the month.
 */
const ADDRESS_TITLE = new RegExp(`\\b(?<kind>revised direction|direction|improvement notice)s? issued to (?<to>[a-z ]+?) (?<month>${MONTHS.join('|')}) (?<year>(?:19|20)\\d{2})\\b`);
const ADDRESS_KINDS: Record<string, InstrumentKind> = { direction: 'direction', 'revised direction': 'revised_direction', 'improvement notice': 'improvement_notice' };

export interface AddressTitle {
  kind: InstrumentKind;
  /** The words naming the addressee, lower case ("cheshire east council"). */
  to: string;
  /** YYYY-MM. */
  month: string;
}

export function addressTitle(uri: string | undefined): AddressTitle | null {
  if (!uri) return null;
  let segment: string;
  try {
    segment = decodeURIComponent(new URL(uri).pathname.split('/').filter(Boolean).at(-1) ?? '');
  } catch {
    return null;
  }
  const words = segment.toLowerCase().replace(/\.[a-z]+$/, '').replace(/[-_+]+/g, ' ');
  const m = ADDRESS_TITLE.exec(words);
  if (!m?.groups) return null;
  return { kind: ADDRESS_KINDS[m.groups.kind], to: m.groups.to, month: iso(+m.groups.year, monthIndex(m.groups.month)) };
}

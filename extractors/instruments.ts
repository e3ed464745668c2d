// Instrument mentions: anchored patterns (data/instruments.json) → kind, span, the date the mention carries
// ("the direction of 22 August 2018", "issued yesterday", "the March 2017 Direction"), and whether the
// sentence is about another kind of direction (best value, academy orders) or denies an intervention.
import rules from './data/instruments.json' with { type: 'json' };
import { DATE_SOURCE, resolveDateMatch, resolveRelativeDay } from './dates.js';
import { phraseRegex, type Sentence } from './text.js';
import type { InstrumentKind } from '../src/schema/record.js';

export interface InstrumentMention {
  kind: InstrumentKind;
  start: number;
  end: number;
  sentence: Sentence;
  /** The issue date the mention itself carries, ISO, or null. */
  date: string | null;
  /** The mention names another kind of direction, or says no intervention happened. */
  excluded: boolean;
  /** The object of a revocation ("revokes the direction of …"): a past instrument, not the revocation. */
  revokedObject: boolean;
  /** Named as another instrument than the one in hand ("replaced by the direction of …", "the first direction"). */
  other: boolean;
}

const KIND_PATTERNS = rules.kinds.map((k) => ({
  kind: k.kind as InstrumentKind,
  re: new RegExp(`\\b(?:${k.patterns.join('|')})\\b`, 'gi'),
}));
const NOT_INTERVENTION = phraseRegex(rules.notInterventionCues, 'i');
const NEGATION_BEFORE = phraseRegex(rules.negationCues, 'gi');
const NEGATION_AFTER = phraseRegex(rules.negationAfterCues, 'gi');
/** How far after a mention a denial still reaches ("… was not considered sufficient"). */
const NEGATION_REACH = 30;
const OTHER_BEFORE = /\b(?:replaced by|replaces?|replacing|replaced|in place of|in addition to|earlier|previous|first|original)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$/i;
const OBJECT = /\b(revised )?(?:statutory )?(direction|improvement notice|notice)s?\b/i;

const RELATIVE = '(?<rel>yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))';
const COUNCIL_TAIL = "(?:to (?:the )?[A-Z][\\w'’&,-]*(?:\\s+[A-Z&][\\w'’&-]*|\\s+(?:of|upon|and|on|with)\\s+[A-Z][\\w'’-]*){0,6}\\s*)?";
/** Text that does not name another instrument ("replaces the one issued in January" dates the one, not this). */
const NO_OTHER_INSTRUMENT = '(?:(?!replac|the one|direction|notice)[^.;])';
const DATE_AFTER = [
  // "Date of this Direction: 11 March 2025"
  new RegExp(`^:\\s*${DATE_SOURCE}`, 'i'),
  // "the direction it placed on Torbay Council's children's services in March 2018", "the one it gave the council in July 2024"
  new RegExp(`^\\s*(?:that |which )?(?:it|they|ministers|the (?:department|DfE|Secretary of State))\\s+(?:gave|issued|made|placed|imposed|served)\\b[^.;]{0,60}?\\b(?:on|in)\\s+${DATE_SOURCE}`, 'i'),
  new RegExp(`^\\s*,?\\s*(?:(?:which|that) (?:was|were) )?(?:issued|given|made|dated|signed|imposed|served|sent|published)?\\s*${COUNCIL_TAIL}(?:(?:on|of|in|dated|from)\\s+|:\\s*)${DATE_SOURCE}`, 'i'),
  // "issued to the Essex unitary on 10 December 2024", "the direction imposed in October 2022", "dated January 17"
  new RegExp(`^${NO_OTHER_INSTRUMENT}{0,60}?\\b(?:issued|given|made|served|imposed|placed|sent|dated|signed)\\b${NO_OTHER_INSTRUMENT}{0,60}?\\b(?:on|in|dated)\\s+${DATE_SOURCE}`, 'i'),
  new RegExp(`^\\s*,?\\s*dated\\s+${DATE_SOURCE}`, 'i'),
  // "Cumberland Council was given the direction by the Department for Education on 14 February"
  new RegExp(`^\\s+by (?:the )?(?:Department for Education|DfE|Secretary of State|education secretary|ministers?|government)[^.;]{0,30}?\\b(?:on|in)\\s+${DATE_SOURCE}`, 'i'),
  // "BCP's earlier direction on children's social care, which dates from October 2023"
  new RegExp(`^[^.;]{0,60}?\\bwhich dates from\\s+${DATE_SOURCE}`, 'i'),
  new RegExp(`^[^.;]{0,60}?\\b(?:was|were|is|are|has been|have been) (?:issued|given|made|served|sent|imposed) (?:to [^.;]{0,60}? )?(?:on |in )?${DATE_SOURCE}`, 'i'),
  new RegExp(`^\\s*,?\\s*(?:(?:which|that) (?:was|were) )?(?:issued|given|made|sent|published|served)\\s+${COUNCIL_TAIL}${RELATIVE}`, 'i'),
  new RegExp(`^[^.;]{0,60}?\\b(?:was|were|has been|have been) (?:issued|given|made|served|sent|imposed) [^.;]{0,40}?${RELATIVE}`, 'i'),
];
const DATE_BEFORE = new RegExp(`${DATE_SOURCE}\\s+(?:statutory\\s+|SEND\\s+)?$`, 'i');
/** "In a letter dated 16 December, the department said ...": the date of the decision the sentence reports. */
const LETTER_DATED = new RegExp(`\\b(?:letter|notice|decision) dated ${DATE_SOURCE}`, 'i');
/** "On Tuesday the Department added a SEND direction": a weekday before the article's date. */
const SENTENCE_ON_DAY = /^(?:On|Last) (?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? [^.]{0,120}\b(?:gave|issued|made|served|added|published)\b/;
const SENTENCE_ON_DATE = new RegExp(`^(?:\\(?\\d+[.)]\\s*)?(?:On|In) ${DATE_SOURCE},?\\s+[^.]{0,160}\\b(?:gave|issued|made|served)\\b`, 'i');

/** The date the words right after a mention give it ("issued on 3 April 2017", ", dated 17 September"). */
function dateAfter(after: string, anchor: string | null): string | null {
  for (const re of DATE_AFTER) {
    const m = re.exec(after);
    if (!m?.groups) continue;
    if (m.groups.rel) return resolveRelativeDay(m.groups.rel.replace(/^(on|last) /i, ''), anchor);
    const d = resolveDateMatch(m.groups, anchor, 'past');
    if (d) return d;
  }
  return null;
}

/** The date a mention carries: after it, right before it ("the March 2017 Direction"), or from its sentence. */
function dateNear(text: string, s: Sentence, start: number, end: number, anchor: string | null): string | null {
  const after = dateAfter(text.slice(end, s.end), anchor);
  if (after) return after;
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
 * A denial or hypothesis ("rather than a statutory direction", "was not considered sufficient") covers the
 * mentions after it in the sentence, and a mention it closely follows; not the whole sentence, so that "the
 * notice, dated 17 September, stops short of a statutory direction" keeps its notice.
 */
function negated(text: string, s: Sentence, start: number, end: number): boolean {
  for (const m of s.text.matchAll(NEGATION_BEFORE)) if (s.start + m.index! < end) return true;
  for (const m of s.text.matchAll(NEGATION_AFTER)) {
    const at = s.start + m.index!;
    if (at < end || at - end <= NEGATION_REACH) return true;
  }
  return false;
}

/** Instrument mentions in document order. `anchor` resolves dates without a year and "yesterday". */
export function findInstruments(text: string, sentences: Sentence[], anchor: string | null): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  for (const s of sentences) {
    const taken: Array<[number, number]> = [];
    const otherKind = NOT_INTERVENTION.test(s.text);
    for (const { kind, re } of KIND_PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        const other = OTHER_BEFORE.test(text.slice(s.start, start));
        const excluded = otherKind || negated(text, s, start, end);
        const mention: InstrumentMention = { kind, start, end, sentence: s, date: null, excluded, revokedObject: false, other };
        if (kind === 'revocation') {
          const obj = OBJECT.exec(m[0]);
          // "the direction was revoked on 15 November 2021": the date is the revocation's own.
          const objStart = start + (obj?.index ?? 0);
          const objEnd = objStart + (obj?.[0].length ?? 0);
          const objKind: InstrumentKind = obj?.[1] ? 'revised_direction' : obj?.[2].toLowerCase() === 'direction' ? 'direction' : 'improvement_notice';
          const revoked = (date: string | null) =>
            date && out.push({ kind: objKind, start: objStart, end: objEnd, sentence: s, date, excluded: otherKind || negated(text, s, objStart, objEnd), revokedObject: true, other: true });
          if (obj && obj.index === 0) {
            // "the direction issued to Blackpool Council on 19 July 2023 …, is revoked": the inner date is the
            // revoked direction's; what follows the verb is the revocation's own.
            revoked(dateAfter(text.slice(objEnd, end), anchor));
            mention.date = dateNear(text, s, start, end, anchor);
          } else if (obj) {
            // "Letter revoking the direction issued to Torbay Council: 12 February 2025": a title's date is the letter's.
            const titled = /^[^.;]*:\s*\d/.test(text.slice(end, s.end));
            if (titled) mention.date = dateNear(text, s, start, end, anchor);
            else revoked(dateNear(text, s, objStart, end, anchor));
          }
        } else {
          mention.date = dateNear(text, s, start, end, anchor);
        }
        out.push(mention);
      }
    }
  }
  return dropUnsupportedWeak(text, resolveBareNotices(text, out.sort((a, b) => a.start - b.start)));
}

/**
 * A plain lower-case "direction" ("a new direction for the service") is an instrument only in a document that
 * names one unambiguously somewhere, or says beside it that the DfE or a minister gave it.
 */
const WEAK = /^(?:new |formal )?directions?$/;
const DFE_CUE = /Department for Education|\bDfE\b|Secretary of State|education secretary|\bministers?\b|statutory|section 497A/i;
function dropUnsupportedWeak(text: string, mentions: InstrumentMention[]): InstrumentMention[] {
  const weak = (m: InstrumentMention) => WEAK.test(text.slice(m.start, m.end));
  const supported = mentions.some((m) => !m.excluded && (!weak(m) || DFE_CUE.test(m.sentence.text)));
  return supported ? mentions : mentions.filter((m) => !weak(m));
}

/** A bare "the notice" is an improvement notice only after one was named; in a revocation letter it is not. */
function resolveBareNotices(text: string, mentions: InstrumentMention[]): InstrumentMention[] {
  let named = false;
  return mentions.filter((m) => {
    const bare = /^notice$/i.test(text.slice(m.start, m.end));
    if (!bare && m.kind === 'improvement_notice') named = true;
    return !bare || named;
  });
}

// Instrument mentions: anchored patterns (data/instruments.json) → kind, span, the date the mention carries
// ("the direction of 22 August 2018", "issued yesterday", "the March 2017 Direction"), and whether the
// sentence is about another kind of direction (best value, academy orders) or denies an intervention.
import rules from './data/instruments.json' with { type: 'json' };
import { dateAfter, dateNear } from './instrument-dates.js';
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
  /** Replaces an earlier instrument ("A new direction … replaces it"): a newer instrument of its own. */
  replacing: boolean;
}

/** A pattern's "{name}" is the fragment of that name (the words that may stand before "commissioner", say). */
const withFragments = (src: string) => src.replace(/\{([a-zA-Z]\w*)\}/g, (_, name: keyof typeof rules.fragments) => rules.fragments[name]);
const KIND_PATTERNS = rules.kinds.map((k) => ({
  kind: k.kind as InstrumentKind,
  cue: new RegExp(k.cue, 'i'),
  re: new RegExp(`\\b(?:${k.patterns.map(withFragments).join('|')})\\b`, 'gi'),
  context: 'context' in k && k.context ? new RegExp(k.context, 'i') : null,
}));
/**
 * How many sentences on either side may hold a kind's context ("government", "commissioner"): news says who
 * ordered a takeover in the sentence before it or the one after ("… will run the service. The move was ordered by
 * the education secretary.").
 */
const CONTEXT_REACH = 1;
const NOT_INTERVENTION = phraseRegex(rules.notInterventionCues, 'i');
const NEGATION_BEFORE = phraseRegex(rules.negationCues, 'gi');
const NEGATION_AFTER = phraseRegex(rules.negationAfterCues, 'gi');
/** How far after a mention a denial still reaches ("… was not considered sufficient"). */
const NEGATION_REACH = 30;
/** Words before a mention that name another instrument than the one in hand ("replaces the earlier one"; "replaces
 * this notice" is the one in hand). */
const OTHER_BEFORE = /\b(?:replaced by|replaces?|replacing|replaced|in place of|in addition to|earlier|previous|first|original)\s+(?:the\s+|a\s+|an\s+)?(?:(?!this\b|these\b)\w+\s+)?$/i;
/** Words after a revoked instrument that introduce its own date rather than the revocation's. */
const OBJECT_DATED = /^\s*,?\s*(?:which was |that was |it |they |the (?:DfE|department) )?(?:issued|given|made|dated|imposed|placed|of|from)\b|^\s+to [A-Z]/i;
/** A lifting that is only the condition of something else ("reviewed until the notice is withdrawn", "unless the
 * direction is lifted"): no revocation. ("Once the direction was lifted, …" tells of one, so "once" is not here.) */
const CONDITION_BEFORE = /\b(?:until|till|unless)\s+(?:[\w'’-]+\s+){0,4}$/i;
const OBJECT = /\b(revised )?(?:statutory )?(direction|improvement notice|notice)s?\b/i;

/**
 * A denial or hypothesis ("rather than a statutory direction", "was not considered sufficient") covers the
 * mentions after it in the sentence, and a mention it closely follows; not the whole sentence, so that "the
 * notice, dated 17 September, stops short of a statutory direction" keeps its notice.
 */
function negated(text: string, s: Sentence, start: number, end: number): boolean {
  const { before, after } = denials(s);
  return before.some((at) => at < end) || after.some((at) => at < end || at - end <= NEGATION_REACH);
}

/** Where a sentence's denials stand, found once per sentence (a sentence can hold several mentions). */
const denialCache = new WeakMap<Sentence, { before: number[]; after: number[] }>();
function denials(s: Sentence): { before: number[]; after: number[] } {
  let found = denialCache.get(s);
  if (!found) {
    const at = (re: RegExp) => [...s.text.matchAll(re)].map((m) => s.start + m.index!);
    found = { before: at(NEGATION_BEFORE), after: at(NEGATION_AFTER) };
    denialCache.set(s, found);
  }
  return found;
}

/** Instrument mentions in document order. `anchor` resolves dates without a year and "yesterday". */
export function findInstruments(text: string, sentences: Sentence[], anchor: string | null): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  for (const s of sentences) {
    const taken: Array<[number, number]> = [];
    let otherKind: boolean | undefined;
    for (const { kind, cue, re, context } of KIND_PATTERNS) {
      if (!cue.test(s.text)) continue;
      if (context && !sentences.slice(Math.max(0, s.index - CONTEXT_REACH), s.index + CONTEXT_REACH + 1).some((o) => context.test(o.text))) continue;
      otherKind ??= NOT_INTERVENTION.test(s.text);
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        const other = OTHER_BEFORE.test(text.slice(s.start, start));
        const excluded = otherKind || negated(text, s, start, end) || (kind === 'revocation' && CONDITION_BEFORE.test(text.slice(Math.max(s.start, start - 40), start)));
        // Every mention is made with all its fields, in one order, so they share one shape (V8 optimises the code that
        // reads them once, instead of again for each shape).
        const mention: InstrumentMention = { kind, start, end, sentence: s, date: null, excluded, revokedObject: false, other, replacing: false };
        if (kind === 'revocation') out.push(...revocationParts(text, s, m[0], mention, anchor, otherKind));
        else mention.date = dateNear(text, s, start, end, anchor);
        out.push(mention);
      }
    }
  }
  const found = dropOrderedArrangements(dropUnsupportedWeak(text, resolveBareNotices(text, out.sort((a, b) => a.start - b.start))));
  return readReplacements(text, sentences, dropSuperseded(text, sentences, found));
}

/** How many sentences after "this direction has closed" a replacement may be named ("A new direction replaces it"). */
const SUPERSEDED_REACH = 2;
const REPLACED = /\breplac(?:es|ed|ing|ement)\b/i;

/**
 * "Closed" says only that an instrument stopped: one a newer instrument replaced was superseded, not revoked. A
 * closure is read as a revocation when the text dates it and names no replacement nearby.
 */
function dropSuperseded(text: string, sentences: Sentence[], mentions: InstrumentMention[]): InstrumentMention[] {
  return mentions.filter((m) => {
    if (m.kind !== 'revocation' || !/closed$/i.test(text.slice(m.start, m.end))) return true;
    return !!m.date && !sentences.slice(m.sentence.index, m.sentence.index + SUPERSEDED_REACH + 1).some((s) => REPLACED.test(s.text));
  });
}

/** Words before a direction that make it the newer one of two ("the latest direction"); "a second direction" can be of another service. */
const NEWER_BEFORE = /\b(?:latest|fresh|further|updated)\s+(?:statutory\s+)?$/i;
/** "A direction issued in October 2017 replaces it", "This direction replaces the earlier one": the newer direction. */
const REPLACES_AFTER = /^[^.;]{0,120}?\breplac(?:es|ing)\s+(?:it\b|them\b|the (?:one|earlier one|previous one)\b|(?:the |an? |its )?(?:earlier |previous |first |original |existing |initial |(?:19|20)\d{2} )?(?:statutory )?direction)/i;

/**
 * A direction that replaces another is a revised direction (one event of its own, never the undated instrument in
 * hand); so is "the latest direction" in a text that also names the first one.
 */
function readReplacements(text: string, sentences: Sentence[], mentions: InstrumentMention[]): InstrumentMention[] {
  const namesEarlier = mentions.some((m) => m.kind === 'direction' && m.other && !m.excluded);
  for (const m of mentions) {
    if (m.kind !== 'direction' || m.other || m.excluded) continue;
    const before = text.slice(Math.max(m.sentence.start, m.start - 20), m.start);
    const replaces = REPLACES_AFTER.test(text.slice(m.end, m.sentence.end));
    if (replaces || (namesEarlier && NEWER_BEFORE.test(before))) {
      m.kind = 'revised_direction';
      m.replacing = replaces;
    }
  }
  return mentions;
}

/** Instruments that can order an arrangement (a trust, a partnership): a sentence naming both reports one instrument. */
export const ORDERING: ReadonlySet<InstrumentKind> = new Set(['direction', 'revised_direction', 'improvement_notice']);

/** "The direction requires a trust to take over": the trust is what the direction orders, not an event of its own. */
function dropOrderedArrangements(mentions: InstrumentMention[]): InstrumentMention[] {
  const ordered = new Set(mentions.filter((m) => ORDERING.has(m.kind) && !m.excluded).map((m) => m.sentence.index));
  return mentions.filter((m) => m.kind !== 'other' || !ordered.has(m.sentence.index));
}

/**
 * A revocation names what it revokes ("revokes the direction issued on 22 August 2018"): when a date tells which,
 * that instrument is an event of its own. Sets the revocation's own date and returns the revoked instrument.
 */
function revocationParts(text: string, s: Sentence, matched: string, mention: InstrumentMention, anchor: string | null, otherKind: boolean): InstrumentMention[] {
  const { start, end } = mention;
  const obj = OBJECT.exec(matched);
  if (!obj) {
    mention.date = dateNear(text, s, start, end, anchor);
    return [];
  }
  const objStart = start + obj.index;
  const objEnd = objStart + obj[0].length;
  const kind: InstrumentKind = obj[1] ? 'revised_direction' : obj[2].toLowerCase() === 'direction' ? 'direction' : 'improvement_notice';
  let objDate: string | null;
  if (obj.index === 0) {
    // "the direction issued to Blackpool Council on 19 July 2023 …, is revoked (on …)": the date inside is the
    // revoked direction's; what follows the verb is the revocation's own.
    objDate = dateAfter(text.slice(objEnd, end), anchor);
    mention.date = dateNear(text, s, start, end, anchor);
  } else if (/^[^.;]*:\s*\d/.test(text.slice(end, s.end))) {
    // "Letter revoking the direction issued to Torbay Council: 12 February 2025": a title's date is the letter's.
    objDate = null;
    mention.date = dateNear(text, s, start, end, anchor);
  } else if (OBJECT_DATED.test(text.slice(end, s.end))) {
    // "revokes the direction issued to X on 22 August 2018", "revoking the direction of July 2015"
    objDate = dateNear(text, s, objStart, end, anchor);
  } else {
    // "The DfE revoked the notice on 10 October": the date is the revocation's.
    objDate = null;
    mention.date = dateNear(text, s, start, end, anchor);
  }
  // "revoked the direction placed on it in 2018": the revoked instrument is an earlier one the text names, an event of
  // its own (dated when the text says when); "this direction was revoked" names the one in hand, kept only when dated.
  if (!objDate && obj.index === 0) return [];
  return [{ kind, start: objStart, end: objEnd, sentence: s, date: objDate, excluded: otherKind || negated(text, s, objStart, objEnd), revokedObject: true, other: true, replacing: false }];
}

/**
 * A plain lower-case "direction" ("a new direction for the service") is an instrument only in a document that
 * names one unambiguously somewhere, or says beside it that the DfE or a minister gave it.
 */
const WEAK = /^(?:new |formal )?directions?$|directed/;
const DFE_CUE = /Department for Education|\bDfE\b|Secretary of State|education secretary|\bministers?\b|\bgovernment\b|statutory|section 497A/i;
function dropUnsupportedWeak(text: string, mentions: InstrumentMention[]): InstrumentMention[] {
  const weak = (m: InstrumentMention) => WEAK.test(text.slice(m.start, m.end)) && !/^\s+(?:issued|given|served) to\b/i.test(text.slice(m.end, m.end + 20));
  const supported = mentions.some((m) => !m.excluded && (!weak(m) || DFE_CUE.test(m.sentence.text)));
  return supported ? mentions : mentions.filter((m) => !weak(m));
}

/**
 * A bare "the notice" is the last notice named: an improvement notice only after one was named ("… improvement
 * notice lifted" too), a direction after a "direction notice"; in a revocation letter it is neither.
 */
function resolveBareNotices(text: string, mentions: InstrumentMention[]): InstrumentMention[] {
  let named: InstrumentKind | null = null;
  return mentions.filter((m) => {
    const bare = /^notices?$/i.test(text.slice(m.start, m.end));
    if (bare) {
      if (named) m.kind = named;
      return !!named;
    }
    if (/improvement notice/i.test(text.slice(m.start, m.end))) named = 'improvement_notice';
    else if (m.kind === 'direction' && /^\s+notices?\b/i.test(text.slice(m.end, m.end + 10))) named = 'direction';
    return true;
  });
}

// Which council an instrument mention is addressed to: "direction issued to X", "X's direction", the first
// council the sentence names that is not a partner, else the council the text is currently about.
import type { CouncilMention } from '../../extractors/councils.js';
import type { InstrumentMention } from '../../extractors/instruments.js';

const ADDRESSED = /^\s*(?:\([^)]*\)\s*)?(?:order|notice)?\s*(?:(?:was|has been)\s+)?(?:issued|given|served|sent|made|imposed)?\s*(?:to|on|for|against|at)\s+(?:the\s+)?$/i;
/** "the biggest shake-up since Doncaster", "similar to the one in Leeds", "neighbouring Oxford": a council named for comparison. */
const COMPARED = /\b(?:since|like|unlike|as in|as with|similar to|such as|than|neighbouring|nearby|following (?:the )?(?:example|model) of)\s+(?:(?:the one|that|those)\s+(?:\w+\s+){0,3}?(?:in|at)\s+)?(?:the\s+)?$/i;
/** "brought in to Bolton", "services in Kirklees": the council after these is the one helped. */
const GOVERNED = /\b(?:to|in|for|at|on)\s+(?:the\s+)?$/i;
const PLURAL_SUBJECT = /\b(?:the|both|all|each of the|two|three|four)\s+(?:councils|authorities|local authorities)\b|\bdirections\b|\bnotices\b/i;

/** "direction issued to X", or "X's improvement notice": the council the instrument is addressed to. */
/** "issued Wirral Council with an improvement notice", "handed Salford the first notice": the council between verb and instrument. */
const GIVEN_BEFORE = /\b(?:issued|served|handed|hit|slapped|presented|given)\s+(?:the\s+)?$/i;
const GIVEN_BETWEEN = /^\s+(?:with\s+)?(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}$/i;

/** "Leicester City Council was handed its improvement notice", "Bury has been issued with a notice". */
const GIVEN_PASSIVE = /^(?:['’]s\s+children['’]s services)?\s+(?:was|were|has been|had been|have been|is being|will be|is to be)\s+(?:formally\s+|now\s+)?(?:handed|issued|served|given|hit|sent|placed under)\s+(?:with\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$/i;

export function isAddressee(text: string, instrument: InstrumentMention, council: CouncilMention): boolean {
  if (council.start >= instrument.end) return ADDRESSED.test(text.slice(instrument.end, council.start));
  if (isPossessor(text, instrument, council)) return true;
  if (instrument.start - council.end < 80 && GIVEN_PASSIVE.test(text.slice(council.end, instrument.start))) return true;
  return instrument.start - council.end < 40 && GIVEN_BETWEEN.test(text.slice(council.end, instrument.start)) && GIVEN_BEFORE.test(text.slice(Math.max(0, council.start - 30), council.start));
}

/** Words between a possessor and its instrument are modifiers ("Slough's latest SEND"), never a verb. */
const VERB_BETWEEN = /\b(?:is|are|was|were|has|have|had|been|will|would|to)\b/i;

function isPossessor(text: string, instrument: InstrumentMention, council: CouncilMention): boolean {
  return council.possessive && council.end <= instrument.start && instrument.start - council.end < 30 && !VERB_BETWEEN.test(text.slice(council.end, instrument.start));
}

/**
 * The councils an instrument mention is addressed to. `inSentence` are the sentence's council mentions that
 * are neither partners nor trusts; `focus` the councils the previous sentences were about.
 */
export function subjectsOf(text: string, m: InstrumentMention, all: CouncilMention[], focus: CouncilMention[]): CouncilMention[] {
  const inSentence = all.filter((c) => !COMPARED.test(text.slice(Math.max(m.sentence.start, c.start - 20), c.start)));
  const addressee = inSentence.find((c) => isAddressee(text, m, c));
  if (addressee) return [addressee];

  const plural = PLURAL_SUBJECT.test(m.sentence.text);
  const governed = inSentence.find((c) => GOVERNED.test(text.slice(m.sentence.start, c.start)));
  if (governed && !plural) return [governed];
  if (inSentence.length) return plural ? inSentence : [inSentence[0]];
  if (plural) return focus;
  return focus.slice(-1);
}

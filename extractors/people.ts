// People given an intervention role: commissioners, advisers, chairs of improvement boards, review leads, the
// chair and chief executive of a children's trust. In the style of chrono-node: anchored patterns propose a name
// tied to a role ("appoints X as", "commissioner X", "X, the … adviser", "X has been appointed …", "the review,
// led by X", "takes over from X"); refiners then drop ministers, council officers and bodies, ask compromise
// whether the name is a person, and read a later "Ms Doe", "Lord Doe" or "Doe" as the person named in full
// elsewhere in the document, so a later mention never makes a new person. Every list is data in
// data/roles.json; every gap in a pattern is bounded, so a sentence is read in linear time.
import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import roles from './data/roles.json' with { type: 'json' };
import { isFirstNameWord } from './first-names.js';
import { AUTHORITIES } from './gazetteer.js';
import { caseless, type Sentence } from './text.js';

// compromise takes the better part of a second to load (it unpacks its lexicon), so it is loaded only when a
// name's first word is not a first name in its lists (data/first-names.json, read without it): most documents
// never pay for it. Its CommonJS build is one file, which loads faster than the hundreds of modules of its ES build.
let compromise: typeof Compromise | undefined;
const nlp = (text: string) => (compromise ??= createRequire(import.meta.url)('compromise') as typeof Compromise)(text);

export interface PersonFact {
  name: string;
  role: string;
  start: number;
  end: number;
  sentence: Sentence;
}

const alt = (xs: string[]) => `(?:${xs.join('|')})`;
const ci = (xs: string[]) => caseless(alt(xs));

// ---- Names ----------------------------------------------------------------------------------------------
const TITLES = [...roles.personHonorifics, ...roles.personPeerTitles];
const WORD = `(?=[A-Z])(?!${alt(roles.personNotNameWords)}\\b)(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]{1,24}(?:-[A-Z][a-z]{1,24})?`;
const PARTICLE = alt(roles.personNameParticles);
const FULL = `${WORD}(?:\\s(?:${PARTICLE}\\s){0,2}${WORD}){1,2}`;
/** A name: an optional title, then two or three name words, or one word that must be resolved (or a peer's). */
const NAME = `(?=[A-Z])(?:${alt(TITLES)}\\.?\\s)?(?:${FULL}|${WORD})`;
/** Honours after a name ("Anil Sethi CBE"): read past, never part of the name. */
const HONOURS = `(?:,?\\s${alt(roles.personHonours)}\\b){0,3}`;
const NAMES = new RegExp(`(?<![\\w'’-])${NAME}(?![\\w'’-])`, 'g');
/**
 * What a full name needs somewhere in a sentence: a capitalised word, then (past particles) a second one that is a
 * name word (not "Council", "City", "Services"). A sentence without it, however many capitals it has, holds no
 * name of two words or more, and the costly NAMES scan is skipped.
 */
const NAME_PAIR = new RegExp(`[A-Z][a-z]+\\s(?:${PARTICLE}\\s){0,2}${WORD}`);
/** The cheap test's candidates: a title before a capital, a capitalised word and whether another follows it. */
const TITLED = new RegExp(`\\b${alt(TITLES)}\\.?\\s+[A-Z]`);
const CAPITAL_RUNS = /\b([A-Z][a-z][\w'’-]*)(\s+[A-Z][a-z])?/g;
const TITLE_AT_START = new RegExp(`^(${alt(TITLES)})\\.?\\s+`);
const PEER = new RegExp(`^${alt(roles.personPeerTitles)}$`);

// ---- Roles ----------------------------------------------------------------------------------------------
const ROLE_CORE = ci(roles.personRoles);
const TRUST_CORE = ci(roles.personTrustRoles);
/** Words that may stand before a role: listed modifiers, capitalised words (places, owners), non-ASCII junk. */
const MOD = `(?:${ci(roles.personRoleModifiers)}|[A-Z][^\\s,.;:()]{0,30}|[^\\x00-\\x7F][^\\s,.;:()]{0,30})`;
const TRUST_NAME_WORD = `[A-Z][\\w'’-]{0,30}`;
/** A role phrase: an intervention role, or a chair or chief executive tied to a trust (checked in `roleOk`). */
const ROLE_ANY = [
  `(?:${MOD} ){0,4}${ROLE_CORE}`,
  `(?:${MOD} ){0,2}${TRUST_CORE} of (?:the )?(?:${MOD} ){0,5}${ci(['trust'])}`,
  `(?:(?:the|its|their) )?${ci(roles.personTrustWords)}['’]s (?:board['’]s )?(?:${MOD} ){0,2}${TRUST_CORE}`,
  `(?:${TRUST_NAME_WORD} ){1,5}Trust(?:['’]s)? (?:${MOD} ){0,2}${TRUST_CORE}`,
  `(?:${MOD} ){0,2}${TRUST_CORE}`,
].join('|');
const ROLE_CORE_RE = new RegExp(ROLE_CORE);
const TRUST_CORE_RE = new RegExp(TRUST_CORE);
const ROLE_IN_TEXT = new RegExp(`(?:${MOD} ){0,3}${ROLE_CORE}`, 'g');
const TRUST_MENTION = /\btrust(?:['’]s)?\b/i;
const TRUST_NOT = new RegExp(`\\b${alt(roles.personTrustNotWords)}\\b[^.;,]{0,40}\\btrust\\b`, 'i');
const COUNCIL_NEAR = /\b(?:council|borough|county|city|authority|CC|MBC|BC|LA)\b/i;
const NOT_INTERVENTION_AFTER = new RegExp(`^\\s*,?\\s*${alt(roles.personNotInterventionAfter)}\\b`, 'i');
const NOT_INTERVENTION_BEFORE = new RegExp(`\\b${alt(roles.personNotInterventionBefore)}\\s*$`, 'i');
/** Commissioners of other services (another department's, the police's) are not children's services interventions. */
const NOT_INTERVENTION = new RegExp(`\\b${alt(roles.personNotInterventionWords)}\\b`, 'i');

// ---- Anchors --------------------------------------------------------------------------------------------
const SEP = `(?:,| [–—-]|:)?`;
const APPOINTERS = ci(roles.personAppointers);
/** Cheap tests: a pattern runs only on a sentence that has the words it needs. */
const HAS_ROLE = new RegExp(`${alt(roles.personRoles)}|${alt(roles.personTrustRoles)}`, 'i');
const HAS_APPOINT_AS = new RegExp(`\\b${alt(roles.personAppointVerbs)}\\b[^.]{0,200}?\\bas\\b`, 'i');
/** Where a role word stands: the patterns that contain a role run only on the text around one. */
const ROLE_HITS = new RegExp(`${alt(roles.personRoles)}|${alt(roles.personTrustRoles)}|\\b(?:chair|lead|head|oversee)`, 'gi');
const WINDOW = 180;
function roleWindows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(ROLE_HITS)) {
    let from = Math.max(0, m.index! - WINDOW);
    while (from > 0 && !/\s/.test(text[from - 1]) && m.index! - from < WINDOW + 30) from--;
    const to = Math.min(text.length, m.index! + m[0].length + WINDOW);
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
const PATTERNS: Array<{ re: RegExp; kind: 'tied' | 'weak'; need: RegExp; windowed?: boolean }> = [
  // "appoints Harriet Vane as Children's Services Commissioner", "work with Ada Pole, a former director, as adviser"
  {
    re: new RegExp(
      `\\b${ci(roles.personAppointVerbs)} (?:[\\w'’-]{1,30} ){0,5}?(?<name>${NAME})${HONOURS}(?:(?:,| [–—-]) [^.;]{3,120}?(?:,| [–—-]))? (?:in |on )?as (?:the |its |their |an? )?(?<role>${ROLE_ANY})`,
      'gd',
    ),
    kind: 'tied', need: HAS_APPOINT_AS,
  },
  // "Samuel Okoro, the SEND improvement adviser", "X, who was the fellow commissioner", "X appointed commissioner",
  // "X shall continue in post as Commissioner", "with X also joining as support commissioner", "Ian Orr, Chair of the Trust"
  {
    re: new RegExp(
      `(?<![\\w'’-])(?<name>${NAME})${HONOURS}${SEP} (?:who (?:is|was|has been|had been|will be|becomes|became|(?:has |had )?(?:served|serves|acted|acts|worked|works) as) )?(?:(?:now|currently|also|previously|formerly|then|still) )?(?:(?:(?:shall|will|to) )?(?:acting|serving|working|continuing|continues|continue|joining|joins|joined|join) (?:in post )?)?(?:(?:has been|was|is|will be|been) )?(?:(?:re-?)?appointed (?:by [^,.;]{1,60}? )?|(?:whom|who) [^,.;]{0,40}?(?:appointed|named|chose|selected|brought in) )?(?:as )?(?:(?:the|a|an|its|their|our) )?(?<role>${ROLE_ANY})`,
      'gd',
    ),
    kind: 'weak', need: HAS_ROLE, windowed: true,
  },
  // "commissioner Peter Wimsey", "a children's services commissioner, Mary Bunter,", "Commissioner for children's services Jo Bloggs"
  {
    re: new RegExp(
      `(?<![\\w'’-])(?<role>${ROLE_ANY})(?: (?:for|of|at|in) (?:the )?(?:(?! and )[^,.;:()]){1,40}?)?(?<sep>${SEP}|(?: is| was| has been| will be)? (?:named|confirmed|announced|revealed) as) (?<name>${NAME})`,
      'gd',
    ),
    kind: 'weak', need: HAS_ROLE, windowed: true,
  },
  // "Mary Bunter OBE is to chair the council's Improvement Board", "Lord Fane, who chairs the improvement board"
  {
    re: new RegExp(
      `(?<![\\w'’-])(?<name>${NAME})${HONOURS}(?:, [^,.;]{3,60}?,|,? who(?: now| currently| also)?)?,? (?:(?:is to|will|to|shall|would|is set to|has agreed to) )?(?<role>${caseless('(?:chair|lead|head|oversee)(?:s|ed)? ')}(?:the |its |[A-Z][\\w'’-]{0,30}['’]s )${caseless('[^,.;]{0,60}?(?:board|review|trust|panel|improvement programme|improvement plan|improvement work)')})`,
      'gd',
    ),
    kind: 'tied', need: /\b(?:chair|lead|head|oversee)/i, windowed: true,
  },
  // "the adviser appointed by the Secretary of State, currently Jo Bloggs"
  {
    re: new RegExp(`(?<role>${ROLE_ANY}) appointed (?:by|under) [^,.;]{3,60}, (?:currently |namely |who is |at present )?(?<name>${NAME})`, 'gd'),
    kind: 'tied', need: / appointed (?:by|under) /i, windowed: true,
  },
  // "He takes over as commissioner from Lord Norman Warner", "replacing Jo Bloggs"
  {
    re: new RegExp(`\\b${ci(roles.personPredecessorVerbs)}(?: as (?:the )?(?<role>${ROLE_ANY}))? from (?<name>${NAME})`, 'gd'),
    kind: 'weak', need: /\bover\b[^.]{0,80}?\bfrom\b/i,
  },
  { re: new RegExp(`\\b${ci(roles.personSuccessionVerbs)} (?:(?:the )?(?<role>${ROLE_ANY}),? )?(?<name>${NAME})`, 'gd'), kind: 'weak', need: /\b(?:replac|succeed)/i },
  // "a second commissioner … after the first, Paul Roe, found …"
  { re: new RegExp(`\\bthe ${ci(roles.personBackReferences)}(?: one)?, (?<name>${NAME})${HONOURS},`, 'gd'), kind: 'weak', need: /\bthe \w+(?: one)?, [A-Z]/ },
  // "the DfE has appointed Mr Hill", "the government appointed Jo Bloggs, who …"
  {
    re: new RegExp(`(?:${APPOINTERS}|[Hh]e|[Ss]he) (?:has |have |had )?(?:now |also |today |this week )?(?:re-?)?${caseless('appoint')}(?:s|ed) (?<name>${NAME})`, 'gd'),
    kind: 'weak', need: /appoint/i,
  },
];
/** "Jo Doe CBE passed the reins to …", "… stepped down": the name before is the outgoing holder. */
const OUTGOING_AFTER = new RegExp(`^${HONOURS},?\\s(?:${alt(roles.personOutgoingAfter)})\\b`, 'i');
/** "Jo Doe and Ann Roe as the new commissioners": the first of two names that share a plural role. */
const FIRST_OF_TWO = new RegExp(`(?<![\\w'’-])(?<name>${NAME})${HONOURS},? (?:and|&) $`);
const PREDECESSOR = new RegExp(`\\b(?:${ci(roles.personPredecessorVerbs)}|${ci(roles.personSuccessionVerbs)})\\b`);
const BACK_REFERENCE = new RegExp(`^the ${ci(roles.personBackReferences)}\\b`);
const APPOINTED_BY_PATTERN = PATTERNS.length - 1;

/** "X, director at Y, has been appointed …": the anchor; the name is read backwards from it. */
const PASSIVE = new RegExp(
  `\\b(?:(?:has|have|had) been|was|were|is|are|will be|(?:is|are) to be|being|been|to be)(?: also| now| formally| officially| today| hereby)? ${ci(roles.personPassiveVerbs)}\\b|\\b(?:will be|would be|is to be|(?:will |is to )?become|becomes|became|is|was|has been|remains)\\b(?=(?: the| a| an| its| their)? (?:${MOD} ){0,3}(?:${ROLE_CORE}|${TRUST_CORE}))`,
  'g',
);
/** A passive appointment's verb; with a role word instead, the passive patterns may also hold. */
const PASSIVE_VERB = new RegExp(alt(roles.personPassiveVerbs), 'i');
const COPULA = new RegExp(`^(?:will be|would be|is to be|(?:will |is to )?become|becomes|became|is|was|has been|remains)$`);
const PENDING_GAP = new RegExp(`^${HONOURS}(?:,[^,;]{0,150},)?\\s*$`);
const PASSIVE_ROLE = new RegExp(`^(?: (?:by|under) [^,.;]{1,60}?)?(?: (?:as|to be))?(?: (?:the|a|an|its|their))? (?<role>${ROLE_ANY})`);
const PASSIVE_TASK = new RegExp(
  `^(?: by [^,.;]{1,60}?)? to (?<task>${ci(roles.personTaskVerbs)} (?:a |an |the |its )?[^,.;]{0,60}?\\b${ci(roles.personTaskNouns)})\\b`,
);
const PASSIVE_POST = new RegExp(`^ to (?:the|this|that|a) (?:post|role|position|job)\\b|^ by ${APPOINTERS}\\b`);
const TASK_ROLE = /\b(?:review|board|inquiry|investigation|panel|trust|team|taskforce)$/i;
const CLAUSE_BREAK = new RegExp(`[;:"“”]|\\b(?:${roles.personReportVerbs.join('|')})\\b`, 'gi');
const CLAUSE_BREAK_TEST = new RegExp(CLAUSE_BREAK.source, 'i');

/** "the improvement board will be chaired by", "the review, led by", "a report compiled by": names follow. */
const LED_BY = new RegExp(
  `\\b(?<noun>${ci(roles.personLedNouns)})\\b(?:[^,.;]{0,40}?)(?:,)? (?:(?:will be|is|was|has been|to be|being|are|were) )?(?:[a-z]{2,20}ly )?(?<verb>${ci(roles.personLedVerbs)}) by |\\b(?<noun2>${ci(['review', 'inquiry', 'investigation', 'report'])})s? by `,
  'g',
);
/** A name followed by one of these is the start of a body's name ("Leeds Beckett University"). */
const ORG_AFTER = new RegExp(`^\\s+${alt(roles.personNotNameWords)}\\b`);
const LIST_NEXT = new RegExp(`^${HONOURS}(?:,| and|, and) `);

/** "the council's chief executive Jo Bloggs": the council's own officer, whatever the sentence says of her. */
const OWN_OFFICER_BEFORE = new RegExp(`\\b(?:the|its|their) (?:council|authority|borough)(?:['’]s)? (?:own )?${alt(roles.personOfficerTitles)},?\\s$`, 'i');
/** A name right after one of these is a minister's, a politician's or a reporter's, never an appointee's. */
const EXCLUDED_BEFORE = new RegExp(`\\b${alt(roles.personExcludeTitles)}['’]?s?,?\\s$`, 'i');
/** Council officers: fine when an appointment ties them to a role, not when a name is only near one. */
const OFFICER_BEFORE = new RegExp(`\\b${alt([...roles.personExcludeTitles, ...roles.personOfficerTitles])},?\\s$`, 'i');
const OFFICER_AFTER = new RegExp(`^${HONOURS},\\s(?:the\\s|a\\s|its\\s)?(?:[\\w'’-]{1,30}\\s){0,3}?${alt([...roles.personExcludeTitles, ...roles.personOfficerTitles])}\\b`, 'i');
const SAID_AFTER = /^[^.;]{0,80}?\b(?:said|says|told|added|commented)\b/;
const SAID_RIGHT_AFTER = new RegExp(`^${HONOURS},?\\s(?:has\\s|had\\s)?(?:said|says|told|added|commented|warned|wrote)\\b`);
/** An appointment with no name yet: "has appointed a new commissioner", "the newly appointed children's commissioner". */
const UNNAMED = new RegExp(
  `\\b(?:(?:re-?)?appoint(?:s|ed|ing)?|names|named|brought in|sent in|newly[- ]appointed|says|new) (?:an? |its |their )?(?:new )?(?<role>(?:${MOD} ){0,3}${ROLE_CORE})`,
  'g',
);
/**
 * The cheap test: a sentence without a role word (HAS_ROLE) or one of these cannot tie a name to a role. The role
 * words are tested once a sentence, and the answer is reused here and by the patterns that need one.
 */
const CUE_WITHOUT_ROLE = /\b(?:appoint|chaired|led by|headed by|review|report|board|oversee|take over|took over|taking over|replac|succeed|brought in|sent in|drafted in|the first, )/i;

// ---- Persons --------------------------------------------------------------------------------------------
/** The people compromise reads in a sentence, asked once per sentence (the first 5,000 characters). */
let peopleOf: { sentence: string; people: string[] } = { sentence: '', people: [] };
function peopleIn(sentence: string): string[] {
  if (peopleOf.sentence !== sentence) {
    const people = (nlp(sentence.slice(0, 5000)).people().json() as Array<{ text: string }>).map((p) => p.text);
    peopleOf = { sentence, people };
  }
  return peopleOf.people;
}

/** First words of council names ("Kirklees", "Kingston"): a name starting with one is a body's, not a person's. */
const AUTHORITY_WORDS = new Set([...AUTHORITIES.values()].flatMap((a) => [a.name, a.officialName].map((n) => n.split(/\s+/)[0].toLowerCase())));
const bodyWords = new Map<string, boolean>();
/** A word that starts a place's or an organisation's name: a council's, or one compromise knows. */
function isBodyWord(word: string): boolean {
  let body = bodyWords.get(word);
  if (body === undefined) {
    body = AUTHORITY_WORDS.has(word.toLowerCase()) || (!isFirstNameWord(word) && nlp(word).has('(#Place|#Organization)'));
    if (bodyWords.size > 10_000) bodyWords.clear();
    bodyWords.set(word, body);
  }
  return body;
}

/** compromise decides: the first word is a known first name, or compromise reads the name as a person. */
function isPerson(words: string[], sentence: string, titled: boolean): boolean {
  if (titled && words.length >= 2) return true;
  if (isFirstNameWord(words[0])) return true;
  return peopleIn(sentence).some((p) => p.includes(words[0]) && p.includes(words.at(-1)!));
}

interface Parsed {
  title: string | null;
  words: string[];
}
function parseName(raw: string): Parsed {
  const m = TITLE_AT_START.exec(raw);
  const rest = m ? raw.slice(m[0].length) : raw;
  return { title: m ? m[1] : null, words: rest.split(/\s+/).filter(Boolean) };
}
const display = (p: Parsed) => (p.words.length === 1 && p.title && PEER.test(p.title) ? `${p.title} ${p.words[0]}` : p.words.join(' '));

/** The role as a title: without the article, a defined-term bracket ("the Commissioner") or the term of office. */
function cleanRole(role: string): string {
  return role
    .trim()
    .replace(/^(?:the|a|an|its|their|our) /i, '')
    .replace(/^(?:two|three|four|both) /i, '')
    .replace(/\s*\(.*$/, '')
    .replace(/\s+(?:for (?:a|an|the) (?:initial |further )?period|for \d+|until|from|with effect)\b.*$/i, '')
    .replace(/["“”]/g, '')
    .replace(/^([Cc]hair|[Ll]ead|[Hh]ead)(?:s|ed)? (?=the |its |[A-Z])/, '$1 of ')
    .replace(/^[Oo]versee(?:s|d)? /, 'overseeing ')
    .replace(/^(?:the )?trust['’]s (?:board['’]s )?(.+)$/i, '$1 of the trust')
    .trim();
}

interface Entry {
  name: string;
  surname: string;
  at: number;
  sentence: string;
  titled: boolean;
}

/**
 * Reads the people of one document, sentence by sentence in order. The full names of the whole document are
 * gathered first, so that a later (or earlier) "Ms Doe", "Lord Doe" or plain "Doe" is read as that person.
 */
export class PeopleReader {
  private readonly names = new Map<string, Entry[]>();
  private readonly found = new Map<string, string>();
  private pending: { role: string; ttl: number } | null = null;
  private lastRole: string | null = null;
  private lastFound = -10;
  /** Whether the sentence `trustText` is about a trust (asked once per sentence). */
  private trustText: string | null = null;
  private aboutTrust = false;
  /** The offset of the sentence being read. */
  private base = 0;

  constructor(sentences: Sentence[]) {
    for (const s of sentences) {
      if (!NAME_PAIR.test(s.text)) continue;
      for (const m of s.text.slice(0, 20_000).matchAll(NAMES)) {
        const p = parseName(m[0]);
        if (p.words.length < 2) continue;
        const entry = { name: display(p), surname: p.words.at(-1)!, at: s.start + m.index!, sentence: s.text, titled: !!p.title };
        const list = this.names.get(entry.surname) ?? [];
        if (list.length < 100) list.push(entry);
        this.names.set(entry.surname, list);
      }
    }
  }

  /** The canonical name for a mention at `at`, or null when it is not a person. */
  private resolve(raw: string, at: number, sentence: string, tied = false): string | null {
    const p = parseName(raw);
    if (p.words.length === 0) return null;
    at += this.base;
    if (p.words.length >= 2) {
      // A name a pattern ties to a role needs only not to be a place's or a body's; a name merely near a role
      // must be a person's to compromise.
      if (!(tied ? !isBodyWord(p.words[0]) || isPerson(p.words, sentence, !!p.title) : isPerson(p.words, sentence, !!p.title))) return null;
      return display(p);
    }
    // A surname alone is the person already found with it, or one compromise reads as a person.
    // ("Ms Doe": any full name with that surname that is not a place's).
    const candidates = (this.names.get(p.words[0]) ?? []).filter((e) => {
      const words = e.name.split(' ');
      // The index keeps every full name; one that starts a place's or a body's name counts only with a title.
      if (!e.titled && isBodyWord(words[0])) return false;
      return this.found.has(e.name) || (p.title ? !isBodyWord(words[0]) : isPerson(words, e.sentence, e.titled));
    });
    const before = candidates.filter((e) => e.at < at).at(-1);
    const after = candidates.find((e) => e.at >= at);
    const best = before ?? after;
    if (best) return best.name;
    return p.title && PEER.test(p.title) ? display(p) : null;
  }

  read(sentence: Sentence): PersonFact[] {
    const text = sentence.text;
    this.base = sentence.start;
    const out: PersonFact[] = [];
    const add = (name: string, role: string, start: number, len: number) => {
      if (out.some((p) => p.name === name)) return;
      role = cleanRole(role) || this.found.get(name) || 'appointee';
      if (!this.found.has(name)) this.found.set(name, role);
      out.push({ name, role, start: sentence.start + start, end: sentence.start + start + len, sentence });
    };
    const hasRole = HAS_ROLE.test(text);
    const cued = hasRole || CUE_WITHOUT_ROLE.test(text);
    // Where the role words stand (in the first 20,000 characters), found once for roleIn and the windowed patterns.
    let windows: Array<[number, number]> | undefined;
    const windowsOf = () => (windows ??= roleWindows(text.slice(0, 20_000)));
    const sentenceRole = hasRole ? this.roleIn(text, windowsOf()) : null;
    const contextRole = sentenceRole ?? this.pending?.role ?? (sentence.index - this.lastFound <= 1 ? this.lastRole : null);
    // An appointment by the DfE or someone "brought in to examine failings" takes the document's role.
    const docRole = contextRole ?? this.lastRole;

    if (cued && this.mayName(text)) {
      PATTERNS.forEach(({ re, kind, need, windowed }, i) => {
        if (!(need === HAS_ROLE ? hasRole : need.test(text))) return;
        for (const [from, to] of windowed ? windowsOf() : [[0, text.length]]) for (const m of text.slice(from, to).matchAll(re)) {
          const g = m.groups!;
          const nameAt = from + m.indices!.groups!.name![0];
          let role: string | null = g.role ?? null;
          if (role && !this.roleOk(text, from + m.indices!.groups!.role![0], role)) continue;
          const matchEnd = from + m.index! + m[0].length;
          const predecessor = PREDECESSOR.test(m[0].slice(0, 30)) || OUTGOING_AFTER.test(text.slice(nameAt + g.name.length)) || (matchEnd > nameAt + g.name.length && OUTGOING_AFTER.test(text.slice(matchEnd).replace(/^,/, '')));
          if (!role) {
            if (BACK_REFERENCE.test(m[0]) && !sentenceRole) continue;
            if (predecessor) role = contextRole;
            else if (i === APPOINTED_BY_PATTERN) role = docRole;
            else role = sentenceRole;
            if (!role) continue;
          }
          if (predecessor) role = `previous ${role.replace(/^(?:the |a |an )?(?:new |newly appointed )?/i, '')}`;
          // "After meeting the commissioner, Jo Bloggs said": a role then a quoted speaker is not a tie.
          if (g.sep === ',' && /^the\b/i.test(g.role ?? '') && SAID_RIGHT_AFTER.test(text.slice(nameAt + g.name.length))) continue;
          if (!this.nameOk(text, nameAt, g.name, kind === 'weak' && !g.role)) continue;
          const name = this.resolve(g.name, nameAt, text, !ORG_AFTER.test(text.slice(nameAt + g.name.length, nameAt + g.name.length + 40)));
          if (!name) continue;
          const lookBack = Math.max(0, nameAt - 80);
          const first = /s$/i.test(role) ? FIRST_OF_TWO.exec(text.slice(lookBack, nameAt)) : null;
          const firstAt = first ? lookBack + first.index : -1;
          const firstName = first && this.nameOk(text, firstAt, first.groups!.name, false) ? this.resolve(first.groups!.name, firstAt, text, true) : null;
          if (firstName) add(firstName, role, firstAt + this.titleLength(first!.groups!.name), first!.groups!.name.length - this.titleLength(first!.groups!.name));
          add(name, role, nameAt + this.titleLength(g.name), g.name.length - this.titleLength(g.name));
        }
      });
      if (hasRole || PASSIVE_VERB.test(text)) this.passive(text, sentenceRole, docRole, add);
      this.ledBy(text, add);
    }
    if (this.pending) this.coreference(text, this.pending.role, add);

    // State for the sentences that follow.
    if (sentenceRole) this.lastRole = cleanRole(sentenceRole);
    if (out.length) {
      this.pending = null;
      this.lastFound = sentence.index;
      this.lastRole = out[0].role;
    } else {
      // UNNAMED ends in a role word, so only a sentence with one can hold it.
      const unnamed = hasRole ? [...text.matchAll(UNNAMED)].at(-1) : undefined;
      if (unnamed) this.pending = { role: cleanRole(unnamed.groups!.role.replace(/^(?:new|newly appointed) /i, '')), ttl: 3 };
      // Short lines (captions, bylines) do not use up the wait for the name.
      else if (this.pending && text.length >= 80 && --this.pending.ttl <= 0) this.pending = null;
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /**
   * The cheap test before the patterns: a person is named by a title and a name ("Ms Bloggs", "Lord Bloggs"), two
   * name words that do not start a council's or a place's name, or a surname the document gives in full elsewhere.
   */
  private mayName(text: string): boolean {
    if (TITLED.test(text)) return true;
    for (const m of text.slice(0, 20_000).matchAll(CAPITAL_RUNS)) {
      if (m[2] ? !AUTHORITY_WORDS.has(m[1].toLowerCase()) : this.names.has(m[1])) return true;
    }
    return false;
  }

  private titleLength(raw: string): number {
    const p = TITLE_AT_START.exec(raw);
    return p && !(PEER.test(p[1]) && parseName(raw).words.length === 1) ? p[0].length : 0;
  }

  /** The first intervention role the sentence names, if any. */
  private roleIn(text: string, windows: Array<[number, number]>): string | null {
    for (const [from, to] of windows) {
      for (const m of text.slice(from, to).matchAll(ROLE_IN_TEXT)) if (this.roleOk(text, from + m.index!, m[0])) return m[0].replace(/^(?:the |a |an )/i, '');
    }
    return null;
  }

  /** A role is an intervention role, not England's children's commissioner; a chief executive belongs to a trust. */
  private roleOk(text: string, at: number, role: string): boolean {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + role.length, at + role.length + 40);
    if (NOT_INTERVENTION.test(role) || NOT_INTERVENTION.test(before.slice(-15))) return false;
    if (ROLE_CORE_RE.test(role)) return !NOT_INTERVENTION_AFTER.test(after) && !NOT_INTERVENTION_BEFORE.test(before);
    if (/\b(?:board|review|panel|inquiry|improvement (?:programme|plan|work))\b/i.test(role)) return true;
    if (COUNCIL_NEAR.test(role)) return false;
    if (/trust/i.test(role)) return !TRUST_NOT.test(role);
    // A chair or chief executive with no trust in the phrase: only in a sentence about a trust, never a council's.
    if (this.trustText !== text) {
      this.trustText = text;
      this.aboutTrust = TRUST_MENTION.test(text) && !TRUST_NOT.test(text);
    }
    if (!this.aboutTrust || COUNCIL_NEAR.test(before.slice(-25))) return false;
    // "Jo Bloggs, chief executive of a charity, said the trust …", "Barnardo's chief executive Jo Bloggs": someone else's.
    if (/^\s*(?:of|at)\b/i.test(after) && !/^\s*of (?:the )?(?:[\w'’-]+ ){0,4}?(?:board|trust)\b/i.test(after)) return false;
    const lead = role.slice(0, Math.max(0, role.search(TRUST_CORE_RE)));
    if (/[A-Z]/.test(lead) && !/^(?:(?:its|the|a|an|new|interim|permanent|independent|acting|first|joint) )*$/i.test(lead)) return false;
    return !/[A-Z][\w'’-]*\s$/.test(before) || /\b(?:trust|children['’]s|and|its|the)\s$/i.test(before);
  }

  /** A name a role pattern found is not a minister's, a body's or, when loosely tied, a council officer's. */
  private nameOk(text: string, at: number, raw: string, loose: boolean): boolean {
    const before = text.slice(Math.max(0, at - 60), at);
    if (EXCLUDED_BEFORE.test(before) || OWN_OFFICER_BEFORE.test(before)) return false;
    if ((at < 8 && /^\s*By\s$/.test(text.slice(0, at))) || /\b(?:Photo|Picture|Image|Credit)s?:\s$/i.test(before)) return false;
    if (loose && (OFFICER_BEFORE.test(before) || OFFICER_AFTER.test(text.slice(at + raw.length, at + raw.length + 80)))) return false;
    return true;
  }

  /** "Jo Bloggs, director at X, has been appointed as commissioner": from the anchor back to the nearest person. */
  private passive(text: string, sentenceRole: string | null, contextRole: string | null, add: (n: string, r: string, s: number, l: number) => void) {
    let floor = 0;
    for (const m of text.matchAll(PASSIVE)) {
      const anchor = m.index!;
      const rest = text.slice(anchor + m[0].length, anchor + m[0].length + 200);
      let role: string | null = null;
      let pendingOnly = false;
      const r = PASSIVE_ROLE.exec(rest);
      const t = r ? null : PASSIVE_TASK.exec(rest);
      if (r && this.roleOk(text, anchor + m[0].length + r[0].indexOf(r.groups!.role), r.groups!.role)) role = r.groups!.role;
      else if (t) role = TASK_ROLE.test(t.groups!.task) ? t.groups!.task : (sentenceRole ?? contextRole);
      else if (PASSIVE_POST.test(rest)) role = sentenceRole ?? contextRole;
      // "The DfE has appointed a commissioner. Jo Bloggs was appointed on 12 June …"
      else if (this.pending && !COPULA.test(m[0])) {
        role = this.pending.role;
        pendingOnly = true;
      }
      const from = Math.max(floor, anchor - 250);
      // With no role said, only a person already known ("under which Ms Doe was appointed") is read again.
      let start = from;
      for (const b of text.slice(from, anchor).matchAll(CLAUSE_BREAK)) start = from + b.index! + b[0].length;
      const window = text.slice(start, anchor);
      const names = [...window.matchAll(NAMES)].reverse();
      // A name inside a prepositional phrase ("from Leeds City", "by commissioner X") is not the subject, unless a
      // relative clause makes it one ("co-operate with Jo Bloggs, who has been appointed …").
      const prepositional = (at: number, len: number) =>
        /\b(?:by|with|to|from|of|for|at|in|on|under|after|before)\s$/.test(text.slice(Math.max(0, at - 8), at)) && !/^,?\s+who\b/.test(text.slice(at + len, at + len + 12));
      for (const n of names) {
        const at = start + n.index!;
        if (prepositional(at, n[0].length)) continue;
        // A role named only in an earlier sentence goes to the anchor's own subject ("Jo Bloggs, a former director, was appointed").
        if (pendingOnly && !PENDING_GAP.test(text.slice(at + n[0].length, anchor))) continue;
        if (!this.nameOk(text, at, n[0], false)) continue;
        const name = this.resolve(n[0], at, text, !!role && !ORG_AFTER.test(text.slice(at + n[0].length, at + n[0].length + 40)));
        if (!name || (!role && !this.found.has(name))) continue;
        add(name, role ?? '', at + this.titleLength(n[0]), n[0].length - this.titleLength(n[0]));
        // The next appointment in the sentence looks for its name after this one.
        floor = anchor + m[0].length;
        break;
      }
    }
  }

  /** "chaired by Jo Bloggs", "an independent review by Ann Orr, Hackney's director Ben Lee and Dame Cy Fox". */
  private ledBy(text: string, add: (n: string, r: string, s: number, l: number) => void) {
    for (const m of text.matchAll(LED_BY)) {
      const noun = (m.groups!.noun ?? m.groups!.noun2).toLowerCase().replace(/['’]s board$/, ' board');
      const verb = (m.groups!.verb ?? 'by').toLowerCase();
      const role = /^chaired/.test(verb) ? `chair of the ${noun}` : /^headed/.test(verb) ? `head of the ${noun}` : /^led/.test(verb) ? `lead of the ${noun}` : `author of the ${noun}`;
      let at = m.index! + m[0].length;
      // "by A, B and C": the names after the first count only when the list ends in "and" ("by A, Mr B has …" is no list).
      const list: Array<{ name: string; at: number; len: number; viaAnd: boolean }> = [];
      let viaAnd = false;
      for (let k = 0; k < 5; k++) {
        const seg = text.slice(at, at + 120);
        const stop = k === 0 ? seg.length : Math.min(...[seg.search(/,|\band\b/), seg.length].filter((x) => x >= 0));
        const hit = [...seg.slice(0, stop).matchAll(NAMES)].find((n) => {
          const where = at + n.index!;
          if (!this.nameOk(text, where, n[0], false)) return false;
          if (k > 0 && SAID_AFTER.test(text.slice(where + n[0].length, where + n[0].length + 30))) return false;
          return this.resolve(n[0], where, text, !ORG_AFTER.test(text.slice(where + n[0].length, where + n[0].length + 40))) !== null;
        });
        if (!hit) break;
        const where = at + hit.index!;
        const t = this.titleLength(hit[0]);
        list.push({ name: this.resolve(hit[0], where, text, true)!, at: where + t, len: hit[0].length - t, viaAnd });
        at = where + hit[0].length;
        const next = LIST_NEXT.exec(text.slice(at, at + 40));
        if (!next) break;
        viaAnd = /and $/.test(next[0]);
        at += next[0].length;
      }
      const keep = list.length > 1 && !list.at(-1)!.viaAnd ? list.slice(0, 1) : list;
      for (const p of keep) add(p.name, role, p.at, p.len);
    }
  }

  /** "The DfE has appointed a new commissioner. In an interview, Jo Bloggs said …": the role's first subject. */
  private coreference(text: string, role: string, add: (n: string, r: string, s: number, l: number) => void) {
    const head = text.slice(0, 160);
    for (const n of head.matchAll(NAMES)) {
      const at = n.index!;
      const p = parseName(n[0]);
      const lead = head.slice(0, at);
      if (p.words.length < 2 && !p.title) continue;
      // The subject: first in the sentence, after an opening phrase ("In an interview, ") or a few describing words.
      if (lead.trim() !== '' && !/,\s$/.test(lead) && !/^(?:[\w'’-]{1,30} ){1,5}$/.test(lead)) return;
      if (CLAUSE_BREAK_TEST.test(lead)) return;
      // A line that is only a name is a byline.
      if (!/[a-z]{3,}/.test(text.slice(at + n[0].length, at + n[0].length + 60))) return;
      if (!this.nameOk(text, at, n[0], true)) return;
      if (SAID_AFTER.test(text.slice(at + n[0].length, at + n[0].length + 80))) return;
      const name = this.resolve(n[0], at, text);
      if (!name) return;
      add(name, role, at + this.titleLength(n[0]), n[0].length - this.titleLength(n[0]));
      return;
    }
  }
}

/** The people of one sentence read on its own (no other sentence to resolve a surname against). */
export function findPeople(sentence: Sentence): PersonFact[] {
  return new PeopleReader([sentence]).read(sentence);
}

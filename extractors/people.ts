// People given an intervention role (commissioners, advisers, improvement board chairs). compromise proposes
// person names in sentences that the role lexicon marks as relevant; a name counts only when an anchored
// pattern ties it to a role ("appoints X as", "commissioner X", "X, the … adviser", "X is to chair").
import nlp from 'compromise';
import roles from './data/roles.json' with { type: 'json' };
import type { Sentence } from './text.js';

export interface PersonFact {
  name: string;
  role: string;
  start: number;
  end: number;
  sentence: Sentence;
}

/** Role words match in any case while names must stay capitalised, so the patterns cannot use the i flag. */
const caseless = (src: string) => src.replace(/\\.|[a-zA-Z]/g, (c) => (c.length === 1 ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c));
const ROLE = caseless(`(?:${roles.personRoles.join('|')})`);
/** The cheap test: the plain role list, case-insensitive (the case-spelled ROLE is for the anchored patterns). */
const ROLE_CUE = new RegExp(`${roles.personRoles.join('|')}|\\bchair`, 'i');
const NAME = "[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*){1,2}";
/** Honours after a name ("Anil Sethi CBE"): read past, never part of the name. */
const HONOURS = "(?:,? (?:CBE|OBE|MBE|KBE|DBE|QC|KC|FRSA))?";
const TIED = [
  // "appoints Harriet Vane as Children's Services Commissioner", "re-appoints X as"
  new RegExp(`(?:appoint(?:s|ed)?|re-appoints?|named|names) (?<name>${NAME})${HONOURS}(?:, [^,.;]{3,60},)? as (?:the |its |an? )?(?<role>[^,.;]*?${ROLE}[^,.;]*)`, 'g'),
  // "commissioner Peter Wimsey", "a children's services commissioner, Mary Bunter,"
  new RegExp(`(?<role>${ROLE}),? (?<name>${NAME})`, 'g'),
  // "the adviser appointed by ministers, namely Samuel Okoro"
  new RegExp(`(?<role>${ROLE}) appointed (?:by|under) [^,.;]{3,60}, (?:currently |namely |who is )?(?<name>${NAME})`, 'g'),
  // "Samuel Okoro, the SEND improvement adviser", "X has been appointed as commissioner"
  // "Ann Dyer, whom ministers have appointed as adviser", "X, appointed by the DfE as …"
  new RegExp(`(?<name>${NAME})${HONOURS},? (?:(?:whom|who) [^,.;]{0,40}? )?(?:(?:a|an|the) [^,.;]{3,80}, )?(?:(?:has been|was|is|will be) )?(?:appointed (?:by [^,.;]{0,40}? )?(?:as )?)?(?:(?:the|a|an|its|as) )?(?<role>(?:(?!as\\b|for\\b|by\\b)[\\w'’-]+ ){0,3}${ROLE})`, 'g'),
  // "Eleanor Fry shall continue in post as Children's Services Commissioner", "Joanne Pitt was appointed on 12 June"
  new RegExp(`(?<name>${NAME})${HONOURS} (?:(?:shall|will) continue|continues) (?:in post )?as (?:the )?(?<role>[^,.;]*?${ROLE})`, 'g'),
  // "Mary Bunter OBE is to chair the council's Improvement Board"
  new RegExp(`(?<name>${NAME})(?: [A-Z]{2,4})?(?:, [^,.;]{3,60})?,? (?:is to|will|to) (?<role>(?:chair|lead) the [^,.;]*?[bB]oard)`, 'g'),
];
/** Capitalised words that start role or body names, never a person's. */
const NOT_A_NAME = /^(?:Intervention|Improvement|Children|Services|Secretary|Department|Director|Commissioner|Adviser|Chair|The|This|That|Staff|Government|Ministers?)\b/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|Sir|Dame|Professor)\s+/;

const firstNames = new Map<string, boolean>();
/**
 * compromise decides whether a name the patterns found is a person: its first word is a known first name
 * (asked once per word), or compromise reads the name as a person in its sentence.
 */
function isPerson(name: string, sentence: string): boolean {
  const first = name.split(/\s+/)[0];
  let known = firstNames.get(first);
  if (known === undefined) {
    known = nlp(first).has('#FirstName');
    if (firstNames.size > 10_000) firstNames.clear();
    firstNames.set(first, known);
  }
  if (known) return true;
  return (nlp(sentence).people().json() as Array<{ text: string }>).some((p) => p.text.includes(first));
}

/** The role as a title: without the article, a defined-term bracket ("the Commissioner") or the term of office. */
function cleanRole(role: string): string {
  return role
    .trim()
    .replace(/^(?:the|a|an|its) /i, '')
    .replace(/\s*\(.*$/, '')
    .replace(/\s+(?:for (?:a|an|the) (?:initial |further )?period|for \d+|until|from|with effect)\b.*$/i, '')
    .replace(/["“”]/g, '')
    .trim();
}

export function findPeople(sentence: Sentence): PersonFact[] {
  if (!ROLE_CUE.test(sentence.text)) return [];
  const out: PersonFact[] = [];
  for (const re of TIED) {
    for (const m of sentence.text.matchAll(re)) {
      const raw = m.groups!.name.replace(HONORIFIC, '');
      if (/\b(?:Council|Board|Department|Ofsted|Secretary|Minister|County|Borough|Trust)\b/.test(raw)) continue;
      // An appointment or a chair tied to the name is evidence enough; a bare "commissioner X" needs compromise
      // to agree that X is a person, so a capitalised phrase that only looks like a name never passes.
      const tied = /\bappoint|\b(?:chair|lead) the\b|\bcontinues? (?:in post )?as\b/i.test(m[0]);
      if (!tied && !isPerson(raw, sentence.text)) continue;
      if (NOT_A_NAME.test(raw)) continue;
      const start = sentence.start + m.index! + m[0].indexOf(raw);
      if (out.some((p) => p.name === raw)) continue;
      out.push({ name: raw, role: cleanRole(m.groups!.role), start, end: start + raw.length, sentence });
    }
  }
  return out;
}

/** "under which Ms Vane was appointed": a person named earlier in full, appointed again by surname. */
const BY_SURNAME = /\b(?:Mr|Mrs|Ms|Miss|Dr|Professor)\s+([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s+(?:was|has been|had been|is|will be)\s+(?:re-?)?appointed\b/g;

export function findSurnameAppointments(sentence: Sentence, known: PersonFact[]): PersonFact[] {
  const out: PersonFact[] = [];
  for (const m of sentence.text.matchAll(BY_SURNAME)) {
    const person = known.find((p) => p.name.split(/\s+/).at(-1) === m[1]);
    if (!person || out.some((p) => p.name === person.name)) continue;
    const start = sentence.start + m.index! + m[0].indexOf(m[1]);
    out.push({ name: person.name, role: person.role, start, end: start + m[1].length, sentence });
  }
  return out;
}

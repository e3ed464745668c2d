// Council mentions: candidates from the gazetteer (longest match over capitalised word runs), normalised
// to the authority valid on the document's date, with their spans. Roles are decided later, in roles.ts.
import { AUTHORITIES, FORMS, NEEDS_COUNCIL_WORD, senseAt, type FormSense } from './gazetteer.js';
import type { CouncilRef } from '../src/schema/record.js';

export interface CouncilMention {
  start: number;
  end: number;
  surface: string;
  council: CouncilRef;
  /** A trust, company or shared service named for the council, or a council abolished by then: not a council to act on. */
  body: boolean;
  possessive: boolean;
}

interface Token {
  start: number;
  end: number;
  key: string;
  possessive: boolean;
  /** Where the next token may start. */
  next: number;
}

const TOKEN = /[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|&/g;
const CAPITAL = /\b[A-Z]/g;
/** "Warrington SEND director Jo Bloggs": the council is where a named person works. */
const EMPLOYER_AFTER = /^(?:['’]s)?\s+(?:former\s+)?(?:SEND\s+|children['’]s services\s+)?(?:director|chief executive|boss)(?:\s+of\s+children['’]s services)?,?\s+[A-Z][a-z]+\s+[A-Z][a-z]/;
/** "Dr Ben Harrow": a surname after a title (and a first name) is a person, not a council. */
const PERSON_BEFORE = /\b(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Cllr|Councillor|Lord|Lady|Baroness)\.?\s+(?:[A-Z][a-z]+\s+)?$/;
/** "director of children's services at Essex County Council": where a person works, not a council acted on. */
const EMPLOYER_BEFORE = /\b(?:director|chief executive|executive director|head|leader|boss|officer|manager)\b(?: of [\w'’ ]{3,40}?)? (?:at|of|for) (?:the )?$/i;
const RANGE_BEFORE = /\bfrom\s+$/i;
const RANGE_AFTER = /^\s+to\s+[A-Z]/;

const isApostrophe = (c: string | undefined) => c === "'" || c === '’';

/** The token starting at or after `from` (sticky scan), or null at the end of the text. */
function tokenAt(text: string, from: number): Token | null {
  TOKEN.lastIndex = from;
  const m = TOKEN.exec(text);
  if (!m) return null;
  let word = m[0];
  let end = m.index + word.length;
  let possessive = false;
  // "Kent's" and "Kent’s" lose two characters, "Councils'" one. (Character tests: this runs for every capitalised word.)
  const last = word[word.length - 1];
  const before = word[word.length - 2];
  if (word.length > 3 && ((before === 's' && isApostrophe(last)) || (last === 's' && isApostrophe(before)))) {
    word = word.slice(0, last === 's' ? -2 : -1);
    end = m.index + word.length;
    possessive = true;
  }
  let key = word === '&' ? 'and' : word.toLowerCase();
  if (key.includes('’')) key = key.replace(/’/g, "'");
  if (key.endsWith('.')) key = key.slice(0, -1); // "St." is "st"
  return { start: m.index, end, key, possessive, next: m.index + m[0].length };
}

const PREFIXES = (() => {
  const set = new Set<string>();
  for (const key of FORMS.keys()) {
    const words = key.split(' ');
    for (let i = 1; i <= words.length; i++) set.add(words.slice(0, i).join(' '));
  }
  return set;
})();

function refFor(sense: FormSense): CouncilRef {
  const gss = sense.gss.length === 1 ? sense.gss[0] : null;
  const name = sense.gss.map((g) => AUTHORITIES.get(g)?.name ?? g).join(' and ');
  return { name, gss };
}

/** Every council named in `text`, in order, with the sense valid at `date`. */
export function findCouncils(text: string, date: string | null): CouncilMention[] {
  const out: CouncilMention[] = [];
  // Names start with a capital: only there are tokens read forward, so running text costs one regex scan.
  CAPITAL.lastIndex = 0;
  for (let c = CAPITAL.exec(text); c; c = CAPITAL.exec(text)) {
    const tokens: Token[] = [];
    let key = '';
    let best = -1;
    for (let t = tokenAt(text, c.index); t && tokens.length < 9; t = tokenAt(text, t.next)) {
      const prev = tokens[tokens.length - 1];
      if (prev) {
        const gap = text.slice(prev.end, t.start);
        if (gap !== ' ' && /[;:!?\n]|\.\s/.test(prev.key === 'st' ? gap.replace('.', '') : gap)) break;
      } else if (t.start !== c.index) break;
      tokens.push(t);
      key = tokens.length === 1 ? t.key : `${key} ${t.key}`;
      if (!PREFIXES.has(key)) break;
      if (FORMS.has(key)) best = tokens.length - 1;
      if (t.possessive) break;
    }
    if (best < 0) continue;
    const fullKey = tokens.slice(0, best + 1).map((t) => t.key).join(' ');
    const last = tokens[best];
    CAPITAL.lastIndex = last.next;
    const senses = FORMS.get(fullKey)!;
    // A name that is also a common word ("Reading", "Bury") needs a council word, or a possessive inside a sentence
    // ("whether Reading's services"): a capitalised possessive there is the place, not the verb.
    const possessiveInside = last.possessive && /[a-z,]\s+$/.test(text.slice(Math.max(0, tokens[0].start - 3), tokens[0].start));
    if (senses.length === 0 || (NEEDS_COUNCIL_WORD.has(fullKey) && !possessiveInside)) continue;
    const sense = senseAt(senses, date)!;
    // "A council in Cumbria" in 2025 names the area of a council abolished in 2023, not a council.
    const abolished = !!date && !!sense.validTo && sense.validTo.padEnd(10, '9') < date;
    const start = tokens[0].start;
    // "Former Warrington SEND director Jo Bloggs", "from Cornwall to Cumbria": a person's employer, or the ends
    // of a range, not a council the text is about.
    const aside = PERSON_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || EMPLOYER_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || EMPLOYER_AFTER.test(text.slice(last.end, last.end + 40)) || (RANGE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && RANGE_AFTER.test(text.slice(last.end, last.end + 6)));
    out.push({
      start,
      end: last.end,
      surface: text.slice(start, last.end),
      council: refFor(sense),
      // A name for several councils at once (a shared service, "Tri-borough") is never one council to act on.
      body: sense.kind === 'shared' || sense.gss.length > 1 || abolished || aside,
      possessive: last.possessive,
    });
  }
  return out;
}

/** A council's own web domain names it: rochdale.gov.uk, councillors.herefordshire.gov.uk, scilly.gov.uk, or its
 * committee papers on a hosted committee system, wigan.moderngov.co.uk. */
const COUNCIL_DOMAIN = /\.(?:gov\.uk|moderngov\.co\.uk)$/i;
const squash = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const BY_DOMAIN_LABEL = (() => {
  const byLabel = new Map<string, string[]>();
  const add = (label: string, gss: string) => byLabel.set(label, [...new Set([...(byLabel.get(label) ?? []), gss])]);
  for (const a of AUTHORITIES.values()) {
    if (a.endDate) continue;
    add(squash(a.name), a.gss);
    // "Isles of Scilly" at scilly.gov.uk: the name's last word, when no other council ends with it.
    add(squash(a.name.split(/\s+/).at(-1) ?? ''), a.gss);
  }
  return byLabel;
})();

/** The council whose own site `uri` is on, when its host names exactly one current council. */
export function councilOfDomain(uri: string | undefined): CouncilRef | null {
  // Most documents are not on a council's site: the address is parsed only when it can be one.
  if (!uri || !/\.(?:gov|moderngov\.co)\.uk\b/i.test(uri)) return null;
  let host: string;
  try {
    host = new URL(uri).hostname;
  } catch {
    return null;
  }
  if (!COUNCIL_DOMAIN.test(host)) return null;
  for (const label of host.split('.').slice(0, -2)) {
    const gss = BY_DOMAIN_LABEL.get(squash(label));
    if (gss?.length === 1) {
      const a = AUTHORITIES.get(gss[0])!;
      return { name: a.name, gss: a.gss };
    }
  }
  return null;
}

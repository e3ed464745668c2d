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
}

const TOKEN = /[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|&/g;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    let possessive = false;
    const poss = /['’]s$|s['’]$/.exec(word);
    if (poss && word.length > 3) {
      word = word.slice(0, poss[0] === "s'" || poss[0] === 's’' ? -1 : -2);
      end = m.index + word.length;
      possessive = true;
    }
    const key = word === '&' ? 'and' : word.toLowerCase().replace(/’/g, "'").replace(/^st\.$/, 'st').replace(/\.$/, '');
    out.push({ start: m.index, end, key, possessive });
  }
  return out;
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
  const tokens = tokenize(text);
  const out: CouncilMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = text[tokens[i].start];
    if (first < 'A' || first > 'Z') continue;
    let key = '';
    let best = -1;
    for (let j = i; j < tokens.length && j < i + 9; j++) {
      const gap = text.slice(tokens[j - 1]?.end ?? 0, tokens[j].start);
      if (j > i && /[;:!?\n]|\.\s/.test(tokens[j - 1].key === 'st' ? gap.replace('.', '') : gap)) break;
      key = j === i ? tokens[j].key : `${key} ${tokens[j].key}`;
      if (!PREFIXES.has(key)) break;
      if (FORMS.has(key)) best = j;
      if (tokens[j].possessive) break;
    }
    if (best < 0) continue;
    const fullKey = tokens.slice(i, best + 1).map((t) => t.key).join(' ');
    const senses = FORMS.get(fullKey)!;
    if (senses.length === 0 || NEEDS_COUNCIL_WORD.has(fullKey)) {
      i = best;
      continue;
    }
    const sense = senseAt(senses, date)!;
    // "A council in Cumbria" in 2025 names the area of a council abolished in 2023, not a council.
    const abolished = !!date && !!sense.validTo && sense.validTo.padEnd(10, '9') < date;
    const start = tokens[i].start;
    const end = tokens[best].end;
    out.push({
      start,
      end,
      surface: text.slice(start, end),
      council: refFor(sense),
      body: sense.kind === 'shared' || abolished,
      possessive: tokens[best].possessive,
    });
    i = best;
  }
  return out;
}

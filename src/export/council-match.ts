// --council NAME for `export` and `diff`: the same gazetteer the extractors read (authorities.csv and
// aliases.txt) turns an official name ("Bournemouth, Christchurch and Poole Council"), a short name, an
// abbreviation ("BCP") or a GSS code into the councils it names. A name the gazetteer does not know but the
// dataset holds (a council without a code) matches that name. The name of an abolished council also matches
// the council that took it over ("Poole" → BCP), whose instruments are the ones about that place now.
// Anything else is an error that suggests the
// nearest names by edit distance, so a typo is never an empty answer.
import { readFileSync } from 'node:fs';
import { distance } from 'fastest-levenshtein';
import { parseCsv } from '../../extractors/csv.js';
import { AUTHORITIES, FORMS, formKey } from '../../extractors/gazetteer.js';
import type { CouncilRef } from '../schema/record.js';

export type CouncilMatch =
  | { ok: true; /** Matches one council of the dataset. */ matches(council: CouncilRef): boolean }
  | { ok: false; message: string; suggestions: string[] };

const GSS = /^[EWSN]\d{8}$/i;

/** Abolished authority → the one that took it over, from the gazetteer's authorities.csv. */
const SUCCESSOR = new Map(
  parseCsv(readFileSync(new URL('../../extractors/data/authorities.csv', import.meta.url), 'utf8'))
    .filter((row) => row.replaced_by)
    .map((row) => [row.gss_code, row.replaced_by]),
);
const SUGGESTIONS = 3;

/** What a council is called in suggestions: its short name, with its code. */
const display = (gss: string) => `${AUTHORITIES.get(gss)?.name ?? gss} (${gss})`;

/**
 * Resolves `query` against the gazetteer and the councils of the dataset (`known`: those the records name).
 * Matching is caseless and ignores '&' vs 'and', curly apostrophes and commas, as the extractors do.
 */
export function matchCouncil(query: string, known: CouncilRef[] = []): CouncilMatch {
  const q = query.trim();
  const key = formKey(q);
  if (!key) return { ok: false, message: '--council needs a name or GSS code', suggestions: [] };
  const codes = new Set<string>();
  if (GSS.test(q)) codes.add(q.toUpperCase());
  for (const sense of FORMS.get(key) ?? []) for (const gss of sense.gss) codes.add(gss);
  for (const gss of codes) {
    const successor = SUCCESSOR.get(gss);
    if (successor) codes.add(successor); // a Set visits what is added while iterating: chains are followed
  }
  const names = new Set(known.filter((c) => formKey(c.name) === key).map((c) => formKey(c.name)));
  const found = [...codes].some((g) => AUTHORITIES.has(g) || known.some((c) => c.gss === g)) || names.size > 0;
  if (found) {
    return { ok: true, matches: (c) => (c.gss !== null && codes.has(c.gss)) || names.has(formKey(c.name)) };
  }
  const suggestions = nearest(key, known);
  const hint = suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '';
  return { ok: false, message: `unknown council '${q}'${hint}`, suggestions };
}

/** The few current councils nearest to `key` (edit distance on the form key), one entry per council, nearest first. */
function nearest(key: string, known: CouncilRef[]): string[] {
  const scored = new Map<string, number>();
  const consider = (form: string, label: string) => {
    const d = distance(key, form);
    if (d < (scored.get(label) ?? Infinity)) scored.set(label, d);
  };
  const current = (gss: string) => AUTHORITIES.has(gss) && !AUTHORITIES.get(gss)!.endDate;
  if (GSS.test(key)) {
    // A code is compared with codes.
    for (const gss of AUTHORITIES.keys()) if (current(gss)) consider(gss.toLowerCase(), display(gss));
  } else {
    for (const [form, senses] of FORMS) for (const s of senses) if (s.gss.length === 1 && current(s.gss[0])) consider(form, display(s.gss[0]));
    for (const c of known) if (!c.gss) consider(formKey(c.name), c.name);
  }
  return [...scored]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], 'en'))
    .slice(0, SUGGESTIONS)
    .map(([label]) => label);
}

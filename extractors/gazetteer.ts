// The council gazetteer: every surface form by which an English children's-services authority is named
// (official names, short names, "X Council" variants, abbreviations, historical bodies), built once from
// data/authorities.csv and data/aliases.txt, which are copied facts, not code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv.js';
import lexicon from './data/council-forms.json' with { type: 'json' };

export interface Authority {
  gss: string;
  /** Short name, as in the `name` column of authorities.csv ("Kirklees"). */
  name: string;
  officialName: string;
  startDate: string | null;
  endDate: string | null;
}

/** One meaning of a surface form: which authorities it names, and when. */
export interface FormSense {
  gss: string[];
  validFrom: string | null;
  validTo: string | null;
  /** council (a name of the council), short, shared (a trust, company or shared service), historic, ambiguous. */
  kind: string;
}

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

function loadAuthorities(): Map<string, Authority> {
  const rows = parseCsv(readFileSync(`${dataDir}authorities.csv`, 'utf8'));
  const byGss = new Map<string, Authority>();
  for (const row of rows) {
    byGss.set(row.gss_code, {
      gss: row.gss_code,
      name: row.name,
      officialName: row.official_name,
      startDate: row.start_date || null,
      endDate: row.end_date || null,
    });
  }
  return byGss;
}

export const AUTHORITIES = loadAuthorities();

/** Lower-cased, '&' → 'and', curly apostrophes straightened, "St." → "St", spaces folded: the key of a form. */
export function formKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\bst\./g, 'st')
    .replace(/[\s,]+/g, ' ')
    .trim();
}

function approx(date: string): string | null {
  const d = date.replace('~', '').trim();
  return d === '' ? null : d;
}

function buildForms(): Map<string, FormSense[]> {
  const forms = new Map<string, FormSense[]>();
  const add = (surface: string, sense: FormSense) => {
    const key = formKey(surface);
    const list = forms.get(key) ?? [];
    if (!list.some((s) => s.gss.join() === sense.gss.join() && s.validFrom === sense.validFrom)) list.push(sense);
    forms.set(key, list);
  };
  for (const a of AUTHORITIES.values()) {
    const sense: FormSense = { gss: [a.gss], validFrom: a.startDate, validTo: a.endDate, kind: 'council' };
    add(a.name, sense);
    add(a.officialName, sense);
    for (const pattern of lexicon.generatedForms) add(pattern.replace('{name}', a.name), sense);
  }
  for (const [short, full] of Object.entries(lexicon.shortNames)) {
    for (const sense of forms.get(formKey(full)) ?? []) add(short, { ...sense, kind: 'short' });
  }
  const lines = readFileSync(`${dataDir}aliases.txt`, 'utf8').split('\n');
  for (const line of lines) {
    if (line.startsWith('#') || line.startsWith('alias\t') || !line.trim()) continue;
    const [alias, codes, from, to, kind] = line.split('\t');
    add(alias, { gss: codes.split(';'), validFrom: approx(from ?? ''), validTo: approx(to ?? ''), kind: kind ?? 'council' });
  }
  // Names that contain a council's name but are not that council (Newcastle-under-Lyme, Richmondshire).
  for (const blocked of lexicon.notCouncils) forms.set(formKey(blocked), []);
  return forms;
}

export const FORMS = buildForms();

/** The sense of a form that was valid on `date` (ISO), else the latest one. */
export function senseAt(senses: FormSense[], date: string | null): FormSense | undefined {
  if (senses.length <= 1 || !date) return senses[senses.length - 1] ?? senses[0];
  const valid = senses.filter((s) => (!s.validFrom || s.validFrom <= date) && (!s.validTo || date <= s.validTo.padEnd(10, '9')));
  return valid[0] ?? senses[senses.length - 1];
}

/** Forms that are also ordinary English words need a council word beside them ("Reading Borough Council"). */
export const NEEDS_COUNCIL_WORD = new Set(lexicon.commonWordNames.map(formKey));

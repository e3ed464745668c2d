// Step 2 of the merge: one group of mentions (best source first) → the merged field values. The best source
// gives each value; lower sources add what it lacks. When sources disagree, the best value is used and every
// value goes into `conflicts` with the sources that gave it, so nothing is silently dropped.
import type { Conflict, InterventionRecord, SourceRef } from '../schema/intervention.js';
import type { CouncilRef } from '../schema/record.js';
import type { Mention } from './group.js';
import { agrees, compatibleDates, councilKey, morePrecise, norm, slug } from './normalise.js';

type Merged = Pick<
  InterventionRecord,
  'council' | 'legalBasis' | 'partners' | 'people' | 'deadlines' | 'reviewCadences' | 'durations' | 'ofsted' | 'sources' | 'conflicts'
>;

interface Voice<T> {
  value: T;
  from: string;
}

interface Rule<T> {
  /** Do two values say the same thing? */
  same(a: T, b: T): boolean;
  /** Of two values that say the same thing, the one to keep (default: the first, i.e. the better source's). */
  prefer?(kept: T, other: T): T;
}

const exact: Rule<unknown> = { same: (a, b) => a === b };
const wording: Rule<string> = { same: agrees };
const date: Rule<string> = { same: compatibleDates, prefer: morePrecise };

/** The value of one field: the best source's, refined by agreeing ones; disagreeing ones become a conflict. */
function pick<T>(field: string, voices: Voice<T | null>[], rule: Rule<T>, conflicts: Conflict[]): T | null {
  const given = voices.filter((v): v is Voice<T> => v.value !== null);
  if (!given.length) return null;
  const classes: { value: T; from: string[] }[] = [];
  for (const v of given) {
    const c = classes.find((k) => rule.same(k.value, v.value));
    if (!c) classes.push({ value: v.value, from: [v.from] });
    else {
      if (rule.prefer) c.value = rule.prefer(c.value, v.value);
      if (!c.from.includes(v.from)) c.from.push(v.from);
    }
  }
  if (classes.length > 1) conflicts.push({ field, values: classes.map((c) => ({ value: c.value, from: c.from })) });
  return classes[0].value;
}

/** Items of a list from every mention, grouped by key in first-seen (best source first) order. */
function collect<I>(mentions: Mention[], items: (m: Mention) => I[], key: (i: I) => string): { key: string; voices: Voice<I>[] }[] {
  const out = new Map<string, Voice<I>[]>();
  for (const m of mentions) {
    for (const item of items(m)) {
      const k = key(item);
      out.set(k, [...(out.get(k) ?? []), { value: item, from: m.source.uri }]);
    }
  }
  return [...out].map(([k, voices]) => ({ key: k, voices }));
}

const uris = (voices: Voice<unknown>[]) => [...new Set(voices.map((v) => v.from))];
const field = <I, T>(voices: Voice<I>[], get: (i: I) => T): Voice<T>[] => voices.map((v) => ({ value: get(v.value), from: v.from }));

export function mergeFields(mentions: Mention[]): Merged {
  const conflicts: Conflict[] = [];
  const best = mentions[0].item;
  const council: CouncilRef = { name: best.council.name, gss: mentions.find((m) => m.item.council.gss)?.item.council.gss ?? null };

  const legalBasis = collect(mentions, (m) => m.item.legalBasis, norm).map((g) => g.voices[0].value);

  // A partner named without a code takes the code another source gives the same name.
  const partnerCodes = new Map<string, string>();
  for (const m of mentions) for (const p of m.item.partners) if (p.council.gss) partnerCodes.set(slug(p.council.name), p.council.gss);
  const partnerKey = (c: CouncilRef) => c.gss ?? partnerCodes.get(slug(c.name)) ?? councilKey(c);
  const partners = collect(mentions, (m) => m.item.partners, (p) => partnerKey(p.council)).map(({ voices }) => {
    const first = voices[0].value;
    const gss = voices.find((v) => v.value.council.gss)?.value.council.gss ?? partnerCodes.get(slug(first.council.name)) ?? null;
    const role = pick(`partners[${first.council.name}].role`, field(voices, (p) => p.role), wording, conflicts)!;
    return { council: { name: first.council.name, gss }, role, from: uris(voices) };
  });

  const people = collect(mentions, (m) => m.item.people, (p) => norm(p.name)).map(({ voices }) => {
    const name = voices[0].value.name;
    return { name, role: pick(`people[${name}].role`, field(voices, (p) => p.role), wording, conflicts)!, from: uris(voices) };
  });

  const deadlines = collect(mentions, (m) => m.item.deadlines, (d) => norm(d.text)).map(({ voices }) => {
    const text = voices[0].value.text;
    return {
      text,
      due: pick(`deadlines[${text}].due`, field(voices, (d) => d.due), date, conflicts),
      action: pick(`deadlines[${text}].action`, field(voices, (d) => d.action), wording, conflicts),
      from: uris(voices),
    };
  });

  const reviewCadences = collect(mentions, (m) => m.item.reviewCadences, (c) => norm(c.text)).map(({ voices }) => {
    const text = voices[0].value.text;
    return {
      text,
      every: pick(`reviewCadences[${text}].every`, field(voices, (c) => c.every), exact as Rule<string>, conflicts)!,
      activity: pick(`reviewCadences[${text}].activity`, field(voices, (c) => c.activity), wording, conflicts),
      firstDue: pick(`reviewCadences[${text}].firstDue`, field(voices, (c) => c.firstDue), date, conflicts),
      from: uris(voices),
    };
  });

  const durations = collect(mentions, (m) => m.item.durations, (d) => norm(d.text)).map(({ voices }) => {
    const text = voices[0].value.text;
    return {
      text,
      length: pick(`durations[${text}].length`, field(voices, (d) => d.length), exact as Rule<string>, conflicts)!,
      qualifier: pick(`durations[${text}].qualifier`, field(voices, (d) => d.qualifier), exact as Rule<string>, conflicts),
      of: pick(`durations[${text}].of`, field(voices, (d) => d.of), wording, conflicts),
      from: uris(voices),
    };
  });

  const withOfsted = mentions.filter((m) => m.item.ofsted).map((m) => ({ value: m.item.ofsted!, from: m.source.uri }));
  const rating = pick('ofsted.rating', field(withOfsted, (o) => o.rating), exact as Rule<NonNullable<typeof best.ofsted>['rating']>, conflicts);
  const publishedOn = pick('ofsted.publishedOn', field(withOfsted, (o) => o.publishedOn), date, conflicts);
  const ofsted = rating || publishedOn ? { rating, publishedOn } : null;

  // One source entry per document, with where in it the intervention is named.
  const sources: SourceRef[] = [];
  for (const m of mentions) {
    if (sources.some((s) => s.uri === m.source.uri)) continue;
    const { uri, kind, title, publishedAt, sha256 } = m.source;
    sources.push({ uri, kind, title, publishedAt, sha256, evidence: m.item.evidence });
  }

  return { council, legalBasis, partners, people, deadlines, reviewCadences, durations, ofsted, sources, conflicts };
}

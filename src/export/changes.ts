// What changed between the dataset the last run stored and the one this run merged, field by field:
// an intervention that is new or gone, a scalar that moved (status, the chain links), and the items of each
// list (partners, people, deadlines, cadences, durations, legal basis, sources) added, dropped or changed.
// List items are paired across runs first by being identical, then by each of their keys in turn, so a
// deadline whose date moved (its text "by 25 April 2018" changed with it) pairs on its action and reads
// "moved from 2018-04-25 to 2018-05-31", not "dropped" and "added". Evidence offsets and source versions
// are not facts: a rerun that changes only those records nothing.
import { norm } from '../merge/normalise.js';
import type { FieldChange } from '../schema/change.js';
import type { InterventionRecord } from '../schema/intervention.js';
import { describe, headline } from './describe.js';

/** A change as stored; its words (`text`) are rendered on reading, by changeText. */
export type Change = Omit<FieldChange, 'text'>;

interface ListSpec<I> {
  field: string;
  items(r: InterventionRecord): I[];
  /** Keys to pair an old item with a new one, tried in order; null = this item has no such key. */
  keys: ((i: I) => string | null)[];
  /** The item in words, for `item`. */
  label(i: I): string;
  /** Parts of an item compared once paired (the rest of the item is its identity). */
  attributes: string[];
  /** The item as stored in `old` / `new`. */
  value(i: I): unknown;
  source(i: I, r: InterventionRecord): string | null;
}

const firstFrom = (i: { from: string[] }, r: InterventionRecord) => i.from[0] ?? r.sources[0]?.uri ?? null;
const withoutFrom = <I extends { from: string[] }>({ from: _from, ...rest }: I) => rest;
const present = (s: string | null) => (s === null ? null : norm(s) || null);

const LISTS: ListSpec<any>[] = [
  {
    field: 'partners',
    items: (r) => r.partners,
    keys: [(p) => p.council.gss ?? norm(p.council.name), (p) => norm(p.council.name)],
    label: (p) => p.council.name,
    attributes: ['role'],
    value: withoutFrom,
    source: firstFrom,
  } satisfies ListSpec<InterventionRecord['partners'][number]>,
  {
    field: 'people',
    items: (r) => r.people,
    keys: [(p) => norm(p.name)],
    label: (p) => p.name,
    attributes: ['role'],
    value: withoutFrom,
    source: firstFrom,
  } satisfies ListSpec<InterventionRecord['people'][number]>,
  {
    field: 'deadlines',
    items: (r) => r.deadlines,
    keys: [(d) => norm(d.text), (d) => present(d.action)],
    label: (d) => d.action ?? d.text,
    attributes: ['due', 'action', 'text'],
    value: withoutFrom,
    source: firstFrom,
  } satisfies ListSpec<InterventionRecord['deadlines'][number]>,
  {
    field: 'reviewCadences',
    items: (r) => r.reviewCadences,
    keys: [(c) => norm(c.text), (c) => present(c.activity)],
    label: (c) => c.text,
    attributes: ['every', 'firstDue', 'activity', 'text'],
    value: withoutFrom,
    source: firstFrom,
  } satisfies ListSpec<InterventionRecord['reviewCadences'][number]>,
  {
    field: 'durations',
    items: (r) => r.durations,
    keys: [(d) => norm(d.text), (d) => present(d.of)],
    label: (d) => d.text,
    attributes: ['length', 'qualifier', 'of', 'text'],
    value: withoutFrom,
    source: firstFrom,
  } satisfies ListSpec<InterventionRecord['durations'][number]>,
  {
    field: 'legalBasis',
    items: (r) => r.legalBasis,
    keys: [norm],
    label: (b) => b,
    attributes: [],
    value: (b) => b,
    source: (_b, r) => r.sources[0]?.uri ?? null,
  } satisfies ListSpec<string>,
  {
    field: 'sources',
    items: (r) => r.sources,
    keys: [(s) => s.uri],
    label: (s) => s.title ?? s.uri,
    attributes: [],
    value: (s) => ({ uri: s.uri, kind: s.kind, title: s.title, publishedAt: s.publishedAt }),
    source: (s) => s.uri,
  } satisfies ListSpec<InterventionRecord['sources'][number]>,
];

/** Scalar fields compared as values. Chain links name another intervention, whose source is the one to cite. */
const SCALARS = ['status', 'replaces', 'replacedBy', 'revokedBy', 'revokes'] as const;
const OFSTED = ['rating', 'publishedOn'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Old and new items paired: identical ones first (no change), then by each key in turn. */
function pair<I>(spec: ListSpec<I>, before: I[], after: I[]): { pairs: [I, I][]; dropped: I[]; added: I[] } {
  const olds = [...before];
  const news: I[] = [];
  for (const n of after) {
    const k = olds.findIndex((o) => same(spec.value(o), spec.value(n)));
    if (k >= 0) olds.splice(k, 1);
    else news.push(n);
  }
  const pairs: [I, I][] = [];
  for (const key of spec.keys) {
    for (const n of [...news]) {
      const kn = key(n);
      if (kn === null) continue;
      const k = olds.findIndex((o) => key(o) === kn);
      if (k < 0) continue;
      pairs.push([olds[k], n]);
      olds.splice(k, 1);
      news.splice(news.indexOf(n), 1);
    }
  }
  return { pairs, dropped: olds, added: news };
}

export function interventionChanges(before: InterventionRecord | undefined, after: InterventionRecord, byId: Map<string, InterventionRecord>): Change[] {
  const at = after.updated;
  const base = {
    interventionId: after.id,
    council: after.council,
    instrument: after.instrument,
    service: after.service,
    issuedOn: after.issuedOn,
    at,
  };
  const best = after.sources[0]?.uri ?? null;
  if (!before) return [{ ...base, kind: 'new', field: 'intervention', item: null, attribute: null, old: null, new: describe(after), source: best }];

  const out: Change[] = [];
  for (const field of SCALARS) {
    const [o, n] = [before[field] ?? null, after[field] ?? null];
    if (o === n) continue;
    // A status or link moved by another instrument is cited from that instrument.
    const other = field === 'status' ? (after.revokedBy ?? after.replacedBy) : (n ?? o);
    const source = (other && byId.get(other)?.sources[0]?.uri) || best;
    out.push({ ...base, kind: 'changed', field, item: null, attribute: null, old: o, new: n, source });
  }
  for (const attribute of OFSTED) {
    const [o, n] = [before.ofsted?.[attribute] ?? null, after.ofsted?.[attribute] ?? null];
    if (o !== n) out.push({ ...base, kind: 'changed', field: 'ofsted', item: null, attribute, old: o, new: n, source: best });
  }
  for (const spec of LISTS) {
    const { pairs, dropped, added } = pair(spec, spec.items(before), spec.items(after));
    for (const i of dropped)
      out.push({ ...base, kind: 'dropped', field: spec.field, item: spec.label(i), attribute: null, old: spec.value(i), new: null, source: spec.source(i, before) });
    for (const i of added)
      out.push({ ...base, kind: 'added', field: spec.field, item: spec.label(i), attribute: null, old: null, new: spec.value(i), source: spec.source(i, after) });
    for (const [o, n] of pairs) {
      const differs = spec.attributes.filter((a) => !same((o as Record<string, unknown>)[a] ?? null, (n as Record<string, unknown>)[a] ?? null));
      // A date that moved carries its wording with it: one change, not two.
      const shown = differs.includes('due') || differs.includes('firstDue') ? differs.filter((a) => a !== 'text') : differs;
      for (const a of shown) {
        const [ov, nv] = [(o as Record<string, unknown>)[a] ?? null, (n as Record<string, unknown>)[a] ?? null];
        out.push({ ...base, kind: 'changed', field: spec.field, item: spec.label(o), attribute: a, old: ov, new: nv, source: spec.source(n, after) });
      }
    }
  }
  return out;
}

/**
 * Every change from the previous dataset to this one, in the current dataset's order, then the interventions
 * that are gone (at `now`, cited from their best former source). An unchanged dataset gives [].
 */
export function datasetChanges(previous: Map<string, InterventionRecord>, current: InterventionRecord[], now: string): Change[] {
  const byId = new Map(current.map((r) => [r.id, r]));
  const out = current.flatMap((r) => interventionChanges(previous.get(r.id), r, byId));
  for (const [id, r] of previous) {
    if (byId.has(id)) continue;
    out.push({
      interventionId: id,
      council: r.council,
      instrument: r.instrument,
      service: r.service,
      issuedOn: r.issuedOn,
      at: now,
      kind: 'removed',
      field: 'intervention',
      item: null,
      attribute: null,
      old: headline(r),
      new: null,
      source: r.sources[0]?.uri ?? null,
    });
  }
  return out;
}

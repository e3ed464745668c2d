// The CSV tables of the dataset, each defined once: its file, its columns, each column's type, constraints,
// description and value. csv.ts writes them, datapackage.ts describes them (Frictionless Table Schema) and
// scripts/data-dictionary.ts documents them, so the files, their description and their documentation cannot
// drift apart. Descriptions of columns that are record fields are read from the zod schemas (the single source).
//
// Cells: a list is a JSON array (["Leeds (strategic partner)","Camden (peer support)"]), which any JSON parser
// splits back exactly, whatever its items hold; null is the empty cell; a number is written in decimal.
import type { z } from 'zod';
import { Conflict, InterventionRecord, InterventionStatus, SourceRef } from '../schema/intervention.js';
import { Duration, InstrumentKind, Ofsted, Service, DocumentKind } from '../schema/record.js';

export type FieldType = 'string' | 'integer' | 'array' | 'datetime';
export type CellValue = string | number | string[] | null;

export interface Field<R> {
  name: string;
  type: FieldType;
  description: string;
  /** Never empty. */
  required?: boolean;
  enum?: readonly string[];
  /** An XML Schema regular expression (implicitly anchored), as Table Schema's `pattern` constraint. */
  pattern?: string;
  minimum?: number;
  value(row: R): CellValue;
}

export interface Table<R = unknown> {
  /** The Data Package resource name. */
  name: string;
  file: string;
  title: string;
  description: string;
  primaryKey: string[];
  /** Long tables point at interventions.csv through intervention_id. */
  keyedByIntervention: boolean;
  rows(records: InterventionRecord[]): R[];
  fields: Field<R>[];
}

export const ISO_DATE_PATTERN = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;
const GSS_PATTERN = String.raw`E\d{8}`;
const PERIOD_PATTERN = String.raw`P\d+[YMWD]|open-ended`;
const SHA256_PATTERN = '[0-9a-f]{64}';

/** The description the zod schema gives a field; every field has one (a missing one is a bug, caught here). */
function described(schema: z.ZodType): string {
  const text = schema.description;
  if (!text) throw new Error('a schema field has no description');
  return text;
}

const I = InterventionRecord.shape;
const PARTNER = I.partners.element.shape;
const PERSON = I.people.element.shape;
const DEADLINE = I.deadlines.element.shape;
const CADENCE = I.reviewCadences.element.shape;
const DURATION = I.durations.element.shape;
const SOURCE = SourceRef.shape;

/** "text (a; b)" with the null parts left out: one readable list item. */
const detail = (text: string, parts: (string | null)[]) => {
  const given = parts.filter((p): p is string => p !== null && p !== '');
  return given.length ? `${text} (${given.join('; ')})` : text;
};

function conflictText(c: Conflict): string {
  return `${c.field}: ${c.values.map((v) => `${typeof v.value === 'string' ? v.value : JSON.stringify(v.value)} [${v.from.join(' ')}]`).join(' vs ')}`;
}

/**
 * The earliest of some ISO dates of mixed precision, as precisely as the others allow: of 2018 and 2018-01-25
 * the second (it is the same time, said better); of 2018-01-25 and 2018-03, the first.
 */
export function earliestDate(dates: (string | null)[]): string | null {
  const sorted = dates.filter((d): d is string => d !== null).sort();
  let best = sorted[0] ?? null;
  for (const d of sorted.slice(1)) if (best !== null && d.startsWith(best) && d.length > best.length) best = d;
  return best;
}

const GOVUK_KINDS = new Set<SourceRef['kind']>(['instrument_pdf', 'govuk_publication', 'govuk_collection']);

const interventions: Table<InterventionRecord> = {
  name: 'interventions',
  file: 'interventions.csv',
  title: 'Interventions',
  description:
    'One row per intervention (council, instrument, service, issue date), merged from every document that reports it. Lists are JSON arrays, one item per item of the record; the long tables give the parts of each item in columns.',
  primaryKey: ['id'],
  keyedByIntervention: false,
  rows: (records) => records,
  fields: [
    { name: 'id', type: 'string', required: true, description: described(I.id), value: (r) => r.id },
    { name: 'council', type: 'string', required: true, description: described(I.council.shape.name), value: (r) => r.council.name },
    { name: 'gss', type: 'string', pattern: GSS_PATTERN, description: described(I.council.shape.gss), value: (r) => r.council.gss },
    { name: 'instrument', type: 'string', required: true, enum: InstrumentKind.options, description: described(I.instrument), value: (r) => r.instrument },
    { name: 'service', type: 'string', required: true, enum: Service.options, description: described(I.service), value: (r) => r.service },
    { name: 'issued_on', type: 'string', pattern: ISO_DATE_PATTERN, description: described(I.issuedOn), value: (r) => r.issuedOn },
    { name: 'status', type: 'string', required: true, enum: InterventionStatus.options, description: described(I.status), value: (r) => r.status },
    { name: 'replaces', type: 'string', description: described(I.replaces), value: (r) => r.replaces },
    { name: 'replaced_by', type: 'string', description: described(I.replacedBy), value: (r) => r.replacedBy },
    { name: 'revoked_by', type: 'string', description: described(I.revokedBy), value: (r) => r.revokedBy },
    { name: 'revokes', type: 'string', description: described(I.revokes), value: (r) => r.revokes ?? null },
    {
      name: 'published_on',
      type: 'string',
      pattern: ISO_DATE_PATTERN,
      description:
        "When GOV.UK published it: the earliest own date of its GOV.UK sources (the instrument PDF, the publication page, the collection); empty when only the press reports it.",
      value: (r) => earliestDate(r.sources.filter((s) => GOVUK_KINDS.has(s.kind)).map((s) => s.publishedAt)),
    },
    {
      name: 'first_reported_on',
      type: 'string',
      pattern: ISO_DATE_PATTERN,
      description: 'The earliest own date of any of its sources, the press included; empty when none is dated.',
      value: (r) => earliestDate(r.sources.map((s) => s.publishedAt)),
    },
    {
      name: 'first_due',
      type: 'string',
      pattern: ISO_DATE_PATTERN,
      description: 'The earliest due date of its deadlines (all of them are in deadlines.csv); empty when none has one.',
      value: (r) => earliestDate(r.deadlines.map((d) => d.due)),
    },
    {
      name: 'partners',
      type: 'array',
      description: `${described(I.partners)} Each item: "name (role)".`,
      value: (r) => r.partners.map((p) => `${p.council.name} (${p.role})`),
    },
    { name: 'people', type: 'array', description: `${described(I.people)} Each item: "name (role)".`, value: (r) => r.people.map((p) => `${p.name} (${p.role})`) },
    {
      name: 'deadlines',
      type: 'array',
      description: `${described(I.deadlines)} Each item: "text (due DATE; action)".`,
      value: (r) => r.deadlines.map((d) => detail(d.text, [d.due && `due ${d.due}`, d.action])),
    },
    {
      name: 'review_cadences',
      type: 'array',
      description: `${described(I.reviewCadences)} Each item: "text (period; activity; first due DATE)".`,
      value: (r) => r.reviewCadences.map((c) => detail(c.text, [c.every, c.activity, c.firstDue && `first due ${c.firstDue}`])),
    },
    {
      name: 'durations',
      type: 'array',
      description: `${described(I.durations)} Each item: "text (period; qualifier; of what)".`,
      value: (r) => r.durations.map((d) => detail(d.text, [d.length, d.qualifier, d.of])),
    },
    {
      name: 'ofsted_rating',
      type: 'string',
      enum: Ofsted.shape.rating.unwrap().options,
      description: described(Ofsted.shape.rating),
      value: (r) => r.ofsted?.rating ?? null,
    },
    {
      name: 'ofsted_published',
      type: 'string',
      pattern: ISO_DATE_PATTERN,
      description: described(Ofsted.shape.publishedOn),
      value: (r) => r.ofsted?.publishedOn ?? null,
    },
    { name: 'legal_basis', type: 'array', description: described(I.legalBasis), value: (r) => r.legalBasis },
    { name: 'sources', type: 'array', description: `The URIs of its sources, best first (details in sources.csv).`, value: (r) => r.sources.map((s) => s.uri) },
    {
      name: 'conflicts',
      type: 'array',
      description: `${described(I.conflicts)} Each item: "field: value [sources] vs value [sources]".`,
      value: (r) => r.conflicts.map(conflictText),
    },
    { name: 'first_seen', type: 'datetime', required: true, description: described(I.firstSeen), value: (r) => r.firstSeen },
    { name: 'updated', type: 'datetime', required: true, description: described(I.updated), value: (r) => r.updated },
  ],
};

interface Item<T> {
  record: InterventionRecord;
  position: number;
  item: T;
}

/** A long table: one row per item of a record's list, keyed by (intervention_id, position). */
function longTable<T>(
  spec: Omit<Table<Item<T>>, 'rows' | 'fields' | 'primaryKey' | 'keyedByIntervention'> & { items(r: InterventionRecord): T[]; fields: Field<T>[] },
): Table<Item<T>> {
  const { items, fields, ...rest } = spec;
  return {
    ...rest,
    primaryKey: ['intervention_id', 'position'],
    keyedByIntervention: true,
    rows: (records) => records.flatMap((record) => items(record).map((item, i) => ({ record, position: i + 1, item }))),
    fields: [
      { name: 'intervention_id', type: 'string', required: true, description: 'The id of the intervention (interventions.csv id).', value: (row) => row.record.id },
      { name: 'position', type: 'integer', required: true, minimum: 1, description: "The item's place in the intervention's list, from 1 (best source's first).", value: (row) => row.position },
      ...fields.map((f): Field<Item<T>> => ({ ...f, value: (row) => f.value(row.item) })),
    ],
  };
}

type Of<K extends 'partners' | 'people' | 'deadlines' | 'reviewCadences' | 'durations'> = InterventionRecord[K][number];
const fromField = <T extends { from: string[] }>(): Field<T> => ({
  name: 'sources',
  type: 'array',
  description: described(PARTNER.from),
  value: (x) => x.from,
});

const partners = longTable<Of<'partners'>>({
  name: 'partners',
  file: 'partners.csv',
  title: 'Partners',
  description: 'One row per partner council or trust appointed to help a council, per intervention.',
  items: (r) => r.partners,
  fields: [
    { name: 'partner', type: 'string', required: true, description: described(PARTNER.council), value: (p) => p.council.name },
    { name: 'partner_gss', type: 'string', pattern: GSS_PATTERN, description: described(I.council.shape.gss), value: (p) => p.council.gss },
    { name: 'role', type: 'string', required: true, description: described(PARTNER.role), value: (p) => p.role },
    fromField(),
  ],
});

const people = longTable<Of<'people'>>({
  name: 'people',
  file: 'people.csv',
  title: 'People',
  description: 'One row per person given an intervention role (commissioner, adviser, board chair), per intervention.',
  items: (r) => r.people,
  fields: [
    { name: 'name', type: 'string', required: true, description: described(PERSON.name), value: (p) => p.name },
    { name: 'role', type: 'string', required: true, description: described(PERSON.role), value: (p) => p.role },
    fromField(),
  ],
});

const deadlines = longTable<Of<'deadlines'>>({
  name: 'deadlines',
  file: 'deadlines.csv',
  title: 'Deadlines',
  description: 'One row per deadline an instrument sets.',
  items: (r) => r.deadlines,
  fields: [
    { name: 'text', type: 'string', required: true, description: described(DEADLINE.text), value: (d) => d.text },
    { name: 'due', type: 'string', pattern: ISO_DATE_PATTERN, description: described(DEADLINE.due), value: (d) => d.due },
    { name: 'action', type: 'string', description: described(DEADLINE.action), value: (d) => d.action },
    fromField(),
  ],
});

const reviewCadences = longTable<Of<'reviewCadences'>>({
  name: 'review_cadences',
  file: 'review_cadences.csv',
  title: 'Review cadences',
  description: 'One row per recurring review or report an instrument sets.',
  items: (r) => r.reviewCadences,
  fields: [
    { name: 'text', type: 'string', required: true, description: described(CADENCE.text), value: (c) => c.text },
    { name: 'every', type: 'string', required: true, pattern: PERIOD_PATTERN, description: described(CADENCE.every), value: (c) => c.every },
    { name: 'activity', type: 'string', description: described(CADENCE.activity), value: (c) => c.activity },
    { name: 'first_due', type: 'string', pattern: ISO_DATE_PATTERN, description: described(CADENCE.firstDue), value: (c) => c.firstDue },
    fromField(),
  ],
});

const durations = longTable<Of<'durations'>>({
  name: 'durations',
  file: 'durations.csv',
  title: 'Durations',
  description: 'One row per period an instrument sets (of a partnership, an appointment, the direction itself).',
  items: (r) => r.durations,
  fields: [
    { name: 'text', type: 'string', required: true, description: described(DURATION.text), value: (d) => d.text },
    { name: 'length', type: 'string', required: true, pattern: PERIOD_PATTERN, description: described(DURATION.length), value: (d) => d.length },
    {
      name: 'qualifier',
      type: 'string',
      enum: Duration.shape.qualifier.unwrap().options,
      description: described(DURATION.qualifier),
      value: (d) => d.qualifier,
    },
    { name: 'of', type: 'string', description: described(DURATION.of), value: (d) => d.of },
    fromField(),
  ],
});

const sources = longTable<SourceRef>({
  name: 'sources',
  file: 'sources.csv',
  title: 'Sources',
  description: 'One row per document that reports an intervention, best source first, with the sentence that names the instrument.',
  items: (r) => r.sources,
  fields: [
    { name: 'uri', type: 'string', required: true, description: described(SOURCE.uri), value: (s) => s.uri },
    { name: 'kind', type: 'string', required: true, enum: DocumentKind.options, description: described(SOURCE.kind), value: (s) => s.kind },
    { name: 'title', type: 'string', description: described(SOURCE.title), value: (s) => s.title },
    { name: 'published_at', type: 'string', pattern: ISO_DATE_PATTERN, description: described(SOURCE.publishedAt), value: (s) => s.publishedAt },
    { name: 'sha256', type: 'string', required: true, pattern: SHA256_PATTERN, description: described(SOURCE.sha256), value: (s) => s.sha256 },
    { name: 'evidence_quote', type: 'string', required: true, description: described(SOURCE.evidence), value: (s) => s.evidence.quote },
  ],
});

/** Every CSV table the export writes, interventions.csv first. */
export const TABLES: Table[] = [interventions, partners, people, deadlines, reviewCadences, durations, sources] as Table[];

export const INTERVENTIONS_TABLE = interventions;

/** A cell read back from its CSV text: the inverse of what csv.ts writes (but for a formula guard's leading '). */
export function readCell(type: FieldType, text: string): CellValue {
  if (text === '') return null;
  if (type === 'array') return JSON.parse(text) as string[];
  if (type === 'integer') return Number(text);
  return text;
}

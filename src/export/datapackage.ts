// data/datapackage.json: a Frictionless Data Package (v1) describing every file of the dataset. The CSV tables
// are tabular-data-resources whose Table Schemas (field names, types, constraints, descriptions, primary and
// foreign keys) come from tables.ts, the same definitions the CSV writer uses. No timestamps: an unchanged
// dataset gives a byte-identical file.
import { DATABASE_FILE } from '../store/store.js';
import { VIEWS } from '../store/views.js';
import { EXPORT_FILES } from './files.js';
import { TABLES, type Field, type Table } from './tables.js';

export const DATA_LICENCE = {
  name: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

function tableField(f: Field<unknown>): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (f.required) constraints.required = true;
  if (f.enum) constraints.enum = [...f.enum];
  if (f.pattern) constraints.pattern = f.pattern;
  if (f.minimum !== undefined) constraints.minimum = f.minimum;
  return {
    name: f.name,
    type: f.type,
    format: 'default',
    description: f.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

function tableResource(t: Table): Record<string, unknown> {
  return {
    profile: 'tabular-data-resource',
    name: t.name,
    path: t.file,
    title: t.title,
    description: t.description,
    format: 'csv',
    mediatype: 'text/csv',
    // The files start with a UTF-8 byte order mark (for Excel); readers that honour "utf-8" skip it.
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true, skipInitialSpace: false },
    schema: {
      fields: t.fields.map(tableField),
      missingValues: [''],
      primaryKey: t.primaryKey,
      ...(t.keyedByIntervention ? { foreignKeys: [{ fields: ['intervention_id'], reference: { resource: 'interventions', fields: ['id'] } }] } : {}),
    },
  };
}

const OTHER_RESOURCES = [
  {
    profile: 'data-resource',
    name: 'interventions-jsonl',
    path: EXPORT_FILES.jsonl,
    title: 'Interventions (JSON Lines)',
    description:
      'The primary form of the dataset: one InterventionRecord per line, each value with the sources it came from and every disagreement kept. Validate with schema.json#/$defs/InterventionRecord.',
    format: 'jsonl',
    mediatype: 'application/x-ndjson',
    encoding: 'utf-8',
  },
  {
    profile: 'data-resource',
    name: 'councils',
    path: EXPORT_FILES.councils,
    title: 'Council timelines',
    description: "A JSON array: per council, its interventions oldest first and whether it is under intervention (schema.json#/$defs/CouncilTimeline).",
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
  },
  {
    profile: 'data-resource',
    name: 'schema',
    path: EXPORT_FILES.schema,
    title: 'JSON Schema of the records',
    description: 'JSON Schema (draft 2020-12) of the per-document record, the intervention record and the council timeline, every field described.',
    format: 'json',
    mediatype: 'application/schema+json',
    encoding: 'utf-8',
  },
  {
    profile: 'data-resource',
    name: 'feed',
    path: EXPORT_FILES.feed,
    title: 'Atom feed',
    description: 'An Atom 1.0 feed of the newest and most recently changed interventions; each entry says what changed. The same feed for one council is in feeds/<GSS code>.xml.',
    format: 'xml',
    mediatype: 'application/atom+xml',
    encoding: 'utf-8',
  },
  {
    profile: 'data-resource',
    name: 'store',
    path: DATABASE_FILE,
    title: 'SQLite store',
    description: `The pipeline's SQLite database: documents, their versions and extractions, runs, and the merged interventions, with views for the common questions (${VIEWS.map((v) => v.name).join(', ')}; see docs/data-dictionary.md). Open it with Datasette or sqlite3.`,
    format: 'sqlite',
    mediatype: 'application/vnd.sqlite3',
  },
];

export function dataPackage(version: string): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'directions',
    title: 'DfE interventions in English councils’ children’s services',
    description:
      "Improvement notices, statutory directions, revised directions, revocations and commissioner appointments the Department for Education has issued to English councils' children's services (social care and SEND), read from the instruments, GOV.UK pages and news, each value with the quote it came from. See docs/data-dictionary.md.",
    version,
    keywords: ['children’s services', 'SEND', 'statutory direction', 'improvement notice', 'Department for Education', 'local government', 'England'],
    licenses: [DATA_LICENCE],
    sources: [
      { title: 'GOV.UK: Improvement notices and directions (Department for Education)', path: 'https://www.gov.uk/government/collections/improvement-notices-and-directions' },
      { title: 'News reports quoted as short evidence, each linked from the record that quotes it' },
    ],
    resources: [...TABLES.map(tableResource), ...OTHER_RESOURCES],
  };
}

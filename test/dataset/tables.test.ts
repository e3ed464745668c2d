// The CSV tables and datapackage.json: every table read back by csv-parse gives the record's values (lists
// as the same arrays), the long tables hold each item's parts in columns, and the package validates.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableCsv } from '../../src/export/csv.js';
import { dataPackage } from '../../src/export/datapackage.js';
import { earliestDate, readCell, TABLES } from '../../src/export/tables.js';
import { mergeRecords } from '../../src/merge/index.js';
import type { InterventionRecord } from '../../src/schema/intervention.js';
import { checkPackage, profileErrors } from '../helpers/frictionless.js';
import { tempDir } from '../run/helpers.js';
import { doc, item, kirkleesDocs, PDF, TORBAY } from './records.js';

const ev = (quote: string) => ({ quote, start: 0, end: quote.length });

/** Kirklees (every list filled, values with commas, quotes, "; " and line breaks) and Torbay's revoked chain. */
function records(): InterventionRecord[] {
  const torbay = (over: Parameters<typeof item>[0], uri: string, publishedAt: string | null = null) =>
    doc(uri, 'instrument_pdf', [item({ council: TORBAY, ...over })], { publishedAt });
  const { interventions } = mergeRecords([
    ...kirkleesDocs(),
    doc('https://x/kirklees-page', 'govuk_publication', [
      item({
        durations: [{ text: 'for "at least" 2 years; then review', length: 'P2Y', qualifier: 'at least', of: 'the partnership,\nwith Leeds', evidence: ev('d') }],
        people: [{ name: 'Jo Bloggs', role: 'commissioner; adviser, "lead"', evidence: ev('p') }],
      }),
    ], { publishedAt: '2018-01-26' }),
    torbay({ instrument: 'direction', issuedOn: '2018-03-02' }, 'https://x/t-direction.pdf', '2018'),
    torbay({ instrument: 'revocation', issuedOn: '2025-02-12' }, 'https://x/t-revocation.pdf', '2025-02-12'),
  ]);
  return interventions;
}

let tmp: ReturnType<typeof tempDir>;
let data: InterventionRecord[];

beforeAll(() => {
  tmp = tempDir('tables');
  data = records();
  for (const t of TABLES) writeFileSync(join(tmp.dir, t.file), tableCsv(t, data));
  writeFileSync(join(tmp.dir, 'datapackage.json'), JSON.stringify(dataPackage('0.0.0')));
  // The package lists the JSON files too; empty ones stand in for them here.
  for (const f of ['interventions.jsonl', 'councils.json', 'schema.json', 'feed.xml', 'directions.sqlite']) writeFileSync(join(tmp.dir, f), '');
});

afterAll(() => tmp.cleanup());

const readBack = (file: string) => parseCsv(readFileSync(join(tmp.dir, file), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];

describe('the CSV tables', () => {
  it('every table reads back through csv-parse to the values of the records, lists split to the same arrays', () => {
    for (const t of TABLES) {
      const rows = readBack(t.file);
      const expected = t.rows(data);
      expect(rows.length, t.file).toBe(expected.length);
      for (const [i, row] of rows.entries()) {
        expect(Object.keys(row)).toEqual(t.fields.map((f) => f.name));
        for (const f of t.fields) expect(readCell(f.type, row[f.name]), `${t.file}:${i + 2} ${f.name}`).toEqual(f.value(expected[i]));
      }
    }
  });

  it('interventions.csv: list cells are JSON arrays holding the record lists item for item; chain and date columns', () => {
    const rows = readBack('interventions.csv');
    expect(rows.map((r) => r.id)).toEqual(['E08000034-direction-2018-01-25', 'E06000027-direction-2018-03-02', 'E06000027-revocation-2025-02-12']);
    const [kirklees, direction, revocation] = rows;
    const record = data[0];
    expect(JSON.parse(kirklees.sources)).toEqual(record.sources.map((s) => s.uri));
    expect(JSON.parse(kirklees.legal_basis)).toEqual(record.legalBasis);
    // The GOV.UK page ranks above the news stories, so its person comes first.
    expect(JSON.parse(kirklees.people)).toEqual(['Jo Bloggs (commissioner; adviser, "lead")', 'Alan Woods (chair of the improvement board)']);
    expect(JSON.parse(kirklees.durations)).toEqual(['for "at least" 2 years; then review (P2Y; at least; the partnership,\nwith Leeds)']);
    expect(JSON.parse(kirklees.partners)).toEqual(['Leeds (strategic partner)']);
    expect(kirklees.review_cadences).toBe('["six monthly reviews (P6M; review by the advisers)"]');
    expect([kirklees.issued_on, kirklees.published_on, kirklees.first_reported_on, kirklees.first_due]).toEqual(['2018-01-25', '2018-01-26', '2018-01-26', '2018-04-25']);
    const chain = (r: Record<string, string>) => [r.status, r.replaces, r.replaced_by, r.revoked_by, r.revokes];
    expect(chain(direction)).toEqual(['revoked', '', '', 'E06000027-revocation-2025-02-12', '']);
    // A revocation is never in force: it ends the instrument it revokes.
    expect(chain(revocation)).toEqual(['revocation', '', '', '', 'E06000027-direction-2018-03-02']);
    expect([direction.published_on, revocation.published_on]).toEqual(['2018', '2025-02-12']);
    expect([direction.partners, direction.conflicts]).toEqual(['[]', '[]']);
  });

  it('the long tables are keyed by intervention id and position, one column per part', () => {
    const K = 'E08000034-direction-2018-01-25';
    expect(readBack('partners.csv')).toEqual([
      { intervention_id: K, position: '1', partner: 'Leeds', partner_gss: 'E08000035', role: 'strategic partner', sources: JSON.stringify([PDF, 'https://news.example.org/a']) },
    ]);
    expect(readBack('people.csv').map((r) => [r.intervention_id, r.position, r.name, r.role])).toEqual([
      [K, '1', 'Jo Bloggs', 'commissioner; adviser, "lead"'],
      [K, '2', 'Alan Woods', 'chair of the improvement board'],
    ]);
    expect(readBack('deadlines.csv').map((r) => [r.position, r.text, r.due, r.action])).toEqual([
      ['1', 'within three months', '2018-04-25', 'enter into a strategic partnership agreement'],
    ]);
    expect(readBack('durations.csv').map((r) => [r.length, r.qualifier, r.of])).toEqual([['P2Y', 'at least', 'the partnership,\nwith Leeds']]);
    expect(readBack('review_cadences.csv').map((r) => [r.every, r.activity, r.first_due])).toEqual([['P6M', 'review by the advisers', '']]);
    const sources = readBack('sources.csv');
    expect(sources.map((r) => [r.intervention_id, r.position, r.kind, r.published_at])).toEqual([
      [K, '1', 'instrument_pdf', ''],
      [K, '2', 'govuk_publication', '2018-01-26'],
      [K, '3', 'news', ''],
      [K, '4', 'news', '2018-02-01'],
      [K, '5', 'news', ''],
      ['E06000027-direction-2018-03-02', '1', 'instrument_pdf', '2018'],
      ['E06000027-revocation-2025-02-12', '1', 'instrument_pdf', '2025-02-12'],
    ]);
  });

  it('the earliest of dates of mixed precision is as precise as the agreeing ones allow', () => {
    expect(earliestDate(['2018-03', '2018', '2018-01-25', null])).toBe('2018-01-25');
    expect(earliestDate(['2018-02', '2018-01-25'])).toBe('2018-01-25');
    expect(earliestDate([null])).toBe(null);
  });
});

describe('datapackage.json', () => {
  it('validates against the Data Package profiles, and every CSV against its Table Schema, keys included', () => {
    const { tables, errors } = checkPackage(tmp.dir);
    expect(errors).toEqual([]);
    expect([...tables.keys()]).toEqual(['interventions', 'partners', 'people', 'deadlines', 'review_cadences', 'durations', 'sources']);
    expect(tables.get('sources')).toHaveLength(7);
  });

  it('describes every field of every table, with its type', () => {
    const pkg = dataPackage('1.2.3') as { version: string; licenses: { name: string }[]; resources: { name: string; schema?: { fields: { name: string; type: string; description: string }[] } }[] };
    expect(pkg.version).toBe('1.2.3');
    expect(pkg.licenses.map((l) => l.name)).toEqual(['OGL-UK-3.0']);
    for (const r of pkg.resources) for (const f of r.schema?.fields ?? []) expect(f.description.length, `${r.name}.${f.name}`).toBeGreaterThan(10);
    const interventions = pkg.resources.find((r) => r.name === 'interventions')!;
    expect(interventions.schema!.fields.filter((f) => f.type === 'array').map((f) => f.name)).toEqual([
      'partners',
      'people',
      'deadlines',
      'review_cadences',
      'durations',
      'legal_basis',
      'sources',
      'conflicts',
    ]);
  });

  it('the checks fail on a bad descriptor, a bad cell, a repeated key and a dangling foreign key', () => {
    const bad = dataPackage('0.0.0') as { resources: Record<string, unknown>[] };
    expect(profileErrors({ ...bad, resources: [{ ...bad.resources[0], name: 'Not A Name' }] } as never)).toEqual([
      'package/resources/0/name must match pattern "^([-a-z0-9._/])+$"',
      'Not A Name/name must match pattern "^([-a-z0-9._/])+$"',
    ]);
    const file = join(tmp.dir, 'deadlines.csv');
    const good = readFileSync(file, 'utf8');
    try {
      const [header, row] = good.split('\r\n');
      const broken = row.replace('2018-04-25', '25/04/2018');
      const dangling = row.replace('E08000034-direction-2018-01-25', 'nobody').replace(',1,', ',x,');
      writeFileSync(file, [header, broken, broken, dangling, ''].join('\r\n'));
      expect(checkPackage(tmp.dir).errors).toEqual([
        'deadlines.csv:2 due: 25/04/2018 does not match \\d{4}(-\\d{2}(-\\d{2})?)?',
        'deadlines.csv:3 due: 25/04/2018 does not match \\d{4}(-\\d{2}(-\\d{2})?)?',
        'deadlines.csv:3: primary key ["E08000034-direction-2018-01-25","1"] repeated',
        'deadlines.csv:4 position: not an integer: x',
        'deadlines: ["nobody"] is not a interventions id',
      ]);
    } finally {
      writeFileSync(file, good);
    }
  });
});

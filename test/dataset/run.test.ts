// The dataset a run writes, end to end: the samples mirror served on 127.0.0.1, `runJob` twice (the second
// an all-304 rerun) and once offline into one temp data dir, then every export read back with an
// independent reader: fast-xml-parser for the feed, csv-parse for the CSV, ajv for the JSON Schema.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { csvRow, CSV_COLUMNS } from '../../src/export/csv.js';
import { entryId } from '../../src/export/feed.js';
import { loadInterventions } from '../../src/export/load.js';
import { formatDate } from '../../src/report/html.js';
import { readCell, TABLES } from '../../src/export/tables.js';
import type { InterventionRecord } from '../../src/schema/intervention.js';
import { mirrorHosts } from '../../scripts/serve-samples.js';
import { checkPackage } from '../helpers/frictionless.js';
import { startMirrorServer, type MirrorServer } from '../helpers/mirror-server.js';
import { query, run, tempDir } from '../run/helpers.js';

const root = resolve(import.meta.dirname, '../..');
const mirror = join(root, 'samples/mirror');
let tmp: ReturnType<typeof tempDir>;
let server: MirrorServer;
let data: string;
const files: Record<string, { first: string; second: string; offline: string }> = {};
let records: InterventionRecord[];
const read = (name: string) => readFileSync(join(data, name), 'utf8');
const NAMES = ['interventions.jsonl', ...TABLES.map((t) => t.file), 'councils.json', 'feed.xml', 'schema.json', 'datapackage.json'];
/** The report's index after each run (it differs: what is new since the run before). */
const indexAfter: Record<'first' | 'second', string> = { first: '', second: '' };

beforeAll(async () => {
  tmp = tempDir('dataset');
  data = join(tmp.dir, 'data');
  server = await startMirrorServer(mirror);
  const { config } = loadConfig(join(root, 'directions.samples.config.json'), { dataDir: data });
  config.hostMap = Object.fromEntries(mirrorHosts(mirror).map((h) => [h, server.origin]));
  const snap = (key: 'first' | 'second' | 'offline') => {
    for (const n of NAMES) (files[n] ??= { first: '', second: '', offline: '' })[key] = read(n);
  };
  const first = await run(config, data);
  expect(first.exitCode).toBe(0);
  snap('first');
  indexAfter.first = read('report/index.html');
  const second = await run(config, data);
  expect(second.counts.new + second.counts.changed).toBe(0);
  snap('second');
  indexAfter.second = read('report/index.html');
  await run(config, data, true);
  snap('offline');
  records = await loadInterventions(data);
}, 120_000);

afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('the dataset a run writes', () => {
  it('gives every intervention its own id, and the same ids and files on a rerun and an offline run', () => {
    const ids = records.map((r) => r.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of NAMES) {
      expect(files[n].second, n).toBe(files[n].first);
      expect(files[n].offline, n).toBe(files[n].first);
    }
    // Nothing half-written left behind.
    expect(readdirSync(data).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('merges the GOV.UK PDF, publication pages and collection of one direction and links the Torbay chain', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    const wirral = byId.get('E08000015-direction-2025-05-20')!;
    expect(wirral.sources[0].uri).toBe(
      'https://assets.publishing.service.gov.uk/media/682c1f7e9a4d5b0011c3e8a2/Wirral_Council_direction_May_2025.pdf',
    );
    expect(wirral.sources.map((s) => s.kind)).toEqual(['instrument_pdf', 'govuk_publication', 'govuk_publication']);
    const direction = byId.get('E06000027-direction-2018-03-02')!;
    expect([direction.status, direction.revokedBy]).toEqual(['revoked', 'E06000027-revocation-2025-02-12']);
    expect(byId.get('E06000027-revocation-2025-02-12')!.revokes).toBe('E06000027-direction-2018-03-02');
    const shropshire = byId.get('E06000051-revised_direction-2025-01-22')!;
    expect([shropshire.replaces, shropshire.status]).toEqual(['E06000051-direction-2024-07-10', 'in_force']);
    const councils = JSON.parse(files['councils.json'].first) as { council: { name: string }; underIntervention: boolean }[];
    expect(councils.find((c) => c.council.name === 'Torbay')?.underIntervention).toBe(false);
    expect(councils.find((c) => c.council.name === 'Wirral')?.underIntervention).toBe(true);
  });

  it('says on the report what is new since the last run: everything after the first, nothing after an unchanged rerun', () => {
    expect(indexAfter.first).toContain('This is the dataset’s first run: every intervention below is new.');
    const [started] = query<{ started_at: string }>(data, 'SELECT started_at FROM runs ORDER BY id LIMIT 1');
    const at = `${formatDate(started.started_at.slice(0, 10))}, ${started.started_at.slice(11, 16)} UTC`;
    expect(indexAfter.second).toContain(`<p>Nothing new since the last run (the run that started ${at}).</p>`);
  });

  it('quotes whole sentences for values on the council pages (the stored text widens each span), and links no API JSON', () => {
    const pages = readdirSync(join(data, 'report/council')).map((f) => read(`report/council/${f}`));
    const quotes = pages.flatMap((html) => [...html.matchAll(/<div class="said"><q>([^<]+)<\/q>/g)].map((m) => m[1]));
    expect(quotes.length).toBeGreaterThan(30);
    // Extractors' spans are a few words ("by 30 June 2025", "every six months"); every quote shown is a sentence.
    const short = quotes.filter((q) => q.split(' ').length < 5);
    expect(short).toEqual([]);
    for (const html of pages) expect(html).not.toMatch(/href="https:\/\/www\.gov\.uk\/api\/content\//);
    expect(pages.every((html) => html.includes('<svg class="tl"'))).toBe(true);
  });

  it('stores the same interventions in SQLite', () => {
    const rows = query<{ id: string; record: string }>(data, 'SELECT id, record FROM interventions');
    expect(rows.map((r) => JSON.parse(r.record)).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...records].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const [{ n }] = query<{ n: number }>(data, 'SELECT count(*) AS n FROM intervention_sources');
    expect(n).toBe(records.reduce((sum, r) => sum + r.sources.length, 0));
  });

  it('writes a valid Atom feed: one entry per intervention, newest first, with stable ids', () => {
    const xml = files['feed.xml'].first;
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' }).parse(xml);
    const feed = parsed.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('tag:directions,2026:interventions');
    expect(typeof feed.title).toBe('string');
    expect(feed.author.name).toBe('directions');
    const newest = [...records].sort((a, b) => (a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.id < b.id ? -1 : 1));
    expect(feed.updated).toBe(newest[0].updated);
    expect(feed.entry).toHaveLength(Math.min(200, records.length));
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual(newest.slice(0, 200).map((r) => entryId(r.id)));
    for (const [i, e] of feed.entry.entries()) {
      expect(e.updated).toBe(newest[i].updated);
      expect(e.link.map((l: { '@href': string }) => l['@href'])).toEqual(newest[i].sources.map((s) => s.uri));
    }
    const torbay = feed.entry.find((e: { id: string }) => e.id === entryId('E06000027-direction-2018-03-02'));
    expect(torbay.title).toBe('Direction issued to Torbay (2018-03-02): revoked');
  });

  it('writes a CSV that reads back (csv-parse) to the same values as the JSONL', () => {
    const csv = files['interventions.csv'].first;
    expect(csv.startsWith('\ufeffid,council,gss,')).toBe(true);
    const rows = parseCsv(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(records.length);
    for (const [i, r] of records.entries()) {
      expect(rows[i]).toEqual(csvRow(r));
      expect([rows[i].id, rows[i].council, rows[i].gss, rows[i].issued_on, rows[i].status]).toEqual([
        r.id,
        r.council.name,
        r.council.gss ?? '',
        r.issuedOn ?? '',
        r.status,
      ]);
      // List cells are JSON arrays, item for item the record's lists.
      expect(JSON.parse(rows[i].sources)).toEqual(r.sources.map((s) => s.uri));
      expect(JSON.parse(rows[i].legal_basis)).toEqual(r.legalBasis);
      expect(JSON.parse(rows[i].partners)).toHaveLength(r.partners.length);
      expect(JSON.parse(rows[i].deadlines)).toHaveLength(r.deadlines.length);
    }
    const bcp = rows.find((row) => row.id === 'E06000058-direction-2023-10-03')!;
    expect(bcp.council).toBe('Bournemouth, Christchurch and Poole');
  });

  it('writes long tables that read back to the items of the records, keyed by intervention id', () => {
    for (const t of TABLES.filter((x) => x.keyedByIntervention)) {
      const rows = parseCsv(read(t.file), { bom: true, columns: true }) as Record<string, string>[];
      const expected = t.rows(records);
      expect(rows.length, t.file).toBe(expected.length);
      for (const [i, row] of rows.entries()) for (const f of t.fields) expect(readCell(f.type, row[f.name]), `${t.file}:${i + 2} ${f.name}`).toEqual(f.value(expected[i]));
    }
    const partners = parseCsv(read('partners.csv'), { bom: true, columns: true }) as Record<string, string>[];
    expect(partners.length).toBe(records.reduce((n, r) => n + r.partners.length, 0));
    expect(partners.length).toBeGreaterThan(0);
  });

  it('writes a datapackage.json that validates, describes every file it wrote, and whose CSVs fit their Table Schemas', () => {
    const { tables, errors } = checkPackage(data);
    expect(errors).toEqual([]);
    expect(tables.get('interventions')).toHaveLength(records.length);
    const described = (JSON.parse(read('datapackage.json')).resources as { path: string }[]).map((r) => r.path).sort();
    // The store's WAL files and the lock belong to the store; the report is a web page, not data; the per-council
    // feeds are the main feed's, one council each (described with it).
    const written = readdirSync(data).filter((f) => !/^directions\.(sqlite-(wal|shm)|lock.*)$/.test(f) && !['report', 'feeds', 'datapackage.json'].includes(f));
    expect(described).toEqual(written.sort());
  });

  it('answers "under intervention now" in one query, as councils.json does', () => {
    const now = query<{ council_name: string }>(data, 'SELECT council_name FROM under_intervention_now').map((r) => r.council_name);
    const councils = JSON.parse(files['councils.json'].first) as { council: { name: string }; underIntervention: boolean }[];
    expect(now).toEqual(councils.filter((c) => c.underIntervention).map((c) => c.council.name).sort((a, b) => (a < b ? -1 : 1)));
    expect(now).toContain('Wirral');
    expect(now).not.toContain('Torbay');
  });

  it('validates every record against data/schema.json (ajv, draft 2020-12), and the schema rejects a bad one', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addSchema(JSON.parse(files['schema.json'].first), 'schema.json');
    const intervention = ajv.getSchema('schema.json#/$defs/InterventionRecord')!;
    const timeline = ajv.getSchema('schema.json#/$defs/CouncilTimeline')!;
    const document = ajv.getSchema('schema.json#/$defs/DocumentRecord')!;
    const root = ajv.getSchema('schema.json')!;
    for (const r of records) expect(intervention(r), JSON.stringify(intervention.errors)).toBe(true);
    for (const r of records) expect(root(r)).toBe(true);
    for (const t of JSON.parse(files['councils.json'].first)) expect(timeline(t), JSON.stringify(timeline.errors)).toBe(true);
    const stored = query<{ record: string }>(data, 'SELECT record FROM extractions').map((r) => JSON.parse(r.record));
    expect(stored.length).toBeGreaterThan(0);
    for (const d of stored) expect(document(d), JSON.stringify(document.errors)).toBe(true);
    expect(intervention({ ...records[0], status: 'gone' })).toBe(false);
    expect(intervention({ ...records[0], issuedOn: '25/01/2018' })).toBe(false);
  });
});

describe('directions export and diff', () => {
  const cli = (args: string[]) => spawnSync(join(root, 'bin/directions.mjs'), args, { cwd: root, encoding: 'utf8' });

  it('export --council X --format csv prints only that council, by name or GSS code in any case', () => {
    const torbay = records.filter((r) => r.council.gss === 'E06000027').map((r) => r.id);
    expect(torbay).toEqual(['E06000027-direction-2018-03-02', 'E06000027-revocation-2025-02-12']);
    for (const council of ['torbay', 'E06000027', 'e06000027']) {
      const out = cli(['export', '--council', council, '--format', 'csv', '--data', data]);
      expect(out.status).toBe(0);
      expect(out.stdout.startsWith('id,')).toBe(true); // no BOM on stdout
      const rows = parseCsv(out.stdout, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.id)).toEqual(torbay);
      expect(rows[0]).toEqual(csvRow(records.find((r) => r.id === torbay[0])!));
    }
    const jsonl = cli(['export', '--format', 'jsonl', '--council', 'Wirral', '--data', data]);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['E08000015-direction-2025-05-20']);
  });

  it('--since keeps instruments dated on or after the date; bad usage exits 2', () => {
    const future = cli(['export', '--format', 'jsonl', '--since', '2999-01-01', '--data', data]);
    expect([future.status, future.stdout]).toEqual([0, '']);
    const all = cli(['export', '--format', 'jsonl', '--since', '2000', '--data', data]);
    expect(all.stdout.trim().split('\n')).toHaveLength(records.length);
    expect(cli(['export', '--format', 'xml', '--data', data]).status).toBe(2);
    expect(cli(['export', '--format', 'csv', '--since', 'last week', '--data', data]).status).toBe(2);
    expect(cli(['diff', '--format', 'xml', '--data', data]).status).toBe(2);
  });

  it('diff prints one "new" line per intervention after a first run and a rerun that changed nothing, newest first', () => {
    const none = cli(['diff', '--changed-since', '2999-01-01T00:00:00Z', '--data', data]);
    expect([none.status, none.stdout]).toEqual([0, '']);
    const lines = cli(['diff', '--data', data]).stdout.trim().split('\n');
    expect(lines).toHaveLength(records.length);
    expect(lines.every((l) => /^\S+Z {2}\S+ {2}new: /.test(l))).toBe(true);
    const torbay = records.find((r) => r.id === 'E06000027-direction-2018-03-02')!;
    expect(lines).toContain(`${torbay.updated}  ${torbay.id}  new: Direction issued to Torbay (2018-03-02): revoked — ${torbay.sources[0].uri}`);
    const times = lines.map((l) => l.split('  ')[0]);
    expect(times).toEqual([...times].sort().reverse());
  });
});

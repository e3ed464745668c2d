// What changed, for whom: two made-up news articles (a 2018 direction to Kirklees with a deadline, a 2025 one
// to BCP) served on 127.0.0.1, the pipeline run, one deadline moved in the Kirklees article, the pipeline run
// again. `directions diff` (a child process, as a user runs it) and the Atom feeds must say exactly what moved
// and where; --since / --changed-since / --council pick exactly the expected ids; bad dates and unknown councils
// exit 2 with the message.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import Database from 'better-sqlite3';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { loadInterventions } from '../../src/export/load.js';
import { FieldChanges } from '../../src/schema/change.js';
import type { InterventionRecord } from '../../src/schema/intervention.js';
import { DATABASE_FILE, Store } from '../../src/store/store.js';
import { startMirrorServer, type MirrorServer } from '../helpers/mirror-server.js';
import { query, run, tempDir } from './helpers.js';

const root = resolve(import.meta.dirname, '../..');
const HOST = 'news.example.org';
const KIRKLEES_URL = `https://${HOST}/news/kirklees-direction`;
const BCP_URL = `https://${HOST}/news/bcp-direction`;
const KIRKLEES = 'E08000034-direction-2018-01-25';
const BCP = 'E06000058-direction-2025-03-11';

function write(mirror: string, rel: string, body: string): void {
  const file = join(mirror, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

const article = (title: string, published: string, paragraphs: string[]) =>
  `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${published}"></head>` +
  `<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

function kirklees(deadline: string): string {
  return article('Kirklees given statutory direction over children’s services', '2018-01-26T09:00:00Z', [
    'The Department for Education issued a statutory direction to Kirklees Council on 25 January 2018 after Ofsted rated its children’s services inadequate.',
    `Under the direction, Kirklees must sign an agreement with Leeds ${deadline}.`,
    'Leeds City Council has been appointed as the strategic partner for Kirklees.',
  ]);
}

function buildMirror(mirror: string): void {
  write(mirror, `${HOST}/robots.txt`, 'User-agent: *\nAllow: /\n');
  write(mirror, `${HOST}/news/kirklees-direction/index.html`, kirklees('by 25 April 2018'));
  write(
    mirror,
    `${HOST}/news/bcp-direction/index.html`,
    article('BCP Council issued with statutory direction', '2025-03-12T09:00:00Z', [
      'The Department for Education issued a statutory direction to Bournemouth, Christchurch and Poole Council on 11 March 2025 over its children’s social care services.',
    ]),
  );
  write(
    mirror,
    `${HOST}/feed.xml`,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${[KIRKLEES_URL, BCP_URL]
      .map((u) => `<item><title>Direction issued</title><link>${u}</link></item>`)
      .join('')}</channel></rss>`,
  );
}

let tmp: ReturnType<typeof tempDir>;
let server: MirrorServer;
let mirror: string;
let data: string;
let config: Config;
let between: string;
let records: InterventionRecord[];
const cli = (args: string[]) => spawnSync(join(root, 'bin/directions.mjs'), [...args, '--data', data], { cwd: root, encoding: 'utf8' });
const lines = (out: string) => out.split('\n').filter(Boolean);
const ids = (out: string) => lines(out).map((l) => (JSON.parse(l) as { id: string }).id);
const parseFeed = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml).feed;

beforeAll(async () => {
  tmp = tempDir('changes');
  mirror = join(tmp.dir, 'mirror');
  data = join(tmp.dir, 'data');
  buildMirror(mirror);
  server = await startMirrorServer(mirror);
  config = parseConfig({
    userAgent: 'directions-test/0.1 (+mailto:test@example.org)',
    dataDir: data,
    allowedHosts: [HOST],
    rateLimits: { default: { requestsPerSecond: 2000, concurrency: 4 } },
    http: { timeoutMs: 2000, retries: 1, backoffBaseMs: 20, maxRetryWaitMs: 500 },
    hostMap: { [HOST]: server.origin },
    sources: [{ type: 'news', feeds: [`https://${HOST}/feed.xml`] }],
  });
  const first = await run(config, data);
  expect(first.exitCode).toBe(0);
  between = new Date().toISOString();
  // One deadline moves in the article; nothing else changes.
  write(mirror, `${HOST}/news/kirklees-direction/index.html`, kirklees('by 31 May 2018'));
  const second = await run(config, data);
  expect([second.exitCode, second.counts.changed]).toEqual([0, 1]);
  records = await loadInterventions(data);
}, 120_000);

afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('changes that say what changed', () => {
  it('records the moved deadline, field by field, in SQLite: one new row per intervention, then one change', () => {
    expect(records.map((r) => r.id).sort()).toEqual([BCP, KIRKLEES]);
    const rows = query(data, 'SELECT intervention_id, kind, field, item, attribute, old_value, new_value, source FROM intervention_changes ORDER BY id');
    expect(rows.slice(2)).toEqual([
      {
        intervention_id: KIRKLEES,
        kind: 'changed',
        field: 'deadlines',
        item: 'Kirklees must sign an agreement with Leeds',
        attribute: 'due',
        old_value: '"2018-04-25"',
        new_value: '"2018-05-31"',
        source: KIRKLEES_URL,
      },
    ]);
    expect(rows.slice(0, 2).map((r) => [r.intervention_id, r.kind]).sort()).toEqual([
      [BCP, 'new'],
      [KIRKLEES, 'new'],
    ]);
  });

  it('diff prints the exact line, with the source URL', () => {
    const kirkleesNow = records.find((r) => r.id === KIRKLEES)!;
    const out = cli(['diff', '--changed-since', between]);
    expect([out.status, out.stderr]).toEqual([0, '']);
    expect(lines(out.stdout)).toEqual([
      `${kirkleesNow.updated}  ${KIRKLEES}  Kirklees: deadline 'Kirklees must sign an agreement with Leeds' moved from 2018-04-25 to 2018-05-31 — ${KIRKLEES_URL}`,
    ]);
  });

  it('diff --format json prints an array of change objects that the schema (zod, and data/schema.json with ajv) accepts', () => {
    const out = cli(['diff', '--changed-since', between, '--format', 'json']);
    const json = JSON.parse(out.stdout) as unknown[];
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addSchema(JSON.parse(readFileSync(join(data, 'schema.json'), 'utf8')), 'schema.json');
    const valid = ajv.getSchema('schema.json#/$defs/FieldChange')!;
    for (const c of json) expect(valid(c), JSON.stringify(valid.errors)).toBe(true);
    expect(valid({ ...(json[0] as object), kind: 'moved' })).toBe(false);
    const changes = FieldChanges.parse(json);
    expect(changes.map(({ interventionId, kind, field, attribute, old, new: now, source, text }) => ({ interventionId, kind, field, attribute, old, now, source, text }))).toEqual([
      {
        interventionId: KIRKLEES,
        kind: 'changed',
        field: 'deadlines',
        attribute: 'due',
        old: '2018-04-25',
        now: '2018-05-31',
        source: KIRKLEES_URL,
        text: "Kirklees: deadline 'Kirklees must sign an agreement with Leeds' moved from 2018-04-25 to 2018-05-31",
      },
    ]);
  });

  it('the Atom feed entry and the council feed say the same, with rel=self links', () => {
    const kirkleesNow = records.find((r) => r.id === KIRKLEES)!;
    const feed = parseFeed(readFileSync(join(data, 'feed.xml'), 'utf8'));
    expect(feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([['self', 'feed.xml']]);
    const entry = feed.entry[0];
    expect(entry.id).toBe(`tag:directions,2026:intervention/${KIRKLEES}`);
    expect(entry.title).toBe("Kirklees: deadline 'Kirklees must sign an agreement with Leeds' moved from 2018-04-25 to 2018-05-31");
    expect(entry.updated).toBe(kirkleesNow.updated);
    expect(entry.summary).toBe(
      [
        `What changed (${kirkleesNow.updated}):`,
        `Kirklees: deadline 'Kirklees must sign an agreement with Leeds' moved from 2018-04-25 to 2018-05-31 — ${KIRKLEES_URL}`,
        'Direction issued to Kirklees (2018-01-25): Leeds appointed strategic partner; deadline 2018-05-31: Kirklees must sign an agreement with Leeds',
        'Status: in_force. 1 source(s):',
        'news: Kirklees given statutory direction over children’s services',
      ].join('\n'),
    );
    // The other intervention is new: its entry describes it.
    expect(feed.entry[1].title).toBe('Direction issued to Bournemouth, Christchurch and Poole (2025-03-11)');

    const council = parseFeed(readFileSync(join(data, 'feeds', 'E08000034.xml'), 'utf8'));
    expect(council.id).toBe('tag:directions,2026:council/E08000034');
    expect(council.title).toBe('DfE interventions in children’s services: Kirklees Council (E08000034)');
    expect(council.link.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([['self', 'E08000034.xml']]);
    expect(council.entry).toEqual([entry]);
    expect(parseFeed(readFileSync(join(data, 'feeds', 'E06000058.xml'), 'utf8')).entry.map((e: { id: string }) => e.id)).toEqual([
      `tag:directions,2026:intervention/${BCP}`,
    ]);
  });

  it('a rerun with no change records no change and rewrites the same feeds', async () => {
    const before = query(data, 'SELECT count(*) AS n FROM intervention_changes');
    const feed = readFileSync(join(data, 'feed.xml'), 'utf8');
    const third = await run(config, data);
    expect(third.exitCode).toBe(0);
    expect(query(data, 'SELECT count(*) AS n FROM intervention_changes')).toEqual(before);
    expect(readFileSync(join(data, 'feed.xml'), 'utf8')).toBe(feed);
  }, 60_000);

  it('a store made before the history gains a "new" row per stored intervention, and loses nothing', () => {
    const old = join(tmp.dir, 'old-store');
    cpSync(data, old, { recursive: true });
    const db = new Database(join(old, DATABASE_FILE));
    db.exec('DROP TABLE intervention_changes');
    const tables = ['documents', 'versions', 'extractions', 'blobs', 'interventions', 'intervention_sources', 'runs'];
    const counts = () => tables.map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n);
    const before = counts();
    db.close();
    const store = new Store(old);
    const changes = store.changes();
    store.close();
    expect(changes.map((c) => [c.interventionId, c.kind, c.at])).toEqual(
      [...records].sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : 1)).map((r) => [r.id, 'new', r.firstSeen]),
    );
    const reopened = new Database(join(old, DATABASE_FILE), { readonly: true });
    expect(tables.map((t) => (reopened.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n)).toEqual(before);
    reopened.close();
  });
});

describe('filters that cannot mislead', () => {
  it('--since is the instrument’s own date; --changed-since when the dataset changed', () => {
    expect(ids(cli(['export', '--format', 'jsonl', '--since', '2025-01-01']).stdout)).toEqual([BCP]);
    expect(ids(cli(['export', '--format', 'jsonl', '--since', '2018-01']).stdout).sort()).toEqual([BCP, KIRKLEES]);
    expect(ids(cli(['export', '--format', 'jsonl', '--changed-since', between]).stdout)).toEqual([KIRKLEES]);
    expect(ids(cli(['export', '--format', 'jsonl', '--since', '2025', '--changed-since', between]).stdout)).toEqual([]);
    const diffIds = (args: string[]) => lines(cli(['diff', ...args]).stdout).map((l) => l.split('  ')[1]);
    expect(diffIds(['--since', '2025-01-01'])).toEqual([BCP]);
    expect(diffIds(['--changed-since', between])).toEqual([KIRKLEES]);
    expect(diffIds(['--since', '2018-01-25']).sort()).toEqual([BCP, KIRKLEES, KIRKLEES]);
  });

  it('--council takes official names, short names, abbreviations and GSS codes', () => {
    for (const council of ['BCP', 'Bournemouth, Christchurch and Poole Council', 'Bournemouth Christchurch & Poole', 'e06000058']) {
      expect(ids(cli(['export', '--format', 'jsonl', '--council', council]).stdout), council).toEqual([BCP]);
    }
    for (const council of ['bcp', 'E06000058']) {
      expect(lines(cli(['diff', '--council', council]).stdout).map((l) => l.split('  ')[1]), council).toEqual([BCP]);
    }
    expect(ids(cli(['export', '--format', 'jsonl', '--council', 'Kirklees Council']).stdout)).toEqual([KIRKLEES]);
    // A real council with nothing in the dataset is an empty answer, not an error.
    const leeds = cli(['diff', '--council', 'Leeds']);
    expect([leeds.status, leeds.stdout]).toEqual([0, '']);
  });

  it('impossible dates and unknown councils exit 2 with a message that says why', () => {
    for (const [command, flag, date] of [
      [['diff'], '--since', '2025-13-45'],
      [['export', '--format', 'csv'], '--since', '2025-02-30'],
      [['diff'], '--changed-since', '2025-02-30T10:00:00Z'],
      [['export', '--format', 'csv'], '--changed-since', 'last week'],
    ] as const) {
      {
        const out = cli([...command, flag, date]);
        expect([out.status, out.stdout], `${command[0]} ${flag} ${date}`).toEqual([2, '']);
        expect(out.stderr.split('\n')[0]).toBe(
          `directions ${command[0]}: ${flag} ${date}: not a calendar date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time such as 2025-01-31T09:00Z)`,
        );
      }
    }
    const typo = cli(['diff', '--council', 'Kirklees Counci']);
    expect([typo.status, typo.stdout]).toEqual([2, '']);
    expect(typo.stderr.split('\n')[0]).toMatch(/^directions diff: unknown council 'Kirklees Counci'; did you mean Kirklees \(E08000034\), /);
    const madeUp = cli(['export', '--format', 'jsonl', '--council', 'Narnia']);
    expect([madeUp.status, madeUp.stdout]).toEqual([2, '']);
    expect(madeUp.stderr.split('\n')[0]).toBe(
      "directions export: unknown council 'Narnia'; did you mean Barnet (E09000003), Barking and Dagenham (E09000002), Bath and North East Somerset (E06000022)?",
    );
    expect(existsSync(join(data, 'feeds', 'E06000058.xml'))).toBe(true);
  });
});

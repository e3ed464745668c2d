// Each item of a listing is checked on its own: one of the wrong shape (null where an object was, a result
// without a link, a feed item without a link) is an error of its own, and the listing's other items go on.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMirrorServer, type MirrorServer } from '../helpers/mirror-server.js';
import { buildFixtureMirror, COLLECTION, fixtureConfig, NEWS_HOST, pdfUrl } from './fixture-mirror.js';
import { query, run, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let server: MirrorServer;

beforeAll(async () => {
  tmp = tempDir('listing');
  const mirror = join(tmp.dir, 'mirror');
  buildFixtureMirror(mirror, { publications: 3, articles: 2 });
  const edit = (rel: string, change: (text: string) => string) => writeFileSync(join(mirror, rel), change(readFileSync(join(mirror, rel), 'utf8')));
  edit(`www.gov.uk/api/content${COLLECTION}/index.json`, (t) => {
    const c = JSON.parse(t);
    c.links.documents.splice(1, 0, null);
    c.details.collection_groups[0].documents.push(null);
    return JSON.stringify(c);
  });
  edit('www.gov.uk/api/search.json', (t) => {
    const s = JSON.parse(t);
    s.results.unshift(null, { title: 'no link' });
    return JSON.stringify(s);
  });
  edit(`${NEWS_HOST}/feed.xml`, (t) => t.replace('<item>', '<item><title>No link here</title></item><item>'));
  server = await startMirrorServer(mirror);
});

afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

it('reports every bad item with where it was, reads all the good ones, and exits 1 saying so', async () => {
  const data = join(tmp.dir, 'data');
  const result = await run(fixtureConfig(server.origin, data, { news: true }), data);
  // Sources are read concurrently: the order in which their bad items arrive is not fixed.
  const byText = (a: { source: string; message: string }, b: { source: string; message: string }) => `${a.source} ${a.message}`.localeCompare(`${b.source} ${b.message}`);
  expect([...result.counts.badItems].sort(byText)).toEqual([
    { source: 'govuk-collection', message: `${COLLECTION} details.collection_groups.0.documents.2: expected a content id, got null` },
    { source: 'govuk-collection', message: `${COLLECTION} links.documents.1: item: Invalid input: expected object, received null` },
    { source: 'govuk-search', message: 'search results.0: item: Invalid input: expected object, received null' },
    { source: 'govuk-search', message: 'search results.1: link: Invalid input: expected string, received undefined' },
    { source: 'news', message: `https://${NEWS_HOST}/feed.xml: item 1 has no link` },
  ]);
  // Every good item was still followed: all three PDFs and both articles arrived.
  const ok = (url: string) => query(data, 'SELECT status FROM documents WHERE url = ?', url);
  for (const i of [0, 1, 2]) expect(ok(pdfUrl(i))).toEqual([{ status: 'ok' }]);
  for (const i of [0, 1]) expect(ok(`https://${NEWS_HOST}/news/article-${i}`)).toEqual([{ status: 'ok' }]);
  expect(result.counts.failed).toBe(0);
  expect(result.exitCode).toBe(1);
  // "first" is the first to arrive, which depends on which source answered first.
  expect(result.reason).toBe(`5 listing items of the wrong shape (first: ${result.counts.badItems[0].message})`);
});

it('a local manifest: a bad line is a bad item with its line number; the good lines are stored', async () => {
  const dir = join(tmp.dir, 'archive');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'a.txt'), 'The Secretary of State issued a direction to Kirklees Council on 25 January 2018.');
  const manifest = join(dir, 'manifest.jsonl');
  writeFileSync(manifest, `${JSON.stringify({ path: 'a.txt' })}\nnull\n${JSON.stringify({ path: '/etc/hostname' })}\n`);
  const data = join(tmp.dir, 'data-local');
  const config = fixtureConfig(server.origin, data, { overrides: { sources: [{ type: 'local', path: manifest }] } });
  const result = await run(config, data);
  expect(result.counts.badItems).toEqual([
    { source: 'local', message: `manifest: ${manifest}:2: line: Invalid input: expected object, received null` },
    {
      source: 'local',
      message: `manifest: ${manifest}:3: path /etc/hostname is outside the manifest's folder (allow it with --allow-outside, or allowOutside in the config)`,
    },
  ]);
  expect(query(data, 'SELECT status FROM documents')).toEqual([{ status: 'ok' }]);
  expect(result.exitCode).toBe(1);
});

// End to end against a real HTTP server: discovery, conditional reruns, changes, new attachments, offline.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startMirrorServer, type MirrorServer } from '../helpers/mirror-server.js';
import { buildFixtureMirror, COLLECTION, fixtureConfig, minimalPdf, pdfUrl, writePublication, type Fixture } from './fixture-mirror.js';
import { query, run, snapshot, tempDir } from './helpers.js';
import Database from 'better-sqlite3';
import { extractorVersion } from '../../src/extractor-version.js';
import { DATABASE_FILE } from '../../src/store/store.js';

let tmp: ReturnType<typeof tempDir>;
let server: MirrorServer;
let fixture: Fixture;
let mirror: string;
let data: string;

beforeEach(async () => {
  tmp = tempDir('pipeline');
  mirror = join(tmp.dir, 'mirror');
  data = join(tmp.dir, 'data');
  fixture = buildFixtureMirror(mirror, { publications: 4, searchOnly: 1, articles: 3 });
  server = await startMirrorServer(mirror);
});

afterEach(async () => {
  await server.close();
  tmp.cleanup();
});

describe('directions run', () => {
  it('discovers the collection, search results, publications, attachments and news, and stores each once', async () => {
    const config = fixtureConfig(server.origin, data, { news: true });
    const first = await run(config, data);
    expect(first.counts.sourcesFailed).toEqual([]);
    expect(first.counts.failures).toEqual({});
    const stored = query<{ url: string }>(data, 'SELECT url FROM documents ORDER BY url').map((r) => r.url);
    expect(stored).toEqual([...fixture.urls].sort());
    expect(first.counts).toMatchObject({ discovered: fixture.urls.length + 1, new: fixture.urls.length, failed: 0, changed: 0, unchanged: 0 });
    // The feed's off-site link is skipped, not fetched.
    expect(first.counts.skips).toEqual({ host_not_allowed: 1 });
    expect(first.exitCode).toBe(0);
    // Canonical URLs in records, even though every request went to 127.0.0.1.
    const record = JSON.parse(query<{ record: string }>(data, 'SELECT record FROM extractions LIMIT 1')[0].record);
    expect(record.source.uri).toMatch(/^https:\/\/(www\.gov\.uk|assets\.publishing\.service\.gov\.uk|news\.example\.org)\//);
    // Publication attachments recorded for diffing.
    expect(query(data, 'SELECT * FROM publication_attachments')).toHaveLength(5);
    // The run row.
    expect(query(data, `SELECT state, exit_code FROM runs`)).toEqual([{ state: 'finished', exit_code: 0 }]);
  });

  it('a rerun with nothing changed gets only 304s and extracts nothing again', async () => {
    const config = fixtureConfig(server.origin, data, { news: true });
    await run(config, data);
    const before = snapshot(data);
    server.requests.length = 0;
    const second = await run(config, data);
    expect(second.counts).toMatchObject({ new: 0, changed: 0, fetched: 0, failed: 0, unchanged: fixture.urls.length });
    expect(second.counts.http.bodies).toBe(0);
    expect(server.requests.every((r) => r.status === 304 && r.conditional)).toBe(true);
    expect(server.requests.length).toBe(fixture.urls.length + 3); // + robots.txt of each host
    expect(snapshot(data)).toEqual(before);
    expect(second.counts.reextracted).toBe(0);
  });

  it('re-extracts unchanged documents from the stored bodies when the extractor has changed, and only then', async () => {
    const config = fixtureConfig(server.origin, data, { news: true });
    await run(config, data);
    const db = new Database(join(data, DATABASE_FILE));
    db.prepare(`UPDATE extractions SET extractor = 'an-older-one', record = '{}'`).run();
    db.close();
    const second = await run(config, data);
    expect(second.counts).toMatchObject({ new: 0, changed: 0, unchanged: fixture.urls.length, reextracted: fixture.urls.length });
    expect(second.counts.http.bodies).toBe(0);
    const made = query<{ extractor: string; record: string }>(data, 'SELECT extractor, record FROM extractions');
    expect(new Set(made.map((r) => r.extractor))).toEqual(new Set([extractorVersion()]));
    expect(made.every((r) => JSON.parse(r.record).source?.uri?.startsWith('https://'))).toBe(true);
    const third = await run(config, data);
    expect(third.counts.reextracted).toBe(0);
  });

  it('a changed body becomes a new version and the old one is kept', async () => {
    const config = fixtureConfig(server.origin, data);
    await run(config, data);
    const url = pdfUrl(2);
    const [{ sha256: oldSha }] = query<{ sha256: string }>(data, 'SELECT sha256 FROM documents WHERE url = ?', url);
    const u = new URL(url);
    writeFileSync(join(mirror, u.host, u.pathname), minimalPdf('Direction to Council 2, revised'));
    const second = await run(config, data);
    expect(second.counts).toMatchObject({ changed: 1, new: 0, fetched: 1, failed: 0 });
    const versions = query<{ sha256: string }>(data, 'SELECT sha256 FROM versions WHERE url = ? ORDER BY id', url);
    expect(versions).toHaveLength(2);
    expect(versions[0].sha256).toBe(oldSha);
    const [{ sha256: current }] = query<{ sha256: string }>(data, 'SELECT sha256 FROM documents WHERE url = ?', url);
    expect(current).toBe(versions[1].sha256);
    expect(query(data, 'SELECT e.version_id FROM extractions e JOIN versions v ON v.id = e.version_id WHERE v.url = ?', url)).toHaveLength(2);
    // Both bodies kept.
    expect(query(data, 'SELECT sha256 FROM blobs WHERE sha256 IN (?, ?)', oldSha, current)).toHaveLength(2);
  });

  it('notices a publication that gains an attachment', async () => {
    const config = fixtureConfig(server.origin, data);
    await run(config, data);
    const pub = fixture.publications[1];
    const added = pdfUrl(1, 'Council_1_SEND_direction.pdf');
    pub.attachments.push({ url: added, title: 'SEND direction' });
    writePublication(mirror, pub);
    const u = new URL(added);
    const file = join(mirror, u.host, u.pathname);
    (await import('node:fs')).mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, minimalPdf('SEND direction to Council 1'));
    const second = await run(config, data);
    expect(second.counts).toMatchObject({ attachmentsAdded: 1, new: 1, changed: 1, failed: 0 }); // new PDF; changed JSON
    expect(second.log.events.filter((e) => e.event === 'attachment_added')).toEqual([
      { event: 'attachment_added', publication: `https://www.gov.uk${pub.basePath}`, attachment: added },
    ]);
    expect(query(data, 'SELECT url FROM documents WHERE url = ?', added)).toHaveLength(1);
  });

  it('finds the collection through a known publication when the configured path is 404', async () => {
    const config = fixtureConfig(server.origin, data);
    config.sources[0] = { ...config.sources[0], basePath: '/government/collections/wrong-guess' } as (typeof config.sources)[0];
    const result = await run(config, data);
    expect(result.counts.sourcesFailed).toEqual([]);
    expect(result.counts.failed).toBe(0);
    expect(result.counts.skips).toEqual({ optional_not_found: 1 });
    expect(result.log.events.find((e) => e.event === 'collection_path_found')).toMatchObject({ basePath: COLLECTION });
    expect(query(data, `SELECT url FROM documents WHERE url LIKE '%council-3'`)).toHaveLength(2);
    expect(result.exitCode).toBe(0);
  });

  it('--offline re-extracts every stored version without the network', async () => {
    const config = fixtureConfig(server.origin, data);
    await run(config, data);
    const before = snapshot(data);
    await server.close();
    const offline = await run(config, data, true);
    expect(offline.counts.reextracted).toBe(before.documents.length);
    expect(offline.exitCode).toBe(0);
    expect(snapshot(data)).toEqual(before);
    server = await startMirrorServer(mirror); // for afterEach
  });
});

describe('local archive source', () => {
  it('reads a JSON Lines manifest; a manifest url becomes the identity; unchanged files are not re-extracted', async () => {
    const archive = join(tmp.dir, 'archive');
    (await import('node:fs')).mkdirSync(archive, { recursive: true });
    writeFileSync(join(archive, 'a.pdf'), minimalPdf('Archived direction'));
    writeFileSync(join(archive, 'b.html'), '<!doctype html><html><body><p>Old news</p></body></html>');
    writeFileSync(
      join(archive, 'manifest.jsonl'),
      `${JSON.stringify({ path: 'a.pdf', url: 'https://assets.publishing.service.gov.uk/media/old/a.pdf', contentType: 'application/pdf' })}\n` +
        `${JSON.stringify({ path: 'b.html' })}\n${JSON.stringify({ path: 'missing.pdf' })}\n`,
    );
    const config = fixtureConfig(server.origin, data, { overrides: { sources: [{ type: 'local', path: join(archive, 'manifest.jsonl') }] } });
    const first = await run(config, data);
    expect(first.counts).toMatchObject({ new: 2, failed: 1, failures: { not_found: 1 } });
    expect(query(data, 'SELECT url FROM documents WHERE status = ? ORDER BY url', 'ok')).toEqual([
      { url: expect.stringMatching(/^file:\/\/.*\/b\.html$/) },
      { url: 'https://assets.publishing.service.gov.uk/media/old/a.pdf' },
    ]);
    const second = await run(config, data);
    expect(second.counts).toMatchObject({ new: 0, unchanged: 2, changed: 0 });
    expect(server.requests).toEqual([]); // local files never touch the network
  });
});

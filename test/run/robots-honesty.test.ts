// robots.txt within budget, and runs that tell the truth about it: refused (the site said no) is a skip,
// unreachable (no answer) is a failure, and a run that got none of what it meant to, or could not reach a
// source at all, exits 1 and says why in one line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMirrorServer, type MirrorServer } from '../helpers/mirror-server.js';
import { buildFixtureMirror, COLLECTION, fixtureConfig, pdfUrl } from './fixture-mirror.js';
import { query, run, tempDir } from './helpers.js';

const ASSETS = 'assets.publishing.service.gov.uk';
const collectionOnly = { sources: [{ type: 'govuk-collection', basePath: COLLECTION, knownPublications: [] }] };

let tmp: ReturnType<typeof tempDir>;
let mirror: string;
let server: MirrorServer;
let n = 0;
const data = () => join(tmp.dir, `data-${n++}`);

beforeAll(async () => {
  tmp = tempDir('robots');
  mirror = join(tmp.dir, 'mirror');
  buildFixtureMirror(mirror, { publications: 2 });
  server = await startMirrorServer(mirror);
});

afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('robots.txt budget', () => {
  it('a 10 MB robots.txt of 291,000 rules: the first 500 KiB are parsed, a rule past them is ignored', async () => {
    const header = 'User-agent: *\n';
    const rules = Array.from({ length: 291_000 }, (_, i) => `Disallow: /private/folder-${String(i).padStart(7, '0')}/\n`).join('');
    // The last rule would forbid the PDFs, but it is ten megabytes in.
    const body = `${header}${rules}Disallow: /media/\n`;
    expect(body.length).toBeGreaterThan(10_000_000);
    writeFileSync(join(mirror, ASSETS, 'robots.txt'), body);
    try {
      const dir = data();
      const result = await run(fixtureConfig(server.origin, dir, { overrides: collectionOnly }), dir);
      expect(query(dir, 'SELECT status, error_code FROM documents WHERE url = ?', pdfUrl(0))).toEqual([{ status: 'ok', error_code: null }]);
      const kept = body.slice(0, 500 * 1024).split('\n').filter((l) => /^Disallow: \S/.test(l)).length;
      expect(result.log.events.find((e) => e.event === 'robots_budget')).toMatchObject({ host: ASSETS, bytesParsed: 500 * 1024, rulesKept: kept, rulesIgnored: 0 });
      expect(result.exitCode).toBe(0);
    } finally {
      writeFileSync(join(mirror, ASSETS, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    }
  }, 60_000);
});

describe('refused or unreachable', () => {
  it('robots.txt unreachable (503 every time): the documents are fetch_failed, failures not skips, exit 1', async () => {
    server.rules = [{ host: ASSETS, path: '/robots.txt', fault: { status: 503 } }];
    try {
      const dir = data();
      const result = await run(fixtureConfig(server.origin, dir, { overrides: collectionOnly }), dir);
      expect(query(dir, 'SELECT error_code FROM documents WHERE url IN (?, ?) ORDER BY url', pdfUrl(0), pdfUrl(1))).toEqual([
        { error_code: 'fetch_failed' },
        { error_code: 'fetch_failed' },
      ]);
      expect(result.counts.failures).toEqual({ fetch_failed: 2 });
      expect(result.counts.skips).toEqual({});
      expect(result.exitCode).toBe(1);
      expect(result.reason).toBe('2 documents failed (fetch_failed 2)');
    } finally {
      server.rules = [];
    }
  });

  it('robots.txt refusing every document the sources list: skips, yet the run got nothing it meant to, so exit 1', async () => {
    // Listings (the Content API) are allowed; the publication pages and the PDFs are not.
    writeFileSync(join(mirror, 'www.gov.uk', 'robots.txt'), 'User-agent: *\nDisallow: /government/\n');
    writeFileSync(join(mirror, ASSETS, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    try {
      const dir = data();
      const result = await run(fixtureConfig(server.origin, dir, { overrides: collectionOnly }), dir);
      expect(result.counts.skips).toEqual({ robots_disallowed: 4 });
      expect(result.counts.failed).toBe(0);
      expect([result.counts.wanted, result.counts.obtained]).toEqual([4, 0]);
      expect(result.exitCode).toBe(1);
      expect(result.reason).toBe('nothing was fetched: none of the 4 documents the sources listed arrived (robots_disallowed 4)');
    } finally {
      writeFileSync(join(mirror, 'www.gov.uk', 'robots.txt'), 'User-agent: *\nDisallow: /search/all\nDisallow: /*/print$\n');
      writeFileSync(join(mirror, ASSETS, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    }
  });

  it('a source that cannot be reached at all (connection refused): exit 1, and the summary says which and why', async () => {
    const dir = data();
    // Port 1 on 127.0.0.1: nothing listens there.
    const config = fixtureConfig(server.origin, dir, { overrides: { ...collectionOnly, hostMap: { 'www.gov.uk': 'http://127.0.0.1:1' } } });
    const result = await run(config, dir);
    expect(result.counts.sourcesFailed.map((s) => s.source)).toEqual(['govuk-collection']);
    expect(result.exitCode).toBe(1);
    expect(result.reason).toMatch(/^source govuk-collection could not be reached: cannot find the collection: \S+ failed \(fetch_failed\)/);
    expect(result.reason).not.toContain('\n');
  });
});

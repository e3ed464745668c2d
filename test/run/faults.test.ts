// Each injected fault ends as a per-document error with its exact code while the rest of the run completes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMirrorServer, type FaultRule, type MirrorServer } from '../helpers/mirror-server.js';
import { buildFixtureMirror, fixtureConfig, pdfUrl, type Fixture } from './fixture-mirror.js';
import { query, run, tempDir } from './helpers.js';

const path = (i: number) => new URL(pdfUrl(i)).pathname;

// Publication i's PDF gets fault i; the code each must end with (null = recovers and is stored).
const cases: { name: string; fault: FaultRule['fault']; times?: number; code: string | null }[] = [
  { name: '404', fault: { status: 404 }, code: 'not_found' },
  { name: '410', fault: { status: 410 }, code: 'gone' },
  { name: '429 with Retry-After, then success', fault: { status: 429, headers: { 'Retry-After': '1' } }, times: 1, code: null },
  { name: '429 asking for a day, wait capped', fault: { status: 429, headers: { 'Retry-After': '86400' } }, times: 1, code: null },
  { name: '429 for ever', fault: { status: 429, headers: { 'Retry-After': '0' } }, code: 'rate_limited' },
  { name: '500 then success', fault: { status: 500 }, times: 1, code: null },
  { name: '500 for ever', fault: { status: 500 }, code: 'http_error' },
  { name: 'no answer', fault: { hang: true }, code: 'timeout' },
  { name: 'body cut short', fault: { truncate: true }, code: 'truncated' },
  { name: 'redirect loop', fault: { redirect: '/loop-b' }, code: 'too_many_redirects' },
  { name: 'HTML where a PDF was expected', fault: { body: '<!doctype html><html><body>Sorry</body></html>', contentType: 'text/html' }, code: 'unexpected_type' },
  { name: 'oversize body', fault: { body: Buffer.alloc(300_000, 'a'), contentType: 'application/pdf' }, code: 'too_large' },
  { name: 'robots.txt disallows it', fault: { delayMs: 0 }, code: 'robots_disallowed' },
];

let tmp: ReturnType<typeof tempDir>;
let server: MirrorServer;
let fixture: Fixture;
let result: Awaited<ReturnType<typeof run>>;
let data: string;

beforeAll(async () => {
  tmp = tempDir('faults');
  const mirror = join(tmp.dir, 'mirror');
  data = join(tmp.dir, 'data');
  fixture = buildFixtureMirror(mirror, { publications: cases.length + 3 });
  const robotsCase = cases.findIndex((c) => c.code === 'robots_disallowed');
  writeFileSync(join(mirror, 'assets.publishing.service.gov.uk/robots.txt'), `User-agent: *\nDisallow: ${path(robotsCase).replace(/[^/]+$/, '')}\n`);
  const rules: FaultRule[] = cases.map((c, i) => ({ host: 'assets.publishing.service.gov.uk', path: path(i), fault: c.fault, times: c.times }));
  rules.push({ host: 'assets.publishing.service.gov.uk', path: '/loop-b', fault: { redirect: path(cases.findIndex((c) => c.name === 'redirect loop')) } });
  server = await startMirrorServer(mirror, rules);
  result = await run(fixtureConfig(server.origin, data), data);
}, 60_000);

afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

describe('faults', () => {
  it.each(cases.map((c, i) => ({ ...c, i })))('$name → $code', ({ i, code }) => {
    const [doc] = query<{ status: string; error_code: string | null; sha256: string | null }>(
      data,
      'SELECT status, error_code, sha256 FROM documents WHERE url = ?',
      pdfUrl(i),
    );
    if (code === null) {
      expect(doc).toMatchObject({ status: 'ok', error_code: null });
      expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    } else {
      expect(doc).toMatchObject({ status: 'error', error_code: code, sha256: null });
    }
  });

  it('the rest of the run completes, and the summary counts each reason', () => {
    const failing = cases.filter((c) => c.code !== null);
    const broken = failing.filter((c) => c.code !== 'robots_disallowed');
    expect(result.counts.failed).toBe(broken.length);
    const expected: Record<string, number> = {};
    for (const c of broken) expected[c.code!] = (expected[c.code!] ?? 0) + 1;
    expect(result.counts.failures).toEqual(expected);
    // robots.txt refusals are our own choice: stored as per-document errors, counted as skipped.
    expect(result.counts.skips).toEqual({ robots_disallowed: 1 });
    expect(result.counts.sourcesFailed).toEqual([]);
    expect(result.exitCode).toBe(1);
    // Every other document arrived.
    const ok = query<{ n: number }>(data, `SELECT count(*) AS n FROM documents WHERE status = 'ok'`)[0].n;
    expect(ok).toBe(fixture.urls.length - failing.length);
    expect(result.counts.http.retries).toBeGreaterThan(0);
  });

  it('honoured Retry-After: the retry after a 429 came at least a second later', () => {
    const i = cases.findIndex((c) => c.name.startsWith('429 with'));
    const hits = server.requests.filter((r) => r.path === path(i));
    expect(hits.map((h) => h.status)).toEqual([429, 200]);
    expect(hits[1].at - hits[0].at).toBeGreaterThanOrEqual(950);
  });

  it('never fetched the disallowed path', () => {
    const i = cases.findIndex((c) => c.code === 'robots_disallowed');
    expect(server.requests.filter((r) => r.path === path(i))).toEqual([]);
  });
});

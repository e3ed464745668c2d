// The small parts: robots.txt, Retry-After, config validation, the lock, the feed parser.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load.js';
import { parseRetryAfter } from '../../src/fetch/retry-after.js';
import { parseRobots } from '../../src/fetch/robots.js';
import { HostQueues } from '../../src/fetch/host-queues.js';
import { checkExpected } from '../../src/fetch/content-check.js';
import { acquireLock, LOCK_FILE, LockHeldError } from '../../src/run/lock.js';
import { MemoryLogger } from '../../src/run/log.js';
import { parseFeed } from '../../src/sources/news-feeds.js';
import { collectionItems } from '../../src/sources/govuk-collection.js';
import { tempDir } from './helpers.js';

const UA = 'directions/0.1 (+mailto:a@example.org)';

describe('robots.txt', () => {
  const text = `# comment
User-agent: *
Disallow: /private/
Allow: /private/public
Disallow: /*.json$

User-agent: otherbot
User-agent: directions
Disallow: /not-for-directions/
`;
  it('uses our group when one names us, longest match wins, Allow wins ties', () => {
    const ours = parseRobots(text, UA);
    expect(ours.isAllowed('/not-for-directions/x')).toBe(false);
    expect(ours.isAllowed('/private/x')).toBe(true); // our group replaces the * group
    const generic = parseRobots(text, 'somebot/1.0');
    expect(generic.isAllowed('/private/x')).toBe(false);
    expect(generic.isAllowed('/private/public/page')).toBe(true);
    expect(generic.isAllowed('/api/x.json')).toBe(false);
    expect(generic.isAllowed('/api/x.json?q=1')).toBe(true);
    expect(generic.isAllowed('/')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow:\n', UA).isAllowed('/a')).toBe(true);
  });
});

describe('host queues', () => {
  it('space requests to a host by its rate limit, and other hosts do not wait', async () => {
    const queues = new HostQueues({ slow: { requestsPerSecond: 5, concurrency: 4 }, default: { requestsPerSecond: 1000, concurrency: 4 } });
    const t0 = Date.now();
    const slow = await Promise.all(Array.from({ length: 6 }, () => queues.run('slow', async () => Date.now() - t0)));
    expect(Math.max(...slow)).toBeGreaterThanOrEqual(950); // 6 starts at 5/s: the last one a second in
    const t1 = Date.now();
    await Promise.all(Array.from({ length: 6 }, () => queues.run('fast', async () => 0)));
    expect(Date.now() - t1).toBeLessThan(300);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('content check', () => {
  it('sniffs %PDF whatever the Content-Type says', () => {
    expect(() => checkExpected('pdf', 'application/octet-stream', Buffer.from('%PDF-1.7 ...'))).not.toThrow();
    expect(() => checkExpected('pdf', 'application/pdf', Buffer.from('<html>error</html>'))).toThrow(/Expected pdf/);
    expect(() => checkExpected('json', 'text/html', Buffer.from('<!doctype html>'))).toThrow();
    expect(() => checkExpected('feed', 'text/xml', Buffer.from('<?xml version="1.0"?><rss/>'))).not.toThrow();
  });
});

describe('config', () => {
  const valid = {
    userAgent: UA,
    allowedHosts: ['www.gov.uk'],
    sources: [{ type: 'govuk-collection', basePath: '/government/collections/x' }],
  };
  it('fills defaults', () => {
    const c = parseConfig(valid);
    expect(c.dataDir).toBe('./data');
    expect(c.http.retries).toBe(3);
  });
  it('names unknown keys and bad values', () => {
    expect(() => parseConfig({ ...valid, dataDri: 'x' })).toThrow(/dataDri: unknown key/);
    const bad = () => parseConfig({ ...valid, sources: [{ type: 'news', feeds: ['not a url'], extra: 1 }] });
    expect(bad).toThrow(/sources\.0\.extra: unknown key/);
    expect(bad).toThrow(/sources\.0\.feeds\.0: Invalid URL/);
    expect(() => parseConfig({ ...valid, userAgent: 'directions/0.1' })).toThrow(/userAgent: must include a contact address/);
    expect(() => parseConfig({ ...valid, rateLimits: { 'www.gov.uk': { requestsPerSecond: -1 } } })).toThrow(/rateLimits\.www\.gov\.uk\.requestsPerSecond/);
    expect(() => parseConfig({ ...valid, sources: [{ type: 'ftp' }] })).toThrow(ConfigError);
  });
  it('the shipped configs are valid', () => {
    for (const file of ['directions.config.json', 'directions.samples.config.json']) expect(() => loadConfig(file)).not.toThrow();
  });
});

describe('lock', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  afterEach(() => tmp?.cleanup());
  it('refuses a second run while the first is alive', () => {
    tmp = tempDir('lock');
    const release = acquireLock(tmp.dir, new MemoryLogger());
    expect(() => acquireLock(tmp!.dir, new MemoryLogger())).toThrow(LockHeldError);
    release();
    acquireLock(tmp.dir, new MemoryLogger())();
  });
  it('takes over a stale lock from a killed run, with a log line', () => {
    tmp = tempDir('lock');
    // A pid that surely is not alive: a child that has already exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    writeFileSync(join(tmp.dir, LOCK_FILE), JSON.stringify({ pid: dead, startedAt: '2025-01-01T00:00:00Z' }));
    const log = new MemoryLogger();
    const release = acquireLock(tmp.dir, log);
    expect(log.events).toEqual([expect.objectContaining({ event: 'stale_lock', pid: dead, action: 'taken over' })]);
    expect(JSON.parse(readFileSync(join(tmp.dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    release();
  });
});

describe('listings', () => {
  it('parses RSS and Atom', () => {
    const rss = parseFeed('<rss><channel><item><title>A</title><link>https://n.example/a</link></item></channel></rss>', 'https://n.example/feed');
    expect(rss).toEqual([{ link: 'https://n.example/a', title: 'A', summary: '' }]);
    const atom = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>B</title><link rel="alternate" href="/b"/><summary>s</summary></entry></feed>',
      'https://n.example/feed',
    );
    expect(atom).toEqual([{ link: 'https://n.example/b', title: 'B', summary: 's' }]);
  });
  it('joins collection groups to links.documents and drops unpublished ids', () => {
    const items = collectionItems({
      details: { collection_groups: [{ title: 'Open', documents: ['a', 'missing'] }, { title: 'Closed', documents: ['b'] }] },
      links: { documents: [{ content_id: 'a', base_path: '/a' }, { content_id: 'b', base_path: '/b' }, { content_id: 'c', base_path: '/c' }] },
    });
    expect(items).toEqual([
      { basePath: '/a', group: 'Open' },
      { basePath: '/b', group: 'Closed' },
      { basePath: '/c', group: 'ungrouped' },
    ]);
  });
});

// `npm run bench:pipeline`: generate a mirror of 1,000+ documents (a GOV.UK collection, its publications'
// Content API JSON and pages, one small PDF each), serve it on 127.0.0.1, run the pipeline twice: a first
// run, then a no-change rerun, which must transfer no bodies (all 304) and take under 2 s.
//
// Rate limits: the benchmark raises the per-host limits (2000 req/s, 16 in flight) because the "hosts"
// are a local server; the shipped config keeps GOV.UK at 5 req/s, where 1,000 conditional GETs take
// ~200 s. The rerun still makes every conditional request: a 304 on the collection does not prove its
// publications are unchanged (a new attachment changes the publication, not the collection), so we do
// not skip them; we just make each check cheap (no body, no extraction).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../src/run/job.js';
import { silentLogger } from '../src/run/log.js';
import { buildFixtureMirror, fixtureConfig } from '../test/run/fixture-mirror.js';
import { serveMirror } from './serve-samples.js';

const publications = Number(process.argv[2] ?? 334); // 334 × (JSON + page + PDF) + collection + search = 1,004
const dir = mkdtempSync(join(tmpdir(), 'directions-bench-'));
try {
  const built = Date.now();
  const fixture = buildFixtureMirror(join(dir, 'mirror'), { publications });
  process.stdout.write(`mirror: ${fixture.urls.length} documents generated in ${((Date.now() - built) / 1000).toFixed(1)} s (${dir})\n`);
  const server = await serveMirror(join(dir, 'mirror'));
  const rate = { requestsPerSecond: 2000, concurrency: 16 };
  const config = fixtureConfig(server.origin, join(dir, 'data'), { overrides: { rateLimits: { default: rate } } });
  config.http.timeoutMs = 30_000;
  process.stdout.write(
    `rate limit for the benchmark: ${rate.requestsPerSecond} req/s and ${rate.concurrency} in flight per host (all hosts are 127.0.0.1:${server.port}; the live config uses 5 req/s for GOV.UK)\n`,
  );
  const dataDir = join(dir, 'data');
  const first = await runJob({ config, dataDir, log: silentLogger });
  const docs = first.counts.new + first.counts.unchanged;
  process.stdout.write(
    `first run: ${docs} documents in ${first.seconds.toFixed(2)} s = ${(docs / first.seconds).toFixed(0)} documents/s (failed ${first.counts.failed}, http requests ${first.counts.http.requests})\n`,
  );
  const second = await runJob({ config, dataDir, log: silentLogger });
  const c = second.counts;
  process.stdout.write(
    `rerun (no change): ${second.seconds.toFixed(2)} s wall; ${c.http.requests} requests, ${c.http.notModified} × 304, bodies transferred: ${c.http.bodies}; unchanged ${c.unchanged}, new ${c.new}, changed ${c.changed}, failed ${c.failed}\n`,
  );
  const ok = c.http.bodies === 0 && second.seconds < 2 && first.counts.failed === 0;
  process.stdout.write(ok ? 'OK: rerun under 2 s with no bodies\n' : 'NOT OK: see above\n');
  await server.close();
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

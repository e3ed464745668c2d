// Kill a real `directions run` process mid-way (SIGKILL: no cleanup at all), run again, and the database
// must hold exactly what an uninterrupted run's holds: no duplicates, nothing lost.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/run/lock.js';
import { startMirrorServer, type MirrorServer } from '../helpers/mirror-server.js';
import { buildFixtureMirror, fixtureConfig } from './fixture-mirror.js';
import { query, run, snapshot, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
let server: MirrorServer;

beforeAll(async () => {
  tmp = tempDir('kill');
  buildFixtureMirror(join(tmp.dir, 'mirror'), { publications: 12, articles: 4 });
  server = await startMirrorServer(join(tmp.dir, 'mirror'));
});

afterAll(async () => {
  await server.close();
  tmp.cleanup();
});

it('a run killed mid-way and run again ends with the same data as an uninterrupted run', async () => {
  const reference = join(tmp.dir, 'reference');
  const killed = join(tmp.dir, 'killed');
  const config = fixtureConfig(server.origin, reference, { news: true });
  const whole = await run(config, reference);
  expect(whole.exitCode).toBe(0);

  // Slow the server down and the client too, so the kill lands with some documents stored and some not.
  server.delayAllMs = 40;
  const slowConfig = { ...config, dataDir: killed, rateLimits: { default: { requestsPerSecond: 20, concurrency: 2 } } };
  const configFile = join(tmp.dir, 'killed.config.json');
  writeFileSync(configFile, JSON.stringify(slowConfig));
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('src/cli.ts'), 'run', '--config', configFile, '--log', 'json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stored = 0;
  let buffered = '';
  await new Promise<void>((done, fail) => {
    child.on('exit', () => fail(new Error('the run finished before it could be killed')));
    child.stderr.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (/"event":"document".*"outcome":"new"/.test(line)) stored++;
      if (stored >= 10) {
        child.removeAllListeners('exit');
        child.on('exit', () => done());
        child.kill('SIGKILL');
      }
    });
  });
  const partial = query<{ n: number }>(killed, 'SELECT count(*) AS n FROM versions')[0].n;
  expect(partial).toBeGreaterThanOrEqual(10);
  expect(partial).toBeLessThan(whole.counts.new);
  expect(existsSync(join(killed, LOCK_FILE))).toBe(true); // left behind by the killed run

  server.delayAllMs = 0;
  const rerun = await run({ ...config, dataDir: killed }, killed);
  expect(rerun.exitCode).toBe(0);
  expect(rerun.log.events.some((e) => e.event === 'stale_lock')).toBe(true);
  expect(rerun.log.events.find((e) => e.event === 'interrupted_runs')).toMatchObject({ count: 1 });
  expect(rerun.counts.new + rerun.counts.unchanged).toBe(whole.counts.new);
  expect(snapshot(killed)).toEqual(snapshot(reference));
  expect(query(killed, 'SELECT state FROM runs ORDER BY id')).toEqual([{ state: 'interrupted' }, { state: 'finished' }]);
}, 60_000);

// Two processes race to take over a stale lock, hundreds of times: the lock is never held by both at once.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const tmp = tempDir('lock-race');
afterAll(() => tmp.cleanup());

function contender(logFile: string, rounds: number, deadPid: number): Promise<{ held: number; stale: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/run/lock-racer.ts'), tmp.dir, logFile, String(rounds), String(deadPid)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((done, fail) => child.on('exit', (code) => (code === 0 ? done(JSON.parse(out)) : fail(new Error(`contender exited ${code}`)))));
}

it('two takeovers of a stale lock never overlap (2 processes × 300 rounds)', async () => {
  const logFile = join(tmp.dir, 'holders.log');
  writeFileSync(logFile, '');
  // A pid that is surely not alive: a child that has already exited.
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  const racing = [contender(logFile, 300, dead), contender(logFile, 300, dead)];
  writeFileSync(join(tmp.dir, 'go'), '');
  const results = await Promise.all(racing);
  const lines = readFileSync(logFile, 'utf8').trim().split('\n');
  // Held by one at a time: every "enter p" is followed directly by "exit p".
  for (let i = 0; i < lines.length; i += 2) {
    const [what, pid] = lines[i].split(' ');
    expect([what, lines[i + 1]]).toEqual(['enter', `exit ${pid}`]);
  }
  const held = results[0].held + results[1].held;
  expect(lines.length).toBe(2 * held);
  expect(held).toBeGreaterThan(0);
  // It was taken over from a stale note (a dead pid's) again and again. (Not every time: the other contender's
  // release can remove the note it had just left, and a lock with no note is simply free.)
  expect(results[0].stale + results[1].stale).toBeGreaterThan(0);
}, 120_000);

// One contender of the lock race (lock-race.test.ts), run as its own process: `rounds` times, leave a stale
// lock note behind (a killed run's), then try to take the lock; while holding it, log enter and exit.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, LOCK_FILE, LockHeldError } from '../../src/run/lock.js';
import { MemoryLogger } from '../../src/run/log.js';

const [dir, logFile, roundsArg, deadPidArg] = process.argv.slice(2);
const rounds = Number(roundsArg);
const deadPid = Number(deadPidArg);
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

// Start together: wait for the test to say go.
while (!existsSync(join(dir, 'go'))) pause(5);
let held = 0;
let stale = 0;
for (let i = 0; i < rounds; i++) {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid, startedAt: '2020-01-01T00:00:00Z' }));
  let release: () => void;
  const log = new MemoryLogger();
  try {
    release = acquireLock(dir, log);
  } catch (err) {
    if (err instanceof LockHeldError) continue;
    throw err;
  }
  held++;
  if (log.events.some((e) => e.event === 'stale_lock')) stale++;
  appendFileSync(logFile, `enter ${process.pid}\n`);
  pause(1);
  appendFileSync(logFile, `exit ${process.pid}\n`);
  release();
}
process.stdout.write(JSON.stringify({ held, stale }));

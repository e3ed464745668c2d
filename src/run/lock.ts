// One run at a time per data directory. The lock file holds {pid, startedAt}; a lock whose pid is no
// longer alive was left by a killed run and is taken over (with a log line) rather than blocking every
// later night.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from './log.js';

export const LOCK_FILE = 'directions.lock';

export class LockHeldError extends Error {
  constructor(
    readonly holder: { pid: number; startedAt: string },
    readonly file: string,
  ) {
    super(`another run (pid ${holder.pid}, started ${holder.startedAt}) holds ${file}`);
    this.name = 'LockHeldError';
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws LockHeldError; returns the release function. */
export function acquireLock(dataDir: string, log: Logger): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const mine = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails if the file exists: creating it is the atomic test-and-set.
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return () => {
        try {
          const holder = JSON.parse(readFileSync(file, 'utf8'));
          if (holder.pid === mine.pid) rmSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: { pid: number; startedAt: string } | undefined;
    try {
      holder = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Unreadable: half-written by a run starting this very moment, or left broken long ago.
      if (Date.now() - statSync(file, { throwIfNoEntry: false })!.mtimeMs < 5_000)
        throw new LockHeldError({ pid: -1, startedAt: 'just now' }, file);
      holder = undefined;
    }
    if (holder && typeof holder.pid === 'number' && isAlive(holder.pid)) throw new LockHeldError(holder, file);
    log.event('stale_lock', { file, pid: holder?.pid ?? null, startedAt: holder?.startedAt ?? null, action: 'taken over' });
    rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock ${file}`);
}

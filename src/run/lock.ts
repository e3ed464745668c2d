// One run at a time per data directory. The lock itself is SQLite's: an exclusive transaction held open on
// a small lock database for the whole run. The kernel keeps it (fcntl locks), SQLite also excludes other
// connections in the same process, and it goes away when the process dies however it dies: so there is
// never a stale lock to take over, and no race between two runs taking one over at once.
//
// Beside it, directions.lock holds {pid, startedAt, host} for people and for the LockHeldError message; it is
// only a note. One left by a killed run is reported (stale_lock) and replaced.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from './log.js';

export const LOCK_FILE = 'directions.lock';
/** The database whose write lock is the run lock. */
export const LOCK_DATABASE = 'directions.lock.sqlite';

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

function readNote(file: string): { pid: number; startedAt: string } | undefined {
  try {
    const note = JSON.parse(readFileSync(file, 'utf8'));
    return typeof note?.pid === 'number' ? note : undefined;
  } catch {
    return undefined;
  }
}

const isBusy = (err: unknown) => /^SQLITE_BUSY|^SQLITE_LOCKED/.test((err as { code?: string }).code ?? '');

/** Takes the lock or throws LockHeldError; returns the release function. */
export function acquireLock(dataDir: string, log: Logger): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  // timeout 0: a held lock is an answer now, not something to wait for.
  const db = new Database(join(dataDir, LOCK_DATABASE), { timeout: 0 });
  try {
    // Rollback journal (not WAL): an exclusive transaction then shuts out every other connection.
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE IF NOT EXISTS run_lock (pid INTEGER, started_at TEXT)');
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    if (isBusy(err)) throw new LockHeldError(readNote(file) ?? { pid: -1, startedAt: 'unknown' }, file);
    throw err;
  }
  // Ours now. A note naming a process that is gone is what a killed run leaves behind.
  const previous = readNote(file);
  if (previous && previous.pid !== process.pid && !isAlive(previous.pid))
    log.event('stale_lock', { file, pid: previous.pid, startedAt: previous.startedAt ?? null, action: 'taken over' });
  const mine = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname() };
  // A write inside the transaction keeps SQLite's lock at EXCLUSIVE level, not only RESERVED.
  db.prepare('INSERT INTO run_lock VALUES (?, ?)').run(mine.pid, mine.startedAt);
  writeFileSync(file, JSON.stringify(mine));
  let released = false;
  return () => {
    if (released) return;
    released = true;
    rmSync(file, { force: true });
    try {
      db.exec('ROLLBACK');
    } finally {
      db.close();
    }
  };
}

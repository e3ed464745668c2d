// Reading one local file for `extract` and local sources, within budget: only regular files (a FIFO, socket
// or device would block or never end), size judged by fstat before a byte is read, then read in chunks up
// to that size. The result is the bytes or the error the input's record gets.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { DocumentError } from './schema/record.js';

/** On failure, `errno` is the system's code (ENOENT, EACCES…) when there was one. */
export type FileRead = { ok: true; bytes: Buffer } | { ok: false; error: DocumentError; errno?: string };

const CHUNK = 1024 * 1024;

const tooLarge = (path: string, size: number, maxBytes: number): FileRead => ({
  ok: false,
  error: { code: 'too_large', message: `${path} is ${size} bytes, over the ${maxBytes}-byte budget (budgets.documentBytes); not read.` },
});

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

const failed = (errno: string | undefined, err: unknown): FileRead => ({
  ok: false,
  errno,
  error: { code: 'unreadable', message: `The file could not be read (${errno ?? (err as Error).message}).` },
});

export async function readFileWithin(path: string, maxBytes: number): Promise<FileRead> {
  // stat before open: opening a device can itself do something (a tape rewinds, a watchdog arms).
  let before: Stats;
  try {
    before = await stat(path);
  } catch (err) {
    return failed((err as NodeJS.ErrnoException).code, err);
  }
  if (!before.isFile()) return { ok: false, error: { code: 'unreadable', message: `${path} is ${kindOf(before)}, not a regular file; not read.` } };
  if (before.size > maxBytes) return tooLarge(path, before.size, maxBytes);
  let handle;
  try {
    // O_NONBLOCK: should the name have become a FIFO since the stat, opening it must not wait for a writer.
    // fstat on the open handle then checks what we actually opened.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A socket cannot be opened at all (ENXIO); say what it is.
    if (code === 'ENXIO') return { ok: false, error: { code: 'unreadable', message: `${path} is a socket or device, not a regular file; not read.` } };
    return failed(code, err);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return { ok: false, error: { code: 'unreadable', message: `${path} is ${kindOf(st)}, not a regular file; not read.` } };
    if (st.size > maxBytes) return tooLarge(path, st.size, maxBytes);
    const bytes = Buffer.allocUnsafe(st.size);
    let filled = 0;
    while (filled < st.size) {
      const { bytesRead } = await handle.read(bytes, filled, Math.min(CHUNK, st.size - filled), filled);
      if (bytesRead === 0) break; // shrank while we read: keep what is there
      filled += bytesRead;
    }
    return { ok: true, bytes: filled === st.size ? bytes : bytes.subarray(0, filled) };
  } catch (err) {
    return failed((err as NodeJS.ErrnoException).code, err);
  } finally {
    await handle.close();
  }
}

// Only regular files within the size budget are read: a FIFO, a socket or a device is `unreadable` at once
// (nothing blocks waiting for a writer), a 1 GiB file is `too_large` without a byte of it read.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileWithin } from '../../src/document-file.js';
import { DEFAULT_BUDGETS } from '../../src/config/schema.js';
import { DocumentRecord } from '../../src/schema/record.js';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
let socketServer: net.Server;
const GIB = 1024 * 1024 * 1024;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'directions-files-'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  // Sparse: the size says 1 GiB, the disk holds nothing, and a reader that read it all would need 1 GiB.
  writeFileSync(path.join(dir, 'huge.txt'), '');
  truncateSync(path.join(dir, 'huge.txt'), GIB);
  writeFileSync(path.join(dir, 'ok.txt'), 'Ordinary text.');
  socketServer = net.createServer();
  await new Promise<void>((resolve) => socketServer.listen(path.join(dir, 'sock'), resolve));
});

afterAll(async () => {
  await new Promise((resolve) => socketServer.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('reading local files', () => {
  it('a FIFO is unreadable, at once', async () => {
    const file = path.join(dir, 'pipe.txt');
    expect(await readFileWithin(file, DEFAULT_BUDGETS.documentBytes)).toEqual({
      ok: false,
      error: { code: 'unreadable', message: `${file} is a named pipe (FIFO), not a regular file; not read.` },
    });
  });

  it('a socket and a device are unreadable', async () => {
    const sock = path.join(dir, 'sock');
    expect(await readFileWithin(sock, 1000)).toEqual({
      ok: false,
      error: { code: 'unreadable', message: `${sock} is a socket, not a regular file; not read.` },
    });
    expect(await readFileWithin('/dev/zero', 1000)).toEqual({
      ok: false,
      error: { code: 'unreadable', message: '/dev/zero is a device, not a regular file; not read.' },
    });
  });

  it('a 1 GiB sparse file is too_large, judged by its size, unread', async () => {
    const file = path.join(dir, 'huge.txt');
    const before = process.memoryUsage().arrayBuffers;
    expect(await readFileWithin(file, DEFAULT_BUDGETS.documentBytes)).toEqual({
      ok: false,
      error: { code: 'too_large', message: `${file} is ${GIB} bytes, over the ${50 * 1024 * 1024}-byte budget (budgets.documentBytes); not read.` },
    });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(GIB / 4);
  });

  it('a regular file within budget is read whole', async () => {
    expect(await readFileWithin(path.join(dir, 'ok.txt'), 100)).toEqual({ ok: true, bytes: Buffer.from('Ordinary text.') });
  });

  it('directions extract gives each its record and exits 1', () => {
    const inputs = ['pipe.txt', 'sock', 'huge.txt', 'ok.txt'].map((f) => path.join(dir, f));
    const r = spawnSync(path.join(root, 'bin/directions.mjs'), ['extract', ...inputs, '/dev/null'], { cwd: root, encoding: 'utf8' });
    const records = r.stdout.split('\n').filter(Boolean).map((l) => DocumentRecord.parse(JSON.parse(l)));
    expect(r.status).toBe(1);
    expect(records.map((x) => x.error?.code ?? x.status)).toEqual(['unreadable', 'unreadable', 'too_large', 'ok', 'unreadable']);
  });
});

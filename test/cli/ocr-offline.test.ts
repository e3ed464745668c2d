// OCR needs no network: `directions extract` reads a scan inside a network namespace with no interfaces
// but loopback (unshare -n), so a download of the model or the engine would fail the command.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DocumentRecord } from '../../src/schema/record.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/directions.mjs');
const scan = 'samples/scanned/Wirral_Council_direction_May_2025_scan.pdf';
/** Root (CI, the dev machines) can make a network namespace; elsewhere this test cannot run. */
const canIsolate = spawnSync('unshare', ['-n', 'true']).status === 0;

it.skipIf(!canIsolate)('a scan is read by OCR with no network at all', { timeout: 120_000 }, () => {
  const r = spawnSync('unshare', ['-n', bin, 'extract', scan], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const record = DocumentRecord.parse(JSON.parse(r.stdout));
  expect(record.status).toBe('ok');
  expect(record.source.ocr?.pages).toBe(1);
  expect(record.interventions.map((i) => [i.council.name, i.instrument, i.issuedOn])).toEqual([['Wirral', 'direction', '2025-05-20']]);
});

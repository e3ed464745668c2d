// The nightly job OCRs a scan once: a stored OCR text is reused while the bytes and the OCR engine are the
// same, and made again when the engine changes. Real store, real OCR (one page), a local source.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { OCR_ENGINE } from '../../src/parse/ocr.js';
import type { DocumentRecord } from '../../src/schema/record.js';
import { DATABASE_FILE } from '../../src/store/store.js';
import { query, run, tempDir } from './helpers.js';

const SCAN = join(import.meta.dirname, '..', '..', 'samples', 'scanned', 'Wirral_Council_direction_May_2025_scan.pdf');
const tmp = tempDir('ocr-reuse');
afterAll(() => tmp.cleanup());

const records = (data: string) => query<{ record: string }>(data, 'SELECT record FROM extractions').map((r) => JSON.parse(r.record) as DocumentRecord);

it('OCRs a new scan, reuses its OCR text on re-extraction, and OCRs again when the engine changes', { timeout: 240_000 }, async () => {
  const archive = join(tmp.dir, 'archive');
  const data = join(tmp.dir, 'data');
  mkdirSync(archive);
  copyFileSync(SCAN, join(archive, 'scan.pdf'));
  const config = parseConfig({
    userAgent: 'directions-test/0.1 (+mailto:test@example.org)',
    dataDir: data,
    allowedHosts: ['example.org'],
    sources: [{ type: 'local', path: archive }],
  });

  const first = await run(config, data);
  expect(first.counts).toMatchObject({ new: 1, failed: 0, ocr: { read: 1, reused: 0, pages: 1 } });
  const [record] = records(data);
  expect(record.status).toBe('ok');
  expect(record.source.ocr).toEqual({ pages: 1, meanConfidence: expect.any(Number) });
  expect(record.interventions.map((i) => [i.council.name, i.instrument, i.issuedOn])).toEqual([['Wirral', 'direction', '2025-05-20']]);
  expect(query(data, 'SELECT engine, pages FROM ocr_texts')).toEqual([{ engine: OCR_ENGINE, pages: 1 }]);
  expect(first.log.events.filter((e) => e.event === 'ocr')).toEqual([
    { event: 'ocr', url: expect.stringMatching(/scan\.pdf$/), reused: false, pages: 1, seconds: expect.any(Number) },
  ]);

  // Same bytes, same extractor: nothing is read at all.
  const second = await run(config, data);
  expect(second.counts).toMatchObject({ unchanged: 1, ocr: { read: 0, reused: 0, pages: 0 } });

  // Re-extraction (as after an extractor change) takes the stored OCR text: no OCR, the same record.
  const offline = await run(config, data, true);
  expect(offline.counts).toMatchObject({ reextracted: 1, ocr: { read: 0, reused: 1, pages: 0 } });
  // (--offline reads stored bodies, so the record has no local path: that is older behaviour, not OCR's)
  expect(records(data)).toEqual([{ ...record, source: { ...record.source, path: undefined } }]);

  // An OCR text made by another engine version is not used: the scan is read again.
  const db = new Database(join(data, DATABASE_FILE));
  db.prepare("UPDATE ocr_texts SET engine = 'tesseract.js@0.0.0'").run();
  db.close();
  const again = await run(config, data, true);
  expect(again.counts).toMatchObject({ reextracted: 1, ocr: { read: 1, reused: 0, pages: 1 } });
  expect(query(data, 'SELECT engine FROM ocr_texts ORDER BY engine')).toEqual([{ engine: 'tesseract.js@0.0.0' }, { engine: OCR_ENGINE }]);
});

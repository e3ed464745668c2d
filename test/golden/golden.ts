// The golden set: every document in samples/gold.jsonl read with its real URL. update-golden writes the
// records to test/golden/expected/, and golden.test.ts compares whole records against them, so any change in
// extraction output shows up as a reviewable diff.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../../src/document.js';
import { GoldLine } from '../../src/eval/gold.js';
import type { DocumentRecord } from '../../src/schema/record.js';

export const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
export const EXPECTED = path.resolve(import.meta.dirname, 'expected');

export function goldLines(): GoldLine[] {
  return readFileSync(path.join(SAMPLES, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => GoldLine.parse(JSON.parse(l)));
}

export function expectedFile(gold: GoldLine): string {
  return path.join(EXPECTED, `${gold.file.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`);
}

export function readGolden(gold: GoldLine): Promise<DocumentRecord> {
  return readDocument({
    bytes: readFileSync(path.join(SAMPLES, gold.file)),
    uri: gold.url ?? `file:///samples/${gold.file}`,
    path: gold.file,
    contentType: gold.content_type ?? null,
  });
}

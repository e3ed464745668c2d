// The scanned samples (scripts/make-scanned-samples.ts) read by real OCR (tesseract.js, the npm model) give
// the interventions of their text versions; evidence offsets point into the OCR text. Four pages in all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document.js';
import { OcrService, readWithOcr } from '../../src/ocr-step.js';
import { DEFAULT_BUDGETS } from '../../src/config/schema.js';
import { OCR_MIN_CONFIDENCE } from '../../src/parse/pdf.js';
import type { DocumentRecord } from '../../src/schema/record.js';
import { interventionFacts, type InterventionFacts } from './scanned-facts.js';

const SAMPLES = join(import.meta.dirname, '..', '..', 'samples');
const expected = JSON.parse(readFileSync(join(SAMPLES, 'scanned', 'expected.json'), 'utf8')) as {
  scan: string;
  textVersion: string;
  pages: number;
  interventions: InterventionFacts[];
}[];

const ocr = new OcrService(DEFAULT_BUDGETS);
afterAll(() => ocr.close());

async function read(path: string): Promise<DocumentRecord> {
  const input = { bytes: readFileSync(path), uri: `file:///samples/${path.slice(SAMPLES.length + 1)}` };
  return readWithOcr(input, (text) => readDocument(input, { withText: true, ...(text ? { ocr: text } : {}) }), ocr);
}

/** Every evidence object in a record, wherever it sits. */
function evidence(record: DocumentRecord): { quote: string; start: number; end: number }[] {
  return record.interventions.flatMap((i) => [
    i.evidence,
    ...i.partners.map((p) => p.evidence),
    ...i.people.map((p) => p.evidence),
    ...i.deadlines.map((d) => d.evidence),
    ...i.reviewCadences.map((c) => c.evidence),
    ...i.durations.map((d) => d.evidence),
  ]);
}

describe('scanned samples through OCR', () => {
  it.each(expected)('$scan gives the interventions of its text version', { timeout: 120_000 }, async ({ scan, textVersion, pages, interventions }) => {
    const scanned = await read(join(SAMPLES, 'scanned', scan));
    expect(scanned.status).toBe('ok');
    expect(scanned.source.ocr?.pages).toBe(pages);
    expect(scanned.source.ocr!.meanConfidence).toBeGreaterThanOrEqual(OCR_MIN_CONFIDENCE);
    const text = await readDocument({ bytes: readFileSync(join(SAMPLES, textVersion)), uri: `file:///samples/${textVersion}` });
    expect(text.source.ocr).toBeUndefined();
    expect(interventionFacts(scanned)).toEqual(interventions);
    expect(interventionFacts(text)).toEqual(interventions);
    for (const e of evidence(scanned)) expect(scanned.text!.slice(e.start, e.end)).toBe(e.quote);
    // The running header and the "Page N of M" footer of the text version are gone from the OCR text too.
    expect(scanned.text).not.toMatch(/^Page \d+ of \d+$/m);
  });

  it('the one engine was started once and read every page', () => {
    expect(ocr.counts).toEqual({ read: expected.length, reused: 0, pages: expected.reduce((n, e) => n + e.pages, 0) });
  });
});

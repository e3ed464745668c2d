// The scorer's reading of labels that predate a capability: a scan labelled "report a scanned document".
import { describe, expect, it } from 'vitest';
import { scoreRecord } from '../../src/eval/score.js';
import { GoldLine } from '../../src/eval/gold.js';
import type { DocumentRecord } from '../../src/schema/record.js';

const gold = GoldLine.parse({ file: 'docs/letter_scan.pdf', kind: 'broken', published: null, expect_error: 'scanned', events: [] });
const source = { uri: 'file:///docs/letter_scan.pdf', contentType: 'application/pdf', sha256: 'a'.repeat(64), kind: 'instrument_pdf', title: null, publishedAt: null } as const;
const intervention = { council: { name: 'Bury', gss: 'E08000002' } } as unknown as DocumentRecord['interventions'][number];

describe('scoring a scan labelled for a reader without OCR', () => {
  it('counts a record that read it by OCR as reporting the scan, and does not score what OCR found', () => {
    const record = { source: { ...source, ocr: { pages: 1, meanConfidence: 91 } }, status: 'ok', error: null, interventions: [intervention], links: [] } as DocumentRecord;
    const score = scoreRecord(gold, record);
    expect(score.accuracies.error).toEqual({ right: 1, total: 1 });
    expect(score.fields.councils).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('still counts interventions read from a scan without OCR as false positives', () => {
    const record = { source, status: 'ok', error: null, interventions: [intervention], links: [] } as unknown as DocumentRecord;
    const score = scoreRecord(gold, record);
    expect(score.accuracies.error).toEqual({ right: 0, total: 1 });
    expect(score.fields.councils).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

// `updated` tells journalists what changed: it must move when a record's content changes, even without a new
// source version (better extractors re-run offline), and stay put when nothing changed.
import { describe, expect, it } from 'vitest';
import { markContentChanges } from '../../src/export/index.js';
import { mergeRecords } from '../../src/merge/index.js';
import { doc, item, LEEDS } from './records.js';

const NOW = '2026-11-22T03:00:00.000Z';
const seen = { firstSeen: '2018-01-25T10:00:00.000Z', changed: '2018-01-25T10:00:00.000Z' };
const leeds = [{ council: LEEDS, role: 'strategic partner', evidence: { quote: 'Leeds', start: 0, end: 5 } }];
// One stored document, extracted once without the partner and once (better extractors) with it.
const pdf = doc('https://assets.example/kirklees.pdf', 'instrument_pdf', [item()], seen);
const withPartner = { ...pdf, record: { ...pdf.record, interventions: [item({ partners: leeds })] } };
const merge = (partners: boolean) => mergeRecords([partners ? withPartner : pdf]).interventions;

describe('updated', () => {
  it('keeps the previous time when the record is unchanged', () => {
    const before = merge(true);
    before[0].updated = '2020-01-01T00:00:00.000Z';
    const after = merge(true);
    markContentChanges(after, new Map(before.map((r) => [r.id, r])), NOW);
    expect(after[0].updated).toBe('2020-01-01T00:00:00.000Z');
  });

  it('moves to now when the content changed but no source version did', () => {
    const before = merge(false);
    const after = merge(true);
    markContentChanges(after, new Map(before.map((r) => [r.id, r])), NOW);
    expect([before[0].updated, after[0].updated]).toEqual(['2018-01-25T10:00:00.000Z', NOW]);
  });

  it('leaves a new record with the time its sources arrived', () => {
    const after = merge(true);
    markContentChanges(after, new Map(), NOW);
    expect(after[0].updated).toBe('2018-01-25T10:00:00.000Z');
  });
});

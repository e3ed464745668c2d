// Dates in records are real calendar dates at the precision given (YYYY, YYYY-MM, YYYY-MM-DD).
import { describe, expect, it } from 'vitest';
import { DocumentRecord, IsoDate, isRealIsoDate } from '../../src/schema/record.js';

describe('IsoDate', () => {
  it('accepts real dates at each precision, leap days in leap years only', () => {
    expect(['2019', '2019-02', '2019-02-28', '2020-02-29', '2000-02-29', '2024-12-31', '2024-04-30'].map((d) => IsoDate.safeParse(d).success)).toEqual([
      true, true, true, true, true, true, true,
    ]);
  });

  it('rejects impossible dates and other shapes', () => {
    const bad = ['2019-02-30', '2024-03-45', '2019-02-29', '1900-02-29', '2024-04-31', '2024-13', '2024-00', '2024-01-00', '2024-1-1', '24-01-01', '2024-01-01T00:00'];
    expect(bad.filter((d) => IsoDate.safeParse(d).success)).toEqual([]);
    expect(bad.filter(isRealIsoDate)).toEqual([]);
  });

  it('a record carrying 2019-02-30 is not valid, with the message naming the rule', () => {
    const record = {
      source: { uri: 'file:///x', contentType: 'text/plain', sha256: '0'.repeat(64), kind: 'news', title: null, publishedAt: '2019-02-30' },
      status: 'ok',
      error: null,
      interventions: [],
      links: [],
    };
    const result = DocumentRecord.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['source.publishedAt', 'a real calendar date (no 2019-02-30, no month 13)'],
    ]);
  });
});

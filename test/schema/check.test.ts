// compileCheck: the plain predicate read from a zod schema says yes exactly where zod does, for every kind of
// schema and refinement the record uses, and hands kinds it does not know to zod.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileCheck } from '../../src/schema/check.js';
import { DocumentRecord, Evidence, IsoDate, Period } from '../../src/schema/record.js';

const evidence = { quote: 'a', start: 0, end: 1 };
const intervention = {
  council: { name: 'Kirklees', gss: 'E08000034' },
  instrument: 'direction',
  service: "children's social care",
  issuedOn: '2024-02-29',
  legalBasis: [],
  partners: [{ council: { name: 'Leeds', gss: null }, role: 'partner', evidence }],
  people: [],
  deadlines: [{ text: 'by March', due: '2024-03', action: null, evidence }],
  reviewCadences: [{ text: 'quarterly', every: 'P3M', activity: null, firstDue: null, evidence }],
  durations: [{ text: 'two years', length: 'P2Y', qualifier: 'at least', of: null, evidence }],
  ofsted: { rating: 'inadequate', publishedOn: '2023' },
  evidence,
};
const record = {
  source: { uri: 'https://example.org/a', contentType: 'text/plain', sha256: 'a'.repeat(64), kind: 'news', title: null, publishedAt: null },
  status: 'ok',
  error: null,
  interventions: [intervention],
  links: [],
};
const withIntervention = (patch: object) => ({ ...record, interventions: [{ ...intervention, ...patch }] });

const cases: Array<[string, z.ZodType, unknown, boolean]> = [
  ['a full date', IsoDate, '2024-02-29', true],
  ['a month', IsoDate, '2024-12', true],
  ['a year', IsoDate, '2024', true],
  ['a day the month lacks (the refinement)', IsoDate, '2019-02-29', false],
  ['month 13 (the refinement)', IsoDate, '2024-13', false],
  ['not the pattern', IsoDate, '2024-1-1', false],
  ['a number for a date', IsoDate, 2024, false],
  ['a period', Period, 'P6M', true],
  ['open-ended', Period, 'open-ended', true],
  ['not a period', Period, 'six months', false],
  ['evidence', Evidence, evidence, true],
  ['a negative offset', Evidence, { ...evidence, start: -1 }, false],
  ['a fractional offset', Evidence, { ...evidence, end: 1.5 }, false],
  ['an infinite offset', Evidence, { ...evidence, end: Infinity }, false],
  ['a missing quote', Evidence, { start: 0, end: 1 }, false],
  ['an array for an object', Evidence, [evidence], false],
  ['null for an object', Evidence, null, false],
  ['a record', DocumentRecord, record, true],
  ['a record with a key the schema does not name', DocumentRecord, { ...record, extra: 1 }, true],
  ['an impossible issue date', DocumentRecord, withIntervention({ issuedOn: '2019-02-30' }), false],
  ['an unknown instrument kind', DocumentRecord, withIntervention({ instrument: 'decree' }), false],
  ['a bad GSS code', DocumentRecord, withIntervention({ council: { name: 'Kirklees', gss: 'X1' } }), false],
  ['a bad cadence period', DocumentRecord, withIntervention({ reviewCadences: [{ ...intervention.reviewCadences[0], every: 'monthly' }] }), false],
  ['an unknown qualifier', DocumentRecord, withIntervention({ durations: [{ ...intervention.durations[0], qualifier: 'about' }] }), false],
  ['a bad Ofsted date', DocumentRecord, withIntervention({ ofsted: { rating: null, publishedOn: '2023-00' } }), false],
  ['a bad hash', DocumentRecord, { ...record, source: { ...record.source, sha256: 'xyz' } }, false],
  ['an OCR confidence over 100', DocumentRecord, { ...record, source: { ...record.source, ocr: { pages: 1, meanConfidence: 101 } } }, false],
  ['no interventions field', DocumentRecord, { ...record, interventions: undefined }, false],
  ['a link that is not a string', DocumentRecord, { ...record, links: [1] }, false],
  // A refinement kind compileCheck does not read is left to zod.
  ['a length check, passed', z.string().min(3), 'abc', true],
  ['a length check, failed', z.string().min(3), 'ab', false],
];

describe('compileCheck', () => {
  it.each(cases)('%s', (_, schema, value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid);
    expect(compileCheck(schema)(value)).toBe(valid);
  });
});

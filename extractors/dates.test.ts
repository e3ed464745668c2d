import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addPeriod, endOfMonth } from './dates.js';

// anchor, months → date: the day is clamped to the month's end
const MONTHS: Array<[string, number, string]> = [
  ['2024-01-31', 1, '2024-02-29'],
  ['2023-01-31', 1, '2023-02-28'],
  ['2024-08-31', 3, '2024-11-30'],
  ['2024-11-15', 3, '2025-02-15'],
  ['2024-05-20', -6, '2023-11-20'],
  ['2024-05', 2, '2024-07-01'],
];

describe('calendar arithmetic', () => {
  it.each(MONTHS)('%s + %i months → %s', (anchor, months, expected) => {
    expect(addMonths(anchor, months)).toBe(expected);
  });

  it('adds days across month ends, leap days and the clocks changing', () => {
    expect([addDays('2024-02-28', 1), addDays('2024-03-30', 1), addDays('2024-10-26', 2), addDays('2025-01-01', -1)]).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-10-28',
      '2024-12-31',
    ]);
  });

  it('adds periods in their units and finds a month’s last day', () => {
    expect([addPeriod('2024-01-10', 2, 'week'), addPeriod('2020-02-29', 1, 'year'), endOfMonth(2024, 1), endOfMonth(2023, 11)]).toEqual([
      '2024-01-24',
      '2021-02-28',
      '2024-02-29',
      '2023-12-31',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findCadences } from './cadences.js';
import { splitSentences } from './text.js';

const TABLE: Array<[string, string, string]> = [
  ['The advisers hold periodic six-monthly reviews of practice.', 'periodic six-monthly reviews', 'P6M'],
  ['Advisers carry out six monthly reviews of services.', 'six monthly reviews', 'P6M'],
  ['The chair reports on a quarterly basis.', 'on a quarterly basis', 'P3M'],
  ['The council reports to the board at least monthly.', 'at least monthly', 'P1M'],
  ['The commissioner assesses progress at least every six months.', 'at least every six months', 'P6M'],
  ['Progress is reviewed twice a year.', 'twice a year', 'P6M'],
  ['The council sends monthly data returns.', 'monthly data returns', 'P1M'],
  ['There will be an annual review of the arrangements.', 'annual review', 'P1Y'],
  ['Officials hold quarterly monitoring meetings with the council.', 'quarterly monitoring meetings', 'P3M'],
  ['Reviews happen every three months.', 'every three months', 'P3M'],
  ['He will meet the director on a fortnightly basis.', 'on a fortnightly basis', 'P2W'],
  ['Progress will be reviewed at six-month intervals.', 'at six-month intervals', 'P6M'],
  ['The adviser reports at intervals of no more than three months.', 'at intervals of no more than three months', 'P3M'],
  ['The board meets every six weeks.', 'every six weeks', 'P6W'],
  ['The adviser reports bi-monthly to ministers.', 'bi-monthly', 'P2M'],
  ['Progress is checked on a termly basis.', 'on a termly basis', 'P4M'],
  ['There will be six-weekly meetings with officials.', 'six-weekly meetings', 'P6W'],
];

describe('findCadences', () => {
  it.each(TABLE)('%s', (sentenceText, text, every) => {
    const [s] = splitSentences(sentenceText);
    const found = findCadences(s);
    expect(found.map((c) => [c.text, c.every])).toEqual([[text, every]]);
    expect(sentenceText.slice(found[0].start, found[0].end)).toBe(text);
  });

  it('ignores overdue annual reviews of EHC plans', () => {
    const [s] = splitSentences('Late annual reviews of EHC plans must be finished first.');
    expect(findCadences(s)).toEqual([]);
  });
});

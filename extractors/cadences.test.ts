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
  ['Senior councillors are to see the commissioner at least once every two months.', 'at least once every two months', 'P2M'],
  ['An outside team sends ministers a progress note monthly.', 'monthly', 'P1M'],
  ['Officials paid quarterly monitoring visits to the borough.', 'quarterly monitoring visits', 'P3M'],
  ['Its improvement board is required to sit at least every four weeks.', 'at least every four weeks', 'P4W'],
];

describe('findCadences', () => {
  it.each(TABLE)('%s', (sentenceText, text, every) => {
    const [s] = splitSentences(sentenceText);
    const found = findCadences(s);
    expect(found.map((c) => [c.text, c.every])).toEqual([[text, every]]);
    expect(sentenceText.slice(found[0].start, found[0].end)).toBe(text);
  });

  it.each([
    ['the inspectorate\'s visits', 'Ofsted carries out quarterly monitoring visits to weak councils.'],
    ['the inspectorate\'s data releases', 'Inspection outcomes come out from Ofsted on a monthly basis.'],
    ['a subscription offer', 'Subscribers also receive a weekly copy of the paper by post.'],
    ['the council reviewing itself', 'Figures are checked monthly by the council.'],
    ['a group reporting to the partnership\'s own board', 'Task groups send updates every eight weeks to the local partnership board.'],
    ['a statutory cycle for care plans', 'Care plans under the EHC system need a fresh look at least every 12 months.'],
    ['a council page on its own board', 'Our steering group gathers every six weeks.'],
  ])('ignores %s', (_label, sentenceText) => {
    const [s] = splitSentences(sentenceText);
    expect(findCadences(s)).toEqual([]);
  });

  it('keeps the DfE\'s cadence beside the council\'s own', () => {
    const [s] = splitSentences('Figures are looked at monthly by the council, and every quarter by officials from the DfE.');
    expect(findCadences(s).map((c) => [c.text, c.every])).toEqual([['every quarter', 'P3M']]);
  });

  it('keeps a cadence the instrument imposes on a council page', () => {
    const [s] = splitSentences('Under the direction we must report to the commissioner every month.');
    expect(findCadences(s).map((c) => [c.text, c.every])).toEqual([['every month', 'P1M']]);
  });

  it('ignores overdue annual reviews of EHC plans', () => {
    const [s] = splitSentences('Late annual reviews of EHC plans must be finished first.');
    expect(findCadences(s)).toEqual([]);
  });
});

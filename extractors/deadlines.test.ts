import { describe, expect, it } from 'vitest';
import { findDeadlines } from './deadlines.js';
import { splitSentences } from './text.js';

// phrase in context → [deadline text, due], resolved against the anchor
const TABLE: Array<[string, string | null, string, string | null]> = [
  ['A plan is to be agreed, within three months of the date of this Direction, with the adviser.', '2015-07-20', 'within three months of the date of this Direction', '2015-10-20'],
  ['A first assessment goes to ministers by 30 November 2015.', '2015-07-20', 'by 30 November 2015', '2015-11-30'],
  ['A plan must be sent by 30 September.', '2018-10-02', 'by 30 September', '2019-09-30'],
  ['A board is to be formed within six weeks of the date of this notice.', '2023-12-12', 'within six weeks of the date of this notice', '2024-01-23'],
  ['The commissioner must report by the end of March 2025.', '2024-10-17', 'by the end of March 2025', '2025-03-31'],
  ['Halton has until 31 January 2025 to send its plan.', '2024-10-17', 'has until 31 January 2025', '2025-01-31'],
  ['A plan is needed no later than the end of the financial year.', '2024-05-01', 'no later than the end of the financial year', '2025-03-31'],
  ['Updates go to ministers each quarter, the first report being due by the end of the year.', '2017-09-01', 'the first report being due by the end of the year', '2017-12-31'],
  ['Reviews happen twice yearly, the first review to be sent in March 2018.', '2017-09-01', 'the first review to be sent in March 2018', '2018-03'],
  ['It must agree a partnership within three months.', null, 'within three months', null],
  ['Mr Ampofo will report back to ministers by Christmas.', '2025-10-07', 'by Christmas', '2025-12-25'],
  ['A new plan must be sent by next March.', '2025-11-19', 'by next March', '2026-03-31'],
  ['The review must finish before the end of the year.', '2025-11-19', 'before the end of the year', '2025-12-31'],
  ['The council must report back by the autumn.', '2025-03-01', 'by the autumn', null],
  ['It must set up a board within a fortnight.', '2025-11-17', 'within a fortnight', '2025-12-01'],
  ['West Berkshire must submit its plan by the end of next month.', '2025-11-20', 'by the end of next month', '2025-12-31'],
  ['It must report by the end of next month.', '2025-12-10', 'by the end of next month', '2026-01-31'],
  ['New teams must be in place by the end of the school year.', '2020-02-11', 'by the end of the school year', '2020-07-31'],
  ['A plan must be agreed in the next three months.', '2025-03-14', 'in the next three months', '2025-06-14'],
  ['Waiting lists must be cleared by mid-2026.', '2025-03-14', 'by mid-2026', null],
];

describe('findDeadlines', () => {
  it.each(TABLE)('%s', (sentenceText, anchor, text, due) => {
    const [s] = splitSentences(sentenceText);
    const found = findDeadlines(s, anchor);
    expect(found.map((d) => [d.text, d.due])).toEqual([[text, due]]);
    expect(sentenceText.slice(found[0].start, found[0].end)).toBe(text);
  });

  it('does not take standing time limits for the instrument\'s deadlines', () => {
    const [s] = splitSentences('Issue at least 60% of new EHC plans within 20 weeks.');
    expect(findDeadlines(s, '2025-04-07')).toEqual([]);
  });

  it('does not read "until it is revoked" as a deadline', () => {
    const [s] = splitSentences('The notice stays in place until it is revoked.');
    expect(findDeadlines(s, '2020-01-01')).toEqual([]);
  });
});

describe('impossible dates', () => {
  it('gives no due date for a day its month does not have', () => {
    for (const text of ['The plan is due by 45 March 2024.', 'The plan is due by 30 February 2023.', 'The plan is due by 31 April.']) {
      const found = findDeadlines(splitSentences(text)[0], '2023-01-10');
      expect(found.map((d) => d.due)).toEqual([null]);
    }
  });
});

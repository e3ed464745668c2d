import { describe, expect, it } from 'vitest';
import { findDeadlines } from './deadlines.js';
import { splitSentences } from './text.js';

// phrase in context → [deadline text, due], resolved against the anchor
const TABLE: Array<[string, string | null, string, string | null]> = [
  ['A plan is to be agreed, within three months of the date of this Direction, with the adviser.', '2015-07-20', 'within three months of the date of this Direction', '2015-10-20'],
  ['A first assessment goes to ministers by 30 November 2015.', '2015-07-20', 'by 30 November 2015', '2015-11-30'],
  ['A plan must be sent by 30 September.', '2018-10-02', 'by 30 September', '2019-09-30'],
  ['A board is to be formed within six weeks of the date of this notice.', '2023-12-12', 'within six weeks of the date of this notice', '2024-01-23'],
  ['The commissioner must report by the end of March 2025.', '2024-10-17', 'by the end of March 2025', '2025-03'],
  ['Halton has until 31 January 2025 to send its plan.', '2024-10-17', 'has until 31 January 2025', '2025-01-31'],
  ['A plan is needed no later than the end of the financial year.', '2024-05-01', 'no later than the end of the financial year', '2025-03-31'],
  ['Updates go to ministers each quarter, the first report being due by the end of the year.', '2017-09-01', 'the first report being due by the end of the year', '2017-12-31'],
  ['Reviews happen twice yearly, the first review to be sent in March 2018.', '2017-09-01', 'the first review to be sent in March 2018', '2018-03'],
  ['It must agree a partnership within three months.', null, 'within three months', null],
  ['Mr Ampofo will report back to ministers by Christmas.', '2025-10-07', 'by Christmas', '2025-12-25'],
  ['A new plan must be sent by next March.', '2025-11-19', 'by next March', '2026-03'],
  ['The review must finish before the end of the year.', '2025-11-19', 'before the end of the year', '2025-12-31'],
  ['The council must report back by the autumn.', '2025-03-01', 'by the autumn', '2025'],
  ['The council must report back by the autumn.', '2025-10-20', 'by the autumn', '2025'],
  ['The council must report back by the spring.', '2025-10-20', 'by the spring', '2026'],
  ['It must set up a board within a fortnight.', '2025-11-17', 'within a fortnight', '2025-12-01'],
  ['West Berkshire must submit its plan by the end of next month.', '2025-11-20', 'by the end of next month', '2025-12-31'],
  ['It must report by the end of next month.', '2025-12-10', 'by the end of next month', '2026-01-31'],
  ['New teams must be in place by the end of the school year.', '2020-02-11', 'by the end of the school year', '2020-07-31'],
  ['A plan must be agreed in the next three months.', '2025-03-14', 'in the next three months', '2025-06-14'],
  ['Waiting lists must be cleared by mid-2026.', '2025-03-14', 'by mid-2026', '2026'],
  // month precision where the text gives only a month
  ['Ministers want the new strategy out by July 2024.', null, 'by July 2024', '2024-07'],
  ['The trust has until October 2019 to put its plan into effect.', '2018-11-02', 'has until October 2019', '2019-10'],
  ['The reviewer will report back to ministers in June.', '2021-02-10', 'report back to ministers in June', '2021-06'],
  ['The adviser will report back to ministers in June.', null, 'report back to ministers in June', null],
  ['She will set out her findings at the end of April.', '2019-01-15', 'at the end of April', '2019-04'],
  ['The DfE set a deadline of September 2023 for the changes.', '2022-11-30', 'a deadline of September 2023', '2023-09'],
  ['The notice sets a deadline for completion of May 2021.', '2020-06-01', 'a deadline for completion of May 2021', '2021-05'],
  // scheduled dates; a plan that was due reads backwards from the anchor
  ['The new company is due to begin trading on 1 April 2016.', '2015-09-09', 'due to begin trading on 1 April 2016', '2016-04-01'],
  ['Talks with unions were due to start on 5 January.', '2020-02-20', 'due to start on 5 January', '2020-01-05'],
  ['The agreement earmarked 14 November for a final decision, which should have been taken by then.', '2021-01-10', 'earmarked 14 November', '2020-11-14'],
  ['The planned go-live date remains 1 June 2022.', '2022-01-05', 'remains 1 June 2022', '2022-06-01'],
  ['The board will take over services from 1 July 2019.', '2019-03-01', 'from 1 July 2019', '2019-07-01'],
  // given time to act
  ['Councillors were given until the end of May to choose a partner.', null, 'until the end of May', null],
  // relative, with no anchor or with one
  ['Officials will hold a review after nine months.', null, 'a review after nine months', null],
  ['Officials will hold a review after nine months.', '2020-01-31', 'a review after nine months', '2020-10-31'],
  ['The commissioner must advise the minister within the first two months.', '2024-03-01', 'within the first two months', '2024-05-01'],
  ['A plan has to be settled within one month.', null, 'within one month', null],
  // seasons and bare years
  ['A second report will follow in the summer.', '2016-02-10', 'in the summer', '2016'],
  ['Its action plan should appear in late autumn this year.', '2023-04-04', 'in late autumn this year', '2023'],
  ["Ministers will look again at the council's capacity during 2027.", '2027-02-01', 'during 2027', '2027'],
  ['Services are to pass to a trust ahead of a county-wide reorganisation in 2029.', '2027-06-01', 'in 2029', '2029'],
  ['A first update is due shortly.', '2015-05-05', 'due shortly', null],
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

  it.each([
    ['A span of office', 'She was in post from March 2014 until June 2016.', '2020-01-01'],
    ['a board timetable with "until"', 'The group meets monthly until December 2024, then every two months.', '2024-02-01'],
    ['a report named, not made', 'An Ofsted report in March found serious weaknesses.', '2022-06-01'],
    ['a bare past year', 'The council was rated inadequate in 2019.', '2021-06-01'],
    ['a past season', 'In the summer inspectors found that little had changed.', '2020-11-01'],
    ['a hedged date', 'A direction could be issued within the next ten days.', '2020-11-01'],
    ['the inspectorate\'s timetable', 'Ofsted will return within 18 months to inspect again.', '2020-11-01'],
    ['a visit the inspectorate had planned', 'The council was due to have a monitoring visit in May 2020.', '2020-01-10'],
    ['a month alone after a schedule word', 'Interviews are scheduled for October.', '2020-01-10'],
    ['time given to act, which is a duration', 'The council has six months to improve.', '2020-01-10'],
  ])('ignores %s', (_label, sentenceText, anchor) => {
    const [s] = splitSentences(sentenceText);
    expect(findDeadlines(s, anchor)).toEqual([]);
  });

  it('reads a pair of milestone reviews as two deadlines', () => {
    const [s] = splitSentences('The notice is subject to a 6 month and 12 month review of progress.');
    expect(findDeadlines(s, '2021-03-15').map((d) => [d.text, d.due])).toEqual([
      ['6 month', '2021-09-15'],
      ['12 month review', '2022-03-15'],
    ]);
  });

  it('never produces an impossible calendar date', () => {
    const [s] = splitSentences('The plan must be sent by 30 February 2025.');
    expect(findDeadlines(s, '2024-12-01').map((d) => [d.text, d.due])).toEqual([['by 30 February 2025', null]]);
  });

  it('stays fast on a huge sentence', () => {
    const [s] = splitSentences(`The council must report by ${'the end of the '.repeat(70000)}next year within ${'a '.repeat(100000)}`);
    const t0 = performance.now();
    findDeadlines(s, '2024-01-01');
    expect(performance.now() - t0).toBeLessThan(2000);
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

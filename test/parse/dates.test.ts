import { describe, expect, it } from 'vitest';
import { dateFromUrl, datelineFrom, isDateLine, parseDate, parsePdfDate, parseTimestamp, scraperDate, updatedDateline } from '../../src/parse/published-date.js';
import { parsePlainText } from '../../src/parse/plaintext.js';

describe('date parsing', () => {
  it('reads written dates, day-first numeric dates and rejects impossible ones', () => {
    expect(parseDate('Thursday, January 25, 2018')).toBe('2018-01-25');
    expect(parseDate('Tuesday, 14 May 2024')).toBe('2024-05-14');
    expect(parseDate('Published: Thursday 21 November 2024')).toBe('2024-11-21');
    expect(parseDate('25th Jan. 2018')).toBe('2018-01-25');
    expect(parseDate('03/04/2017')).toBe('2017-04-03');
    expect(parseDate('31 April 2017')).toBeNull();
    expect(parseDate('section 497A of the Education Act 1996')).toBeNull();
  });

  it('keeps the local date of a timestamp and reads PDF dates', () => {
    expect(parseTimestamp('2024-10-17T00:30:00+01:00')).toBe('2024-10-17');
    expect(parseTimestamp('Fri, 22 Nov 2024 07:00:00 +0000')).toBe('2024-11-22');
    expect(parsePdfDate("D:20151120093000+01'00'")).toBe('2015-11-20');
  });

  it('finds dates in URLs only in separated form', () => {
    expect(dateFromUrl('https://x.example/2024/02/22/slug/')).toBe('2024-02-22');
    expect(dateFromUrl('https://x.example/news/24318806.slug/')).toBeNull();
  });

  it("reads the date of a page's own address carried in a viewer's query, and no other query value", () => {
    expect(dateFromUrl('https://viewer.example/objects?object=http%3A%2F%2Fdata.example%2FLords%2F2014-01-29%2F140130')).toBe('2014-01-29');
    expect(dateFromUrl('https://viewer.example/search?from=2014-01-29&to=2014-02-28')).toBeNull();
  });

  it('takes a dateline, not a sentence mentioning a date, nor an "updated" line', () => {
    expect(datelineFrom(['Headline here', 'Last updated 3 May 2020', 'The report was published on 1 May 2020.', 'By Jo Smith | 2 May 2020, 10:15'])).toBe('2020-05-02');
    expect(datelineFrom(['The council was told on 1 May 2020 to improve services within six months'])).toBeNull();
    expect(isDateLine('Date of issue: 12 December 2023')).toBe('2023-12-12');
    expect(isDateLine('by 12 December 2023 the council must')).toBeNull();
  });
});

describe('datelines in bylines', () => {
  it('reads the date segment of a piped byline and one with an e-mail address', () => {
    expect(datelineFrom(['Three councils face intervention', 'Community Care | Round-up | 20 November 2025 | By our local government desk'])).toBe('2025-11-20');
    expect(datelineFrom(['27 November 2024 | By Toby Easton | toby.easton@example.co.uk'])).toBe('2024-11-27');
  });
});

describe('datelines as real pages write them', () => {
  it.each([
    [['Schools', '04.03.21', 'A council is told to improve'], '2021-03-04'],
    [['March 9, 2023 4.05 pm Read the full story below', 'Headline'], '2023-03-09'],
    [['Local news', 'June 3', '14:20', '2022', 'Headline of the piece'], '2022-06-03'],
    [['Headline', 'POSTED: 09:10 11 October 2018 | UPDATED: 17:00 12 October 2018'], '2018-10-11'],
    [['Council News', '🕔4.Feb 2016', 'Headline'], '2016-02-04'],
    [['Meeting: 07/11/2019 - Scrutiny Board (Item 5)'], '2019-11-07'],
    // A written answer is dated by its answer, not by the question's "(asked on …)"
    [['Children’s social care', '(asked on 2nd March 2024) - View Source', 'To ask the Secretary of State …', 'This question was answered on 19th March 2024'], '2024-03-19'],
    [['Answered on 5 May 2023'], '2023-05-05'],
  ])('%j → %s', (lines, iso) => {
    expect(datelineFrom(lines)).toBe(iso);
  });

  it('reads an update line only as the last resort', () => {
    const lines = ['Page last updated at 09:12 GMT, Monday, 2 March 2009', 'Services criticised'];
    expect(datelineFrom(lines)).toBeNull();
    expect(updatedDateline(lines)).toBe('2009-03-02');
  });

  it("takes a web-page store's date line off the text", () => {
    expect(scraperDate(' date 2020-02-29 The council was told')).toEqual({ iso: '2020-02-29', rest: ' The council was told' });
    expect(scraperDate('The date 2020-02-29 was set')).toEqual({ iso: null, rest: 'The date 2020-02-29 was set' });
  });

  it('dates plain text by its store line, then its dateline, then its URL', () => {
    expect(parsePlainText(' date 2021-06-01 A council was told to improve.\n\n3 May 2021', 'https://n.example/2020/01/02/x').publishedAt).toBe('2021-06-01');
    expect(parsePlainText('Headline here\n\n3 May 2021\n\nA council was told to improve.', 'https://n.example/2020/01/02/x').publishedAt).toBe('2021-05-03');
    expect(parsePlainText('Headline here\n\nA council was told to improve.', 'https://n.example/2020/01/02/x').publishedAt).toBe('2020-01-02');
  });

  it("dates plain text with no other date by a footer's timestamp line, after its URL's date, not by a timestamp inside a sentence", () => {
    // The footer stands below the lines a dateline is looked for in.
    const body = ['Headline here', ...Array.from({ length: 16 }, (_, i) => `Paragraph ${i + 1} of the story about a council.`)].join('\n\n');
    const footer = '\n\n2018-01-26T13:11:04+00:00 January 26th, 2018|News|';
    expect(parsePlainText(body + footer, 'https://n.example/x').publishedAt).toBe('2018-01-26');
    expect(parsePlainText(body + footer, 'https://n.example/2020/01/02/x').publishedAt).toBe('2020-01-02');
    expect(parsePlainText(body + '\n\nThe log shows 2018-01-26T13:11:04 as the time the council was told.', 'https://n.example/x').publishedAt).toBeNull();
  });
});

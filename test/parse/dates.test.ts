import { describe, expect, it } from 'vitest';
import { dateFromUrl, datelineFrom, isDateLine, parseDate, parsePdfDate, parseTimestamp } from '../../src/parse/published-date.js';

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

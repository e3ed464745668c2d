// The publication-date signal chain and the date parsing it needs. Output is always YYYY-MM-DD.
// Numeric dates are read day-first (03/04/2017 = 3 April 2017): these are UK documents.
import MONTH_NAMES from './data/month-names.json' with { type: 'json' };
import { isRealIsoDate } from '../schema/record.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)?';
const ORD = '(?:st|nd|rd|th)?';

/** Patterns for a date written out, each with how to read its groups. Order matters only for ties at one position. */
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  // 2024-02-22, 2024-02-22T10:00
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/gi, read: (m) => [+m[1], +m[2], +m[3]] },
  // Tuesday, 14 May 2024 / 14th May, 2024 / Fri, 22 Nov 2024 07:00:00 +0000 / 17.Dec 2015
  { re: new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORD}(?:\\s+|\\.\\s*)(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [+m[3], MONTHS[m[2].slice(0, 3).toLowerCase()], +m[1]] },
  // Thursday, January 25, 2018 / January 25th 2018
  { re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'gi'), read: (m) => [+m[3], MONTHS[m[1].slice(0, 3).toLowerCase()], +m[2]] },
  // 03/04/2017, 3.4.2017 — day first
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, read: (m) => [+m[3], +m[2], +m[1]] },
];

/** Month names of other languages (data/month-names.json), longest first so "juil" never cuts "juillet". */
const FOREIGN_MONTHS = new Map<string, number>();
for (const [lang, names] of Object.entries(MONTH_NAMES)) {
  if (lang.startsWith('_')) continue;
  for (const [name, n] of Object.entries(names as Record<string, number>)) FOREIGN_MONTHS.set(name, n);
}
const FOREIGN = [...FOREIGN_MONTHS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const monthNumber = (name: string): number => FOREIGN_MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
/** Letters may not touch the name on either side (\b is ASCII-only, these names are not). */
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
DATE_PATTERNS.push(
  // 14 mai 2019, 14. Mai 2019, 14 de maio de 2019, 14 октября 2019 г.
  {
    re: new RegExp(`${NOT_LETTER_BEFORE}(\\d{1,2})\\.?\\s*(?:de\\s+)?(${FOREIGN})\\.?${NOT_LETTER_AFTER},?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => [+m[3], monthNumber(m[2]), +m[1]],
  },
  // mayo 14, 2019 / Oktober 3 2019
  {
    re: new RegExp(`${NOT_LETTER_BEFORE}(${FOREIGN})\\.?\\s+(\\d{1,2})${NOT_LETTER_AFTER},?\\s+(\\d{4})(?!\\d)`, 'giu'),
    read: (m) => [+m[3], monthNumber(m[1]), +m[2]],
  },
);

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD for a real calendar date in a plausible range, else null. */
export function toIso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isRealIsoDate(iso) ? iso : null; // 31 April and friends
}

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Every date written in `s`, in order of position. */
export function findDates(s: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every pattern has a year in digits: a line without a digit is not scanned six times for nothing.
  if (!/\d/.test(s)) return found;
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const [y, mo, d] = read(m);
      const iso = toIso(y, mo, d);
      if (iso && !found.some((f) => m!.index < f.index + f.length && f.index < m!.index + m![0].length)) {
        found.push({ iso, index: m.index, length: m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date written in `s`. */
export function parseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  return findDates(s)[0]?.iso ?? null;
}

/**
 * A machine timestamp (ISO 8601, as in JSON-LD, meta tags, `<time datetime>`, API fields) → its calendar date
 * as written. The local date is kept, not converted to UTC: "2024-10-17T00:30+01:00" was published on the 17th.
 * Falls back to reading it as a human date (RFC 822 in feeds, "14 May 2024" in sloppy meta tags).
 */
export function parseTimestamp(s: string | null | undefined, pageOffsetMinutes = 0): string | null {
  if (!s) return null;
  const utc = UTC_STAMP.exec(s);
  if (utc && pageOffsetMinutes !== 0) {
    // A UTC stamp on a page that writes its other stamps in its own offset: the day is the page's local day.
    const t = Date.UTC(+utc[1], +utc[2] - 1, +utc[3], +utc[4], +utc[5]) + pageOffsetMinutes * 60_000;
    const d = new Date(t);
    return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(s) ?? /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return toIso(+m[1], +m[2], +m[3]);
  return parseDate(s);
}

/** "2019-06-07T03:30:00Z", "…+00:00": a stamp in UTC, with its time of day. */
const UTC_STAMP = /^\s*(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)\s*$/i;
/** The offset written in a timestamp ("…T23:30:00-04:00" → -240), or null when it has none or is UTC. */
export function timestampOffset(s: string | null | undefined): number | null {
  const m = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})\s*$/.exec(s ?? '');
  if (!m) return null;
  const minutes = (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]);
  return minutes === 0 ? null : minutes;
}

/** PDF date strings: D:YYYYMMDDHHmmSS… (the D: is optional in practice). */
export function parsePdfDate(s: string | null | undefined): string | null {
  const m = /^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(s ?? '');
  if (!m) return null;
  return toIso(+m[1], m[2] ? +m[2] : 1, m[3] ? +m[3] : 1);
}

const PATH_DATE = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/;

/**
 * A date in the URL path: /2024/02/22/slug, /2024-02-22-slug, /20240222/ is too ambiguous and is not read. A viewer's
 * address that carries the page's own address in its query ("…/objects?object=http%3A%2F%2F…%2F2014-01-29%2F…") is
 * read for that address's date.
 */
export function dateFromUrl(uri: string): string | null {
  let url: URL | null = null;
  try {
    url = new URL(uri);
  } catch {
    // not a URL: read the string as it is
  }
  const m = PATH_DATE.exec(url ? url.pathname : uri);
  if (m) return toIso(+m[1], +m[2], +m[3]);
  for (const value of url?.searchParams.values() ?? []) {
    if (/^https?:\/\//i.test(value)) {
      const inner = dateFromUrl(value);
      if (inner) return inner;
    }
  }
  return null;
}

/** A line that opens with a machine timestamp ("2018-01-26T13:11:04+00:00 January 26th, 2018|News|"), as a blog's footer prints it. */
const STAMP_LINE = /^((?:19|20)\d{2})-(\d{2})-(\d{2})T\d{2}:\d{2}/;

/** The date of the first timestamp line: after the URL's date, as it may stand anywhere in the page (a footer). */
export function stampLine(lines: string[]): string | null {
  for (const line of lines) {
    const m = STAMP_LINE.exec(line.trim());
    if (m) return toIso(+m[1], +m[2], +m[3]);
  }
  return null;
}

/** Lines that state a date other than the publication date. */
const NOT_PUBLICATION = /\b(updated|modified|revised|edited|last reviewed|amended|expires?|closing date|deadline|event)\b/i;
/** A committee page's "Meeting: 14/03/2013 - Cabinet (Item 8)": the meeting's date is the page's. */
const MEETING_LINE = /^meeting(?: date)?\s*:\s*/i;
/** Labels that introduce the publication date ("Published: …", "Date of issue: …", a written answer's "Answered on …"). */
const DATE_LABEL = /^(published|posted|first published|date published|publication date|date of issue|issued|issue date|dated?|released?|(?:this question was )?answered)\b\s*(on)?\s*[:\-–]?\s*/i;

/** A time of day beside a date in a byline ("15:47", "11.39 am"). */
const TIME_OF_DAY = /\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm)\b)?/gi;
/** A numeric dateline with a two-digit year, day first ("30.11.18"): only ever read as a whole line. */
const SHORT_NUMERIC = /^(\d{1,2})[./](\d{1,2})[./](\d{2})$/;
/** A dateline split over short lines by a page widget ("August 12" / "08:26" / "2024"). */
const SHORT_LINE = 24;
/** How many short lines a split dateline spans at most. */
const SPLIT_SPAN = 3;

/** The date that opens a line followed by a time of day ("November 26, 2021 11.39 am This story …"). */
function dateThenTime(line: string, dates: FoundDate[]): string | null {
  const [first] = dates;
  if (!first || first.index !== 0) return null;
  const after = line.slice(first.length);
  return /^\s*,?\s*\d{1,2}[:.]\d{2}/.test(after) ? first.iso : null;
}

function shortNumeric(line: string): string | null {
  const m = SHORT_NUMERIC.exec(line.trim());
  return m ? toIso(2000 + +m[3], +m[2], +m[1]) : null;
}

/** Consecutive short lines read together as one dateline, times of day left out. */
function splitDateline(lines: string[], i: number): string | null {
  const parts: string[] = [];
  for (let j = i; j < lines.length && parts.length < SPLIT_SPAN; j++) {
    const line = lines[j].trim();
    if (!line || line.length > SHORT_LINE) break;
    parts.push(line);
    if (parts.length > 1) {
      const joined = parts.join(' ').replace(TIME_OF_DAY, ' ').replace(/\s+/g, ' ').trim();
      const iso = isDateLine(joined);
      if (iso) return iso;
    }
  }
  return null;
}

/** A byline segment: "PUBLISHED: 15:47 09 November 2017" (times out), never an "UPDATED:" one. */
function segmentDate(segment: string): string | null {
  if (NOT_PUBLICATION.test(segment)) return null;
  return isDateLine(segment.replace(TIME_OF_DAY, ' ').replace(/\s+/g, ' '));
}

/**
 * A visible dateline: a short line near the top that is mostly a date, e.g. "Tuesday, 14 May 2024",
 * "Published: Thursday 21 November 2024", "By Jo Bloggs | Friday 7 October 2016, 11:20".
 * Sentences that merely mention a date are skipped (too long, or more words than a dateline has).
 */
/**
 * "Page last updated at 10:45 GMT, Friday, 23 October 2009": the last resort, after the URL's date, for a page
 * whose only date is its update.
 */
const UPDATED_LINE = /^(?:page )?(?:last )?updated(?: at| on)?\b/i;
export function updatedDateline(lines: string[], maxLines = 15): string | null {
  for (const raw of lines.slice(0, maxLines * 2)) {
    const line = raw.trim();
    if (!UPDATED_LINE.test(line) || line.length > 90) continue;
    const dates = findDates(line.replace(TIME_OF_DAY, ' '));
    if (dates.length === 1) return dates[0].iso;
  }
  return null;
}

export function datelineFrom(lines: string[], maxLines = 15): string | null {
  let seen = 0;
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > maxLines) break;
    // "Community Care | Round-up | 20 November 2025 | By our desk": one segment of a byline is the date.
    const segment = line.includes('|') ? line.split('|').map(segmentDate).find(Boolean) : null;
    if (segment) return segment;
    if (NOT_PUBLICATION.test(line)) continue;
    // The line's dates, read once for the meeting, widget and dateline tests.
    const dates = findDates(line);
    const label = MEETING_LINE.exec(line);
    const meeting = label ? dates[0] : undefined;
    if (meeting && meeting.index === label![0].length) return meeting.iso;
    const widget = shortNumeric(line) ?? dateThenTime(line, dates) ?? splitDateline(lines, i);
    if (widget) return widget;
    if (line.length > 90) continue;
    if (dates.length !== 1) continue;
    const rest = (line.slice(0, dates[0].index) + ' ' + line.slice(dates[0].index + dates[0].length))
      .replace(/\S+@\S+|https?:\/\/\S+/g, '') // a byline's e-mail address or link
      .replace(DATE_LABEL, '')
      .replace(TIME_OF_DAY, '')
      .replace(/\b(by|on|at)\b/gi, '')
      .replace(/[\s|,.:;·•–—-]+/g, ' ')
      .trim();
    // Whatever is left beside the date must be short: a byline name or a label, not a sentence.
    // A full stop after the date marks a sentence ("… was published on 1 May 2024."), not a dateline.
    const endsSentence = /[!?]\s*$|[^\d\s]\.\s*$/.test(line) || /\d{4}\.\s*$/.test(line);
    if (rest.split(/\s+/).filter(Boolean).length <= 3 && !endsSentence) {
      return dates[0].iso;
    }
  }
  return null;
}

/** A line that is a date and nothing else (optionally labelled: "Date of issue: 12 December 2023"). */
export function isDateLine(line: string): string | null {
  const t = line.trim().replace(DATE_LABEL, '').replace(/[.,]$/, '').trim();
  const dates = findDates(t);
  if (dates.length === 1 && dates[0].index === 0 && dates[0].length === t.length) return dates[0].iso;
  return null;
}

/** The first signal that gives a date wins. Signals are tried lazily, in order. */
export function firstDate(...signals: (() => string | null | undefined)[]): string | null {
  for (const signal of signals) {
    const v = signal();
    if (v) return v;
  }
  return null;
}

/** The " date 2019-06-06 " line a web-page store puts before a page's text: the page's date as the store saw it. */
const SCRAPER_DATE = /^\s*date ((?:19|20)\d{2}-\d{2}-\d{2})(?=\s)/;

/** The store's date line, and the text without it. */
export function scraperDate(text: string): { iso: string | null; rest: string } {
  const m = SCRAPER_DATE.exec(text);
  if (!m) return { iso: null, rest: text };
  const iso = toIso(+m[1].slice(0, 4), +m[1].slice(5, 7), +m[1].slice(8, 10));
  return { iso, rest: text.slice(m[0].length) };
}

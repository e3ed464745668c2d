// Calendar expressions → ISO dates at the precision given, and the date arithmetic deadlines need.
// Anchors are ISO dates (YYYY-MM-DD); a partial anchor (YYYY-MM) is read as the first of the month.
// The calendar check is the schema's, so what the extractors produce and what records accept cannot differ.
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { addMonths as addCalendarMonths } from 'date-fns/addMonths';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { isRealIsoDate } from '../src/schema/record.js';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Day-first, month-first and month-year dates, as one regex source (named groups). */
export const DATE_SOURCE =
  `(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>${MONTH_ALT})\\.?,?\\s+(?<y1>(?:19|20)\\d{2})` +
  `|(?<m2>${MONTH_ALT})\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,\\s*(?<y2>(?:19|20)\\d{2})` +
  `|(?<m3>${MONTH_ALT})\\.?,?\\s+(?<y3>(?:19|20)\\d{2})` +
  `|(?<d4>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m4>${MONTH_ALT})\\b(?!\\s*\\d)` +
  `|(?<m6>${MONTH_ALT})\\.?\\s+(?<d6>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)` +
  `|(?<m5>${MONTH_ALT})\\b(?!\\s*\\d))`;

/** A cheap test before the date patterns run: every date they read has a year, a month's name or a "…day". */
export const MAY_HOLD_DATE = new RegExp(`(?:19|20)\\d\\d|day\\b|last month|\\b(?:${MONTH_ALT})\\b`, 'i');

export function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function iso(y: number, m: number, d?: number): string {
  return d === undefined ? `${y}-${pad(m + 1)}` : `${y}-${pad(m + 1)}-${pad(d)}`;
}

// Calendar arithmetic is date-fns's, on local-time dates that stand for calendar days (no time of day is read or
// written, so time zones and summer time never move a day).
function toDay(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y, (m ?? 1) - 1, d ?? 1);
}

function fromDay(date: Date): string {
  return iso(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(anchor: string, days: number): string {
  return fromDay(addCalendarDays(toDay(anchor), days));
}

/** Calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(anchor: string, months: number): string {
  return fromDay(addCalendarMonths(toDay(anchor), months));
}

export function endOfMonth(y: number, m: number): string {
  return fromDay(lastDayOfMonth(new Date(y, m, 1)));
}

/** Which way an expression without a year points from the anchor. */
export type Direction = 'past' | 'future';

/**
 * A date matched by DATE_SOURCE → ISO. Dates without a year take the anchor's year, moved to the nearest
 * such date before (past) or after (future) the anchor. Returns null when a year is needed and no anchor exists.
 */
export function resolveDateMatch(groups: Record<string, string | undefined>, anchor: string | null, direction: Direction): string | null {
  const found = resolveUnchecked(groups, anchor, direction);
  // "45 March" or "30 February" is not a date.
  return found && isRealIsoDate(found) ? found : null;
}

function resolveUnchecked(groups: Record<string, string | undefined>, anchor: string | null, direction: Direction): string | null {
  const g = groups;
  if (g.y1) return iso(+g.y1, monthIndex(g.m1!), +g.d1!);
  if (g.y2) return iso(+g.y2, monthIndex(g.m2!), +g.d2!);
  if (g.y3) return iso(+g.y3, monthIndex(g.m3!));
  if (!anchor) return null;
  const [ay, am, ad] = anchor.split('-').map(Number);
  const anchorKey = am * 100 + (ad ?? 1);
  if (g.m4 || g.m6) {
    const m = monthIndex((g.m4 ?? g.m6)!);
    const d = +(g.d4 ?? g.d6)!;
    const key = (m + 1) * 100 + d;
    const y = direction === 'future' ? (key > anchorKey ? ay : ay + 1) : key <= anchorKey ? ay : ay - 1;
    return iso(y, m, d);
  }
  if (g.m5) {
    const m = monthIndex(g.m5);
    const y = direction === 'future' ? (m + 1 >= am ? ay : ay + 1) : m + 1 <= am ? ay : ay - 1;
    return iso(y, m);
  }
  return null;
}

/** "yesterday", "on Monday", "last week"-style references in news, resolved before the article date. */
export function resolveRelativeDay(word: string, anchor: string | null): string | null {
  if (!anchor || anchor.length < 10) return null;
  const w = word.toLowerCase();
  if (w === 'today') return anchor;
  if (w === 'yesterday') return addDays(anchor, -1);
  const wd = WEEKDAYS.indexOf(w);
  if (wd < 0) return null;
  const back = (toDay(anchor).getDay() - wd + 7) % 7 || 7;
  return addDays(anchor, -back);
}

/** Number words as they appear in deadlines and durations ("three months", "a 12-month period"). */
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20,
  'twenty-four': 24, thirty: 30, 'thirty-six': 36,
};
export const NUMBER_SOURCE = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

export function parseNumber(s: string): number | null {
  const t = s.toLowerCase();
  if (/^\d+$/.test(t)) return +t;
  return NUMBER_WORDS[t] ?? null;
}

export type Unit = 'day' | 'week' | 'month' | 'year';
export function unitOf(s: string): Unit | null {
  const t = s.toLowerCase();
  if (t.startsWith('day') || t.startsWith('working day')) return 'day';
  if (t.startsWith('week')) return 'week';
  if (t.startsWith('month')) return 'month';
  if (t.startsWith('year')) return 'year';
  return null;
}

/** n units after the anchor, as an ISO date. */
export function addPeriod(anchor: string, n: number, unit: Unit): string {
  if (unit === 'day') return addDays(anchor, n);
  if (unit === 'week') return addDays(anchor, 7 * n);
  return addMonths(anchor, unit === 'year' ? 12 * n : n);
}

/** n units as an ISO 8601 period ("P3M", "P2Y", "P6W"). */
export function isoPeriod(n: number, unit: Unit): string {
  return `P${n}${{ day: 'D', week: 'W', month: 'M', year: 'Y' }[unit]}`;
}

/** Seasons as month ranges (0-based, inclusive); winter is read as the one that starts in December. */
export const SEASONS: Record<string, [number, number]> = { spring: [2, 4], summer: [5, 7], autumn: [8, 10], fall: [8, 10], winter: [11, 11] };

/**
 * The year of a season named without one ("by the autumn"), looking forward from the anchor: this year while the
 * season has not ended, else next year. Null without an anchor.
 */
export function seasonYear(season: string, anchor: string | null): string | null {
  const range = SEASONS[season.toLowerCase()];
  if (!range || !anchor) return null;
  const y = +anchor.slice(0, 4);
  const m = anchor.length >= 7 ? +anchor.slice(5, 7) - 1 : 0;
  return String(m <= range[1] ? y : y + 1);
}

/** "this year" / "next year" / "last year" against the anchor's year. */
export function relativeYear(word: string, anchor: string | null): string | null {
  if (!anchor) return null;
  const y = +anchor.slice(0, 4);
  const w = word.toLowerCase();
  return String(w === 'next' ? y + 1 : w === 'last' ? y - 1 : y);
}


/** Every match of a global pattern, without the copy of the pattern that String.prototype.matchAll makes each call. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

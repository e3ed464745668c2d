// Clean-up of OCR lines before they go through the same PDF cleaning as a text layer (running lines, page
// furniture, hyphenation, paragraphs). OCR's own mistakes are fixed from the tables in data/ocr-fixes.json:
// ligature glyphs, odd hyphen glyphs at line ends, misread item markers, digits read as letters in dates, "Page N of M" lines and
// section numbers (and the reverse inside words), and one printed line recognised as two fragments.
import fixes from './data/ocr-fixes.json' with { type: 'json' };
import type { PdfLine } from './pdf-layout.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const charClass = (chars: string[]): string => `[${chars.map(escape).join('')}]`;

const LIGATURE = new RegExp(Object.keys(fixes.ligatures).map(escape).join('|'), 'g');
const LINE_END_HYPHEN = new RegExp(`([A-Za-z])${charClass(fixes.lineEndHyphens)}$`);
/** Longest first, so "(c) ©" is taken whole rather than as "(c)" followed by a stray sign. */
const LINE_START = new RegExp(`^(?:${Object.keys(fixes.lineStarts).sort((a, b) => b.length - a.length).map(escape).join('|')})(?=\\s|$)`);

const DIGITISH = `[0-9${Object.keys(fixes.digitLookalikes).map(escape).join('')}]`;
const LOOKALIKE = new RegExp(charClass(Object.keys(fixes.digitLookalikes)), 'g');
const MONTH = `(?:${[...fixes.months].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** Day month year, day month, month year: a lookalike token counts only next to a month name. */
const DAY_MONTH = new RegExp(`(?<![\\w|!])(${DIGITISH}{1,2})(st|nd|rd|th)?(\\s+${MONTH})(?![a-z])`, 'gi');
const MONTH_YEAR = new RegExp(`(\\b${MONTH},?\\s+)(${DIGITISH}{4})(?![\\w|!])`, 'gi');
const NUMERIC_DATE = new RegExp(`(?<![\\w|!])(${DIGITISH}{1,2})([/.])(${DIGITISH}{1,2})\\2(${DIGITISH}{4})(?![\\w|!])`, 'g');
const NUMBERED = new RegExp(`(\\b(?:${fixes.numberedWords.map(escape).join('|')})\\s+)(${DIGITISH}+)(?=[A-Z]?(?:\\(|\\b|$))`, 'gi');
const PAGE_OF = new RegExp(`^(page\\s+)(${DIGITISH}{1,4})(\\s+of\\s+)(${DIGITISH}{1,4})$`, 'i');
const LETTER_DIGIT = charClass(Object.keys(fixes.letterLookalikes));
/** A digit between lower-case letters, or ending a lower-case word of 3+ letters ("chi1dren", "counci1"). */
const DIGIT_IN_WORD = new RegExp(`(?<=[a-z])${LETTER_DIGIT}(?=[a-z])|(?<=\\b[A-Za-z]?[a-z]{2,})${LETTER_DIGIT}(?=\\s|[,.;:]|$)`, 'g');

const realDigits = (s: string): number => s.replace(/\D/g, '').length;
const digitsOf = (s: string): string => s.replace(LOOKALIKE, (c) => (fixes.digitLookalikes as Record<string, string>)[c]);
/** A token fixed only when it already has a real digit: "l2" is 12, but "I" alone is a word. */
const fixToken = (token: string, minDigits = 1): string => (realDigits(token) >= minDigits ? digitsOf(token) : token);

/** One recognised line, fixed. Each rule changes only characters OCR is known to confuse, in its context. */
export function cleanOcrLine(line: string): string {
  let t = line.replace(LIGATURE, (g) => (fixes.ligatures as Record<string, string>)[g]);
  t = t.replace(LINE_END_HYPHEN, '$1-');
  t = t.replace(LINE_START, (m) => (fixes.lineStarts as Record<string, string>)[m]);
  t = t.replace(MONTH_YEAR, (_, month: string, year: string) => month + fixToken(year, 2));
  t = t.replace(DAY_MONTH, (whole, day: string, suffix: string | undefined, month: string) => {
    const fixed = fixToken(day);
    return fixed === day && realDigits(day) === 0 ? whole : fixed + (suffix ?? '') + month;
  });
  t = t.replace(NUMERIC_DATE, (whole, d: string, sep: string, m: string, y: string) =>
    realDigits(d + m + y) >= 4 ? [digitsOf(d), digitsOf(m), digitsOf(y)].join(sep) : whole,
  );
  t = t.replace(NUMBERED, (_, word: string, num: string) => word + fixToken(num));
  t = t.replace(PAGE_OF, (whole, page: string, n: string, of: string, m: string) =>
    realDigits(n + m) >= 1 ? page + digitsOf(n) + of + digitsOf(m) : whole,
  );
  t = t.replace(DIGIT_IN_WORD, (d) => (fixes.letterLookalikes as Record<string, string>)[d]);
  return t;
}

/**
 * One printed line that OCR returned as consecutive fragments on the same baseline (a skewed scan, a wide gap
 * between words) becomes one line again, so paragraph detection does not take the first piece for a short line.
 */
export function mergeSplitLines(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const size = Math.max(prev?.size ?? 0, line.size ?? 0);
    if (prev && prev.y !== null && line.y !== null && size > 0 && Math.abs(prev.y - line.y) < size * 0.5) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}` };
    } else out.push(line);
  }
  return out;
}

/** A page of OCR lines, cleaned: fragments merged, each line fixed, lines left empty dropped. */
export function cleanOcrPage(lines: PdfLine[]): PdfLine[] {
  return mergeSplitLines(lines)
    .map((l) => ({ ...l, text: cleanOcrLine(l.text).replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text.length > 0);
}

// Positioned PDF text → paragraphs. Three jobs: rebuild lines from text items, remove running headers and
// footers (lines repeated at the top or bottom of most pages, page numbers, protective markings), and join
// lines into paragraphs, mending words hyphenated across a line break.

export interface PdfLine {
  text: string;
  /** Baseline in PDF units (larger is higher on the page); null when the text came without positions. */
  y: number | null;
  /** Font size in PDF units, when known. */
  size: number | null;
}
export type PdfPage = PdfLine[];

/** The subset of a pdf.js text item we read. */
export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** Text items in content order → lines. A new line starts when the baseline moves by more than half a font size. */
export function itemsToLines(items: TextItemLike[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let cur: (PdfLine & { xEnd: number }) | null = null;
  for (const item of items) {
    if (typeof item.str !== 'string' || !Array.isArray(item.transform)) continue;
    const [, , c, d, x, y] = item.transform;
    const size = Math.hypot(c, d) || item.height || 10;
    if (item.str.trim() === '') {
      if (cur && item.str.length > 0 && !cur.text.endsWith(' ')) cur.text += ' ';
      continue;
    }
    if (cur && Math.abs(y - (cur.y ?? y)) <= size * 0.5) {
      const gap = x - cur.xEnd;
      // A gap, or a jump back to the left (table columns drawn out of order), separates words.
      if ((gap > size * 0.15 || gap < -size) && !cur.text.endsWith(' ') && !item.str.startsWith(' ')) cur.text += ' ';
      cur.text += item.str;
      cur.xEnd = x + item.width;
    } else {
      if (cur) lines.push(cur);
      cur = { text: item.str, y, size, xEnd: x + item.width };
    }
  }
  if (cur) lines.push(cur);
  return lines
    .map(({ text, y, size }) => ({ text: text.replace(/\s+/g, ' ').trim(), y, size }))
    .filter((l) => l.text.length > 0);
}

/** Lines of text without positions (pdf-parse's getText output). */
export function textToLines(text: string): PdfLine[] {
  return text
    .split('\n')
    .map((t) => ({ text: t.replace(/\s+/g, ' ').trim(), y: null, size: null }))
    .filter((l) => l.text.length > 0);
}

/** Security markings printed in headers and footers of government documents. */
const MARKINGS = /\b(official[- ]sensitive|official|unclassified|not protectively marked|protect|restricted)\b/gi;
const PAGE_NUMBER = /\b(page\s+)?\d{1,4}\s*(of|\/)\s*\d{1,4}\b|\bpage\s+\d{1,4}\b|^[-–—\s]*\d{1,4}[-–—\s]*$/gi;

/** True for a line that is only a page number and/or a protective marking ("Page 2 of 4", "- 3 -", "OFFICIAL"). */
export function isPageFurniture(text: string): boolean {
  return text.replace(PAGE_NUMBER, '').replace(MARKINGS, '').replace(/[\s|·•,.-]+/g, '').length === 0;
}

const EDGE = 3; // how many lines at the top and at the bottom of a page can be running heads or feet
const runningKey = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Removes running headers and footers: among the first and last EDGE lines of each page, lines that are page
 * furniture, and lines whose text (digits ignored) recurs at a page edge on at least half the pages (and 2+).
 */
export function removeRunningLines(pages: PdfPage[]): PdfPage[] {
  const isEdge = (i: number, n: number): boolean => i < EDGE || i >= n - EDGE;
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.filter((_, i) => isEdge(i, page.length)).map((l) => runningKey(l.text)));
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((page) =>
    page.filter((line, i) => {
      if (!isEdge(i, page.length)) return true;
      if (isPageFurniture(line.text)) return false;
      return (pagesWith.get(runningKey(line.text)) ?? 0) < threshold;
    }),
  );
}

/**
 * First parts and second parts of words that are written with a hyphen, so a hyphen at a line break between
 * them is a real one ("six-\nmonthly" → "six-monthly"); any other lower-case split is a typesetting
 * hyphen and is removed ("improve-\nment" → "improvement").
 */
export const HYPHEN_COMPOUND_PARTS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'eighteen', 'half', 'quarter',
  'monthly', 'weekly', 'yearly', 'daily', 'annual', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days',
  'term', 'time', 'led', 'based', 'wide', 'long', 'short', 'full', 'part', 'co', 'non', 'self', 'well', 'cross', 'multi',
  'inter', 'sector', 'level', 'owned', 'making', 'related', 'specific', 'focused', 'funded', 'run', 'up', 'to', 'on', 'in',
  'out', 'off', 'over', 'by', 'date', 'face', 'front', 'line', 'end', 'high', 'low', 'peer', 'step', 'decision', 'pre', 'post',
  'anti', 'ex', 'sub', 'vice', 'mid', 'semi', 'large', 'small', 'scale', 'term', 'length', 'arm', 'wider', 'agency', 'child',
  'young', 'looked', 'after', 'care', 'council', 'trust',
]);

/** Joins two lines of one paragraph, mending a word hyphenated across the break. */
export function joinLines(prev: string, next: string): string {
  const m = /([A-Za-z]+)-$/.exec(prev);
  const n = /^([A-Za-z]+)/.exec(next);
  if (m && n) {
    const left = m[1];
    const right = n[1];
    const lowerBoth = /[a-z]$/.test(left) && /^[a-z]/.test(right);
    if (lowerBoth && !HYPHEN_COMPOUND_PARTS.has(left.toLowerCase()) && !HYPHEN_COMPOUND_PARTS.has(right.toLowerCase())) {
      return prev.slice(0, -1) + next;
    }
    return prev + next; // a real hyphen: keep it, no space
  }
  return `${prev} ${next}`;
}

/** A line that starts a numbered or lettered item: "1.", "(2)", "(a)", "(iv)", "a)", a bullet. */
const ITEM_START = /^(\(?\d{1,3}[.)]\s|\(\d{1,3}\)|\([a-z]{1,4}\)\s|[a-z][.)]\s|[•▪●◦‣∙·*–-]\s|annex\b|schedule\b|appendix\b)/i;
const ENDS_SENTENCE = /[.!?:;]["”’)]?$/;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Lines → paragraphs. A paragraph ends at a larger-than-usual vertical gap, before a numbered item, after a
 * short line (the last line of a paragraph, a heading, an address line), or at a page break after a line
 * that ends a sentence.
 */
export function linesToParagraphs(pages: PdfPage[]): string[] {
  const gaps: number[] = [];
  const lengths: number[] = [];
  for (const page of pages) {
    page.forEach((line, i) => {
      lengths.push(line.text.length);
      const prev = page[i - 1];
      if (prev && prev.y !== null && line.y !== null && line.size) {
        const gap = prev.y - line.y;
        if (gap > 0 && gap < line.size * 3) gaps.push(gap);
      }
    });
  }
  const lineStep = median(gaps);
  const sorted = [...lengths].sort((a, b) => a - b);
  const fullLength = sorted[Math.floor(sorted.length * 0.8)] ?? 0; // a typical full line

  const paragraphs: string[] = [];
  let current: string | null = null;
  let prev: PdfLine | null = null;
  pages.forEach((page, pageIndex) => {
    page.forEach((line, i) => {
      let breakBefore = current === null;
      if (!breakBefore && prev) {
        const pageStart = i === 0 && pageIndex > 0;
        const short = prev.text.length < fullLength * 0.6;
        if (ITEM_START.test(line.text) || short) breakBefore = true;
        else if (pageStart) breakBefore = ENDS_SENTENCE.test(prev.text);
        else if (prev.y !== null && line.y !== null && lineStep > 0) {
          const gap = prev.y - line.y;
          breakBefore = gap < 0 || gap > lineStep * 1.4;
        }
      }
      if (breakBefore) {
        if (current !== null) paragraphs.push(current);
        current = line.text;
      } else current = joinLines(current!, line.text);
      prev = line;
    });
  });
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

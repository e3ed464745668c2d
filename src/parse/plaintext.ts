// Plain text, typically a news page dumped as text with its boilerplate and reader comments still in it.
// Line rules come from boilerplate.ts; paragraphs are blank-line separated, and hard-wrapped lines are rejoined.
import {
  dropOfferBlocks,
  dropRepeats,
  isBoilerplateLine,
  isCommentHeading,
  isHeadlineLike,
  isLinkListHeading,
  splitComments,
} from './boilerplate.js';
import { normaliseInline } from './normalise.js';
import { looksLikeInstrument, looksLikePublication, instrumentDate } from './instrument-text.js';
import { dateFromUrl, datelineFrom, firstDate, isDateLine, scraperDate, stampLine, updatedDateline } from './published-date.js';
import type { ParsedDocument } from './types.js';

/** A line that ends a sentence or a quotation: the next line starts a new paragraph even without a blank line. */
const ENDS_SENTENCE = /[.!?:;"”’)…]$/;

/**
 * `uri` is where the text came from: its path can carry the date. Publication dates, in order of trust: a
 * web-page store's date line, an instrument's own date line, a dateline or byline, the URL's date, a timestamp
 * line, a "last updated" line.
 */
export function parsePlainText(raw: string, uri = ''): Omit<ParsedDocument, 'contentType'> {
  const stored = scraperDate(raw);
  const lines = dropOfferBlocks(stored.rest.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()));

  // Cut at a reader-comments heading; drop boilerplate lines and "related"/"more from" lists.
  const body: string[] = [];
  let comments: string[] = [];
  let hasText = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      body.push('');
      continue;
    }
    if (hasText && isCommentHeading(line)) {
      comments = splitComments(lines.slice(i + 1));
      break;
    }
    if (isBoilerplateLine(line)) continue;
    if (isLinkListHeading(line)) {
      while (i + 1 < lines.length && isHeadlineLike(lines[i + 1]) && !isCommentHeading(lines[i + 1])) i++;
      continue;
    }
    body.push(line);
    hasText = true;
  }

  // Blank lines separate paragraphs; inside a block, a line continues the previous one when that one did not
  // end a sentence and this one starts in lower case (hard-wrapped text).
  const paragraphs: string[] = [];
  let current: string | null = null;
  for (const line of body) {
    if (line === '') {
      if (current !== null) paragraphs.push(current);
      current = null;
    } else if (current !== null && !ENDS_SENTENCE.test(current) && /^[a-z(]/.test(line)) {
      current += ' ' + line;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
  }
  if (current !== null) paragraphs.push(current);
  const kept = dropRepeats(paragraphs);

  const first = kept.find((p) => !isDateLine(p));
  const title = first && first.length <= 200 && first.split(/\s+/).length >= 2 ? normaliseInline(first) : null;
  const keptLines = kept.flatMap((p) => p.split('\n'));
  // The text of an instrument (a PDF's text saved as a file, a pasted letter) is read as one, dated by its date line.
  const instrument = looksLikeInstrument(kept);
  return {
    kind: instrument ? 'instrument_pdf' : looksLikePublication(kept) ? 'govuk_publication' : 'news',
    title,
    publishedAt: firstDate(
      () => stored.iso,
      () => (instrument ? instrumentDate(keptLines) : null),
      () => datelineFrom(keptLines),
      () => dateFromUrl(uri),
      () => stampLine(keptLines),
      () => updatedDateline(keptLines),
    ),
    text: kept.join('\n\n'),
    links: [],
    comments,
  };
}

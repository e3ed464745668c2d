// PDF → text with pdf-parse v2 (pdf.js underneath). Failures are sorted into the three things a person can act
// on: encrypted (ask for an unprotected copy), corrupt or truncated (fetch it again), scanned (needs OCR).
// A scan is read from its OCR text when the caller has one (src/ocr-step.ts makes it; see ocr.ts): the
// recognised lines go through OCR clean-up and then the same cleaning as a text layer.
import { PDFParse } from 'pdf-parse';
import { itemsToLines, linesToParagraphs, removeRunningLines, textToLines, type PdfPage, type TextItemLike } from './pdf-layout.js';
import { normaliseInline } from './normalise.js';
import { instrumentDate } from './instrument-text.js';
import { firstDate, parsePdfDate } from './published-date.js';
import { checkDecodedSize } from './pdf-streams.js';
import { cleanOcrPage } from './ocr-clean.js';
import type { OcrText } from './ocr.js';
import { NEEDS_OCR, ParseError, type ParsedDocument } from './types.js';

/** Budgets when none are given (the config's budgets.pdfMaxPages and pdfMaxDecodedBytes defaults). */
const DEFAULT_MAX_PAGES = 300;
const DEFAULT_MAX_DECODED_BYTES = 256 * 1024 * 1024;

/** Fewer visible characters per page than this means there is no real text layer (a scan, or only images). */
const MIN_CHARS_PER_PAGE = 20;
/** A text layer in which fewer of the visible characters than this are letters is junk (a font without a usable encoding). */
const MIN_LETTER_SHARE = 0.4;
/**
 * The confidence floor: an OCR text whose mean word confidence (Tesseract's 0–100, weighted by characters)
 * is below this is not used, and the document stays `scanned_pdf` with the confidence in its message. Clean
 * scans of typed letters read at 85–95; below 60 a good share of the words are wrong.
 */
export const OCR_MIN_CONFIDENCE = 60;

/** The slice of pdf.js's document proxy we use for positioned text. */
interface PdfDocLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup?: () => unknown }>;
}

/** An image XObject anywhere in the file (a stream object: never hidden in an object stream). Scans are images. */
const hasImages = (bytes: Buffer): boolean => /\/Subtype\s*\/Image\b/.test(bytes.toString('latin1'));
const hasEncryptDictionary = (bytes: Buffer): boolean => /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(bytes.toString('latin1'));
/** The end-of-file marker near the end (or, with `anywhere`, at all: tolerates junk appended after it). */
const hasEndOfFile = (bytes: Buffer, anywhere = false): boolean =>
  (anywhere ? bytes : bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF');

function classifyFailure(err: unknown, bytes: Buffer): ParseError {
  const name = (err as Error)?.name ?? '';
  const detail = (err as Error)?.message ?? String(err);
  if (name === 'PasswordException' || (hasEncryptDictionary(bytes) && !/Invalid PDF structure/i.test(detail))) {
    return new ParseError('encrypted_pdf', 'The PDF is password-protected (encrypted); its text cannot be read without the password.');
  }
  if (!hasEndOfFile(bytes)) {
    return new ParseError('corrupt_pdf', `The PDF is truncated or damaged (it has no end-of-file marker) and could not be read: ${detail}.`);
  }
  return new ParseError('corrupt_pdf', `The PDF is damaged and could not be read: ${detail}.`);
}

/**
 * Positioned text per page from the document pdf-parse has loaded. pdf-parse's own getText() drops positions,
 * which paragraph detection and header/footer removal need; when its internals are not reachable (a
 * future version), fall back to getText() lines.
 */
async function readPages(parser: PDFParse, maxPages: number): Promise<{ pages: PdfPage[]; total: number }> {
  const doc = (parser as unknown as { doc?: PdfDocLike }).doc;
  if (doc && typeof doc.getPage === 'function') {
    const pages: PdfPage[] = [];
    // Only the first maxPages: a file of 20,000 blank pages would otherwise take minutes.
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(itemsToLines(content.items as TextItemLike[]));
      page.cleanup?.();
    }
    return { pages, total: doc.numPages };
  }
  const result = await parser.getText({ pageJoiner: '', first: maxPages });
  return { pages: result.pages.map((p) => textToLines(p.text)), total: result.total ?? result.pages.length };
}

/** A document title worth keeping: not empty, not a file name, without "Microsoft Word - " and extensions. */
export function cleanPdfTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const t = normaliseInline(raw)
    .replace(/^microsoft (word|powerpoint|excel)\s*-\s*/i, '')
    .replace(/\.(docx?|pdf|odt|rtf|pptx?|xlsx?|indd|qxd)$/i, '')
    .trim();
  if (!t || /^(untitled|document\d*|title|slide \d+|\d+)$/i.test(t)) return null;
  if (!/\s/.test(t) && /[_.]|\d{3,}/.test(t)) return null; // a file name such as "DfE_direction_final_v3"
  return t;
}

export async function parsePdf(
  bytes: Buffer,
  options: { maxPages?: number; maxDecodedBytes?: number; ocr?: OcrText } = {},
): Promise<Omit<ParsedDocument, 'contentType'>> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  checkDecodedSize(bytes, options.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES);
  // A copy: pdf.js may transfer (detach) the buffer it is given, and the caller still owns `bytes`.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  let info: Record<string, unknown> = {};
  let pages: PdfPage[];
  let totalPages: number;
  try {
    const result = await parser.getInfo();
    info = (result.info ?? {}) as Record<string, unknown>;
    ({ pages, total: totalPages } = await readPages(parser, maxPages));
  } catch (err) {
    throw classifyFailure(err, bytes);
  } finally {
    await parser.destroy().catch(() => undefined);
  }

  if (!hasUsableText(pages)) {
    if (!hasEndOfFile(bytes)) {
      throw new ParseError('corrupt_pdf', 'The PDF is truncated (it has no end-of-file marker) and no text could be read from it.');
    }
    if (options.ocr) return fromOcr(options.ocr, info);
    const which = totalPages > pages.length ? ` (${pageNote(pages.length, totalPages)})` : '';
    if (!hasImages(bytes)) {
      throw new ParseError('scanned_pdf', `The PDF has no text layer and no page images: there is nothing for OCR to read (only drawn shapes or blank pages).${which}`);
    }
    throw new ParseError('scanned_pdf', `${NEEDS_OCR}${which}`);
  }
  if (!hasEndOfFile(bytes, true)) {
    // pdf.js can rebuild a damaged file and return part of it; partial text would silently lose clauses.
    throw new ParseError('corrupt_pdf', 'The PDF is truncated (it has no end-of-file marker); only part of it could be read.');
  }
  return fromPages(pages, info, totalPages > pages.length ? [pageNote(pages.length, totalPages)] : []);
}

/** A text layer worth reading: enough visible characters per page, and mostly letters (not a junk encoding). */
function hasUsableText(pages: PdfPage[]): boolean {
  const visible = pages.flat().map((l) => l.text.replace(/\s/g, '')).join('');
  if (pages.length === 0 || visible.length < MIN_CHARS_PER_PAGE * pages.length) return false;
  return (visible.match(/\p{L}/gu)?.length ?? 0) >= visible.length * MIN_LETTER_SHARE;
}

/** Pages of lines (from the text layer or OCR) → the parsed document: running lines out, paragraphs, title, date. */
function fromPages(pages: PdfPage[], info: Record<string, unknown>, notes: string[]): Omit<ParsedDocument, 'contentType'> {
  const body = removeRunningLines(pages);
  const paragraphs = linesToParagraphs(body);
  const firstParagraph = paragraphs[0] && paragraphs[0].length <= 200 ? normaliseInline(paragraphs[0]) : null;
  return {
    kind: 'instrument_pdf',
    title: cleanPdfTitle(info.Title) ?? firstParagraph,
    publishedAt: firstDate(
      () => instrumentDate(body.flat().map((l) => l.text)),
      () => parsePdfDate(info.CreationDate as string | undefined),
      () => parsePdfDate(info.ModDate as string | undefined),
    ),
    text: paragraphs.join('\n\n'),
    links: [],
    comments: [],
    ...(notes.length ? { notes } : {}),
  };
}

/** A scan read from its OCR text, unless OCR found too little text or read it with too little confidence. */
function fromOcr(ocr: OcrText, info: Record<string, unknown>): Omit<ParsedDocument, 'contentType'> {
  const pages = ocr.pages.map((p) => cleanOcrPage(p.lines));
  const meanConfidence = weightedConfidence(ocr);
  const read = `OCR read ${ocr.pages.length} page${ocr.pages.length === 1 ? '' : 's'} with mean confidence ${meanConfidence}`;
  if (!hasUsableText(pages)) {
    throw new ParseError('scanned_pdf', `The PDF has no text layer and OCR found no text in it (${read}).`);
  }
  if (meanConfidence < OCR_MIN_CONFIDENCE) {
    throw new ParseError('scanned_pdf', `The PDF has no text layer and its OCR text is not reliable: ${read}, below the floor of ${OCR_MIN_CONFIDENCE}.`);
  }
  const notes = ocr.totalPages > ocr.pages.length ? [`Only the first ${ocr.pages.length} of the PDF's ${ocr.totalPages} pages were read by OCR (budgets.ocrMaxPages).`] : [];
  return { ...fromPages(pages, info, notes), ocr: { pages: ocr.pages.length, meanConfidence } };
}

/** Mean of the pages' confidences weighted by the characters each holds (a blank back page does not count), one decimal. */
function weightedConfidence(ocr: OcrText): number {
  let chars = 0;
  let sum = 0;
  for (const page of ocr.pages) {
    const n = page.lines.reduce((k, l) => k + l.text.replace(/\s/g, '').length, 0);
    chars += n;
    sum += n * page.confidence;
  }
  return chars ? Math.round((sum / chars) * 10) / 10 : 0;
}

const pageNote = (read: number, total: number) =>
  `Only the first ${read} of the PDF's ${total} pages were read (budgets.pdfMaxPages).`;

// The parse stage: bytes in → ParsedDocument out, or a ParseError with a code and a message a person can act on.
// What the bytes are is sniffed (sniff.ts); the declared Content-Type and the file name are only hints.
// The parsers that load a heavy library (pdf-parse with pdfjs, cheerio) are imported when a document of their
// kind comes, so reading a text file loads neither (a command's start-up is mostly module loading).
import { normaliseInline, normaliseText } from './normalise.js';
import { parsePlainText } from './plaintext.js';
import type { OcrText } from './ocr.js';
import { decode, isBlank, isPdf, rejectKnownBinary, sniffText, type Sniffed } from './sniff.js';
import { ParseError, type DocumentInput, type ParseLimits, type ParsedDocument } from './types.js';

export * from './types.js';

const CONTENT_TYPES: Record<Sniffed, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  feed: 'application/rss+xml',
  xml: 'application/xml',
  json: 'application/json',
  text: 'text/plain',
};

type Parsed = Omit<ParsedDocument, 'contentType'>;

async function parseJson(text: string): Promise<Parsed> {
  const json: unknown = JSON.parse(text);
  const { isGovukContentItem, parseGovukJson, searchResultLinks } = await import('./govuk.js');
  if (isGovukContentItem(json)) return parseGovukJson(json);
  return { kind: 'other', title: null, publishedAt: null, text: '', links: searchResultLinks(json), comments: [] };
}

/** XML that is neither a feed nor XHTML: its character data, one element per line. */
function parseOtherXml(text: string): Parsed {
  const body = text
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>/g, '')
    .replace(/<[^>]+>/g, '\n');
  return { kind: 'other', title: null, publishedAt: null, text: body, links: [], comments: [] };
}

/** `ocr`: the OCR text of the document, when it is a scan and src/ocr-step.ts has read it. */
export async function parseDocument(input: DocumentInput, limits: ParseLimits = {}, ocr?: OcrText): Promise<ParsedDocument> {
  const { bytes } = input;
  if (bytes.length === 0) throw new ParseError('empty', 'The document is empty (0 bytes).');
  if (isBlank(bytes)) throw new ParseError('empty', 'The document contains only whitespace.');

  let sniffed: Sniffed;
  let parsed: Parsed;
  if (isPdf(bytes)) {
    sniffed = 'pdf';
    const { parsePdf } = await import('./pdf.js');
    parsed = await parsePdf(bytes, { maxPages: limits.pdfMaxPages, maxDecodedBytes: limits.pdfMaxDecodedBytes, ocr });
  } else {
    rejectKnownBinary(bytes);
    const { text } = decode(bytes, input.contentType);
    if (text.trim() === '') throw new ParseError('empty', 'The document contains only whitespace.');
    sniffed = sniffText(text);
    switch (sniffed) {
      case 'html':
        parsed = (await import('./html.js')).parseHtml(text, input.uri, { maxDepth: limits.htmlMaxDepth });
        break;
      case 'feed':
        parsed = (await import('./feed.js')).parseFeed(text, input.uri);
        break;
      case 'json':
        parsed = await parseJson(text);
        break;
      case 'xml':
        parsed = parseOtherXml(text);
        break;
      default:
        parsed = parsePlainText(text, input.uri);
    }
  }

  // The one normalisation pass: evidence offsets computed downstream point into exactly this text.
  return {
    ...parsed,
    uri: input.uri,
    contentType: CONTENT_TYPES[sniffed],
    title: parsed.title ? normaliseInline(parsed.title) || null : null,
    text: normaliseText(parsed.text),
    comments: parsed.comments.map(normaliseText).filter(Boolean),
  };
}

// The parse stage's one interface: bytes in, a ParsedDocument (plain text plus metadata) out, or a ParseError.
import type { DocumentKind, ErrorCode } from '../schema/record.js';

export interface DocumentInput {
  bytes: Buffer;
  /** Where the bytes came from: an http(s) URL or a file:// URI. */
  uri: string;
  /** The local path given on the command line, when there was one. */
  path?: string;
  /** The Content-Type the server (or a manifest) declared; a hint only, the bytes are sniffed. */
  contentType?: string | null;
}

export interface ParsedDocument {
  kind: DocumentKind;
  /** The type the bytes were parsed as (sniffed), e.g. application/pdf, text/html. */
  contentType: string;
  title: string | null;
  /** The document's own date, ISO at the precision found (YYYY-MM-DD preferred). */
  publishedAt: string | null;
  /** Main text, paragraphs separated by blank lines; evidence offsets point into it. */
  text: string;
  /** Absolute URLs of listed or attached documents (feeds, collections, publication pages). */
  links: string[];
  /** Reader comments, kept out of `text`. */
  comments: string[];
  /** What a budget cut short (e.g. only the first 300 pages of a PDF read); absent when nothing was. */
  notes?: string[];
  /** Where the document came from (its URL can name the council whose site it is on). */
  uri?: string;
  /** Set when the text is the OCR text of a scan: pages read and their mean confidence (0–100). */
  ocr?: { pages: number; meanConfidence: number };
}

/** Budgets the parse stage honours (see Budgets in src/config/schema.ts); unset ones take the defaults. */
export interface ParseLimits {
  pdfMaxPages?: number;
  pdfMaxDecodedBytes?: number;
  htmlMaxDepth?: number;
}

/**
 * The message of a PDF with page images and no usable text layer: a scan, which OCR can read. src/ocr-step.ts
 * OCRs exactly the documents whose error starts with it (a PDF without images has nothing for OCR to read).
 */
export const NEEDS_OCR = 'The PDF has no text layer (it looks like a scanned image); OCR would be needed.';

export class ParseError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ParseError';
  }
}

// Content sniffing and decoding. The bytes decide what a document is, never the file name or the declared
// Content-Type: servers label HTML error pages application/pdf, and manifests guess from extensions.
import { ParseError } from './types.js';

export type Sniffed = 'pdf' | 'html' | 'feed' | 'xml' | 'json' | 'text';

/** Binary formats we recognise only to reject them with a useful message. Magic bytes at offset 0. */
const BINARY_SIGNATURES: { name: string; magic: number[] }[] = [
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a WebP/RIFF file', magic: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a TIFF image', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a ZIP archive (or an Office document)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', magic: [0x1f, 0x8b] },
  { name: 'an old Microsoft Office document', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a RAR archive', magic: [0x52, 0x61, 0x72, 0x21] },
  { name: 'a 7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'an RTF document', magic: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

const startsWith = (bytes: Buffer, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** True when the bytes are a PDF. The header may follow a little junk (allowed by readers), so look in the first 1 KB. */
export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes('%PDF-');
}

export function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  return true;
}

/** Throws `unsupported_type` for a recognised binary format. */
export function rejectKnownBinary(bytes: Buffer): void {
  for (const sig of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig.magic)) {
      throw new ParseError('unsupported_type', `The document is ${sig.name}, not a PDF, web page, feed, JSON or text.`);
    }
  }
}

/** Charset named in a Content-Type value (`text/html; charset=ISO-8859-1`). */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

/** Charset declared inside the document: `<meta charset>`, `<meta http-equiv content="…charset=…">`, `<?xml encoding>`. */
function declaredCharset(head: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

const LATIN1_ALIASES = new Set(['iso-8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252']);

/**
 * windows-1252's characters for bytes 0x80–0x9F (curly quotes, dashes, €, …); undefined bytes stay as they are.
 * Done by hand because Node's TextDecoder('windows-1252') decodes that range as Latin-1 control characters.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function tryDecode(bytes: Buffer, label: string, fatal: boolean): string | null {
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII-range text. */
function guessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

export interface Decoded {
  text: string;
  /** The encoding actually used. */
  encoding: string;
}

/**
 * Bytes → string. Order: a BOM wins; then BOM-less UTF-16; then a declared charset (header, then in-document);
 * then strict UTF-8; and when the bytes are not valid UTF-8, windows-1252 (a superset of Latin-1 that every
 * byte decodes in, and what "ISO-8859-1" pages almost always really are).
 */
export function decode(bytes: Buffer, contentType?: string | null): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  for (const [magic, label] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, [...magic])) {
      const text = tryDecode(bytes.subarray(2), label, true);
      if (text === null) throw new ParseError('bad_encoding', `The text starts with a ${label.toUpperCase()} byte order mark but is not valid ${label.toUpperCase()}.`);
      return { text, encoding: label };
    }
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16, true);
    if (text !== null) return { text, encoding: utf16 };
  }

  const declared = charsetFromContentType(contentType) ?? declaredCharset(bytes.subarray(0, 2048).toString('latin1'));
  if (declared && !/^utf-?8$/.test(declared)) {
    const label = LATIN1_ALIASES.has(declared) ? 'windows-1252' : declared;
    const text = tryDecode(bytes, label, false);
    // An unknown label (TextDecoder throws) falls through to detection rather than failing the document.
    if (text !== null) return { text, encoding: label };
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const latin = tryDecode(bytes, 'windows-1252', false) ?? tryDecode(bytes, 'latin1', false);
  if (latin !== null) return { text: latin, encoding: 'windows-1252' };
  throw new ParseError('bad_encoding', 'The text could not be decoded as UTF-8, UTF-16 or windows-1252.');
}

/** Share of characters that are control codes (other than whitespace) or U+FFFD: high for binary data read as text. */
function binaryShare(text: string): number {
  const sample = text.slice(0, 4096);
  if (!sample) return 0;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

/** What decoded text is, judged by its opening (after a BOM, whitespace and comments). */
export function sniffText(text: string): Sniffed {
  if (binaryShare(text) > 0.1) {
    throw new ParseError('unsupported_type', 'The document looks like binary data of an unrecognised type, not a PDF, web page, feed, JSON or text.');
  }
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .replace(/^(\s|<!--[\s\S]*?-->)+/, '');
  if (/^[{[]/.test(head)) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      // A brace at the start of prose is just text.
    }
  }
  const lower = head.toLowerCase();
  if (/^<\?xml/.test(lower) || /^<(rss|feed|rdf:rdf)[\s>]/.test(lower)) {
    const afterDecl = lower.replace(/^<\?xml[^>]*\?>/, '').replace(/(\s|<!--[\s\S]*?-->|<\?[^>]*\?>|<!doctype[^>]*>)+/g, ' ').trim();
    if (/^<(rss|feed|rdf:rdf)[\s>]/.test(afterDecl)) return 'feed';
    if (/^<html[\s>]/.test(afterDecl)) return 'html';
    return 'xml';
  }
  if (/^<!doctype html/.test(lower) || /^<html[\s>]/.test(lower)) return 'html';
  // Fragments and sloppy pages: a few HTML tags near the top make it HTML.
  if (/^</.test(head) && /<(head|body|div|p|article|main|section|title|meta|h1|table|span|a)[\s>]/i.test(head)) return 'html';
  return 'text';
}

// One test per parse error code that the parse stage itself raises (the PDF codes are in pdf.test.ts).
import { describe, expect, it } from 'vitest';
import { parseDocument, ParseError } from '../../src/parse/index.js';

async function codeOf(bytes: Buffer, contentType?: string): Promise<string> {
  try {
    await parseDocument({ bytes, uri: 'https://example.org/doc', contentType: contentType ?? null });
  } catch (err) {
    if (err instanceof ParseError) return `${err.code}: ${err.message}`;
    throw err;
  }
  return 'no error';
}

describe('parse errors', () => {
  it('empty: zero bytes and whitespace only', async () => {
    expect(await codeOf(Buffer.alloc(0))).toBe('empty: The document is empty (0 bytes).');
    expect(await codeOf(Buffer.from(' \r\n\t '))).toBe('empty: The document contains only whitespace.');
  });

  it('unsupported_type: a PNG, a ZIP and unknown binary, whatever the declared type', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await codeOf(png, 'application/pdf')).toBe('unsupported_type: The document is a PNG image, not a PDF, web page, feed, JSON or text.');
    expect(await codeOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(/^unsupported_type: The document is a ZIP archive/);
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 32));
    expect(await codeOf(noise)).toMatch(/^unsupported_type: The document looks like binary data/);
  });

  it('bad_encoding: a UTF-16 byte order mark followed by invalid UTF-16', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8]); // "A" then a lone high surrogate
    expect(await codeOf(bytes)).toBe('bad_encoding: The text starts with a UTF-16LE byte order mark but is not valid UTF-16LE.');
  });
});

describe('decoding and sniffing', () => {
  it('decodes UTF-16 with a BOM and sniffs by content, not declared type', async () => {
    const html = '\ufeff<html><body><article><h1>Título</h1><p>Texto en UTF-16 del artículo completo.</p></article></body></html>';
    const doc = await parseDocument({ bytes: Buffer.from(html, 'utf16le'), uri: 'https://example.org/a.txt', contentType: 'text/plain' });
    expect(doc.contentType).toBe('text/html');
    expect(doc.text).toBe('Título\n\nTexto en UTF-16 del artículo completo.');
  });

  it('falls back to windows-1252 when the bytes are not valid UTF-8', async () => {
    const doc = await parseDocument({ bytes: Buffer.from('Council \x96 \x93plan\x94 costs \xa3300', 'latin1'), uri: 'file:///x.txt' });
    expect(doc.text).toBe('Council – “plan” costs £300');
  });

  it('honours a charset in the Content-Type', async () => {
    const doc = await parseDocument({ bytes: Buffer.from('caf\xe9 au lait', 'latin1'), uri: 'file:///x', contentType: 'text/plain; charset=ISO-8859-1' });
    expect(doc.text).toBe('café au lait');
  });
});

import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { NEEDS_OCR, parseDocument, ParseError } from '../../src/parse/index.js';
import { imageOnlyPdf, render, textPdf, type PdfLineSpec } from './pdf-fixtures.js';

const uri = 'https://example.org/direction.pdf';

const PAGE_1: PdfLineSpec[] = [
  { text: 'DIRECTION ISSUED TO EXAMPLE COUNCIL' },
  { text: '1. The Council shall agree an improvement plan with the adviser and shall', gapBefore: true },
  { text: 'work with its partners to secure the improve-' },
  { text: "ment of its children's social care services within six weeks." },
  { text: '2. The adviser shall report on progress at each six-', gapBefore: true },
  { text: 'monthly review point and shall tell the Secretary of State of any' },
  { text: 'concerns without delay.' },
];
const PAGE_2: PdfLineSpec[] = [
  { text: '3. This Direction remains in force until it is revoked by the Secretary' },
  { text: 'of State.' },
  { text: 'Signed by authority of the Secretary of State', gapBefore: true },
  { text: '12 March 2024', gapBefore: true },
];

async function parseError(bytes: Buffer, contentType = 'application/pdf'): Promise<ParseError> {
  try {
    await parseDocument({ bytes, uri, contentType });
  } catch (err) {
    if (err instanceof ParseError) return err;
    throw err;
  }
  throw new Error('expected a ParseError');
}

describe('PDF parsing', () => {
  it('reads text in order, drops running headers and footers, mends hyphenation and joins paragraphs', async () => {
    const doc = await parseDocument({ bytes: await textPdf([PAGE_1, PAGE_2]), uri, contentType: 'application/pdf' });
    expect(doc.kind).toBe('instrument_pdf');
    expect(doc.contentType).toBe('application/pdf');
    expect(doc.text).toBe(
      [
        'DIRECTION ISSUED TO EXAMPLE COUNCIL',
        "1. The Council shall agree an improvement plan with the adviser and shall work with its partners to secure the improvement of its children's social care services within six weeks.",
        '2. The adviser shall report on progress at each six-monthly review point and shall tell the Secretary of State of any concerns without delay.',
        '3. This Direction remains in force until it is revoked by the Secretary of State.',
        'Signed by authority of the Secretary of State',
        '12 March 2024',
      ].join('\n\n'),
    );
    // The title loses the "Microsoft Word - " prefix and the extension; the date printed in the text beats metadata.
    expect(doc.title).toBe('Example direction');
    expect(doc.publishedAt).toBe('2024-03-12');
  });

  it('falls back to the metadata creation date when the text states none', async () => {
    const doc = await parseDocument({ bytes: await textPdf([PAGE_1]), uri });
    expect(doc.publishedAt).toBe('2030-01-02');
  });

  it('rejects a PDF without a text layer as scanned_pdf', async () => {
    const err = await parseError(await imageOnlyPdf(2));
    expect(err.code).toBe('scanned_pdf');
    expect(err.message).toBe('The PDF has no text layer and no page images: there is nothing for OCR to read (only drawn shapes or blank pages).');
  });

  it('a PDF of page images without a text layer is a scan for OCR', async () => {
    const canvas = createCanvas(40, 20);
    canvas.getContext('2d').fillRect(5, 5, 30, 10);
    const png = await canvas.encode('png');
    const bytes = await render({}, (doc) => {
      doc.addPage({ size: 'A4', margin: 0 });
      doc.image(png, 50, 50, { width: 400 });
    });
    const err = await parseError(bytes);
    expect(err.code).toBe('scanned_pdf');
    expect(err.message).toBe(NEEDS_OCR);
  });

  it('rejects a password-protected PDF as encrypted_pdf', async () => {
    const bytes = await textPdf([PAGE_1], { userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
    const err = await parseError(bytes);
    expect(err.code).toBe('encrypted_pdf');
    expect(err.message).toMatch(/password/);
  });

  it('rejects a truncated PDF as corrupt_pdf', async () => {
    const whole = await textPdf([PAGE_1, PAGE_2]);
    const err = await parseError(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(err.code).toBe('corrupt_pdf');
    expect(err.message).toMatch(/truncated|damaged/);
  });

  it('parses HTML served with a PDF content type and a .pdf name as HTML', async () => {
    const html = '<!doctype html><html><head><title>Not found | Example Council</title></head><body><main><h1>Page not found</h1><p>The document you asked for has moved to a new address on this site.</p></main></body></html>';
    const doc = await parseDocument({ bytes: Buffer.from(html), uri, contentType: 'application/pdf' });
    expect(doc.contentType).toBe('text/html');
    expect(doc.kind).toBe('news');
    expect(doc.title).toBe('Page not found');
    expect(doc.text).toBe('The document you asked for has moved to a new address on this site.');
  });
});

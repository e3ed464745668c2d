// Inputs built to exhaust one budget each: a PDF of many blank pages (pdfkit), a PDF whose one stream
// inflates far beyond its size, and HTML nested as deep as asked.
import zlib from 'node:zlib';
import { render as renderPdf } from '../parse/pdf-fixtures.js';

const render = (draw: (doc: PDFKit.PDFDocument) => void) => renderPdf({ compress: true }, draw);

/** `pages` blank A4 pages. */
export const blankPagesPdf = (pages: number) =>
  render((doc) => {
    for (let i = 0; i < pages; i++) doc.addPage({ size: 'A4', margin: 0 });
  });

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];

/** `pages` pages of different text each ("page alpha", "page bravo", …), so none reads as a running header. */
export const namedPagesPdf = (pages: number) =>
  render((doc) => {
    for (let i = 0; i < pages; i++) {
      doc.addPage({ size: 'A4', margin: 0 });
      doc.font('Helvetica').fontSize(11);
      const word = WORDS[i % WORDS.length];
      [`The review of page ${word} found ${word} matters to report.`, `Each ${word} item is listed in the ${word} annex.`, `Further ${word} notes follow.`].forEach(
        (line, k) => doc.text(line, 72, 200 + k * 15 + i * 7, { lineBreak: false }),
      );
    }
  });

/** A one-page PDF whose content stream is FlateDecode of `inflated` bytes of spaces (a few KB on disk). */
export function flateBombPdf(inflated: number): Buffer {
  const stream = zlib.deflateSync(Buffer.alloc(inflated, ' '));
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let size = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(size);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    size += obj.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

export const DIRECTION_SENTENCE = 'The Secretary of State for Education has issued a statutory direction to Kirklees Council on 25 January 2018.';

/** `depth` nested <div>s around one paragraph about a direction. */
export function deepHtml(depth: number): string {
  return `<!doctype html><html><head><title>Direction</title></head><body>${'<div>'.repeat(depth)}<p>${DIRECTION_SENTENCE}</p>${'</div>'.repeat(depth)}</body></html>`;
}

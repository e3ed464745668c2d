// PDFs built inside the tests with pdfkit, so every case (layout, encryption, scan, truncation) is under our control.
import PDFDocument from 'pdfkit';

export interface PdfLineSpec {
  text: string;
  /** Extra space before this line: a paragraph break. */
  gapBefore?: boolean;
}

type DocOptions = ConstructorParameters<typeof PDFDocument>[0];

export async function render(options: DocOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

/** One page per entry of `pages`; every page gets a running header and a "Page N of M" footer. */
export function textPdf(pages: PdfLineSpec[][], options: DocOptions = {}): Promise<Buffer> {
  return render({ info: { Title: 'Microsoft Word - Example direction.docx', CreationDate: new Date(Date.UTC(2030, 0, 2)) }, ...options }, (doc) => {
    pages.forEach((lines, i) => {
      doc.addPage({ size: 'A4', margin: 0 });
      doc.font('Helvetica').fontSize(11);
      doc.text('OFFICIAL Direction: Example Council', 72, 30, { lineBreak: false });
      let y = 90;
      for (const line of lines) {
        if (line.gapBefore) y += 14;
        doc.text(line.text, 72, y, { lineBreak: false });
        y += 15;
      }
      doc.text(`Page ${i + 1} of ${pages.length}`, 72, 790, { lineBreak: false });
    });
  });
}

/** A "scan": pages with only a drawn shape, no text layer. */
export function imageOnlyPdf(pageCount = 1): Promise<Buffer> {
  return render({}, (doc) => {
    for (let i = 0; i < pageCount; i++) {
      doc.addPage({ size: 'A4', margin: 0 });
      doc.rect(50, 50, 400, 600).fill('#777777');
    }
  });
}

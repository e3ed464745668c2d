// How an OCR text becomes a document (no engine needed: the OCR text is given), the confidence floor, and
// the despeckling of rendered pages.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document.js';
import { despeckle, linesFromBlocks, OCR_ENGINE, type OcrText } from '../../src/parse/ocr.js';
import { OCR_MIN_CONFIDENCE } from '../../src/parse/pdf.js';
import { imageOnlyPdf } from './pdf-fixtures.js';

const line = (text: string, y: number) => ({ text, y, size: 30 });

/** Two pages as OCR returns them: a running header, a "Page N of M" footer with a misread digit, a hyphenated word. */
function ocrText(confidence: [number, number]): OcrText {
  return {
    engine: OCR_ENGINE,
    totalPages: 2,
    pages: [
      {
        confidence: confidence[0],
        lines: [
          line('OFFICIAL', 1600),
          line('DIRECTION ISSUED TO EXAMPLE COUNCIL', 1500),
          line('Date of issue: l2 March 2O24', 1440),
          line('1. The Council shall work with the improvement adviser appointed by the Depart-', 1380),
          line('ment and agree an improvement plan with the adviser within six weeks.', 1345),
          line('Page l of 2', 100),
        ],
      },
      {
        confidence: confidence[1],
        lines: [line('OFFICIAL', 1600), line('2. This Direction remains in force until it is revoked.', 1500), line('Page 2 of 2', 100)],
      },
    ],
  };
}

describe('reading a scan from its OCR text', () => {
  it('cleans the OCR lines like a text layer and records the pages and the confidence weighted by characters', async () => {
    const record = await readDocument({ bytes: await imageOnlyPdf(2), uri: 'file:///scan.pdf' }, { withText: true, ocr: ocrText([90, 70]) });
    expect(record.status).toBe('ok');
    expect(record.text).toBe(
      [
        'DIRECTION ISSUED TO EXAMPLE COUNCIL',
        'Date of issue: 12 March 2024',
        '1. The Council shall work with the improvement adviser appointed by the Department and agree an improvement plan with the adviser within six weeks.',
        '2. This Direction remains in force until it is revoked.',
      ].join('\n\n'),
    );
    expect(record.source.publishedAt).toBe('2024-03-12');
    // page 1 has 195 visible characters at 90, page 2 has 62 at 70 (the running lines count: OCR read them)
    expect(record.source.ocr).toEqual({ pages: 2, meanConfidence: 85.2 });
  });

  it(`below the floor (${OCR_MIN_CONFIDENCE}) the document stays scanned_pdf, with the confidence in the message`, async () => {
    const record = await readDocument({ bytes: await imageOnlyPdf(2), uri: 'file:///scan.pdf' }, { ocr: ocrText([50, 40]) });
    expect(record.status).toBe('error');
    expect(record.error).toEqual({
      code: 'scanned_pdf',
      message: `The PDF has no text layer and its OCR text is not reliable: OCR read 2 pages with mean confidence 47.6, below the floor of ${OCR_MIN_CONFIDENCE}.`,
    });
    expect(record.source.ocr).toBeUndefined();
  });

  it('an OCR text with no words keeps scanned_pdf and says OCR found nothing', async () => {
    const empty: OcrText = { engine: OCR_ENGINE, totalPages: 1, pages: [{ confidence: 0, lines: [] }] };
    const record = await readDocument({ bytes: await imageOnlyPdf(1), uri: 'file:///scan.pdf' }, { ocr: empty });
    expect(record.error).toEqual({ code: 'scanned_pdf', message: 'The PDF has no text layer and OCR found no text in it (OCR read 1 page with mean confidence 0).' });
  });

  it('notes when budgets.ocrMaxPages cut the OCR short', async () => {
    const text = { ...ocrText([90, 90]), totalPages: 5 };
    const record = await readDocument({ bytes: await imageOnlyPdf(5), uri: 'file:///scan.pdf' }, { ocr: text });
    expect(record.notes).toEqual(["Only the first 2 of the PDF's 5 pages were read by OCR (budgets.ocrMaxPages)."]);
  });
});

describe('Tesseract output', () => {
  it('lines come with baselines measured from the bottom of the page and their heights', () => {
    const blocks = [
      {
        paragraphs: [
          {
            lines: [
              { text: 'First  line\n', bbox: { x0: 10, y0: 100, x1: 500, y1: 130 }, baseline: { y0: 126, y1: 128 } },
              { text: ' \n', bbox: { x0: 10, y0: 140, x1: 20, y1: 150 } },
              { text: 'Second line', bbox: { x0: 10, y0: 150, x1: 400, y1: 178 } },
            ],
          },
        ],
      },
    ];
    expect(linesFromBlocks(blocks, 1000)).toEqual([
      { text: 'First line', y: 872, size: 30 },
      { text: 'Second line', y: 822, size: 28 },
    ]);
  });

  it('despeckling removes lone dark pixels and keeps strokes', () => {
    // 6×5 grey image, white, with one lone speck at (1,1) and a 2-pixel-wide stroke in columns 3–4.
    const w = 6;
    const h = 5;
    const px = new Uint8ClampedArray(w * h * 4).fill(255);
    const ink = (x: number, y: number) => px.fill(0, (y * w + x) * 4, (y * w + x) * 4 + 3);
    ink(1, 1);
    for (let y = 0; y < h; y++) [3, 4].forEach((x) => ink(x, y));
    expect(despeckle(px, w, h)).toBe(1);
    expect(px[(1 * w + 1) * 4]).toBe(255);
    for (let y = 1; y < h - 1; y++) expect(px[(y * w + 3) * 4]).toBe(0);
  });
});

// Each parse budget, reached on purpose: the document gets an exact outcome, quickly, and says what was cut.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document.js';
import { limitNesting, nestingDepth } from '../../src/parse/html-depth.js';
import { renderParagraphs } from '../../src/parse/html-render.js';
import { DocumentRecord } from '../../src/schema/record.js';
import { blankPagesPdf, deepHtml, DIRECTION_SENTENCE, flateBombPdf, namedPagesPdf } from './fixtures.js';

describe('HTML nesting budget', () => {
  it('100,000 nested <div>s: read (no stack overflow, no internal error), the text kept, the flattening noted', async () => {
    const record = await readDocument({ bytes: Buffer.from(deepHtml(100_000)), uri: 'https://news.example/deep' }, { withText: true });
    expect(DocumentRecord.parse(record).status).toBe('ok');
    expect(record.error).toBeNull();
    expect(record.text).toContain(DIRECTION_SENTENCE);
    expect(record.notes).toEqual([
      '99744 HTML elements nested deeper than 256 levels were flattened (budgets.htmlMaxDepth); their text is kept.',
    ]);
    expect(record.interventions.map((i) => [i.council.name, i.instrument, i.issuedOn])).toEqual([['Kirklees', 'direction', '2018-01-25']]);
  });

  it('counts depth without counting void elements or those whose end tag is optional, and leaves shallow pages alone', () => {
    const html = '<div><p>a<p>b<br><img src=x><div><span>c</span></div></div>';
    expect(nestingDepth(html)).toBe(3);
    expect(limitNesting(html, 3)).toEqual({ html, lifted: 0 });
    expect(limitNesting('<div><div><div>x</div></div></div>', 2)).toEqual({ html: '<div><div> x </div></div>', lifted: 1 });
    // A '<' inside a script or a comment is not a tag.
    expect(nestingDepth('<script>if (a <div) {}</script><!-- <div><div> --><div></div>')).toBe(1);
  });

  it('renders 100,000 levels of DOM without recursion', () => {
    let node: any = { type: 'text', data: 'deep text', parent: null };
    for (let i = 0; i < 100_000; i++) node = { type: 'tag', name: 'div', attribs: {}, children: [node] };
    expect(renderParagraphs(node)).toEqual(['deep text']);
  });
});

describe('PDF budgets', () => {
  it('a PDF of 20,000 blank pages: only the first 300 are read, it is scanned_pdf, and the message says so', async () => {
    const record = await readDocument({ bytes: await blankPagesPdf(20_000), uri: 'file:///bomb.pdf' });
    expect(record.error).toEqual({
      code: 'scanned_pdf',
      message:
        "The PDF has no text layer and no page images: there is nothing for OCR to read (only drawn shapes or blank pages). (Only the first 300 of the PDF's 20000 pages were read (budgets.pdfMaxPages).)",
    });
  }, 60_000);

  it('pages past pdfMaxPages are not read, and the record notes it', async () => {
    const record = await readDocument({ bytes: await namedPagesPdf(5), uri: 'file:///five.pdf' }, { withText: true, budgets: { pdfMaxPages: 2 } });
    expect(record.status).toBe('ok');
    expect(record.notes).toEqual(["Only the first 2 of the PDF's 5 pages were read (budgets.pdfMaxPages)."]);
    expect(record.text).toContain('page bravo');
    expect(record.text).not.toContain('charlie');
  });

  it('a stream that inflates past pdfMaxDecodedBytes is too_large, unread', async () => {
    const bomb = flateBombPdf(4 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(10_000);
    const record = await readDocument({ bytes: bomb, uri: 'file:///flate.pdf' }, { budgets: { pdfMaxDecodedBytes: 1024 * 1024 } });
    expect(record.error).toEqual({
      code: 'too_large',
      message: "The PDF's compressed streams inflate to more than 1048576 bytes (budgets.pdfMaxDecodedBytes); not read.",
    });
  });
});

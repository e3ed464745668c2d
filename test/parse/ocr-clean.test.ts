import { describe, expect, it } from 'vitest';
import { cleanOcrLine, cleanOcrPage } from '../../src/parse/ocr-clean.js';

// [what OCR read, what the line becomes]
const LINES: [string, string][] = [
  // ligature glyphs
  ['the ﬁnal report of the oﬃce', 'the final report of the office'],
  ['ﬂexible staﬀ', 'flexible staff'],
  // hyphen glyphs at a line end become '-', so the PDF hyphenation mending joins the word
  ['secure the improve¬', 'secure the improve-'],
  ['secure the improve‐', 'secure the improve-'],
  ['a sign-off ¬', 'a sign-off ¬'],
  // item markers misread at the start of a line
  ['(¢) work with the adviser', '(c) work with the adviser'],
  ['© work with the adviser', '(c) work with the adviser'],
  ['(c) © work with the adviser', '(c) work with the adviser'],
  ['a fee of 5¢ (¢) each', 'a fee of 5¢ (¢) each'],
  // digits read as letters in dates
  ['dated l2 December 2O23', 'dated 12 December 2023'],
  ['on I1 March 2024', 'on 11 March 2024'],
  ['by 3O September', 'by 30 September'],
  ['by 3l January 2025.', 'by 31 January 2025.'],
  ['issued on 1st Ju1y', 'issued on 1st July'],
  ['from O5/O3/2O24 onwards', 'from 05/03/2024 onwards'],
  ['December 2O2l', 'December 2021'],
  // a lone letter before a month is left alone: "I" is a word
  ['as I March on', 'as I March on'],
  // and a year needs two real digits
  ['March IOIO', 'March IOIO'],
  // section and paragraph numbers
  ['under section 497A(4B) and section 5O of the Act', 'under section 497A(4B) and section 50 of the Act'],
  ['paragraph l2 of Schedule 1', 'paragraph 12 of Schedule 1'],
  ['section l7 of the Children Act', 'section 17 of the Children Act'],
  ['Part I of the Act', 'Part I of the Act'],
  // "Page N of M" with a lookalike, so the running-line removal recognises it
  ['Page l of 3', 'Page 1 of 3'],
  ['Page 2 of I', 'Page 2 of 1'],
  ['Page I of I', 'Page I of I'],
  // digits inside lower-case words
  ["chi1dren's services", "children's services"],
  ['the c0uncil and the counci1', 'the council and the council'],
  ['the A1 road and 10am', 'the A1 road and 10am'],
  // nothing to do
  ['The Secretary of State directs the Council', 'The Secretary of State directs the Council'],
];

describe('OCR line clean-up (data/ocr-fixes.json)', () => {
  it.each(LINES)('%s', (input, expected) => {
    expect(cleanOcrLine(input)).toBe(expected);
  });

  it('merges fragments of one printed line and drops lines left empty', () => {
    const page = cleanOcrPage([
      { text: 'The Council shall', y: 700, size: 12 },
      { text: 'agree a plan', y: 702, size: 12 },
      { text: 'within six weeks.', y: 684, size: 12 },
      { text: '  ', y: 600, size: 12 },
    ]);
    expect(page).toEqual([
      { text: 'The Council shall agree a plan', y: 700, size: 12 },
      { text: 'within six weeks.', y: 684, size: 12 },
    ]);
  });
});

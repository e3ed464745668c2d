// The helpers behind "Where it says so" and "Where sources disagree": sentence widening, readable source
// addresses, field paths in words.
import { describe, expect, it } from 'vitest';
import { describeField } from '../../src/report/disagreements.js';
import { readableUrl, sentenceAround } from '../../src/report/evidence.js';
import { yearFraction } from '../../src/report/timeline-svg.js';

/** The evidence of the first occurrence of quote in text. */
function at(text: string, quote: string) {
  const start = text.indexOf(quote);
  return { quote, start, end: start + quote.length };
}

describe('sentenceAround', () => {
  it('widens a matched span to its sentence, across wrapped lines, dropping the paragraph number', () => {
    const text = 'HEADING OF THE NOTICE\n\n4. The council must agree a plan\nwith its adviser within six weeks. Then it reports.';
    expect(sentenceAround(text, at(text, 'within six weeks'))).toBe('The council must agree a plan with its adviser within six weeks.');
    expect(sentenceAround(text, at(text, 'reports'))).toBe('Then it reports.');
    // A heading is its own block: it never runs on into the paragraph after it.
    expect(sentenceAround(text, at(text, 'NOTICE'))).toBe('HEADING OF THE NOTICE');
  });

  it('does not end a sentence at an abbreviation, an initial or a decimal', () => {
    const text = 'Before that. The board, chaired by Dr. A. Person (see para. 2.5), meets every month. After.';
    expect(sentenceAround(text, at(text, 'every month'))).toBe('The board, chaired by Dr. A. Person (see para. 2.5), meets every month.');
  });

  it('puts the sentence that introduces a list in front of the list item', () => {
    const text = '5. The Council shall:\n\n(a) by 30 April, submit a plan;\n\n(b) by 30 May, report on it.';
    expect(sentenceAround(text, at(text, 'by 30 May'))).toBe('The Council shall: (b) by 30 May, report on it.');
  });

  it('keeps the quote when the offsets do not point at it, and cuts a very long sentence around it', () => {
    expect(sentenceAround('other text entirely', { quote: 'by 30 June', start: 0, end: 10 })).toBe('by 30 June');
    const long = `${'word '.repeat(150)}by 30 June ${'more '.repeat(150)}end.`;
    const cut = sentenceAround(long, at(long, 'by 30 June'));
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('by 30 June');
    expect(cut.length).toBeLessThanOrEqual(422);
  });
});

describe('readableUrl', () => {
  it('maps a GOV.UK Content API address to the page, and leaves others alone', () => {
    expect(readableUrl('https://www.gov.uk/api/content/government/publications/x-y')).toBe('https://www.gov.uk/government/publications/x-y');
    expect(readableUrl('https://www.gov.uk/government/publications/x-y')).toBe('https://www.gov.uk/government/publications/x-y');
    expect(readableUrl('https://example.org/api/content/a')).toBe('https://example.org/api/content/a');
    expect(readableUrl('not a url')).toBe('not a url');
  });
});

describe('describeField', () => {
  it('names a conflict’s field in words', () => {
    expect(describeField('deadlines[by 30 June 2025].action')).toMatchObject({ subject: 'For the deadline “by 30 June 2025”', words: 'what must be done' });
    expect(describeField('people[Jane Example].role')).toMatchObject({ subject: 'For Jane Example', words: 'the role' });
    expect(describeField('ofsted.rating')).toMatchObject({ subject: null, words: 'the Ofsted rating' });
    expect(describeField('issuedOn').format?.('2025-06-30')).toBe('30 June 2025');
  });
});

describe('yearFraction', () => {
  it('places dates on the timeline at the precision given', () => {
    expect(yearFraction('2024')).toBe(2024);
    expect(yearFraction('2024-07')).toBe(2024.5);
    expect(yearFraction('2024-01-01')).toBe(2024);
  });
});

import { describe, expect, it } from 'vitest';
import { caseless, MAX_SENTENCE, splitSentences } from './text.js';

describe('splitSentences', () => {
  it('splits at full stops, not after abbreviations', () => {
    expect(splitSentences('Mr Bloggs was appointed. The council agreed.').map((s) => s.text)).toEqual(['Mr Bloggs was appointed.', 'The council agreed.']);
  });

  it('cuts a sentence longer than the budget at spaces, keeping every offset exact', () => {
    const text = 'word '.repeat(1_000_000 / 5).trim();
    const sentences = splitSentences(text);
    expect(sentences.every((s) => s.text.length <= MAX_SENTENCE && text.slice(s.start, s.end) === s.text)).toBe(true);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
  });
});

describe('caseless', () => {
  it('matches letters in either case and keeps group syntax and classes working', () => {
    const re = new RegExp(`^${caseless('(?<d1>issued) [a-z]+ (?:to)')} [A-Z]`);
    expect(re.exec('ISSUED notice To Bury')?.groups?.d1).toBe('ISSUED');
    expect(re.test('issued notice to bury')).toBe(false);
  });
});

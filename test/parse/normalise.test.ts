import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/parse/normalise.js';

// raw text → normalised text
const TABLE: Array<[string, string]> = [
  ['plain words', 'plain words'],
  ['a\r\nb\rc\u2028d', 'a\nb\nc\nd'],
  ['a\u00a0b\u2009c\td', 'a b c d'],
  ['soft\u00adhy\u200bphen\ufeff', 'softhyphen'],
  ['bell\u0007 and \u0085next', 'bell and\nnext'],
  ['a  b \n  c\n\n\n\nd  ', 'a b\nc\n\nd'],
  ['Cafe\u0301', 'Caf\u00e9'],
];

describe('normaliseText', () => {
  it.each(TABLE)('%j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });
});

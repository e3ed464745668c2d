import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import { describe, expect, it } from 'vitest';
import { isFirstNameWord } from './first-names.js';

// word → first name?
const TABLE: Array<[string, boolean]> = [
  ['Mary', true],
  ['MARY', true],
  ['Bradford', true],
  ['Ann-Marie', true],
  ['Osei-Craig', true],
  ['Smith-Jones', false],
  ['Ofsted', false],
  ['May', false],
  ['Will', false],
  ["O'Brien", false],
  ['McDonald', false],
  ['Kirklees', false],
];

describe('isFirstNameWord', () => {
  it.each(TABLE)('%s → %s', (word, expected) => {
    expect(isFirstNameWord(word)).toBe(expected);
  });

  // data/first-names.json is copied from compromise's lists: after an upgrade of compromise, rerun
  // scripts/first-names.ts when this fails.
  it('answers as compromise does', () => {
    const nlp = createRequire(import.meta.url)('compromise') as typeof Compromise;
    const words = [...TABLE.map(([w]) => w), 'Harriet', 'Niamh', 'Rupert', 'Kwame', 'Tomas', 'Priya', 'Hector', 'Greta', 'Lionel', 'Council', 'Secretary', 'Leeds'];
    expect(words.filter((w) => isFirstNameWord(w) !== nlp(w).has('#FirstName'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findDurations } from './durations.js';
import { splitSentences } from './text.js';

const TABLE: Array<[string, string, string, string | null]> = [
  ['It must enter into an agreement for a period of three years.', 'for a period of three years', 'P3Y', null],
  ['Peer support will run over a minimum of a 24-month period.', 'a minimum of a 24-month period', 'P24M', 'at least'],
  ['Trafford acts as partner for a period of not less than 18 months from the date of this Direction.', 'for a period of not less than 18 months from the date of this Direction', 'P18M', 'at least'],
  ['The partnership will run for an initial two years.', 'for an initial two years', 'P2Y', 'initial'],
  ['Trafford will give peer support for 12 months.', 'for 12 months', 'P12M', null],
  ['The notice will remain in force until it is revoked by the Secretary of State for Education.', 'remain in force until it is revoked by the Secretary of State for Education', 'open-ended', null],
  ['The DfE Direction is open ended.', 'open ended', 'open-ended', null],
  ['They must accommodate advisers until the directions are removed.', 'until the directions are removed', 'open-ended', null],
  ['The partnership will run for up to two years.', 'for up to two years', 'P2Y', 'at most'],
  ['The trust will run services for an initial term of five years.', 'for an initial term of five years', 'P5Y', 'initial'],
  ['Support will continue for the next 12 months.', 'for the next 12 months', 'P12M', null],
  ['Warwickshire will stay in touch for a further year.', 'for a further year', 'P1Y', null],
  ['The direction stays until ministers are satisfied.', 'until ministers are satisfied', 'open-ended', null],
  ['The commissioner will stay for the foreseeable future.', 'for the foreseeable future', 'open-ended', null],
  ['The notice will be reviewed no earlier than 12 months after it was issued.', 'no earlier than 12 months', 'P12M', 'at least'],
];

describe('findDurations', () => {
  it.each(TABLE)('%s', (sentenceText, text, length, qualifier) => {
    const [s] = splitSentences(sentenceText);
    const found = findDurations(s);
    expect(found.map((d) => [d.text, d.length, d.qualifier])).toEqual([[text, length, qualifier]]);
    expect(sentenceText.slice(found[0].start, found[0].end)).toBe(text);
  });

  it('ignores a bare "for N years" that is not about the intervention', () => {
    const [s] = splitSentences('The director has been at the council for 11 years.');
    expect(findDurations(s)).toEqual([]);
  });

  it('ignores spans of the past', () => {
    const [s] = splitSentences('The council has attended meetings for the last six years.');
    expect(findDurations(s)).toEqual([]);
  });
});

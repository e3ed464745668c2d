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
  // terms named by a hyphenated count
  ['A former director will lead a four-month review of the service.', 'a four-month review', 'P4M', null],
  ['Work continues on a two-year improvement plan.', 'a two-year improvement plan', 'P2Y', null],
  ['A new 7-year contract was signed.', 'A new 7-year contract', 'P7Y', null],
  // time given to act
  ['The letter gives Barsetshire Council 9 months to show it can change.', '9 months to show', 'P9M', null],
  ['Ministers say the borough has six months to deliver improvements.', 'six months to deliver', 'P6M', null],
  ['Council handed eight months to improve', 'eight months to improve', 'P8M', null],
  // spending and taking time
  ['The adviser will spend the next two months looking at front-line practice.', 'the next two months', 'P2M', null],
  ['Fixing the service should take a period of nine months to a year.', 'a period of nine months to a year', 'P9M', null],
  // ranges keep their span and take the lower bound
  ['The company will run the service for at least four years and perhaps 8.', 'for at least four years and perhaps 8', 'P4Y', 'at least'],
  ['The partnership will last for a period of up to two years.', 'for a period of up to two years', 'P2Y', 'at most'],
  // a further term, with no other word of the intervention
  ['Watch kept for a further 6 months', 'for a further 6 months', 'P6M', null],
  ['Checks go on for another year.', 'for another year', 'P1Y', null],
  ['A neighbouring county is to run the service for four years.', 'for four years', 'P4Y', null],
  // elapsed time of the intervention
  ['The direction has been revoked after over six years of oversight.', 'after over six years', 'P6Y', null],
  ['Two years after an improvement notice was issued, it has been removed.', 'Two years after an improvement notice', 'P2Y', null],
  ['She has now spent 14 months in the post.', '14 months in the post', 'P14M', null],
  // open-ended terms
  ['Support continues until a direction from the minister is revoked.', 'until a direction from the minister is revoked', 'open-ended', null],
  ['Help is offered until the government removes its direction.', 'until the government removes its direction', 'open-ended', null],
  ['Support lasts until such time as the Secretary of State for Education is satisfied.', 'until such time as the Secretary of State for Education is satisfied', 'open-ended', null],
  ['The direction stays until some such time that the education secretary is satisfied.', 'until some such time that the education secretary is satisfied', 'open-ended', null],
  ['The measures will remain in place until the next inspection.', 'remain in place until the next inspection', 'open-ended', null],
  ['The notice stays in force indefinitely, until ministers are satisfied.', 'indefinitely, until ministers are satisfied', 'open-ended', null],
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

  it.each([
    ['a window, not a term', 'Both ratings fell within a five-year period.'],
    ['a person leaving after years in a job', 'He stepped down after more than six years running the department.'],
    ['an age', 'A 10-year-old plan was found.'],
    ['a review at a distance, which is a deadline', 'There will be a 6 month review of progress.'],
  ])('ignores %s', (_label, sentenceText) => {
    const [s] = splitSentences(sentenceText);
    expect(findDurations(s)).toEqual([]);
  });

  it('stays fast on a huge sentence', () => {
    const [s] = splitSentences(`Until such time as ${'the council '.repeat(80000)} for ${'three years to '.repeat(40000)}`);
    const t0 = performance.now();
    findDurations(s);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('ignores spans of the past', () => {
    const [s] = splitSentences('The council has attended meetings for the last six years.');
    expect(findDurations(s)).toEqual([]);
  });
});

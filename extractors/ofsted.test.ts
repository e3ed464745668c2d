import { describe, expect, it } from 'vitest';
import { findOfsted } from './ofsted.js';
import { splitSentences } from './text.js';

// sentence, anchor → rating and month of the judgement
const TABLE: Array<[string, string | null, string | null, string | null]> = [
  ['Services for children in Bury were rated "inadequate" in October 2021.', '2022-01-25', 'inadequate', '2021-10'],
  ['Ofsted rated Luton inadequate in May, after a full inspection.', '2024-10-17', 'inadequate', '2024-05'],
  ['In a report published on 2 March 2021, Ofsted found the services inadequate.', null, 'inadequate', '2021-03'],
  ["Ofsted's visit of May 2022 judged services to require improvement to be good.", null, 'requires improvement', '2022-05'],
  ['Their findings, published on 2 August 2024, found widespread failings in the local area.', null, null, '2024-08'],
  ['Ofsted rated the council’s services inadequate last month.', '2025-03-13', 'inadequate', '2025-02'],
  // A bare year when the sentence gives no month; not one that belongs to something else
  ['It follows a damning Ofsted report in 2016, which found services for children were inadequate.', null, 'inadequate', '2016'],
  ['Ofsted has rated the service inadequate since 2016.', null, 'inadequate', null],
  // The press's other verbs of judgement
  ['The council stepped in after its services were found to be inadequate in 2013.', null, 'inadequate', '2013'],
  ['Bury was branded inadequate in March 2019.', null, 'inadequate', '2019-03'],
  ['The notice describes the council’s performance as “inadequate”.', null, 'inadequate', null],
];

describe('findOfsted', () => {
  it.each(TABLE)('%s', (text, anchor, rating, publishedOn) => {
    const found = findOfsted(splitSentences(text)[0], anchor);
    expect(found && [found.rating, found.publishedOn]).toEqual([rating, publishedOn]);
  });

  it('ignores sentences without a judgement, and good or outstanding grades (only failing ones are recorded)', () => {
    expect(findOfsted(splitSentences('The council published its budget in March 2024.')[0], null)).toBeNull();
    expect(findOfsted(splitSentences('Ofsted rated the service outstanding in August.')[0], '2021-12-20')).toBeNull();
  });
});

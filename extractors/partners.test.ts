import { describe, expect, it } from 'vitest';
import { findCouncils } from './councils.js';
import { findPartners } from './partners.js';
import { splitSentences } from './text.js';

// sentence → [partner, role, council helped (or null: the caller's focus)]
const TABLE: Array<[string, Array<[string, string, string | null]>]> = [
  [
    'Leeds City Council will take over services in Kirklees, Camden Council will provide "intensive support" to Croydon, and Essex County Council has been appointed as "improvement adviser" in Barnet.',
    [['Leeds', 'partner', 'Kirklees'], ['Camden', 'intensive support', 'Croydon'], ['Essex', 'improvement adviser', 'Barnet']],
  ],
  ['A statutory direction issued to Kirklees Council states that it must enter into a strategic partnership agreement with Leeds City Council within three months.', [['Leeds', 'strategic partner', 'Kirklees']]],
  ['The directions pair Hackney with Islington, Peterborough with Lincolnshire and Medway with Hampshire.', [['Islington', 'partner', 'Hackney'], ['Lincolnshire', 'partner', 'Peterborough'], ['Hampshire', 'partner', 'Medway']]],
  ['As well as naming Hampshire County Council as its improvement partner, the department has appointed a commissioner.', [['Hampshire', 'improvement partner', null]]],
  ['Cheshire West and Chester Council is appointed as strategic partner to the Council for a period of 18 months.', [['Cheshire West and Chester', 'strategic partner', null]]],
  ['Staff from Lincolnshire County Council and Islington Council are to be appointed by the DfE as Intervention Advisers.', [['Lincolnshire', 'intervention adviser', null], ['Islington', 'intervention adviser', null]]],
];

describe('findPartners', () => {
  it.each(TABLE)('%s', (text, expected) => {
    const [s] = splitSentences(text);
    const found = findPartners(text, s, findCouncils(text, '2020-01-01'));
    expect(found.map((p) => [p.partner.council.name, p.role, p.subject?.council.name ?? null])).toEqual(expected);
  });

  it('does not pair councils that only run services jointly or are named in passing', () => {
    const text = 'The city ran several children’s services jointly with Cambridgeshire until 2021.';
    expect(findPartners(text, splitSentences(text)[0], findCouncils(text, null))).toEqual([]);
  });
});

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
  ['A direction dated 2 October 2024 places the council under the guidance of Wigan Council, which will provide an improvement partner team.', [['Wigan', 'improvement partner', null]]],
  ["Under the arrangement, North Lincolnshire Council's director of children's services will act as an adviser to the city's leadership team.", [['North Lincolnshire', 'adviser', null]]],
  ['Stockport Council, which acted as improvement partner throughout the intervention, sent a team.', [['Stockport', 'improvement partner', null]]],
  ['During the notice, Devon County Council supported Torbay as its improvement partner.', [['Devon', 'improvement partner', 'Torbay']]],
  ["North Yorkshire, one of the DfE's Partners in Practice, will provide support to the Teesside authority.", [['North Yorkshire', 'partners in practice', null]]],
  ['Norfolk will draw up its plan with support from high-performing Cambridgeshire council, which has been named as its SEND improvement partner.', [['Cambridgeshire', 'SEND improvement partner', 'Norfolk']]],
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

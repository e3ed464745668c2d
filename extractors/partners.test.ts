import { describe, expect, it } from 'vitest';
import { findCouncils } from './councils.js';
import { findPartners } from './partners.js';
import { splitSentences } from './text.js';

// sentence → [partner, role, council helped (or null: the caller's focus)]
const TABLE: Array<[string, Array<[string, string, string | null]>]> = [
  [
    'Wigan Council will take over services in Bolton, Sutton Council will offer "intensive support" to Merton, and Kent County Council was named "improvement adviser" for Medway.',
    [['Wigan', 'partner', 'Bolton'], ['Sutton', 'intensive support', 'Merton'], ['Kent', 'improvement adviser', 'Medway']],
  ],
  ['The DfE confirmed that Wigan Council children’s services is currently Bolton’s improvement partner.', [['Wigan', 'improvement partner', 'Bolton']]],
  ['Officers from Stockport and Trafford children’s services will be brought in to Oldham.', [['Stockport', 'partner', 'Oldham'], ['Trafford', 'partner', 'Oldham']]],
  ['Staff will get peer support from our partners at Camden Council.', [['Camden', 'peer support', null]]],
  ['Under its direction Oldham Council must sign a strategic partnership agreement with Stockport Council.', [['Stockport', 'strategic partner', 'Oldham']]],
  ['The notices pair Slough with Reading Borough Council, Luton with Hertfordshire and Torbay with Devon.', [['Reading', 'partner', 'Slough'], ['Hertfordshire', 'partner', 'Luton'], ['Devon', 'partner', 'Torbay']]],
  ['Besides naming Surrey County Council as its improvement partner, ministers sent in an adviser.', [['Surrey', 'improvement partner', null]]],
  ['Cheshire West and Chester Council is appointed as strategic partner to the Council for a period of 18 months.', [['Cheshire West and Chester', 'strategic partner', null]]],
  ['Officers from Leeds City Council and Camden Council will be appointed as Intervention Advisers.', [['Leeds', 'intervention adviser', null], ['Camden', 'intervention adviser', null]]],
  ['A direction dated 2 October 2024 places the council under the guidance of Wigan Council, which will provide an improvement partner team.', [['Wigan', 'improvement partner', null]]],
  ["Under the arrangement, North Lincolnshire Council's director of children's services will act as an adviser to the city's leadership team.", [['North Lincolnshire', 'adviser', null]]],
  ['Stockport Council, which acted as improvement partner throughout the intervention, sent a team.', [['Stockport', 'improvement partner', null]]],
  ['During the notice, Devon County Council supported Torbay as its improvement partner.', [['Devon', 'improvement partner', 'Torbay']]],
  ["North Yorkshire, one of the DfE's Partners in Practice, will provide support to the Teesside authority.", [['North Yorkshire', 'partners in practice', null]]],
  ['Norfolk will draw up its plan with support from high-performing Cambridgeshire council, which has been named as its SEND improvement partner.', [['Cambridgeshire', 'SEND improvement partner', 'Norfolk']]],
  ['Under the direction, the London Borough of Redbridge acted as the council’s improvement partner.', [['Redbridge', 'improvement partner', null]]],
  // The role, then the council it names after a comma
  ['The council keeps control of its services, co-operating with the DfE’s appointed advisers, Essex County Council.', [['Essex', 'adviser', null]]],
  ['Ministers named its new improvement partner, Leeds City Council, in May.', [['Leeds', 'improvement partner', null]]],
];

describe('findPartners', () => {
  it.each(TABLE)('%s', (text, expected) => {
    const [s] = splitSentences(text);
    const found = findPartners(text, s, findCouncils(text, '2020-01-01'));
    expect(found.map((p) => [p.partner.council.name, p.role, p.subject?.council.name ?? null])).toEqual(expected);
  });

  it('does not pair councils that only run services jointly or are named in passing', () => {
    for (const text of ['The borough shared a fostering service with Rutland until 2019.', 'Jo Bloggs appointed Bury children’s services commissioner']) {
      expect(findPartners(text, splitSentences(text)[0], findCouncils(text, null))).toEqual([]);
    }
  });
});

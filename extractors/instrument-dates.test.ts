// addressTitle: a GOV.UK instrument title kept in a mirror's address → the kind, the addressee's words and the month.
import { describe, expect, it } from 'vitest';
import { addressTitle } from './instrument-dates.js';

const cases: Array<[string, ReturnType<typeof addressTitle>]> = [
  ['https://mirror.example/news/decision-improvement-notice-issued-to-bury-council-july-2024-12345', { kind: 'improvement_notice', to: 'bury council', month: '2024-07' }],
  ['https://mirror.example/gov/direction-issued-to-stoke-on-trent-city-council-march-2024-991.html', { kind: 'direction', to: 'stoke on trent city council', month: '2024-03' }],
  ['https://mirror.example/revised-direction-issued-to-luton-borough-council-september-2023/', { kind: 'revised_direction', to: 'luton borough council', month: '2023-09' }],
  ['https://mirror.example/send-direction-issued-to-bury-council-march-2025', { kind: 'direction', to: 'bury council', month: '2025-03' }],
  // No month in the title, a month in another segment, or no instrument: nothing.
  ['https://mirror.example/direction-issued-to-bury-council', null],
  ['https://mirror.example/2024/july/direction-issued-to-bury-council', null],
  ['https://mirror.example/bury-council-budget-march-2024', null],
  ['not an address', null],
];

describe('addressTitle', () => {
  it.each(cases)('%s', (uri, expected) => {
    expect(addressTitle(uri)).toEqual(expected);
  });
});

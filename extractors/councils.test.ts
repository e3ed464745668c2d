import { describe, expect, it } from 'vitest';
import { councilOfDomain, findCouncils } from './councils.js';

const TABLE: Array<[string, string | null, Array<[string, string, string | null]>]> = [
  ["Ministers asked whether Reading's services should leave council control.", '2020-01-01', [['Reading', 'Reading', 'E06000038']]],
  ['Reading the report, ministers acted.', '2020-01-01', []],
  ['Leeds City Council will help social workers in Kirklees.', '2018-01-25', [['Leeds City Council', 'Leeds', 'E08000035'], ['Kirklees', 'Kirklees', 'E08000034']]],
  ["The London Borough of Hackney's board", null, [['London Borough of Hackney', 'Hackney', 'E09000012']]],
  ['Bournemouth, Christchurch and Poole Council', null, [['Bournemouth, Christchurch and Poole Council', 'Bournemouth, Christchurch and Poole', 'E06000058']]],
  ['H&F and St. Helens', null, [['H&F', 'Hammersmith and Fulham', 'E09000013'], ['St. Helens', 'St Helens', 'E08000013']]],
  ['Buckinghamshire County Council', '2019-01-01', [['Buckinghamshire County Council', 'Buckinghamshire', 'E10000002']]],
  ['Buckinghamshire', '2024-01-01', [['Buckinghamshire', 'Buckinghamshire', 'E06000060']]],
  ['Reading the report in Newcastle-under-Lyme', null, []],
  // Abbreviated forms: a common-word name counts with its council abbreviation
  ['Ministers wrote to Reading BC and to Kent CC.', '2020-01-01', [['Reading BC', 'Reading', 'E06000038'], ['Kent CC', 'Kent', 'E10000016']]],
];

describe('findCouncils', () => {
  it.each(TABLE)('%s', (text, date, expected) => {
    expect(findCouncils(text, date).map((m) => [m.surface, m.council.name, m.council.gss])).toEqual(expected);
  });

  it('marks a named person\'s employer and the ends of a range as asides', () => {
    const found = findCouncils('Former Warrington SEND director Jo Bloggs joins. From Cornwall to Cumbria, councils struggle.', '2025-01-01');
    expect(found.map((m) => [m.council.name, m.body])).toEqual([['Warrington', true], ['Cornwall', true], ['Cumbria', true]]);
    expect(findCouncils("Leeds City Council's director of children's services will chair the board.", null)[0].body).toBe(false);
  });

  it('marks a name for several councils at once as a body', () => {
    expect(findCouncils('Services are run by Achieving for Children (AfC).', '2024-05-20').map((m) => [m.council.name, m.body])).toEqual([
      ['Kingston upon Thames and Richmond upon Thames and Windsor and Maidenhead', true],
      ['Kingston upon Thames and Richmond upon Thames and Windsor and Maidenhead', true],
    ]);
  });

  it('reads a surname after a title as a person', () => {
    expect(findCouncils('The review was led by Dr Ben Harrow.', null).map((m) => m.body)).toEqual([true]);
  });

  it('marks trusts and companies as bodies, not councils', () => {
    const [m] = findCouncils('Together for Children runs the service.', '2020-01-01');
    expect([m.council.name, m.body]).toEqual(['Sunderland', true]);
  });
});

describe('councilOfDomain', () => {
  it.each([
    ['https://www.bury.gov.uk/news/notice', 'Bury'],
    ['https://democracy.wigan.gov.uk/ieListDocuments.aspx', 'Wigan'],
    ['https://www.scilly.gov.uk/news', 'Isles of Scilly'],
    ['https://wigan.moderngov.co.uk/mgAi.aspx?ID=1', 'Wigan'],
    ['https://www.gov.uk/government/publications/x', null],
    ['https://www.bury-news.co.uk/story', null],
    ['not a url', null],
  ])('%s → %s', (uri, name) => {
    expect(councilOfDomain(uri)?.name ?? null).toBe(name);
  });
});

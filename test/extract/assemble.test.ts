// Whole documents through parse + extract: which instruments come out, for which council, with which facts.
import { describe, expect, it } from 'vitest';
import { extractInterventions } from '../../src/extract/index.js';
import { parseDocument } from '../../src/parse/index.js';

async function read(text: string, uri = 'https://news.example/2025/03/14/story/') {
  const doc = await parseDocument({ bytes: Buffer.from(text), uri, contentType: 'text/plain' });
  return extractInterventions(doc);
}

describe('extracting a whole document', () => {
  it('pairs each council in a round-up with its own partner, deadline and date', async () => {
    const found = await read(
      [
        'Two councils face intervention',
        'Friday 14 March 2025',
        'The Department for Education has acted in two areas this week.',
        'Bolton',
        'Bolton Council received an improvement notice on 10 March 2025. Wigan Council will act as improvement partner. Bolton must send a plan by the end of April.',
        'Luton',
        'In Luton, a statutory direction was issued on 12 March 2025. Hertfordshire County Council will act as strategic partner, and the direction will run for two years.',
      ].join('\n\n'),
    );
    expect(
      found.map((i) => [i.council.name, i.instrument, i.issuedOn, i.partners.map((p) => p.council.name), i.deadlines.map((d) => d.due), i.durations.map((d) => d.length)]),
    ).toEqual([
      ['Bolton', 'improvement_notice', '2025-03-10', ['Wigan'], ['2025-04'], []],
      ['Luton', 'direction', '2025-03-12', ['Hertfordshire'], [], ['P2Y']],
    ]);
  });

  it('gives a SEND partner to the SEND instrument when a page carries two', async () => {
    const found = await read(
      [
        'Directions issued to Bury Council',
        'Direction issued to Bury Council: 3 October 2023',
        'SEND direction issued to Bury Council: 11 March 2025',
        'The Secretary of State for Education has issued 2 directions to Bury Council about its children’s services.',
        'It appoints Bolton Council as SEND improvement partner.',
      ].join('\n\n'),
      'https://www.gov.uk/government/publications/directions-issued-to-bury-council',
    );
    expect(found.map((i) => [i.instrument, i.service, i.issuedOn, i.partners.map((p) => p.council.name)])).toEqual([
      ['direction', "children's social care", '2023-10-03', []],
      ['direction', 'SEND', '2025-03-11', ['Bolton']],
    ]);
  });

  it('reports nothing for a story about another kind of order', async () => {
    const found = await read(
      'School to become academy\n\nFriday 14 March 2025\n\nThe regional director has issued a directive academy order to a primary school in Bury after an inadequate Ofsted judgement. Bury Council said the children’s services of the borough are not under an improvement notice or a direction.',
    );
    expect(found).toEqual([]);
  });
  it('dates what a news lede reports in the present perfect by the article, what happened today by its day, and a sentence that opens with its month by that month', async () => {
    const recent = await read(['Commissioner for Bury', 'Friday 14 March 2025', 'The Department for Education has appointed a commissioner for children’s services at Bury Council.'].join('\n\n'));
    const today = await read(['Notice for Bury', 'Friday 14 March 2025', 'Bury Council was issued with an improvement notice by the Department for Education today.'].join('\n\n'));
    const older = await read(['Notice for Bury', 'Friday 14 March 2025', 'Bury Council was issued with an improvement notice by the Department for Education after an inspection.'].join('\n\n'));
    const said = await read(['Trust for Bury', 'Friday 14 March 2025', 'Bury Council’s children’s services will be moved to an independent trust ordered by the government, the education secretary has said.'].join('\n\n'));
    const afternoon = await read(['Notice for Bury', 'Friday 14 March 2025', 'Bury Council was given an improvement notice by the Department for Education this afternoon.'].join('\n\n'));
    const inMonth = await read(['Bury story', 'Friday 14 March 2025', 'In May 2021 the education secretary ruled that Bury Council was to be placed under a statutory direction.'].join('\n\n'));
    expect([recent, today, older, said, afternoon, inMonth].map((found) => found.map((i) => [i.council.name, i.instrument, i.issuedOn]))).toEqual([
      [['Bury', 'commissioner_appointment', '2025-03']],
      [['Bury', 'improvement_notice', '2025-03-14']],
      [['Bury', 'improvement_notice', null]],
      [['Bury', 'other', '2025-03']],
      [['Bury', 'improvement_notice', '2025-03-14']],
      [['Bury', 'direction', '2021-05']],
    ]);
  });

  it("dates an instrument whose text has no date by the GOV.UK title its mirror's address keeps; a date in the text wins", async () => {
    const uri = 'https://mirror.example/news/improvement-notice-issued-to-bury-council-july-2024-123';
    const undated = await read('Department for Education\n\nThis improvement notice requires Bury Council to improve its children’s social care services.', uri);
    const dated = await read('Department for Education\n\nThis improvement notice, issued on 3 June 2024, requires Bury Council to improve its children’s social care services.', uri);
    const other = await read('Department for Education\n\nThis improvement notice requires Oldham Council to improve its children’s social care services.', uri);
    expect([undated, dated, other].map((found) => found.map((i) => [i.council.name, i.instrument, i.issuedOn]))).toEqual([
      [['Bury', 'improvement_notice', '2024-07']],
      [['Bury', 'improvement_notice', '2024-06-03']],
      [['Oldham', 'improvement_notice', null]],
    ]);
  });

  it('gives a judgement published after an instrument to the next instrument, which it led to', async () => {
    const found = await read(
      [
        'Bury timeline',
        'Friday 14 March 2025',
        'The Department for Education issued a statutory direction to Bury Council in November 2018.',
        'Ofsted judged Bury’s children’s services inadequate in June 2019.',
        'A children’s services commissioner was appointed to Bury Council in October 2019.',
      ].join('\n\n'),
    );
    expect(found.map((i) => [i.instrument, i.issuedOn, i.ofsted])).toEqual([
      ['direction', '2018-11', null],
      ['commissioner_appointment', '2019-10', { rating: 'inadequate', publishedOn: '2019-06' }],
    ]);
    // A sentence that opens with the day dates the appointment it reports.
    const onDay = await read(
      [
        'Bury timeline',
        'Friday 14 March 2025',
        'The Department for Education issued a statutory direction to Bury Council in November 2018.',
        'On 8 October 2019 the Department for Education appointed a commissioner for children’s services in Bury.',
      ].join('\n\n'),
    );
    expect(onDay.map((i) => [i.instrument, i.issuedOn])).toEqual([
      ['direction', '2018-11'],
      ['commissioner_appointment', '2019-10-08'],
    ]);
  });

  it('reads a closed direction and the one that replaces it as a revised direction, not a revocation', async () => {
    const found = await read(
      ['Direction issued to Bury Council', 'Friday 14 March 2025', 'A statutory direction issued by the Department for Education to Bury Council.', 'This direction is now closed. A direction issued in January 2025 replaces it.'].join('\n\n'),
      'https://mirror.example/direction-issued-to-bury',
    );
    expect(found.map((i) => [i.council.name, i.instrument, i.issuedOn])).toEqual([
      ['Bury', 'direction', '2025-03-14'],
      ['Bury', 'revised_direction', '2025-01'],
    ]);
  });
  it('takes a council that "was handed its notice" late in an article as addressed, but not a neighbour named for comparison', async () => {
    const found = await read(
      [
        'Notices to improve criticised',
        'Friday 14 March 2025',
        'The government’s improvement notices have been criticised by council leaders this week.',
        'Leaders said the notices were more about posturing than support.',
        'They said councils needed money rather than more inspections.',
        'Officials said they would publish guidance on the notices soon.',
        'Ministers said the approach would be reviewed next year.',
        'The union said staff morale was low across the sector.',
        'Bury Council was handed its improvement notice after an inspection of its children’s services in January.',
        'Neighbouring Oldham was issued with an improvement notice by the department last year.',
      ].join('\n\n'),
    );
    expect(found.map((i) => [i.council.name, i.instrument])).toEqual([['Bury', 'improvement_notice']]);
  });
  it('puts a commissioner on the council’s commissioner appointment, not on the trust the sentence is about', async () => {
    const found = await read(
      ['Trust for Oldham', 'Friday 14 March 2025', 'The Department for Education has announced that Oldham’s children’s services will be run by an independent trust.', 'The trust will run social work, and Jo Bloggs will be appointed as a commissioner for children’s services in Oldham.'].join('\n\n'),
    );
    expect(found.map((i) => [i.council.name, i.instrument, i.people.map((p) => p.name)])).toEqual([
      ['Oldham', 'other', []],
      ['Oldham', 'commissioner_appointment', ['Jo Bloggs']],
    ]);
  });
  it('keeps what follows a revocation with the revocation, and gives the instrument it ends an event of its own', async () => {
    const found = await read(
      ['Intervention ends in Oldham', 'Friday 14 March 2025', 'The minister has formally revoked the statutory direction placed on Oldham Council in 2021, ending the intervention from 10 March 2025.', 'The council will no longer receive quarterly monitoring visits from the Department for Education.'].join('\n\n'),
    );
    expect(found.map((i) => [i.council.name, i.instrument, i.reviewCadences.map((c) => c.every)])).toEqual([
      ['Oldham', 'revocation', ['P3M']],
      ['Oldham', 'direction', []],
    ]);
  });
  it('sets no deadline from inside a condition ("if it fails to improve within a year")', async () => {
    const found = await read(
      ['Notice for Oldham', 'Friday 14 March 2025', 'The Department for Education has issued an improvement notice to Oldham Council.', 'The council must submit an improvement plan within three months, and a commissioner will be sent in if it fails to improve within a year.'].join('\n\n'),
    );
    expect(found.map((i) => [i.council.name, i.instrument, i.deadlines.map((d) => d.text)])).toEqual([['Oldham', 'improvement_notice', ['within three months']]]);
  });

  it('gives an inadequate judgement told beside a revocation to the instrument the revocation ends', async () => {
    const found = await read(
      ['Notice lifted in Oldham', 'Friday 14 March 2025', 'Oldham Council is no longer under an improvement notice, the Department for Education said after lifting it.', 'It follows an Ofsted report in 2021 which found services for children were inadequate.'].join('\n\n'),
    );
    expect(found.map((i) => [i.council.name, i.instrument, i.ofsted])).toEqual([
      ['Oldham', 'revocation', null],
      ['Oldham', 'improvement_notice', { rating: 'inadequate', publishedOn: '2021' }],
    ]);
  });

  it('keeps the commissioner a direction appointed with that direction, and a later change of commissioner apart', async () => {
    const found = await read(
      [
        'Letter from Ada Lusk, Children’s Commissioner for Oldham',
        'Friday 14 March 2025',
        'In March 2021 the Department for Education issued a statutory direction to Oldham Council and appointed an independent commissioner, Corin Vale, in April 2021.',
        'After a year as commissioner, Corin Vale passed the reins to Ada Lusk and Bram Ito as the two new commissioners in May 2022.',
      ].join('\n\n'),
    );
    expect(found.map((i) => [i.council.name, i.instrument, i.issuedOn, i.people.map((p) => p.name)])).toEqual([
      ['Oldham', 'direction', '2021-03', ['Corin Vale']],
      ['Oldham', 'commissioner_appointment', '2022-05', ['Ada Lusk', 'Bram Ito']],
    ]);
  });
  it('keeps a period or a deadline stated twice in other words once', async () => {
    const found = await read(
      [
        'Oldham given a year to improve',
        'Friday 14 March 2025',
        'Oldham Council was issued with an improvement notice for its children’s services on 12 March 2025 and has until March 2026 to show progress.',
        'The notice gives the council 12 months to demonstrate sustained progress, and the council must improve until March 2026.',
      ].join('\n\n'),
    );
    expect(found.map((i) => [i.instrument, i.durations.map((d) => [d.text, d.length]), i.deadlines.map((d) => [d.text, d.due])])).toEqual([
      ['improvement_notice', [['12 months to demonstrate', 'P12M']], [['has until March 2026', '2026-03']]],
    ]);
  });
  it('reads a council that the only other body calls its partner as the council in hand', async () => {
    const found = await read(
      [
        'Trust statement',
        'Friday 14 March 2025',
        'Oldham Children’s Trust was set up by the council after inadequate Ofsted judgements.',
        'The trust has had real support from partners across the town, starting with Oldham Council, our owner and key strategic partner.',
        'Today the government confirmed it has lifted the improvement direction on the council.',
      ].join('\n\n'),
    );
    expect(found.map((i) => [i.council.name, i.instrument, i.issuedOn])).toEqual([
      ['Oldham', 'revocation', '2025-03-14'],
      ['Oldham', 'direction', null],
    ]);
  });
});

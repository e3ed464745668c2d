// Fixture dataset for the report tests: built by hand, validated with the zod schemas before use.
import { z } from 'zod';
import { CouncilTimeline, InterventionRecord } from '../../src/schema/intervention.js';

/** The report's generation time in the tests: deadlines before 15 January 2025 are past. */
export const NOW = new Date('2025-01-15T09:30:00Z');

export const HOSTILE_NAME = `Evil <script>alert("name")</script> & 'Quotes' Council`;
export const HOSTILE_TITLE = `</title><img src=x onerror="alert('title')"><!-- & "more"`;

const GOVUK = 'https://www.gov.uk/government/publications';
const sha = (n: number) => n.toString(16).padStart(64, '0');
const ev = (quote: string) => ({ quote, start: 0, end: quote.length });

type Rec = z.input<typeof InterventionRecord>;

function base(over: Partial<Rec> & Pick<Rec, 'id' | 'council' | 'instrument'>): Rec {
  return {
    service: "children's social care",
    issuedOn: null,
    legalBasis: [],
    status: 'unknown',
    replaces: null,
    replacedBy: null,
    revokedBy: null,
    partners: [],
    people: [],
    deadlines: [],
    reviewCadences: [],
    durations: [],
    ofsted: null,
    sources: [],
    conflicts: [],
    firstSeen: '2025-01-01T02:00:00.000Z',
    updated: '2025-01-10T02:00:00.000Z',
    ...over,
  };
}

const KIRKLEES = { name: 'Kirklees', gss: 'E08000034' };
const LEEDS = { name: 'Leeds', gss: 'E08000035' };
const WORCS = { name: 'Worcestershire', gss: 'E10000034' };
const BIRMINGHAM = { name: 'Birmingham', gss: 'E08000025' };
const DONCASTER = { name: 'Doncaster', gss: 'E08000017' };
const SANDWELL = { name: 'Sandwell', gss: 'E08000028' };
const HOSTILE = { name: HOSTILE_NAME, gss: null };

const kirkleesUri = `${GOVUK}/kirklees-childrens-services-statutory-direction`;
const kirkleesPdf = 'https://assets.publishing.service.gov.uk/media/abc/Kirklees_direction.pdf';
const worcsDir = `${GOVUK}/worcestershire-direction-2016`;
const worcsRev = `${GOVUK}/worcestershire-revised-direction-2019`;
const worcsRevoke = `${GOVUK}/worcestershire-revocation-2023`;

export const RECORDS_INPUT: Rec[] = [
  base({
    id: 'E08000034-direction-2024-03-12',
    council: KIRKLEES,
    instrument: 'direction',
    issuedOn: '2024-03-12',
    legalBasis: ['section 497A(4B) of the Education Act 1996'],
    status: 'in_force',
    partners: [{ council: LEEDS, role: 'improvement partner', from: [kirkleesUri] }],
    people: [{ name: 'Jane Example', role: "Children's Services Commissioner", from: [kirkleesUri, kirkleesPdf] }],
    deadlines: [
      { text: 'by 30 June 2024', due: '2024-06-30', action: 'submit an improvement plan', from: [kirkleesPdf] },
      { text: 'by March 2026', due: '2026-03', action: 'report on progress', from: [kirkleesPdf] },
    ],
    reviewCadences: [{ text: 'every six months', every: 'P6M', activity: 'review of progress', firstDue: '2024-09', from: [kirkleesPdf] }],
    durations: [{ text: 'for at least 12 months', length: 'P12M', qualifier: 'at least', of: 'the direction', from: [kirkleesPdf] }],
    ofsted: { rating: 'inadequate', publishedOn: '2023-12-01' },
    sources: [
      {
        uri: kirkleesUri,
        kind: 'govuk_publication',
        title: "Kirklees children's services: statutory direction",
        publishedAt: '2024-03-13',
        sha256: sha(1),
        evidence: ev('The Secretary of State has directed Kirklees Council, with Leeds City Council as improvement partner.'),
      },
      {
        uri: kirkleesPdf,
        kind: 'instrument_pdf',
        title: 'Direction issued to Kirklees Council',
        publishedAt: '2024-03-12',
        sha256: sha(2),
        evidence: ev('The Council must submit an improvement plan by 30 June 2024.'),
      },
    ],
    conflicts: [{ field: 'issuedOn', values: [{ value: '2024-03-12', from: [kirkleesPdf] }, { value: '2024-03-13', from: [kirkleesUri] }] }],
  }),
  base({
    id: 'E10000034-direction-2016-11-28',
    council: WORCS,
    instrument: 'direction',
    issuedOn: '2016-11-28',
    status: 'replaced',
    replacedBy: 'E10000034-revised_direction-2019-10-01',
    sources: [{ uri: worcsDir, kind: 'govuk_publication', title: 'Worcestershire: statutory direction', publishedAt: '2016-11-28', sha256: sha(3), evidence: ev('A direction was issued to Worcestershire County Council.') }],
  }),
  base({
    id: 'E10000034-revised_direction-2019-10-01',
    council: WORCS,
    instrument: 'revised_direction',
    issuedOn: '2019-10-01',
    status: 'revoked',
    replaces: 'E10000034-direction-2016-11-28',
    revokedBy: 'E10000034-revocation-2023-02-14',
    sources: [{ uri: worcsRev, kind: 'govuk_publication', title: 'Worcestershire: revised direction', publishedAt: '2019-10-01', sha256: sha(4), evidence: ev('This direction replaces the direction of 28 November 2016.') }],
  }),
  base({
    id: 'E10000034-revocation-2023-02-14',
    council: WORCS,
    instrument: 'revocation',
    issuedOn: '2023-02-14',
    status: 'revocation',
    sources: [{ uri: worcsRevoke, kind: 'govuk_publication', title: 'Worcestershire: revocation of direction', publishedAt: '2023-02-14', sha256: sha(5), evidence: ev('The direction of 1 October 2019 is revoked.') }],
  }),
  base({
    id: 'hostile-improvement_notice-2024-07',
    council: HOSTILE,
    instrument: 'improvement_notice',
    issuedOn: '2024-07',
    status: 'in_force',
    people: [{ name: '<b>Bold</b> "Person"', role: "role & <i>'x'</i>", from: ['javascript:alert(1)'] }],
    sources: [
      { uri: 'https://example.org/a?x=1&y=<2>', kind: 'news', title: HOSTILE_TITLE, publishedAt: null, sha256: sha(6), evidence: ev('<script>alert("quote")</script>') },
      { uri: 'javascript:alert(1)', kind: 'other', title: null, publishedAt: null, sha256: sha(7), evidence: ev('') },
    ],
  }),
  base({
    id: 'E08000025-direction-2014-10-17',
    council: BIRMINGHAM,
    instrument: 'direction',
    issuedOn: '2014-10-17',
    status: 'in_force',
    sources: [{ uri: `${GOVUK}/birmingham`, kind: 'govuk_publication', title: 'Birmingham direction', publishedAt: '2014-10-17', sha256: sha(8), evidence: ev('Birmingham City Council is directed.') }],
  }),
  base({
    id: 'E08000017-improvement_notice-2013-06-01',
    council: DONCASTER,
    instrument: 'improvement_notice',
    issuedOn: '2013-06-01',
    status: 'revoked',
    revokedBy: null,
    sources: [{ uri: `${GOVUK}/doncaster`, kind: 'news', title: 'Doncaster notice lifted', publishedAt: '2016-01-01', sha256: sha(9), evidence: ev('The improvement notice to Doncaster was lifted.') }],
  }),
  base({
    id: 'E08000028-direction-2016-02',
    council: SANDWELL,
    instrument: 'direction',
    issuedOn: '2016-02',
    status: 'in_force',
    sources: [{ uri: `${GOVUK}/sandwell`, kind: 'govuk_publication', title: 'Sandwell direction', publishedAt: '2016-02', sha256: sha(10), evidence: ev('Sandwell is directed.') }],
  }),
];

const TIMELINES_INPUT: z.input<typeof CouncilTimeline>[] = [
  { council: KIRKLEES, underIntervention: true, interventions: ['E08000034-direction-2024-03-12'] },
  {
    council: WORCS,
    underIntervention: false,
    interventions: ['E10000034-direction-2016-11-28', 'E10000034-revised_direction-2019-10-01', 'E10000034-revocation-2023-02-14'],
  },
  { council: HOSTILE, underIntervention: true, interventions: ['hostile-improvement_notice-2024-07'] },
  { council: BIRMINGHAM, underIntervention: true, interventions: ['E08000025-direction-2014-10-17'] },
  { council: DONCASTER, underIntervention: false, interventions: ['E08000017-improvement_notice-2013-06-01'] },
  { council: SANDWELL, underIntervention: true, interventions: ['E08000028-direction-2016-02'] },
];

/** Parsed with the schemas: a fixture that does not fit the contract fails here, not in the report. */
export function fixtures() {
  return {
    records: z.array(InterventionRecord).parse(RECORDS_INPUT),
    timelines: z.array(CouncilTimeline).parse(TIMELINES_INPUT),
  };
}

/** Expected index rows, A to Z by name: [name, status text]. */
export const EXPECTED_ROWS: [string, string][] = [
  ['Birmingham', 'Under intervention'],
  ['Doncaster', 'Not under intervention'],
  [HOSTILE_NAME, 'Under intervention'],
  ['Kirklees', 'Under intervention'],
  ['Sandwell', 'Under intervention'],
  ['Worcestershire', 'Not under intervention'],
];

// Fixture dataset for the report tests: built by hand, validated with the zod schemas before use.
import { z } from 'zod';
import { CouncilTimeline, InterventionRecord } from '../../src/schema/intervention.js';
import { DocumentRecord } from '../../src/schema/record.js';

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

/** Read through the GOV.UK Content API: the report must link the page, https://www.gov.uk/government/publications/… */
export const KIRKLEES_API = 'https://www.gov.uk/api/content/government/publications/kirklees-childrens-services-statutory-direction';
export const KIRKLEES_PAGE = `${GOVUK}/kirklees-childrens-services-statutory-direction`;
const kirkleesUri = KIRKLEES_API;
const kirkleesPdf = 'https://assets.publishing.service.gov.uk/media/abc/Kirklees_direction.pdf';
export const KIRKLEES_NEWS = 'https://news.example.org/kirklees-direction';
const worcsDir = `${GOVUK}/worcestershire-direction-2016`;
const worcsRev = `${GOVUK}/worcestershire-revised-direction-2019`;
const worcsRevoke = `${GOVUK}/worcestershire-revocation-2023`;

export const SANDWELL_SEND_ID = 'E08000028-improvement_notice-send-2016-03-01';
export const KIRKLEES_ID = 'E08000034-direction-2024-03-12';

export const RECORDS_INPUT: Rec[] = [
  base({
    id: KIRKLEES_ID,
    firstSeen: '2025-01-15T02:05:00.000Z',
    updated: '2025-01-15T02:05:00.000Z',
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
      // The same deadline in an article's words: the report folds it into the direction's own.
      { text: 'by the end of June 2024', due: '2024-06-30', action: 'an improvement plan', from: [KIRKLEES_NEWS] },
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
      {
        uri: KIRKLEES_NEWS,
        kind: 'news',
        title: 'Kirklees told to improve',
        publishedAt: '2024-03-14',
        sha256: sha(11),
        evidence: ev('Kirklees has been given a statutory direction.'),
      },
    ],
    conflicts: [
      { field: 'issuedOn', values: [{ value: '2024-03-12', from: [kirkleesPdf] }, { value: '2024-03-13', from: [kirkleesUri] }] },
      { field: 'reviewCadences[every six months].firstDue', values: [{ value: '2024-09', from: [kirkleesPdf] }, { value: '2024-10', from: [KIRKLEES_NEWS] }] },
    ],
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
  base({
    id: SANDWELL_SEND_ID,
    firstSeen: '2025-01-15T02:10:00.000Z',
    updated: '2025-01-15T02:10:00.000Z',
    council: SANDWELL,
    instrument: 'improvement_notice',
    service: 'SEND',
    issuedOn: '2016-03-01',
    status: 'in_force',
    sources: [{ uri: `${GOVUK}/sandwell-send`, kind: 'govuk_publication', title: 'Sandwell SEND notice', publishedAt: '2016-03-01', sha256: sha(12), evidence: ev('Sandwell is given a SEND improvement notice.') }],
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
  { council: SANDWELL, underIntervention: true, interventions: ['E08000028-direction-2016-02', SANDWELL_SEND_ID] },
];

// The per-document records behind Kirklees's direction, written for these tests. The PDF's record carries its text
// (as the pipeline stores it), so its spans widen to sentences; the article's has none, so its quotes show as they are.
const PDF_TEXT = [
  'DIRECTION TO KIRKLEES COUNCIL',
  '',
  '1. The Secretary of State appoints Jane Example as Children’s Services Commissioner for Kirklees. She will report to the Secretary of State.',
  '',
  '2. The Council shall:',
  '',
  '(a) by 30 June 2024, submit an improvement plan to the Department;',
  '',
  '(b) by March 2026, report on progress to Dr. Example and the improvement board.',
  '',
  '3. Progress will be reviewed every six months, first in September 2024. This Direction lasts for at least 12 months',
  'from the date it is given.',
].join('\n');

/** The evidence of a span of a text: its first occurrence. */
function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: ${quote} not in the text`);
  return { quote, start, end: start + quote.length };
}

const mention = (over: Record<string, unknown>) => ({
  council: KIRKLEES,
  instrument: 'direction',
  service: "children's social care",
  issuedOn: '2024-03-12',
  legalBasis: [],
  partners: [],
  people: [],
  deadlines: [],
  reviewCadences: [],
  durations: [],
  ofsted: null,
  evidence: { quote: '', start: 0, end: 0 },
  ...over,
});

const docSource = (uri: string, kind: string, n: number) => ({ uri, contentType: null, sha256: sha(n), kind, title: null, publishedAt: null });

const NEWS_QUOTE = 'must send an improvement plan by the end of June 2024';

export const DOCUMENTS_INPUT = [
  {
    source: docSource(kirkleesPdf, 'instrument_pdf', 2),
    status: 'ok',
    error: null,
    links: [],
    text: PDF_TEXT,
    interventions: [
      mention({
        evidence: span(PDF_TEXT, 'DIRECTION TO KIRKLEES COUNCIL'),
        people: [{ name: 'Jane Example', role: "Children's Services Commissioner", evidence: span(PDF_TEXT, 'Jane Example') }],
        deadlines: [
          { text: 'by 30 June 2024', due: '2024-06-30', action: 'submit an improvement plan', evidence: span(PDF_TEXT, 'by 30 June 2024') },
          { text: 'by March 2026', due: '2026-03', action: 'report on progress', evidence: span(PDF_TEXT, 'by March 2026') },
        ],
        reviewCadences: [{ text: 'every six months', every: 'P6M', activity: 'review of progress', firstDue: '2024-09', evidence: span(PDF_TEXT, 'every six months') }],
        durations: [{ text: 'for at least 12 months', length: 'P12M', qualifier: 'at least', of: 'the direction', evidence: span(PDF_TEXT, 'for at least 12 months') }],
      }),
    ],
  },
  {
    source: docSource(KIRKLEES_NEWS, 'news', 11),
    status: 'ok',
    error: null,
    links: [],
    interventions: [
      mention({
        deadlines: [{ text: 'by the end of June 2024', due: '2024-06-30', action: 'an improvement plan', evidence: { quote: NEWS_QUOTE, start: 100, end: 100 + NEWS_QUOTE.length } }],
      }),
    ],
  },
];

/** Parsed with the schemas: a fixture that does not fit the contract fails here, not in the report. */
export function fixtures() {
  return {
    records: z.array(InterventionRecord).parse(RECORDS_INPUT),
    timelines: z.array(CouncilTimeline).parse(TIMELINES_INPUT),
    documents: z.array(DocumentRecord).parse(DOCUMENTS_INPUT),
  };
}

/** The ids the "previous run" published in the tests: all but Kirklees's direction and Sandwell's SEND notice. */
export function previousIds(): Set<string> {
  return new Set(RECORDS_INPUT.map((r) => r.id).filter((id) => id !== KIRKLEES_ID && id !== SANDWELL_SEND_ID));
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

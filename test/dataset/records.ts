// Hand-built per-document records for the merge tests: a direction to Kirklees reported by its PDF, a
// GOV.UK page and three news stories, plus a Torbay chain. Only what a test looks at is set; the rest is empty.
import type { MergeInput } from '../../src/merge/index.js';
import type { DocumentKind, DocumentRecord, Intervention } from '../../src/schema/record.js';

export const KIRKLEES = { name: 'Kirklees', gss: 'E08000034' };
export const LEEDS = { name: 'Leeds', gss: 'E08000035' };
export const TORBAY = { name: 'Torbay', gss: 'E06000027' };
const ev = (quote = 'q') => ({ quote, start: 0, end: quote.length });

export function item(over: Partial<Intervention> = {}): Intervention {
  return {
    council: KIRKLEES,
    instrument: 'direction',
    service: "children's social care",
    issuedOn: '2018-01-25',
    legalBasis: [],
    partners: [],
    people: [],
    deadlines: [],
    reviewCadences: [],
    durations: [],
    ofsted: null,
    evidence: ev(),
    ...over,
  };
}

let n = 0;
export function doc(uri: string, kind: DocumentKind, interventions: Intervention[], over: { publishedAt?: string | null; firstSeen?: string; changed?: string } = {}): MergeInput {
  const record: DocumentRecord = {
    source: {
      uri,
      contentType: null,
      sha256: (n++).toString(16).padStart(64, '0'),
      kind,
      title: `title of ${uri}`,
      publishedAt: over.publishedAt ?? null,
    },
    status: 'ok',
    error: null,
    interventions,
    links: [],
  };
  return { record, firstSeen: over.firstSeen ?? '2026-01-01T00:00:00.000Z', changed: over.changed ?? over.firstSeen ?? '2026-01-01T00:00:00.000Z' };
}

export const PDF = 'https://assets.publishing.service.gov.uk/media/1/Kirklees_direction.pdf';
export const PAGE = 'https://www.gov.uk/government/publications/direction-issued-to-kirklees';
export const NEWS = ['https://news.example.org/a', 'https://news.example.org/b', 'https://news.example.org/c'];

/** The Kirklees direction as four documents report it. */
export function kirkleesDocs(): MergeInput[] {
  return [
    doc(PDF, 'instrument_pdf', [
      item({
        legalBasis: ['section 497A(4B) Education Act 1996'],
        partners: [{ council: LEEDS, role: 'strategic partner', evidence: ev() }],
        deadlines: [{ text: 'within three months', due: '2018-04-25', action: 'enter into a strategic partnership agreement', evidence: ev() }],
        ofsted: { rating: 'inadequate', publishedOn: '2016-11' },
      }),
    ], { firstSeen: '2026-01-02T00:00:00.000Z', changed: '2026-01-05T00:00:00.000Z' }),
    // News: month only; adds a person and a cadence; a different due for the same deadline.
    doc(NEWS[0], 'news', [
      item({
        issuedOn: '2018-01',
        legalBasis: ['Section 497A(4B) Education Act 1996'],
        partners: [{ council: { name: 'Leeds', gss: null }, role: 'Strategic Partner', evidence: ev() }],
        people: [{ name: 'Alan Woods', role: 'chair of the improvement board', evidence: ev() }],
        deadlines: [{ text: 'Within three months', due: '2018-04-30', action: null, evidence: ev() }],
        reviewCadences: [{ text: 'six monthly reviews', every: 'P6M', activity: 'review by the advisers', firstDue: null, evidence: ev() }],
      }),
    ], { firstSeen: '2026-01-01T00:00:00.000Z' }),
    // Undated news published after the direction: joins it.
    doc(NEWS[1], 'news', [item({ issuedOn: null, ofsted: { rating: 'inadequate', publishedOn: '2016-12' } })], {
      publishedAt: '2018-02-01',
      firstSeen: '2026-01-03T00:00:00.000Z',
    }),
    doc(NEWS[2], 'news', [item({ issuedOn: '2018-01-25', people: [{ name: 'alan  woods', role: 'Chair of the Improvement Board', evidence: ev() }] })], {
      firstSeen: '2026-01-04T00:00:00.000Z',
      changed: '2026-01-06T00:00:00.000Z',
    }),
  ];
}

// The merge with hand-built records: grouping, precedence, provenance, conflicts, ids and timelines.
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/merge/index.js';
import { InterventionRecord } from '../../src/schema/intervention.js';
import { doc, item, KIRKLEES, kirkleesDocs, NEWS, PAGE, PDF, TORBAY } from './records.js';

describe('merging the documents that report one intervention', () => {
  it('makes one record with four sources from a PDF and three news stories, the PDF first', () => {
    const { interventions } = mergeRecords(kirkleesDocs());
    expect(interventions).toHaveLength(1);
    const r = interventions[0];
    expect(InterventionRecord.parse(r)).toEqual(r);
    expect(r.id).toBe('E08000034-direction-2018-01-25');
    expect(r.sources.map((s) => [s.uri, s.kind])).toEqual([
      [PDF, 'instrument_pdf'],
      [NEWS[0], 'news'],
      [NEWS[1], 'news'],
      [NEWS[2], 'news'],
    ]);
    expect(r.council).toEqual(KIRKLEES);
    expect(r.issuedOn).toBe('2018-01-25');
    // Same partner from two sources (one without a code): one entry, the PDF's role, both sources.
    expect(r.partners).toEqual([{ council: { name: 'Leeds', gss: 'E08000035' }, role: 'strategic partner', from: [PDF, NEWS[0]] }]);
    // A person only the news gives is added; the same name in other case/spacing is the same person.
    expect(r.people).toEqual([{ name: 'Alan Woods', role: 'chair of the improvement board', from: [NEWS[0], NEWS[2]] }]);
    expect(r.reviewCadences).toEqual([{ text: 'six monthly reviews', every: 'P6M', activity: 'review by the advisers', firstDue: null, from: [NEWS[0]] }]);
    expect(r.legalBasis).toEqual(['section 497A(4B) Education Act 1996']);
    // firstSeen: the earliest source document; updated: the latest version change.
    expect(r.firstSeen).toBe('2026-01-01T00:00:00.000Z');
    expect(r.updated).toBe('2026-01-06T00:00:00.000Z');
  });

  it("keeps the PDF's due for a deadline and records the news story's different due as a conflict", () => {
    const [r] = mergeRecords(kirkleesDocs()).interventions;
    expect(r.deadlines).toEqual([
      { text: 'within three months', due: '2018-04-25', action: 'enter into a strategic partnership agreement', from: [PDF, NEWS[0]] },
    ]);
    expect(r.conflicts).toEqual([
      {
        field: 'deadlines[within three months].due',
        values: [
          { value: '2018-04-25', from: [PDF] },
          { value: '2018-04-30', from: [NEWS[0]] },
        ],
      },
      {
        field: 'ofsted.publishedOn',
        values: [
          { value: '2016-11', from: [PDF] },
          { value: '2016-12', from: [NEWS[1]] },
        ],
      },
    ]);
    expect(r.ofsted).toEqual({ rating: 'inadequate', publishedOn: '2016-11' });
  });

  it("takes the more precise date when the better source's is coarser", () => {
    const { interventions } = mergeRecords([
      doc(PAGE, 'govuk_publication', [item({ issuedOn: '2018-01' })]),
      doc(NEWS[0], 'news', [item({ issuedOn: '2018-01-25' })]),
    ]);
    expect(interventions.map((r) => [r.id, r.issuedOn, r.sources.map((s) => s.uri)])).toEqual([
      ['E08000034-direction-2018-01-25', '2018-01-25', [PAGE, NEWS[0]]],
    ]);
  });

  it('an undated report joins the dated one; with two candidates it joins the latest before its own date, or stays apart', () => {
    const one = mergeRecords([doc(PDF, 'instrument_pdf', [item()]), doc(NEWS[0], 'news', [item({ issuedOn: null })])]);
    expect(one.interventions.map((r) => [r.id, r.sources.length])).toEqual([['E08000034-direction-2018-01-25', 2]]);

    const two = [doc(PDF, 'instrument_pdf', [item()]), doc(PAGE, 'instrument_pdf', [item({ instrument: 'direction', issuedOn: '2020-06-01' })])];
    const dated = mergeRecords([...two, doc(NEWS[0], 'news', [item({ issuedOn: null })], { publishedAt: '2019-03-01' })]);
    expect(dated.interventions.map((r) => [r.id, r.sources.length])).toEqual([
      ['E08000034-direction-2018-01-25', 2],
      ['E08000034-direction-2020-06-01', 1],
    ]);
    const undated = mergeRecords([...two, doc(NEWS[0], 'news', [item({ issuedOn: null })])]);
    expect(undated.interventions.map((r) => [r.id, r.sources.length])).toEqual([
      ['E08000034-direction-2018-01-25', 1],
      ['E08000034-direction-2020-06-01', 1],
      ['E08000034-direction-undated', 1],
    ]);
  });

  it('keeps different instruments, services, councils and incompatible dates apart, each with its own id', () => {
    const { interventions } = mergeRecords([
      doc(PDF, 'instrument_pdf', [
        item(),
        item({ service: 'SEND' }),
        item({ instrument: 'improvement_notice', issuedOn: '2017-06-01' }),
        item({ issuedOn: '2018-01-26' }),
        item({ council: { name: 'Isle of Nowhere', gss: null }, issuedOn: null }),
      ]),
    ]);
    expect(interventions.map((r) => r.id)).toEqual([
      'isle-of-nowhere-direction-undated',
      'E08000034-improvement_notice-2017-06-01',
      'E08000034-direction-2018-01-25',
      'E08000034-direction-send-2018-01-25',
      'E08000034-direction-2018-01-26',
    ]);
  });

  it('gives the same ids and records whatever order the documents come in', () => {
    const docs = kirkleesDocs();
    expect(mergeRecords([...docs].reverse())).toEqual(mergeRecords(docs));
  });
});

describe('council timelines', () => {
  const torbay = (over: Parameters<typeof item>[0], uri: string) => doc(uri, 'instrument_pdf', [item({ council: TORBAY, ...over })]);
  const chain = () =>
    mergeRecords([
      torbay({ instrument: 'improvement_notice', issuedOn: '2017-05-02' }, 'https://x/notice.pdf'),
      torbay({ instrument: 'direction', issuedOn: '2018-03-02' }, 'https://x/direction.pdf'),
      torbay({ instrument: 'revised_direction', issuedOn: '2019-07-10' }, 'https://x/revised.pdf'),
      torbay({ instrument: 'revocation', issuedOn: '2025-02-12' }, 'https://x/revocation.pdf'),
    ]);

  it('links notice → direction → revised direction → revocation and sets each status', () => {
    const { interventions, timelines } = chain();
    const byId = Object.fromEntries(interventions.map((r) => [r.id, r]));
    const pick = (id: string) => {
      const { status, replaces, replacedBy, revokedBy, revokes } = byId[id];
      return { status, replaces, replacedBy, revokedBy, revokes };
    };
    expect(pick('E06000027-improvement_notice-2017-05-02')).toEqual({ status: 'unknown', replaces: null, replacedBy: null, revokedBy: null, revokes: undefined });
    expect(pick('E06000027-direction-2018-03-02')).toEqual({
      status: 'replaced',
      replaces: null,
      replacedBy: 'E06000027-revised_direction-2019-07-10',
      revokedBy: null,
      revokes: undefined,
    });
    expect(pick('E06000027-revised_direction-2019-07-10')).toEqual({
      status: 'revoked',
      replaces: 'E06000027-direction-2018-03-02',
      replacedBy: null,
      revokedBy: 'E06000027-revocation-2025-02-12',
      revokes: undefined,
    });
    expect(pick('E06000027-revocation-2025-02-12')).toEqual({
      status: 'revocation',
      replaces: null,
      replacedBy: null,
      revokedBy: null,
      revokes: 'E06000027-revised_direction-2019-07-10',
    });
    expect(timelines).toEqual([
      {
        council: TORBAY,
        underIntervention: false,
        interventions: [
          'E06000027-improvement_notice-2017-05-02',
          'E06000027-direction-2018-03-02',
          'E06000027-revised_direction-2019-07-10',
          'E06000027-revocation-2025-02-12',
        ],
      },
    ]);
  });

  it('a council whose latest direction is not revoked is under intervention; undated ones come last with status unknown', () => {
    const { interventions, timelines } = mergeRecords([
      ...kirkleesDocs(),
      doc('https://x/k-notice', 'govuk_collection', [item({ instrument: 'improvement_notice', issuedOn: null })]),
      doc('https://x/t-direction.pdf', 'instrument_pdf', [item({ council: TORBAY, issuedOn: '2018-03-02' })]),
    ]);
    expect(timelines.map((t) => [t.council.name, t.underIntervention, t.interventions])).toEqual([
      ['Kirklees', true, ['E08000034-direction-2018-01-25', 'E08000034-improvement_notice-undated']],
      ['Torbay', true, ['E06000027-direction-2018-03-02']],
    ]);
    expect(interventions.map((r) => [r.id, r.status])).toEqual([
      ['E08000034-direction-2018-01-25', 'in_force'],
      ['E08000034-improvement_notice-undated', 'unknown'],
      ['E06000027-direction-2018-03-02', 'in_force'],
    ]);
  });
});

// Field-level changes between two versions of the merged dataset, in the words diff and the feed print.
import { describe, expect, it } from 'vitest';
import { changeLine, changeText } from '../../src/export/change-text.js';
import { datasetChanges } from '../../src/export/changes.js';
import { markContentChanges } from '../../src/export/index.js';
import { mergeRecords } from '../../src/merge/index.js';
import type { InterventionRecord } from '../../src/schema/intervention.js';
import { kirkleesDocs, NEWS, PDF } from './records.js';

const NOW = '2026-12-02T03:00:00.000Z';
const base = (): InterventionRecord => structuredClone(mergeRecords(kirkleesDocs()).interventions[0]);
const texts = (before: InterventionRecord[], after: InterventionRecord[]) =>
  datasetChanges(new Map(before.map((r) => [r.id, r])), after, NOW).map(changeText);

describe('datasetChanges', () => {
  it('records nothing when only evidence or source versions changed', () => {
    const after = base();
    after.sources[0] = { ...after.sources[0], sha256: 'f'.repeat(64), evidence: { quote: 'other', start: 3, end: 8 } };
    expect(texts([base()], [after])).toEqual([]);
  });

  it('says a new intervention is new, with its best source, and dates it when its sources arrived', () => {
    const r = base();
    const [c] = datasetChanges(new Map(), [r], NOW);
    expect([c.kind, c.at, c.source]).toEqual(['new', r.updated, PDF]);
    expect(changeLine(c)).toBe(
      `${r.updated}  E08000034-direction-2018-01-25  new: Direction issued to Kirklees (2018-01-25): Leeds appointed strategic partner; Alan Woods appointed chair of the improvement board; deadline 2018-04-25: enter into a strategic partnership agreement — ${PDF}`,
    );
  });

  it('names each changed item and value, citing the source of the new value', () => {
    const after = base();
    after.partners.push({ council: { name: 'Camden', gss: 'E09000007' }, role: 'peer support', from: [NEWS[2]] });
    after.people[0].role = 'independent chair';
    after.deadlines[0].due = '2018-05-31';
    after.reviewCadences = [];
    after.legalBasis.push('section 50 Children Act 2004');
    after.status = 'revoked';
    after.revokedBy = 'E08000034-revocation-2019-03-01';
    const revocation: InterventionRecord = { ...base(), id: 'E08000034-revocation-2019-03-01', instrument: 'revocation', sources: [{ ...base().sources[0], uri: 'https://www.gov.uk/revocation' }] };
    const before = base();
    const changes = datasetChanges(new Map([[before.id, before]]), [after, revocation], NOW);
    expect(changes.map((c) => [changeText(c), c.source])).toEqual([
      ['Kirklees: status changed from in force to revoked', 'https://www.gov.uk/revocation'],
      ['Kirklees: revoked by E08000034-revocation-2019-03-01', 'https://www.gov.uk/revocation'],
      ['Kirklees: Camden appointed peer support', NEWS[2]],
      ["Kirklees: person 'Alan Woods': role changed from 'chair of the improvement board' to 'independent chair'", NEWS[0]],
      ["Kirklees: deadline 'enter into a strategic partnership agreement' moved from 2018-04-25 to 2018-05-31", PDF],
      ["Kirklees: review cadence 'six monthly reviews' no longer given", NEWS[0]],
      ["Kirklees: new legal basis 'section 50 Children Act 2004'", PDF],
      ['new: Direction revoked for Kirklees (2018-01-25): Leeds appointed strategic partner; Alan Woods appointed chair of the improvement board; deadline 2018-04-25: enter into a strategic partnership agreement', 'https://www.gov.uk/revocation'],
    ]);
    expect(changes.every((c) => c.at === after.updated || c.kind === 'new')).toBe(true);
  });

  it('a deadline that matches on neither its wording nor its action is one dropped and one added', () => {
    const after = base();
    after.deadlines = [{ text: 'by 1 June 2018', due: '2018-06-01', action: 'publish an improvement plan', from: [PDF] }];
    expect(texts([base()], [after])).toEqual([
      "Kirklees: deadline 'enter into a strategic partnership agreement' (2018-04-25) no longer given",
      "Kirklees: new deadline 'publish an improvement plan' (2018-06-01)",
    ]);
  });

  it('an intervention no source reports any more is removed, now', () => {
    const [c] = datasetChanges(new Map([[base().id, base()]]), [], NOW);
    expect([changeText(c), c.at, c.source]).toEqual(['removed: Direction issued to Kirklees (2018-01-25) is no longer reported by any source', NOW, PDF]);
  });
});

describe('markContentChanges and new records', () => {
  it('a record new to an existing dataset but made from older documents is new now', () => {
    const old = { ...base(), id: 'other', updated: '2026-06-01T00:00:00.000Z' };
    const found = base();
    markContentChanges([found], new Map([[old.id, old]]), NOW);
    expect(found.updated).toBe(NOW);
  });
});

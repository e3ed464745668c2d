// The SQLite views answer the common questions in one query each; exact rows from a small merged dataset:
// Kirklees (a direction in force, Leeds its partner), Doncaster (a SEND direction in force, Leeds again, and an
// older social-care improvement notice) and Torbay (a direction, then its revocation: nothing in force).
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeRecords } from '../../src/merge/index.js';
import { DATABASE_FILE, Store } from '../../src/store/store.js';
import { VIEWS } from '../../src/store/views.js';
import { query, tempDir } from '../run/helpers.js';
import { doc, item, kirkleesDocs, LEEDS, TORBAY } from './records.js';

const DONCASTER = { name: 'Doncaster', gss: 'E08000017' };
let tmp: ReturnType<typeof tempDir>;

beforeAll(() => {
  tmp = tempDir('views');
  const pdf = (uri: string, over: Parameters<typeof item>[0]) => doc(uri, 'instrument_pdf', [item(over)]);
  const { interventions } = mergeRecords([
    ...kirkleesDocs(),
    pdf('https://x/d-notice.pdf', { council: DONCASTER, instrument: 'improvement_notice', issuedOn: '2017-06' }),
    pdf('https://x/d-send.pdf', {
      council: DONCASTER,
      service: 'SEND',
      issuedOn: '2018-09-01',
      partners: [{ council: LEEDS, role: 'SEND adviser', evidence: { quote: 'q', start: 0, end: 1 } }],
      deadlines: [{ text: 'by 1 March 2019', due: '2019-03-01', action: 'publish a plan', evidence: { quote: 'q', start: 0, end: 1 } }],
    }),
    pdf('https://x/t-direction.pdf', { council: TORBAY, issuedOn: '2018-03-02' }),
    pdf('https://x/t-revocation.pdf', { council: TORBAY, instrument: 'revocation', issuedOn: '2025-02-12' }),
  ]);
  const store = new Store(tmp.dir);
  store.replaceInterventions(interventions);
  store.close();
});

afterAll(() => tmp.cleanup());

const rows = (sql: string) => query(tmp.dir, sql);

describe('SQLite views', () => {
  it('under_intervention_now: one row per council with an instrument in force; a revoked chain is not there', () => {
    expect(rows('SELECT * FROM under_intervention_now')).toEqual([
      {
        council_name: 'Doncaster',
        council_gss: 'E08000017',
        // The notice is social care, the direction SEND: a SEND direction does not end a social-care notice.
        instruments_in_force: 2,
        send_in_force: 1,
        latest_issued_on: '2018-09-01',
        intervention_ids: '["E08000017-improvement_notice-2017-06","E08000017-direction-send-2018-09-01"]',
      },
      {
        council_name: 'Kirklees',
        council_gss: 'E08000034',
        instruments_in_force: 1,
        send_in_force: 0,
        latest_issued_on: '2018-01-25',
        intervention_ids: '["E08000034-direction-2018-01-25"]',
      },
    ]);
  });

  it('interventions_by_year: counts per year, instrument and service', () => {
    expect(rows('SELECT * FROM interventions_by_year')).toEqual([
      { year: '2017', instrument: 'improvement_notice', service: "children's social care", interventions: 1, councils: 1 },
      { year: '2018', instrument: 'direction', service: 'SEND', interventions: 1, councils: 1 },
      { year: '2018', instrument: 'direction', service: "children's social care", interventions: 2, councils: 2 },
      { year: '2025', instrument: 'revocation', service: "children's social care", interventions: 1, councils: 1 },
    ]);
  });

  it('interventions_by_partner: each partner with the councils it helped, oldest first', () => {
    expect(rows('SELECT * FROM interventions_by_partner')).toEqual([
      {
        partner_name: 'Leeds',
        partner_gss: 'E08000035',
        interventions: 2,
        councils: 2,
        council_names: '["Kirklees","Doncaster"]',
        first_issued_on: '2018-01-25',
        last_issued_on: '2018-09-01',
      },
    ]);
  });

  it('the long views hold one row per item, with the intervention it belongs to', () => {
    expect(rows('SELECT intervention_id, position, council_name, partner_name, role FROM intervention_partners ORDER BY intervention_id')).toEqual([
      { intervention_id: 'E08000017-direction-send-2018-09-01', position: 1, council_name: 'Doncaster', partner_name: 'Leeds', role: 'SEND adviser' },
      { intervention_id: 'E08000034-direction-2018-01-25', position: 1, council_name: 'Kirklees', partner_name: 'Leeds', role: 'strategic partner' },
    ]);
    expect(rows('SELECT intervention_id, text, due, action FROM intervention_deadlines ORDER BY due')).toEqual([
      { intervention_id: 'E08000034-direction-2018-01-25', text: 'within three months', due: '2018-04-25', action: 'enter into a strategic partnership agreement' },
      { intervention_id: 'E08000017-direction-send-2018-09-01', text: 'by 1 March 2019', due: '2019-03-01', action: 'publish a plan' },
    ]);
    expect(rows('SELECT intervention_id, name, role FROM intervention_people')).toEqual([
      { intervention_id: 'E08000034-direction-2018-01-25', name: 'Alan Woods', role: 'chair of the improvement board' },
    ]);
  });

  it('a store opened again gets the current view definitions, even over an old one of the same name', () => {
    const db = new Database(`${tmp.dir}/${DATABASE_FILE}`);
    db.exec('DROP VIEW interventions_by_year; CREATE VIEW interventions_by_year AS SELECT 1 AS stale');
    db.close();
    new Store(tmp.dir).close();
    expect(rows('SELECT * FROM interventions_by_year')).toHaveLength(4);
    const names = rows("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").map((r) => r.name);
    expect(names).toEqual(VIEWS.map((v) => v.name).sort());
  });
});

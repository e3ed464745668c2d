// Plain SQL views over the merged `interventions` table, so the questions people bring to the dataset are one
// query (`SELECT * FROM under_intervention_now`), in sqlite3 or Datasette. They read the record JSON with
// json_each/json_extract (SQLite's JSON functions, built in since 3.38). Each view is dropped and created
// again when the store opens, so a changed definition reaches old stores. docs/data-dictionary.md lists them.

export interface View {
  name: string;
  description: string;
  sql: string;
}

/** One long view per list of the record, like the CSV long tables (position counts from 1). */
function listView(name: string, list: string, description: string, columns: Record<string, string>): View {
  const picks = Object.entries(columns).map(([column, path]) => `json_extract(item.value, '${path}') AS ${column}`);
  return {
    name,
    description,
    sql: `SELECT i.id AS intervention_id, item.key + 1 AS position, i.council_name, i.council_gss, i.instrument, i.service, i.issued_on, i.status,
  ${picks.join(',\n  ')}
FROM interventions i, json_each(i.record, '$.${list}') item`,
  };
}

export const VIEWS: View[] = [
  listView('intervention_partners', 'partners', 'One row per partner council or trust of an intervention, with the intervention\'s council, instrument, date and status.', {
    partner_name: '$.council.name',
    partner_gss: '$.council.gss',
    role: '$.role',
  }),
  listView('intervention_people', 'people', 'One row per person given a role in an intervention.', { name: '$.name', role: '$.role' }),
  listView('intervention_deadlines', 'deadlines', 'One row per deadline an intervention sets.', { text: '$.text', due: '$.due', action: '$.action' }),
  {
    name: 'under_intervention_now',
    description:
      'Councils under intervention now: one row per council with an instrument in force (status in_force; a revocation never is), how many, the latest issue date and their ids oldest first.',
    sql: `SELECT council_name, council_gss, COUNT(*) AS instruments_in_force, SUM(service = 'SEND') AS send_in_force,
  MAX(issued_on) AS latest_issued_on, json_group_array(id) AS intervention_ids
FROM (SELECT * FROM interventions WHERE status = 'in_force' ORDER BY council_name, issued_on, id)
GROUP BY COALESCE(council_gss, council_name)
ORDER BY council_name`,
  },
  {
    name: 'interventions_by_year',
    description: 'How many interventions were issued each year, by instrument and service, and to how many councils (undated ones are left out).',
    sql: `SELECT substr(issued_on, 1, 4) AS year, instrument, service, COUNT(*) AS interventions,
  COUNT(DISTINCT COALESCE(council_gss, council_name)) AS councils
FROM interventions
WHERE issued_on IS NOT NULL
GROUP BY year, instrument, service
ORDER BY year, instrument, service`,
  },
  {
    name: 'interventions_by_partner',
    description:
      'Per partner council or trust: how many interventions it was appointed to, for how many councils (named oldest first), and the first and last issue dates.',
    sql: `SELECT partner_name, partner_gss, COUNT(DISTINCT intervention_id) AS interventions,
  COUNT(DISTINCT COALESCE(council_gss, council_name)) AS councils, json_group_array(DISTINCT council_name) AS council_names,
  MIN(issued_on) AS first_issued_on, MAX(issued_on) AS last_issued_on
FROM (SELECT * FROM intervention_partners ORDER BY issued_on, council_name)
GROUP BY COALESCE(partner_gss, partner_name)
ORDER BY interventions DESC, partner_name`,
  },
];

/** Dropped in reverse order (a view may read an earlier one), then created in order. */
export const VIEWS_SQL = [
  ...[...VIEWS].reverse().map((v) => `DROP VIEW IF EXISTS ${v.name};`),
  ...VIEWS.map((v) => `CREATE VIEW ${v.name} AS\n${v.sql};`),
].join('\n');

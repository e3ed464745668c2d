// `directions export --format jsonl|csv [--since DATE] [--council NAME] [--data DIR]`: a subset of the
// dataset on stdout, read from DIR/interventions.jsonl (written by every run). CSV on stdout has no byte
// order mark (it is for pipes); the file data/interventions.csv has one (for Excel).
// Exit 0 done, 1 the dataset cannot be read, 2 bad usage.
import { parseArgs } from 'node:util';
import { toCsv } from '../export/csv.js';
import { toJsonl } from '../export/jsonl.js';
import { loadInterventions } from '../export/load.js';
import { isCouncil, issuedOrUpdatedSince, parseSince } from '../export/select.js';

export const EXPORT_USAGE = `usage: directions export --format jsonl|csv [--since DATE] [--council NAME] [--data DIR]
  --format        jsonl (one InterventionRecord per line) or csv
  --since DATE    only interventions issued or updated on or after DATE (YYYY[-MM[-DD]] or an ISO date-time)
  --council NAME  only this council (name or GSS code, any case)
  --data DIR      data directory (default ./data)`;

export async function main(args: string[]): Promise<number> {
  let values: { format?: string; since?: string; council?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        since: { type: 'string' },
        council: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return usage((err as Error).message);
  }
  if (values.help) {
    process.stderr.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  if (values.format !== 'jsonl' && values.format !== 'csv') return usage('--format must be jsonl or csv');
  const since = values.since === undefined ? undefined : parseSince(values.since);
  if (values.since !== undefined && since === undefined) return usage(`--since ${values.since} is not an ISO date or date-time`);
  if (values.council !== undefined && !values.council.trim()) return usage('--council needs a name or GSS code');

  let records;
  try {
    records = await loadInterventions(values.data ?? './data');
  } catch (err) {
    process.stderr.write(`directions export: cannot read the dataset: ${(err as Error).message}\n`);
    return 1;
  }
  const selected = records.filter(
    (r) => (since === undefined || issuedOrUpdatedSince(r, since)) && (values.council === undefined || isCouncil(r, values.council)),
  );
  process.stdout.write(values.format === 'csv' ? toCsv(selected, { bom: false }) : toJsonl(selected));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`directions export: ${message}\n${EXPORT_USAGE}\n`);
  return 2;
}

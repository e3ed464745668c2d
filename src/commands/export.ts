// `directions export --format jsonl|csv [--since DATE] [--council NAME] [--data DIR]` (options declared in
// src/cli.ts): a subset of the dataset on stdout, read from DIR/interventions.jsonl (written by every run). CSV on stdout has no byte
// order mark (it is for pipes); the file data/interventions.csv has one (for Excel).
// Exit 0 done, 1 the dataset cannot be read, 2 bad usage.
import { toCsv } from '../export/csv.js';
import { toJsonl } from '../export/jsonl.js';
import { loadInterventions } from '../export/load.js';
import { isCouncil, issuedOrUpdatedSince, parseSince } from '../export/select.js';

export interface ExportOptions {
  format: 'jsonl' | 'csv';
  since?: string;
  council?: string;
  data: string;
}

export async function main(values: ExportOptions): Promise<number> {
  const since = values.since === undefined ? undefined : parseSince(values.since);
  if (values.since !== undefined && since === undefined) return usage(`--since ${values.since} is not an ISO date or date-time`);
  if (values.council !== undefined && !values.council.trim()) return usage('--council needs a name or GSS code');

  let records;
  try {
    records = await loadInterventions(values.data);
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
  process.stderr.write(`directions export: ${message}\n`);
  return 2;
}

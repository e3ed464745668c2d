// `directions export --format jsonl|csv [--since DATE] [--changed-since DATE] [--council NAME] [--data DIR]`
// (options declared in src/cli.ts): a subset of the dataset on stdout, read from DIR/interventions.jsonl
// (written by every run). CSV on stdout has no byte order mark (it is for pipes); the file
// data/interventions.csv has one (for Excel).
// Exit 0 done, 1 the dataset cannot be read, 2 bad usage.
import { toCsv } from '../export/csv.js';
import { toJsonl } from '../export/jsonl.js';
import { loadInterventions } from '../export/load.js';
import { parseSelection, selectInterventions } from '../export/select.js';

export interface ExportOptions {
  format: 'jsonl' | 'csv';
  since?: string;
  changedSince?: string;
  council?: string;
  data: string;
}

export async function main(values: ExportOptions): Promise<number> {
  const parsed = parseSelection({ since: values.since, changedSince: values.changedSince, council: values.council });
  if ('error' in parsed) return usage(parsed.error);

  let records;
  try {
    records = await loadInterventions(values.data);
  } catch (err) {
    process.stderr.write(`directions export: cannot read the dataset: ${(err as Error).message}\n`);
    return 1;
  }
  const selected = selectInterventions(records, parsed.selection);
  if ('error' in selected) return usage(selected.error);
  process.stdout.write(values.format === 'csv' ? toCsv(selected.records, { bom: false }) : toJsonl(selected.records));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`directions export: ${message}\n`);
  return 2;
}

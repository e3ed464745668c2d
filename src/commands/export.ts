// `directions export --format jsonl|csv [--since DATE] [--changed-since DATE] [--council NAME] [--data DIR]`: a subset of the
// dataset on stdout, read from DIR/interventions.jsonl (written by every run). CSV on stdout has no byte
// order mark (it is for pipes); the file data/interventions.csv has one (for Excel).
// Exit 0 done, 1 the dataset cannot be read, 2 bad usage.
import { parseArgs } from 'node:util';
import { toCsv } from '../export/csv.js';
import { toJsonl } from '../export/jsonl.js';
import { loadInterventions } from '../export/load.js';
import { parseSelection, selectInterventions } from '../export/select.js';

export const EXPORT_USAGE = `usage: directions export --format jsonl|csv [--since DATE] [--changed-since DATE] [--council NAME] [--data DIR]
  --format              jsonl (one InterventionRecord per line) or csv
  --since DATE          only instruments dated on or after DATE (their own issue or publication date)
  --changed-since DATE  only interventions the dataset changed on or after DATE
  --council NAME        only this council: official or short name, abbreviation (BCP) or GSS code
  --data DIR            data directory (default ./data)
DATE is YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time.`;

export async function main(args: string[]): Promise<number> {
  let values: { format?: string; since?: string; 'changed-since'?: string; council?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        since: { type: 'string' },
        'changed-since': { type: 'string' },
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
  const parsed = parseSelection({ since: values.since, changedSince: values['changed-since'], council: values.council });
  if ('error' in parsed) return usage(parsed.error);

  let records;
  try {
    records = await loadInterventions(values.data ?? './data');
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
  process.stderr.write(`directions export: ${message}\n${EXPORT_USAGE}\n`);
  return 2;
}

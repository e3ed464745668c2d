// `directions diff [--since DATE] [--changed-since DATE] [--council NAME] [--format text|json] [--data DIR]`:
// the field-level change history, one line per change, newest first, in the words of data/feed.xml:
//   2026-12-02T03:00:01.000Z  E08000034-direction-2018-01-25  Kirklees: deadline 'agreement with Leeds' moved from 2018-04-25 to 2018-05-31 — https://…
// The logic lives in src/export/diff.ts. Exit 0 done, 1 the dataset cannot be read, 2 bad usage (a date
// that is not on the calendar, an unknown council).
import { parseArgs } from 'node:util';
import { formatChanges, readHistory, selectChanges, type History } from '../export/diff.js';
import { parseSelection } from '../export/select.js';

export const DIFF_USAGE = `usage: directions diff [--since DATE] [--changed-since DATE] [--council NAME] [--format text|json] [--data DIR]
  --since DATE          changes to instruments dated on or after DATE (their own issue or publication date)
  --changed-since DATE  changes the dataset recorded on or after DATE
  --council NAME        only this council: official or short name, abbreviation (BCP) or GSS code
  --format text|json    one line per change (default), or a JSON array of change objects
  --data DIR            data directory (default ./data)
DATE is YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time.`;

export async function main(args: string[]): Promise<number> {
  let values: { since?: string; 'changed-since'?: string; council?: string; format?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        since: { type: 'string' },
        'changed-since': { type: 'string' },
        council: { type: 'string' },
        format: { type: 'string' },
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
    process.stderr.write(`${DIFF_USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage('--format must be text or json');
  const parsed = parseSelection({ since: values.since, changedSince: values['changed-since'], council: values.council });
  if ('error' in parsed) return usage(parsed.error);
  let history: History;
  try {
    history = readHistory(values.data ?? './data');
  } catch (err) {
    process.stderr.write(`directions diff: cannot read the dataset: ${(err as Error).message}\n`);
    return 1;
  }
  const selected = selectChanges(history, parsed.selection);
  if ('error' in selected) return usage(selected.error);
  process.stdout.write(formatChanges(selected.changes, format));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`directions diff: ${message}\n${DIFF_USAGE}\n`);
  return 2;
}

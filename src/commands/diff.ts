// `directions diff [--since DATE] [--changed-since DATE] [--council NAME] [--format text|json] [--data DIR]`
// (options declared in src/cli.ts):
// the field-level change history, one line per change, newest first, in the words of data/feed.xml:
//   2026-12-02T03:00:01.000Z  E08000034-direction-2018-01-25  Kirklees: deadline 'agreement with Leeds' moved from 2018-04-25 to 2018-05-31 — https://…
// The logic lives in src/export/diff.ts. Exit 0 done, 1 the dataset cannot be read, 2 bad usage (a date
// that is not on the calendar, an unknown council).
import { formatChanges, readHistory, selectChanges, type History } from '../export/diff.js';
import { parseSelection } from '../export/select.js';

export interface DiffOptions {
  since?: string;
  changedSince?: string;
  council?: string;
  format: 'text' | 'json';
  data: string;
}

export async function main(values: DiffOptions): Promise<number> {
  const parsed = parseSelection({ since: values.since, changedSince: values.changedSince, council: values.council });
  if ('error' in parsed) return usage(parsed.error);
  let history: History;
  try {
    history = readHistory(values.data);
  } catch (err) {
    process.stderr.write(`directions diff: cannot read the dataset: ${(err as Error).message}\n`);
    return 1;
  }
  const selected = selectChanges(history, parsed.selection);
  if ('error' in selected) return usage(selected.error);
  process.stdout.write(formatChanges(selected.changes, values.format));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`directions diff: ${message}\n`);
  return 2;
}

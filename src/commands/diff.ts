// `directions diff --since DATE | --changed-since DATE [--council NAME] [--format text|json] [--data DIR]`
// (options in src/cli.ts): what is new or changed, one line per intervention, newest first, the same wording
// as data/feed.xml:
//   new      2025-05-22T03:00:01.000Z  E08000015-direction-2025-05-20  Direction issued to Wirral (2025-05-20): …
// "new" when the pipeline first saw it on or after the date, else "changed" (a source document changed).
// Both dates are compared with the record's `updated` for now; --format json prints the same as JSON lines.
// Exit 0 done, 1 the dataset cannot be read, 2 bad usage.
import { describe } from '../export/describe.js';
import { byUpdated } from '../export/feed.js';
import { loadInterventions } from '../export/load.js';
import { isCouncil, parseSince } from '../export/select.js';
import type { InterventionRecord } from '../schema/intervention.js';

export interface DiffOptions {
  since?: string;
  changedSince?: string;
  council?: string;
  format: 'text' | 'json';
  data: string;
}

interface Change {
  change: 'new' | 'changed';
  updated: string;
  id: string;
  description: string;
}

export function changesSince(records: InterventionRecord[], since: string): Change[] {
  return records
    .filter((r) => r.updated >= since)
    .sort(byUpdated)
    .map((r) => ({ change: r.firstSeen >= since ? 'new' : 'changed', updated: r.updated, id: r.id, description: describe(r) }));
}

const textLine = (c: Change) => `${c.change.padEnd(7)}  ${c.updated}  ${c.id}  ${c.description}`;

export async function main(options: DiffOptions): Promise<number> {
  const given = [['--since', options.since], ['--changed-since', options.changedSince]].filter((g): g is [string, string] => g[1] !== undefined);
  if (!given.length) return usage('give --since DATE or --changed-since DATE');
  const dates: string[] = [];
  for (const [flag, value] of given) {
    const date = parseSince(value);
    if (date === undefined) return usage(`${flag} ${value} is not an ISO date or date-time`);
    dates.push(date);
  }
  // Both given: what passes both (they read the same field today).
  const since = dates.sort().at(-1)!;
  if (options.council !== undefined && !options.council.trim()) return usage('--council needs a name or GSS code');
  let records;
  try {
    records = await loadInterventions(options.data);
  } catch (err) {
    process.stderr.write(`directions diff: cannot read the dataset: ${(err as Error).message}\n`);
    return 1;
  }
  const council = options.council;
  const changes = changesSince(council === undefined ? records : records.filter((r) => isCouncil(r, council)), since);
  process.stdout.write(changes.map((c) => `${options.format === 'json' ? JSON.stringify(c) : textLine(c)}\n`).join(''));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`directions diff: ${message}\n`);
  return 2;
}

// `directions diff --since DATE [--data DIR]`: what is new or changed since DATE, one line per intervention,
// newest first, the same wording as data/feed.xml:
//   new      2025-05-22T03:00:01.000Z  E08000015-direction-2025-05-20  Direction issued to Wirral (2025-05-20): …
// "new" when the pipeline first saw it on or after DATE, else "changed" (a source document changed).
// Exit 0 done, 1 the dataset cannot be read, 2 bad usage.
import { parseArgs } from 'node:util';
import { describe } from '../export/describe.js';
import { byUpdated } from '../export/feed.js';
import { loadInterventions } from '../export/load.js';
import { parseSince } from '../export/select.js';
import type { InterventionRecord } from '../schema/intervention.js';

export const DIFF_USAGE = `usage: directions diff --since DATE [--data DIR]
  --since DATE   YYYY[-MM[-DD]] or an ISO date-time: interventions first seen or changed on or after it
  --data DIR     data directory (default ./data)`;

export function diffLines(records: InterventionRecord[], since: string): string[] {
  return records
    .filter((r) => r.updated >= since)
    .sort(byUpdated)
    .map((r) => `${r.firstSeen >= since ? 'new    ' : 'changed'}  ${r.updated}  ${r.id}  ${describe(r)}`);
}

export async function main(args: string[]): Promise<number> {
  let values: { since?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { since: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  if (values.since === undefined) return usage('--since is required');
  const since = parseSince(values.since);
  if (since === undefined) return usage(`--since ${values.since} is not an ISO date or date-time`);
  let records;
  try {
    records = await loadInterventions(values.data ?? './data');
  } catch (err) {
    process.stderr.write(`directions diff: cannot read the dataset: ${(err as Error).message}\n`);
    return 1;
  }
  const lines = diffLines(records, since);
  process.stdout.write(lines.map((l) => `${l}\n`).join(''));
  return 0;
}

function usage(message: string): number {
  process.stderr.write(`directions diff: ${message}\n${DIFF_USAGE}\n`);
  return 2;
}

// `directions diff`: the change history in the store, filtered like `export` (select.ts) and printed one
// change per line, newest first, or as a JSON array of FieldChange objects (src/schema/change.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FieldChanges } from '../schema/change.js';
import type { InterventionRecord } from '../schema/intervention.js';
import { DATABASE_FILE, Store } from '../store/store.js';
import { changeLine, withText } from './change-text.js';
import type { Change } from './changes.js';
import { instrumentDate, onOrAfter, selector, type Selection } from './select.js';

export type DiffFormat = 'text' | 'json';

export interface History {
  changes: Change[];
  /** The current dataset, for the instrument dates of undated interventions and the councils it names. */
  records: InterventionRecord[];
}

/** The store's history and dataset; an error when DIR holds no store. */
export function readHistory(dataDir: string): History {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) throw new Error(`${file} does not exist (run \`directions run\` first)`);
  const store = new Store(dataDir);
  try {
    return { changes: store.changes(), records: [...store.previousInterventions().values()] };
  } finally {
    store.close();
  }
}

/** The changes the selection asks for, newest first (a run's changes in the order it recorded them). */
export function selectChanges({ changes, records }: History, selection: Selection): { error: string } | { changes: Change[] } {
  const known = [...records.map((r) => r.council), ...changes.map((c) => c.council)];
  const select = selector(selection, known);
  if ('error' in select) return select;
  const byId = new Map(records.map((r) => [r.id, r]));
  const { since, changedSince } = selection;
  const picked = changes.filter((c) => {
    if (!select.byCouncil(c.council)) return false;
    if (changedSince !== undefined && c.at < changedSince) return false;
    if (since === undefined) return true;
    const r = byId.get(c.interventionId);
    return onOrAfter(r ? instrumentDate(r) : c.issuedOn, since);
  });
  const order = new Map(picked.map((c, i) => [c, i]));
  return { changes: picked.sort((a, b) => (a.at !== b.at ? (a.at < b.at ? 1 : -1) : order.get(a)! - order.get(b)!)) };
}

export function formatChanges(changes: Change[], format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify(FieldChanges.parse(changes.map(withText)), null, 2)}\n`;
  return changes.map((c) => `${changeLine(c)}\n`).join('');
}

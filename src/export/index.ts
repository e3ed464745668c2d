// The end of every run: merge the store's current extractions into interventions, then write the dataset
// files (each atomically: the JSON Lines, the CSV tables, datapackage.json, …), the same tables in SQLite (one
// transaction), and the HTML report.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { mergeRecords, type Merged } from '../merge/index.js';
import { writeReport } from '../report/index.js';
import type { InterventionRecord } from '../schema/intervention.js';
import type { Store } from '../store/store.js';
import { writeFileAtomic } from './atomic.js';
import { tableCsv } from './csv.js';
import { dataPackage } from './datapackage.js';
import { EXPORT_FILES } from './files.js';
import { toAtom } from './feed.js';
import { jsonSchema } from './json-schema.js';
import { toJsonl } from './jsonl.js';
import { TABLES } from './tables.js';

export { EXPORT_FILES };

/** The dataset's version in datapackage.json: the package's (../../package.json from src/ or a build of it). */
const PACKAGE_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/**
 * `updated` moves when a source version arrives (the merge's rule) and also when the merged record itself
 * changes without one, e.g. after re-extracting offline with better extractors, so the feed and `diff` show
 * that change too. An unchanged record keeps the time it last changed, so reruns write identical files.
 */
export function markContentChanges(records: InterventionRecord[], previous: Map<string, InterventionRecord>, now: string): void {
  const content = (r: InterventionRecord) => JSON.stringify({ ...r, updated: null });
  for (const r of records) {
    const before = previous.get(r.id);
    if (!before) continue;
    if (content(before) === content(r)) r.updated = before.updated;
    else if (before.updated >= r.updated) r.updated = now;
  }
}

export async function exportDataset(store: Store, dataDir: string): Promise<Merged> {
  const merged = mergeRecords(store.currentExtractions());
  const { interventions, timelines } = merged;
  markContentChanges(interventions, store.previousInterventions(), new Date().toISOString());
  store.replaceInterventions(interventions);
  writeFileAtomic(join(dataDir, EXPORT_FILES.jsonl), toJsonl(interventions));
  for (const table of TABLES) writeFileAtomic(join(dataDir, table.file), tableCsv(table, interventions));
  writeFileAtomic(join(dataDir, EXPORT_FILES.schema), `${JSON.stringify(jsonSchema(), null, 2)}\n`);
  writeFileAtomic(join(dataDir, EXPORT_FILES.councils), `${JSON.stringify(timelines, null, 2)}\n`);
  writeFileAtomic(join(dataDir, EXPORT_FILES.feed), toAtom(interventions));
  writeFileAtomic(join(dataDir, EXPORT_FILES.datapackage), `${JSON.stringify(dataPackage(PACKAGE_VERSION), null, 2)}\n`);
  await writeReport(interventions, timelines, join(dataDir, EXPORT_FILES.report));
  return merged;
}

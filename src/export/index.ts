// The end of every run: merge the store's current extractions into interventions, then write the dataset
// files (each atomically: the JSON Lines, the CSV tables, datapackage.json, …), the same tables in SQLite (one
// transaction), and the HTML report.
import { join } from 'node:path';
import { mergeRecords, type Merged } from '../merge/index.js';
import { writeReport } from '../report/index.js';
import type { InterventionRecord } from '../schema/intervention.js';
import type { Store } from '../store/store.js';
import { writeFileAtomic } from './atomic.js';
import { tableCsv } from './csv.js';
import { dataPackage } from './datapackage.js';
import { EXPORT_FILES } from './files.js';
import { datasetChanges } from './changes.js';
import { writeCouncilFeeds } from './council-feeds.js';
import { toAtom } from './feed.js';
import { jsonSchema } from './json-schema.js';
import { toJsonl } from './jsonl.js';
import { TABLES } from './tables.js';
import { packageVersion } from '../package-root.js';

export { EXPORT_FILES };

/** The dataset's version in datapackage.json: the package's (package-root.ts finds it from src/ and from dist/). */
const PACKAGE_VERSION = packageVersion();

/**
 * `updated` moves when a source version arrives (the merge's rule) and also when the merged record itself
 * changes without one, e.g. after re-extracting offline with better extractors, so the feed and `diff` show
 * that change too. An unchanged record keeps the time it last changed, so reruns write identical files. A record
 * new to a dataset that already existed, made from documents older than that dataset (re-extraction found it),
 * is new now.
 */
export function markContentChanges(records: InterventionRecord[], previous: Map<string, InterventionRecord>, now: string): void {
  const content = (r: InterventionRecord) => JSON.stringify({ ...r, updated: null });
  const lastChange = [...previous.values()].reduce((max, r) => (r.updated > max ? r.updated : max), '');
  for (const r of records) {
    const before = previous.get(r.id);
    if (!before) {
      if (r.updated <= lastChange) r.updated = now;
      continue;
    }
    if (content(before) === content(r)) r.updated = before.updated;
    else if (before.updated >= r.updated) r.updated = now;
  }
}

export interface ExportOptions {
  /** Where the data directory is published (config `publicUrl`): the feeds' rel="self" links are absolute under it. */
  publicUrl?: string;
}

export async function exportDataset(store: Store, dataDir: string, options: ExportOptions = {}): Promise<Merged> {
  const extractions = store.currentExtractions();
  const merged = mergeRecords(extractions);
  const { interventions, timelines } = merged;
  const previous = store.previousInterventions();
  const now = new Date().toISOString();
  markContentChanges(interventions, previous, now);
  // The dataset and what changed in it are stored together: the history never runs ahead of or behind it.
  store.replaceInterventions(interventions, datasetChanges(previous, interventions, now));
  const changes = store.changes();
  // rel="self": absolute under publicUrl; else relative to the feed file itself.
  const self = (path: string, relative: string) => (options.publicUrl ? new URL(path, options.publicUrl.replace(/\/?$/, '/')).href : relative);
  writeFileAtomic(join(dataDir, EXPORT_FILES.jsonl), toJsonl(interventions));
  for (const table of TABLES) writeFileAtomic(join(dataDir, table.file), tableCsv(table, interventions));
  writeFileAtomic(join(dataDir, EXPORT_FILES.schema), `${JSON.stringify(jsonSchema(), null, 2)}\n`);
  writeFileAtomic(join(dataDir, EXPORT_FILES.councils), `${JSON.stringify(timelines, null, 2)}\n`);
  writeFileAtomic(join(dataDir, EXPORT_FILES.feed), toAtom(interventions, { changes, self: self(EXPORT_FILES.feed, EXPORT_FILES.feed) }));
  writeCouncilFeeds(interventions, changes, join(dataDir, EXPORT_FILES.councilFeeds), (gss) => self(`${EXPORT_FILES.councilFeeds}/${gss}.xml`, `${gss}.xml`));
  writeFileAtomic(join(dataDir, EXPORT_FILES.datapackage), `${JSON.stringify(dataPackage(PACKAGE_VERSION), null, 2)}\n`);
  await writeReport(interventions, timelines, join(dataDir, EXPORT_FILES.report), {
    documents: extractions.map((e) => e.record),
    previousIds: previous.size ? new Set(previous.keys()) : null,
    lastRunAt: store.lastFinishedRun()?.startedAt ?? null,
  });
  return merged;
}

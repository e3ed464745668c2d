// The end of every run: merge the store's current extractions into interventions, then write the dataset
// files (each atomically), the same tables in SQLite (one transaction), and the HTML report.
import { join } from 'node:path';
import { mergeRecords, type Merged } from '../merge/index.js';
import { writeReport } from '../report/index.js';
import type { InterventionRecord } from '../schema/intervention.js';
import type { Store } from '../store/store.js';
import { writeFileAtomic } from './atomic.js';
import { toCsv } from './csv.js';
import { EXPORT_FILES } from './files.js';
import { toAtom } from './feed.js';
import { jsonSchema } from './json-schema.js';
import { toJsonl } from './jsonl.js';

export { EXPORT_FILES };

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
  const extractions = store.currentExtractions();
  const merged = mergeRecords(extractions);
  const { interventions, timelines } = merged;
  const previous = store.previousInterventions();
  markContentChanges(interventions, previous, new Date().toISOString());
  store.replaceInterventions(interventions);
  writeFileAtomic(join(dataDir, EXPORT_FILES.jsonl), toJsonl(interventions));
  writeFileAtomic(join(dataDir, EXPORT_FILES.csv), toCsv(interventions));
  writeFileAtomic(join(dataDir, EXPORT_FILES.schema), `${JSON.stringify(jsonSchema(), null, 2)}\n`);
  writeFileAtomic(join(dataDir, EXPORT_FILES.councils), `${JSON.stringify(timelines, null, 2)}\n`);
  writeFileAtomic(join(dataDir, EXPORT_FILES.feed), toAtom(interventions));
  await writeReport(interventions, timelines, join(dataDir, EXPORT_FILES.report), {
    documents: extractions.map((e) => e.record),
    previousIds: previous.size ? new Set(previous.keys()) : null,
    lastRunAt: store.lastFinishedRun()?.startedAt ?? null,
  });
  return merged;
}

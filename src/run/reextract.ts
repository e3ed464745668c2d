// --offline: no network. Re-runs readDocument over the current version of every stored document (from the
// stored bodies) and replaces its extraction, e.g. after the extractors improved.
import type { Budgets } from '../config/schema.js';
import type { OcrService } from '../ocr-step.js';
import type { Store } from '../store/store.js';
import type { Logger } from './log.js';
import { readWithinBudgets } from './process-document.js';
import { bump, type RunCounts } from './summary.js';

export async function reextract(store: Store, counts: RunCounts, log: Logger, budgets: Budgets, ocr?: OcrService): Promise<void> {
  const versions = store.currentVersions();
  for (const [i, v] of versions.entries()) {
    const bytes = store.getBlob(v.sha256);
    if (!bytes) {
      counts.failed++;
      bump(counts.failures, 'missing_blob');
      log.event('failed', { url: v.url, code: 'missing_blob' });
      continue;
    }
    const record = await readWithinBudgets({ bytes, uri: v.url, contentType: v.contentType }, budgets, ocr);
    if (record.status === 'error') bump(counts.extractErrors, record.error?.code ?? 'internal');
    store.saveExtraction(v.versionId, record, new Date().toISOString());
    counts.reextracted++;
    log.event('document', { url: v.url, outcome: 're-extracted', interventions: record.interventions.length });
    log.progress?.(i + 1, versions.length, counts.failed);
  }
}

// A whole run: take the lock, open the store, record the run, crawl (or re-extract offline), export the
// dataset, record the outcome. The CLI and the tests both come through here.
import type { Config } from '../config/schema.js';
import { exportDataset } from '../export/index.js';
import { Store } from '../store/store.js';
import { crawl } from './crawl.js';
import { acquireLock } from './lock.js';
import type { Logger } from './log.js';
import { reextract } from './reextract.js';
import { emptyCounts, failureReason, type RunCounts } from './summary.js';

export interface JobOptions {
  config: Config;
  /** Absolute data directory (the config's dataDir, or --data). */
  dataDir: string;
  offline?: boolean;
  log: Logger;
}

export interface JobResult {
  counts: RunCounts;
  exitCode: 0 | 1;
  /** Why the run exited 1, in one line; null when it exited 0. */
  reason: string | null;
  seconds: number;
}

export async function runJob({ config, dataDir, offline = false, log }: JobOptions): Promise<JobResult> {
  const started = Date.now();
  const release = acquireLock(dataDir, log);
  // A signal ends the process without unwinding; release the lock first so the next run starts clean.
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    log.event('stopped', { signal });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const store = new Store(dataDir);
  try {
    const interrupted = store.markInterruptedRuns();
    if (interrupted) log.event('interrupted_runs', { count: interrupted, note: 'earlier runs that never finished' });
    const runId = store.startRun(offline, new Date().toISOString());
    log.event('run_started', { runId, dataDir, offline });
    const counts = emptyCounts();
    if (offline) await reextract(store, counts, log, config.budgets);
    else await crawl(config, store, counts, log);
    // The dataset files, tables and report, rebuilt from the store after every run. A failure here is
    // logged and fails the run (exit 1), but the crawl's work is already stored.
    let exportFailed = false;
    try {
      const merged = await exportDataset(store, dataDir, { publicUrl: config.publicUrl });
      log.event('exported', { interventions: merged.interventions.length, councils: merged.timelines.length });
    } catch (err) {
      exportFailed = true;
      log.event('export_failed', { message: (err as Error).message });
    }
    const reason = exportFailed ? 'the exports could not be written (see export_failed)' : failureReason(counts);
    const exitCode = reason === null ? 0 : 1;
    store.finishRun(runId, exitCode, counts, new Date().toISOString());
    const seconds = (Date.now() - started) / 1000;
    log.event('run_finished', { runId, exitCode, reason, seconds, ...counts });
    return { counts, exitCode, reason, seconds };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    store.close();
    release();
    log.close?.();
  }
}

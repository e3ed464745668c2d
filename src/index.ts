// The library API: what `import { extract, run, loadInterventions } from 'directions'` gives a script.
//   extract(bytes or path)   → the per-document record of the output contract (never throws for a bad document)
//   run({ config, dataDir })  → one pipeline run, as `directions run`, without logging
//   loadInterventions(dir)    → the merged dataset of the last run, validated
//   readHistory(dir)          → the field-level change history (selectChanges filters it like `directions diff`)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig, parseConfig } from './config/load.js';
import { DEFAULT_BUDGETS, type Config } from './config/schema.js';
import { errorRecord } from './document-error.js';
import { readFileWithin } from './document-file.js';
import { readDocument } from './document.js';
import { runJob } from './run/job.js';
import { silentLogger, type Logger } from './run/log.js';
import type { RunCounts } from './run/summary.js';
import type { DocumentRecord } from './schema/record.js';

export { loadInterventions } from './export/load.js';
export { readHistory, selectChanges } from './export/diff.js';
export type { FieldChange } from './schema/change.js';
export { mergeRecords, type MergeInput } from './merge/index.js';
export type { Config } from './config/schema.js';
export type { RunCounts } from './run/summary.js';
export type { CouncilTimeline, InterventionRecord, SourceRef, Conflict } from './schema/intervention.js';
export type * from './schema/record.js';

export interface ExtractOptions {
  /** Where the bytes came from (default: the file's file:// URI, or `buffer:` for bytes). */
  uri?: string;
  /** The declared Content-Type, a hint only (the bytes are sniffed). */
  contentType?: string;
  /** Add the extracted text the evidence offsets point into. */
  withText?: boolean;
}

/** Reads one document: a Buffer of its bytes, or a file path (a string is always a path). */
export async function extract(input: Buffer | string, options: ExtractOptions = {}): Promise<DocumentRecord> {
  const isPath = typeof input === 'string';
  const uri = options.uri ?? (isPath ? pathToFileURL(resolve(input)).href : 'buffer:');
  const contentType = options.contentType ?? null;
  let bytes: Buffer;
  if (isPath) {
    // The same file budget as the CLI: a missing file, a FIFO or an oversized one is an error record, never a throw.
    const read = await readFileWithin(input, DEFAULT_BUDGETS.documentBytes);
    if (!read.ok) return errorRecord({ bytes: Buffer.alloc(0), uri, path: input, contentType }, read.error);
    bytes = read.bytes;
  } else bytes = input;
  return readDocument({ bytes, uri, ...(isPath ? { path: input } : {}), contentType }, { withText: options.withText });
}

export interface RunOptions {
  /** A config file path (default ./directions.config.json) or a config object. */
  config?: string | Config | Record<string, unknown>;
  /** Overrides the config's dataDir. Relative paths resolve against the working directory. */
  dataDir?: string;
  /** Re-extract stored documents; no network. */
  offline?: boolean;
  /** Default: silent. */
  log?: Logger;
}

/** One run of the pipeline. Resolves with the counts and the exit code `directions run` would give. */
export async function run(options: RunOptions = {}): Promise<{ counts: RunCounts; exitCode: 0 | 1 }> {
  let config: Config;
  let dataDir: string;
  if (options.config === undefined || typeof options.config === 'string') {
    const loaded = loadConfig(options.config ?? 'directions.config.json', { dataDir: options.dataDir });
    ({ config, dataDir } = loaded);
  } else {
    config = parseConfig(options.config);
    dataDir = resolve(options.dataDir ?? config.dataDir);
  }
  const result = await runJob({ config, dataDir, offline: options.offline ?? false, log: options.log ?? silentLogger });
  return { counts: result.counts, exitCode: result.exitCode };
}

// Shared bits of the run tests: temp dirs, running a job quietly, and reading the store back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Config } from '../../src/config/schema.js';
import { runJob, type JobResult } from '../../src/run/job.js';
import { MemoryLogger } from '../../src/run/log.js';
import { DATABASE_FILE } from '../../src/store/store.js';

export function tempDir(prefix: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `directions-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function run(config: Config, dataDir: string, offline = false): Promise<JobResult & { log: MemoryLogger }> {
  const log = new MemoryLogger();
  const result = await runJob({ config, dataDir, offline, log });
  return { ...result, log };
}

export function query<T = Record<string, unknown>>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The store's content without timestamps, ids or run rows: what must match between two runs. */
export function snapshot(dataDir: string) {
  return {
    documents: query(
      dataDir,
      'SELECT url, final_url, expect, sha256, content_type, etag, last_modified, status, error_code FROM documents ORDER BY url',
    ),
    versions: query(dataDir, 'SELECT url, sha256, content_type FROM versions ORDER BY url, sha256'),
    extractions: query(
      dataDir,
      'SELECT v.url, v.sha256, e.status, e.error_code, e.record FROM extractions e JOIN versions v ON v.id = e.version_id ORDER BY v.url, v.sha256',
    ),
    blobs: query(dataDir, 'SELECT sha256, size FROM blobs ORDER BY sha256'),
    attachments: query(dataDir, 'SELECT publication_url, attachment_url, removed_at IS NULL AS listed FROM publication_attachments ORDER BY 1, 2'),
  };
}

// The embedded SQLite store (better-sqlite3, WAL). Every method that records a document is one
// transaction, so a run killed at any instant leaves either all of a document's rows or none of them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Expect } from '../fetch/types.js';
import type { RobotsCache } from '../fetch/http-client.js';
import type { InterventionRecord } from '../schema/intervention.js';
import type { DocumentRecord, ErrorCode } from '../schema/record.js';
import { datasetChanges, type Change } from '../export/changes.js';
import { extractorVersion } from '../extractor-version.js';
import { SCHEMA_SQL } from './schema.js';

export interface StoredDocument {
  url: string;
  final_url: string | null;
  expect: Expect;
  via: string | null;
  sha256: string | null;
  content_type: string | null;
  etag: string | null;
  last_modified: string | null;
  status: 'ok' | 'error';
  error_code: string | null;
  error_message: string | null;
}

export interface NewBody {
  url: string;
  finalUrl: string;
  expect: Expect;
  via: string;
  bytes: Buffer;
  sha256: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  record: DocumentRecord;
}

export type VersionChange = 'new' | 'changed' | 'unchanged';

export const DATABASE_FILE = 'directions.sqlite';

export class Store implements RobotsCache {
  readonly db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DATABASE_FILE));
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process (the case we care about); only a power cut can lose
    // the last commits, and the next run refetches those.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    const hadHistory = this.hasTable('intervention_changes');
    this.db.exec(SCHEMA_SQL);
    // Stores made before extractions recorded their extractor gain the column; their rows read as stale.
    const columns = this.db.prepare('PRAGMA table_info(extractions)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'extractor')) this.db.exec('ALTER TABLE extractions ADD COLUMN extractor TEXT');
    if (!hadHistory) this.startHistory();
  }

  private hasTable(name: string): boolean {
    return this.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
  }

  /**
   * A store made before the change history: each intervention it holds gets its "new" row, dated when it was
   * first seen, so `diff` still lists it; what changed before then was never recorded and is not invented.
   */
  private startHistory(): void {
    const records = [...this.previousInterventions().values()];
    if (!records.length) return;
    const firstSeen = new Map(records.map((r) => [r.id, r.firstSeen]));
    const changes = datasetChanges(new Map(), records, '').map((c) => ({ ...c, at: firstSeen.get(c.interventionId)! }));
    this.db.transaction(() => this.insertChanges(changes))();
  }

  private insertChanges(changes: Change[]): void {
    const insert = this.db.prepare(
      `INSERT INTO intervention_changes (intervention_id, council_name, council_gss, instrument, service, issued_on, kind, field, item,
         attribute, old_value, new_value, source, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of changes) {
      insert.run(c.interventionId, c.council.name, c.council.gss, c.instrument, c.service, c.issuedOn, c.kind, c.field, c.item,
        c.attribute, JSON.stringify(c.old ?? null), JSON.stringify(c.new ?? null), c.source, c.at);
    }
  }

  /** The whole change history, oldest first (in the order each run recorded it). */
  changes(): Change[] {
    const rows = this.db.prepare('SELECT * FROM intervention_changes ORDER BY at, id').all() as {
      intervention_id: string;
      council_name: string;
      council_gss: string | null;
      instrument: Change['instrument'];
      service: Change['service'];
      issued_on: string | null;
      kind: Change['kind'];
      field: string;
      item: string | null;
      attribute: string | null;
      old_value: string;
      new_value: string;
      source: string | null;
      at: string;
    }[];
    return rows.map((r) => ({
      interventionId: r.intervention_id,
      council: { name: r.council_name, gss: r.council_gss },
      instrument: r.instrument,
      service: r.service,
      issuedOn: r.issued_on,
      kind: r.kind,
      field: r.field,
      item: r.item,
      attribute: r.attribute,
      old: JSON.parse(r.old_value) as unknown,
      new: JSON.parse(r.new_value) as unknown,
      source: r.source,
      at: r.at,
    }));
  }

  close(): void {
    this.db.close();
  }

  getDocument(url: string): StoredDocument | undefined {
    return this.db.prepare('SELECT * FROM documents WHERE url = ?').get(url) as StoredDocument | undefined;
  }

  getBlob(sha256: string): Buffer | undefined {
    const row = this.db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined;
    return row?.bytes;
  }

  /** A body we did not hold for this URL: blob + version + extraction + document row, all or nothing. */
  saveBody(body: NewBody, now: string): VersionChange {
    return this.db.transaction((): VersionChange => {
      const prior = this.getDocument(body.url);
      this.db
        .prepare('INSERT INTO blobs (sha256, size, bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING')
        .run(body.sha256, body.bytes.length, body.bytes);
      this.upsertDocument(body.url, body.expect, body.via, now);
      this.db
        .prepare(
          `INSERT INTO versions (url, sha256, content_type, first_seen) VALUES (?, ?, ?, ?)
           ON CONFLICT (url, sha256) DO NOTHING`,
        )
        .run(body.url, body.sha256, body.contentType, now);
      const { id } = this.db.prepare('SELECT id FROM versions WHERE url = ? AND sha256 = ?').get(body.url, body.sha256) as { id: number };
      this.saveExtraction(id, body.record, now);
      this.db
        .prepare(
          `UPDATE documents SET final_url = ?, sha256 = ?, content_type = ?, etag = ?, last_modified = ?, status = 'ok',
             error_code = NULL, error_message = NULL, last_fetched = ?, last_changed = ? WHERE url = ?`,
        )
        .run(body.finalUrl, body.sha256, body.contentType, body.etag, body.lastModified, now, now, body.url);
      return prior?.sha256 ? 'changed' : 'new';
    })();
  }

  /** A 304, or a 200 whose bytes hash to the version we already hold. */
  markUnchanged(
    doc: { url: string; finalUrl: string; expect: Expect; via: string; etag: string | null; lastModified: string | null },
    now: string,
  ): void {
    this.db.transaction(() => {
      this.upsertDocument(doc.url, doc.expect, doc.via, now);
      // Keep old validators when a 304 omits them.
      this.db
        .prepare(
          `UPDATE documents SET final_url = ?, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
             status = 'ok', error_code = NULL, error_message = NULL, last_fetched = ? WHERE url = ?`,
        )
        .run(doc.finalUrl, doc.etag, doc.lastModified, now, doc.url);
    })();
  }

  /** A failed fetch. Any version we already hold stays current; only the status says the last try failed. */
  markFailed(
    doc: { url: string; finalUrl: string; expect: Expect; via: string; code: ErrorCode; message: string },
    now: string,
  ): void {
    this.db.transaction(() => {
      this.upsertDocument(doc.url, doc.expect, doc.via, now);
      this.db
        .prepare(`UPDATE documents SET final_url = ?, status = 'error', error_code = ?, error_message = ? WHERE url = ?`)
        .run(doc.finalUrl, doc.code, doc.message, doc.url);
    })();
  }

  private upsertDocument(url: string, expect: Expect, via: string, now: string): void {
    this.db
      .prepare(
        `INSERT INTO documents (url, expect, via, status, first_seen, last_seen) VALUES (?, ?, ?, 'ok', ?, ?)
         ON CONFLICT (url) DO UPDATE SET last_seen = excluded.last_seen`,
      )
      .run(url, expect, via, now, now);
  }

  saveExtraction(versionId: number, record: DocumentRecord, now: string): void {
    this.db
      .prepare(
        `INSERT INTO extractions (version_id, status, error_code, interventions, record, extracted_at, extractor) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (version_id) DO UPDATE SET status = excluded.status, error_code = excluded.error_code,
           interventions = excluded.interventions, record = excluded.record, extracted_at = excluded.extracted_at,
           extractor = excluded.extractor`,
      )
      .run(versionId, record.status, record.error?.code ?? null, record.interventions.length, JSON.stringify(record), now, extractorVersion());
  }

  /** The current version of a document when its extraction was made by another extractor than this one. */
  staleExtraction(url: string): { versionId: number; contentType: string | null } | undefined {
    return this.db
      .prepare(
        `SELECT v.id AS versionId, v.content_type AS contentType FROM documents d
         JOIN versions v ON v.url = d.url AND v.sha256 = d.sha256
         JOIN extractions e ON e.version_id = v.id
         WHERE d.url = ? AND e.extractor IS NOT ?`,
      )
      .get(url, extractorVersion()) as { versionId: number; contentType: string | null } | undefined;
  }

  /** Current versions of every document (what --offline re-extracts). */
  currentVersions(): { versionId: number; url: string; sha256: string; contentType: string | null }[] {
    return this.db
      .prepare(
        `SELECT v.id AS versionId, d.url AS url, d.sha256 AS sha256, v.content_type AS contentType
         FROM documents d JOIN versions v ON v.url = d.url AND v.sha256 = d.sha256 ORDER BY d.url`,
      )
      .all() as { versionId: number; url: string; sha256: string; contentType: string | null }[];
  }

  /**
   * The latest extraction of every current document version, with the store's times for the merge:
   * when the document was first seen and when its current version arrived.
   */
  currentExtractions(): { url: string; record: DocumentRecord; firstSeen: string; changed: string }[] {
    const rows = this.db
      .prepare(
        `SELECT d.url AS url, e.record AS record, d.first_seen AS firstSeen, v.first_seen AS changed
         FROM documents d JOIN versions v ON v.url = d.url AND v.sha256 = d.sha256
         JOIN extractions e ON e.version_id = v.id ORDER BY d.url`,
      )
      .all() as { url: string; record: string; firstSeen: string; changed: string }[];
    return rows.map((r) => ({ ...r, record: JSON.parse(r.record) as DocumentRecord }));
  }

  /** The merged dataset the last run wrote, by id. */
  previousInterventions(): Map<string, InterventionRecord> {
    const rows = this.db.prepare('SELECT id, record FROM interventions').all() as { id: string; record: string }[];
    return new Map(rows.map((r) => [r.id, JSON.parse(r.record) as InterventionRecord]));
  }

  /** Replaces the merged dataset wholesale and adds its changes to the history, in one transaction. */
  replaceInterventions(records: InterventionRecord[], changes: Change[] = []): void {
    this.db.transaction(() => {
      this.insertChanges(changes);
      this.db.prepare('DELETE FROM intervention_sources').run();
      this.db.prepare('DELETE FROM interventions').run();
      const insert = this.db.prepare(
        `INSERT INTO interventions (id, council_name, council_gss, instrument, service, issued_on, status, first_seen, updated, record)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const source = this.db.prepare('INSERT OR IGNORE INTO intervention_sources (intervention_id, uri, kind, sha256) VALUES (?, ?, ?, ?)');
      for (const r of records) {
        insert.run(r.id, r.council.name, r.council.gss, r.instrument, r.service, r.issuedOn, r.status, r.firstSeen, r.updated, JSON.stringify(r));
        for (const s of r.sources) source.run(r.id, s.uri, s.kind, s.sha256);
      }
    })();
  }

  /** Records this run's attachment list of a publication; returns what was added or removed since last time. */
  diffAttachments(
    publicationUrl: string,
    attachments: { url: string; title: string | null }[],
    now: string,
  ): { added: string[]; removed: string[]; firstTime: boolean } {
    return this.db.transaction(() => {
      const before = this.db
        .prepare('SELECT attachment_url, removed_at FROM publication_attachments WHERE publication_url = ?')
        .all(publicationUrl) as { attachment_url: string; removed_at: string | null }[];
      const listed = new Set(before.filter((r) => r.removed_at === null).map((r) => r.attachment_url));
      const current = new Set(attachments.map((a) => a.url));
      const upsert = this.db.prepare(
        `INSERT INTO publication_attachments (publication_url, attachment_url, title, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (publication_url, attachment_url) DO UPDATE SET last_seen = excluded.last_seen, title = excluded.title, removed_at = NULL`,
      );
      for (const a of attachments) upsert.run(publicationUrl, a.url, a.title, now, now);
      const removed = [...listed].filter((u) => !current.has(u));
      const markRemoved = this.db.prepare(
        'UPDATE publication_attachments SET removed_at = ? WHERE publication_url = ? AND attachment_url = ?',
      );
      for (const u of removed) markRemoved.run(now, publicationUrl, u);
      return { added: [...current].filter((u) => !listed.has(u)), removed, firstTime: before.length === 0 };
    })();
  }

  // --- runs

  /** Runs left 'running' belong to processes that died (the lock guarantees no live one is). */
  markInterruptedRuns(): number {
    return this.db.prepare(`UPDATE runs SET state = 'interrupted' WHERE state = 'running'`).run().changes;
  }

  startRun(offline: boolean, now: string): number {
    return Number(
      this.db.prepare(`INSERT INTO runs (pid, started_at, state, offline) VALUES (?, ?, 'running', ?)`).run(process.pid, now, offline ? 1 : 0)
        .lastInsertRowid,
    );
  }

  /** The latest run that finished (during a run: the one before it); null before the first. */
  lastFinishedRun(): { id: number; startedAt: string } | null {
    const row = this.db.prepare(`SELECT id, started_at AS startedAt FROM runs WHERE state = 'finished' ORDER BY id DESC LIMIT 1`).get();
    return (row as { id: number; startedAt: string } | undefined) ?? null;
  }

  finishRun(id: number, exitCode: number, counts: unknown, now: string): void {
    this.db
      .prepare(`UPDATE runs SET ended_at = ?, state = 'finished', exit_code = ?, counts = ? WHERE id = ?`)
      .run(now, exitCode, JSON.stringify(counts), id);
  }

  // --- RobotsCache

  get(origin: string): { etag: string | null; lastModified: string | null; body: string } | undefined {
    const row = this.db.prepare('SELECT etag, last_modified, body FROM robots WHERE origin = ?').get(origin) as
      | { etag: string | null; last_modified: string | null; body: string }
      | undefined;
    return row && { etag: row.etag, lastModified: row.last_modified, body: row.body };
  }

  put(origin: string, value: { etag: string | null; lastModified: string | null; body: string }): void {
    this.db
      .prepare(
        `INSERT INTO robots (origin, etag, last_modified, body, fetched_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (origin) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
           body = excluded.body, fetched_at = excluded.fetched_at`,
      )
      .run(origin, value.etag, value.lastModified, value.body, new Date().toISOString());
  }
}

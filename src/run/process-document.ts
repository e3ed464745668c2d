// One document's way through the pipeline: candidate → fetch (conditional, via the HTTP client, or a local
// file) → unchanged? stop : readDocument → store (one transaction). Each URL goes through once per run,
// however many sources list it; later asks get the same promise.
import { createHash } from 'node:crypto';
import type { Budgets } from '../config/schema.js';
import { readFileWithin } from '../document-file.js';
import { documentPool } from '../document-pool.js';
import type { DocumentInput } from '../parse/types.js';
import type { DocumentRecord } from '../schema/record.js';
import type { HttpClient } from '../fetch/http-client.js';
import type { FetchOutcome } from '../fetch/types.js';
import type { Candidate, Opened } from '../sources/types.js';
import type { Store } from '../store/store.js';
import type { Logger } from './log.js';
import { bump, type RunCounts } from './summary.js';

/** Refusals by our own politeness rules, not breakages: they do not make the run exit 1. */
const POLICY_REFUSALS = new Set<string>(['robots_disallowed', 'host_not_allowed']);

export class DocumentProcessor {
  private readonly seen = new Map<string, Promise<Opened>>();
  private done = 0;

  constructor(
    private readonly client: HttpClient,
    private readonly store: Store,
    private readonly counts: RunCounts,
    private readonly log: Logger,
    private readonly budgets: Budgets,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  open(candidate: Candidate): Promise<Opened> {
    const existing = this.seen.get(candidate.url);
    if (existing) return existing;
    this.counts.discovered++;
    this.log.event('discovered', { url: candidate.url, via: candidate.via });
    const result = this.process(candidate).then(
      (opened) => {
        this.done++;
        this.log.progress?.(this.done, this.counts.discovered, this.counts.failed);
        return opened;
      },
      (err: unknown) => {
        // A bug, not a bad document: record it against this URL and carry on with the run.
        this.counts.failed++;
        bump(this.counts.failures, 'internal');
        this.log.event('internal_error', { url: candidate.url, message: (err as Error).stack ?? String(err) });
        return { outcome: 'failed', bytes: null, code: 'internal', message: String(err) } satisfies Opened;
      },
    );
    this.seen.set(candidate.url, result);
    return result;
  }

  /** Wait for every document opened so far (and any opened meanwhile). */
  async settle(): Promise<void> {
    let size = -1;
    while (size !== this.seen.size) {
      size = this.seen.size;
      await Promise.all(this.seen.values());
    }
  }

  private async process(candidate: Candidate): Promise<Opened> {
    const { url, expect, via } = candidate;
    if (!candidate.path && !this.client.isAllowedHost(url)) {
      // Not ours to fetch, whatever linked to it: counted, logged, not stored.
      this.counts.skipped++;
      bump(this.counts.skips, 'host_not_allowed');
      this.log.event('skipped', { url, reason: 'host_not_allowed', via });
      return { outcome: 'skipped', bytes: null, code: 'host_not_allowed' };
    }
    const prior = this.store.getDocument(url);
    const held = prior?.sha256 ? (this.store.getBlob(prior.sha256) ?? null) : null;
    const fetched: FetchOutcome = candidate.path
      ? await this.readLocal(candidate)
      : await this.client.fetch({ url, expect, etag: held ? prior?.etag : null, lastModified: held ? prior?.last_modified : null });

    if (fetched.kind === 'error' || (fetched.kind === 'not_modified' && !held)) {
      const code = fetched.kind === 'error' ? fetched.code : 'http_error';
      const message = fetched.kind === 'error' ? fetched.message : 'HTTP 304 for a document we do not hold.';
      this.store.markFailed({ url, finalUrl: fetched.finalUrl, expect, via, code, message }, this.now());
      if (candidate.optional) {
        this.counts.skipped++;
        bump(this.counts.skips, `optional_${code}`);
      } else if (POLICY_REFUSALS.has(code)) {
        // We chose not to fetch it (robots.txt said no): recorded per document, but not a failed run.
        this.counts.skipped++;
        bump(this.counts.skips, code);
      } else {
        this.counts.failed++;
        bump(this.counts.failures, code);
      }
      this.log.event('failed', { url, code, message, via, optional: candidate.optional ?? false });
      // Hand back the copy we hold, if any, so discovery can go on from last run's listing.
      return { outcome: 'failed', bytes: held, code, message };
    }

    const common = { url, finalUrl: fetched.finalUrl, expect, via, etag: fetched.etag, lastModified: fetched.lastModified };
    if (fetched.kind === 'not_modified') {
      this.store.markUnchanged(common, this.now());
      this.counts.unchanged++;
      this.log.event('document', { url, outcome: 'unchanged', status: 304 });
      await this.refreshIfStale(url, held!);
      return { outcome: 'unchanged', bytes: held };
    }

    this.counts.fetched++;
    const sha256 = createHash('sha256').update(fetched.bytes).digest('hex');
    if (sha256 === prior?.sha256) {
      this.store.markUnchanged(common, this.now());
      this.counts.unchanged++;
      this.log.event('document', { url, outcome: 'unchanged', status: 200 });
      await this.refreshIfStale(url, fetched.bytes, candidate.path);
      return { outcome: 'unchanged', bytes: fetched.bytes };
    }

    const contentType = candidate.contentType ?? fetched.contentType;
    const record = await this.read({ bytes: fetched.bytes, uri: url, contentType, ...(candidate.path ? { path: candidate.path } : {}) });
    if (record.status === 'error') bump(this.counts.extractErrors, record.error?.code ?? 'internal');
    const change = this.store.saveBody({ ...common, bytes: fetched.bytes, sha256, contentType, record }, this.now());
    if (change === 'changed') this.counts.changed++;
    else this.counts.new++;
    this.log.event('document', { url, outcome: change, sha256, interventions: record.interventions.length, recordStatus: record.status });
    return { outcome: change === 'changed' ? 'changed' : 'new', bytes: fetched.bytes };
  }

  /** An unchanged document whose record an older extractor made is read again from the bytes we hold. */
  private async refreshIfStale(url: string, bytes: Buffer, path?: string): Promise<void> {
    const stale = this.store.staleExtraction(url);
    if (!stale) return;
    const record = await this.read({ bytes, uri: url, contentType: stale.contentType, ...(path ? { path } : {}) });
    this.store.saveExtraction(stale.versionId, record, this.now());
    this.counts.reextracted++;
    this.log.event('document', { url, outcome: 're-extracted', reason: 'extractor changed', interventions: record.interventions.length });
  }

  /** Parse and extract in the worker pool (two at a time), within the per-document budgets. */
  private read(input: DocumentInput): Promise<DocumentRecord> {
    return readWithinBudgets(input, this.budgets);
  }

  private async readLocal(candidate: Candidate): Promise<FetchOutcome> {
    const base = { url: candidate.url, finalUrl: candidate.url };
    const path = candidate.path!;
    const read = await readFileWithin(path, this.budgets.documentBytes);
    if (read.ok) return { ...base, kind: 'body', bytes: read.bytes, contentType: candidate.contentType ?? null, etag: null, lastModified: null };
    const code = read.errno === 'ENOENT' ? 'not_found' : read.error.code === 'unreadable' ? 'fetch_failed' : read.error.code;
    return { ...base, kind: 'error', code, message: `Cannot read ${path}: ${read.error.message}` };
  }
}

/** The stored record keeps its text, so the report can quote the whole sentence each value came from. */
export function readWithinBudgets(input: DocumentInput, budgets: Budgets): Promise<DocumentRecord> {
  return documentPool().read(input, {
    withText: true,
    timeoutMs: budgets.documentTimeoutMs,
    heapMb: budgets.documentHeapMb,
    budgets: { pdfMaxPages: budgets.pdfMaxPages, pdfMaxDecodedBytes: budgets.pdfMaxDecodedBytes, htmlMaxDepth: budgets.htmlMaxDepth },
  });
}

// The sources' one interface. A source knows where documents are listed (a GOV.UK collection, the Search
// API, news feeds, a folder) and yields Candidates; it never fetches or stores by itself. When it needs a
// listing's body to go on (the collection JSON, a feed) it asks ctx.open(), which runs that listing through
// the same fetch → extract → store path as any document and hands back the bytes (the stored copy on 304).
import type { Expect } from '../fetch/types.js';
import type { Logger } from '../run/log.js';
import type { ErrorCode } from '../schema/record.js';

export interface Candidate {
  /** Canonical URL: the document's identity in the store and in records. */
  url: string;
  expect: Expect;
  /** How it was found, e.g. "govuk-collection:Open directions", for provenance and logs. */
  via: string;
  /** Read this local file instead of fetching the URL (local archives). */
  path?: string;
  contentType?: string;
  /** A probe whose failure is expected and handled by the source (e.g. a collection path that may 404). */
  optional?: boolean;
}

export type OpenOutcome = 'new' | 'changed' | 'unchanged' | 'failed' | 'skipped';

export interface Opened {
  outcome: OpenOutcome;
  /** The current body: fresh, or the stored copy on 304 (and on failure, when we hold an older copy). */
  bytes: Buffer | null;
  code?: ErrorCode | 'host_not_allowed';
  message?: string;
}

export interface SourceContext {
  /** Fetch, extract and store a candidate (once per URL per run) and return its body. */
  open(candidate: Candidate): Promise<Opened>;
  /** Record a publication's current attachment list; returns what changed since the last run. */
  recordAttachments(publicationUrl: string, attachments: { url: string; title: string | null }[]): { added: string[]; removed: string[] };
  log: Logger;
  /** Report one listing item of the wrong shape (`where`: which listing and item); the caller skips it and goes on. */
  badItem(where: string, message: string): void;
}

export interface Source {
  name: string;
  discover(ctx: SourceContext): AsyncIterable<Candidate>;
}

/** Thrown by a source that cannot go on (e.g. the collection cannot be found): the run marks the source failed. */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

/** Runs fn over items with at most `concurrency` in flight, yielding each result as it completes. */
export async function* mapUnordered<T, R>(items: T[], concurrency: number, fn: (item: T) => Promise<R>): AsyncIterable<R> {
  const pending = new Map<number, Promise<{ id: number; result: R }>>();
  let next = 0;
  const launch = () => {
    const id = next++;
    pending.set(id, fn(items[id]).then((result) => ({ id, result })));
  };
  while (next < items.length && pending.size < concurrency) launch();
  while (pending.size > 0) {
    const { id, result } = await Promise.race(pending.values());
    pending.delete(id);
    if (next < items.length) launch();
    yield result;
  }
}

// The fetch stage's one interface: a URL and what we expect there in, a FetchOutcome out. Never throws for
// a bad URL or server: every failure is an outcome with an ErrorCode, so one bad document never stops a run.
import type { ErrorCode } from '../schema/record.js';

/** What a candidate URL should hold; the body is checked against it (an HTML error page is not a PDF). */
export type Expect = 'pdf' | 'html' | 'json' | 'feed' | 'any';

export interface FetchRequest {
  /** The canonical URL (https://www.gov.uk/...), whatever hostMap sends the request to. */
  url: string;
  expect: Expect;
  /** Validators from the stored copy, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchOutcome =
  | {
      kind: 'body';
      url: string;
      /** Canonical URL after redirects. */
      finalUrl: string;
      bytes: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not_modified'; url: string; finalUrl: string; etag: string | null; lastModified: string | null }
  | { kind: 'error'; url: string; finalUrl: string; code: ErrorCode; message: string; status?: number };

/** Thrown inside the fetch stage only; the client turns it into an error outcome. */
export class FetchFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status?: number,
    /** Worth another attempt (429, 5xx, timeout, dropped connection). */
    readonly retryable = false,
    /** Milliseconds the server asked us to wait (Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'FetchFailure';
  }
}

// The record of a document that could not be read. Kept apart from document.ts so callers that only need
// error records (the extract command's main thread, the worker pool) do not load the parsers and extractors.
import { createHash } from 'node:crypto';
import type { DocumentInput } from './parse/types.js';
import type { DocumentError, DocumentRecord } from './schema/record.js';

/** The record of a document that could not be read: its source, the error, and no interventions. */
export function errorRecord(input: DocumentInput, error: DocumentError): DocumentRecord {
  return {
    source: { ...sourceBase(input), contentType: input.contentType ?? null, kind: 'other', title: null, publishedAt: null },
    status: 'error',
    error,
    interventions: [],
    links: [],
  };
}

export function sourceBase(input: DocumentInput) {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return { uri: input.uri, ...(input.path !== undefined ? { path: input.path } : {}), sha256 };
}

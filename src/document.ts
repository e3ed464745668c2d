// One document through the pipeline: bytes → parse → extract → the per-document record of the output contract.
// Never throws for a bad document: the failure becomes an error record, so one bad file never stops a run.
import { createHash } from 'node:crypto';
import { extractInterventions } from './extract/index.js';
import { parseDocument, ParseError, type DocumentInput } from './parse/index.js';
import type { DocumentRecord } from './schema/record.js';

export type { DocumentInput } from './parse/index.js';

export interface ReadOptions {
  /** Add the extracted text (what evidence offsets point into) to the record. */
  withText?: boolean;
}

export async function readDocument(input: DocumentInput, options: ReadOptions = {}): Promise<DocumentRecord> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const base = { uri: input.uri, ...(input.path !== undefined ? { path: input.path } : {}), sha256 };
  try {
    const doc = await parseDocument(input);
    const record: DocumentRecord = {
      source: { ...base, contentType: doc.contentType, kind: doc.kind, title: doc.title, publishedAt: doc.publishedAt },
      status: 'ok',
      error: null,
      interventions: extractInterventions(doc),
      links: doc.links,
    };
    if (options.withText) record.text = doc.text;
    return record;
  } catch (err) {
    const error =
      err instanceof ParseError
        ? { code: err.code, message: err.message }
        : { code: 'internal' as const, message: `Unexpected failure while reading the document: ${(err as Error).message}` };
    return {
      source: { ...base, contentType: input.contentType ?? null, kind: 'other', title: null, publishedAt: null },
      status: 'error',
      error,
      interventions: [],
      links: [],
    };
  }
}

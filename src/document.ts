// One document through the pipeline: bytes → parse → extract → the per-document record of the output contract.
// Never throws for a bad document: the failure becomes an error record, so one bad file never stops a run.
import { createHash } from 'node:crypto';
import { extractInterventions } from './extract/index.js';
import { parseDocument, ParseError, type DocumentInput } from './parse/index.js';
import type { DocumentError, DocumentRecord } from './schema/record.js';

export type { DocumentInput } from './parse/index.js';

export interface ReadOptions {
  /** Add the extracted text (what evidence offsets point into) to the record. */
  withText?: boolean;
}

/** Declared a PDF (by Content-Type or a .pdf name) but not one: an error or login page saved under a PDF's name. */
function expectedPdf(input: DocumentInput): boolean {
  const declared = (input.contentType ?? '').toLowerCase().startsWith('application/pdf');
  const named = /\.pdf$/i.test(input.path ?? new URL(input.uri).pathname);
  return declared || named;
}

export async function readDocument(input: DocumentInput, options: ReadOptions = {}): Promise<DocumentRecord> {
  try {
    const doc = await parseDocument(input);
    if (expectedPdf(input) && doc.contentType !== 'application/pdf') {
      throw new ParseError('unexpected_type', `Expected a PDF but the bytes are ${doc.contentType} (often an error or sign-in page saved under a PDF's name).`);
    }
    const record: DocumentRecord = {
      source: { ...sourceBase(input), contentType: doc.contentType, kind: doc.kind, title: doc.title, publishedAt: doc.publishedAt },
      status: 'ok',
      error: null,
      interventions: extractInterventions(doc),
      links: doc.links,
    };
    if (options.withText) record.text = doc.text;
    return record;
  } catch (err) {
    const error: DocumentError =
      err instanceof ParseError
        ? { code: err.code, message: err.message }
        : { code: 'internal', message: `Unexpected failure while reading the document: ${(err as Error).message}` };
    return errorRecord(input, error);
  }
}

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

function sourceBase(input: DocumentInput) {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return { uri: input.uri, ...(input.path !== undefined ? { path: input.path } : {}), sha256 };
}

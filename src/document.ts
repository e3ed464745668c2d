// One document through the pipeline: bytes → parse → extract → the per-document record of the output contract.
// Never throws for a bad document: the failure becomes an error record, so one bad file never stops a run.
import { DEFAULT_BUDGETS, type Budgets } from './config/schema.js';
import { errorRecord, sourceBase } from './document-error.js';
import { extractInterventions } from './extract/index.js';
import { parseDocument, ParseError, type DocumentInput } from './parse/index.js';
import type { OcrText } from './parse/ocr.js';
import { compileCheck } from './schema/check.js';
import { DocumentRecord as DocumentRecordSchema, type DocumentError, type DocumentRecord } from './schema/record.js';

export type { DocumentInput } from './parse/index.js';
export { errorRecord } from './document-error.js';

export interface ReadOptions {
  /** Add the extracted text (what evidence offsets point into) to the record. */
  withText?: boolean;
  /** Parse budgets (PDF pages and streams, HTML depth); unset ones take the defaults. */
  budgets?: Partial<Pick<Budgets, 'pdfMaxPages' | 'pdfMaxDecodedBytes' | 'htmlMaxDepth'>>;
  /** The OCR text of the document, for a scan (src/ocr-step.ts reads it and asks again). */
  ocr?: OcrText;
}

/** Declared a PDF (by Content-Type or a .pdf name) but not one: an error or login page saved under a PDF's name. */
function expectedPdf(input: DocumentInput): boolean {
  const declared = (input.contentType ?? '').toLowerCase().startsWith('application/pdf');
  const named = /\.pdf$/i.test(input.path ?? new URL(input.uri).pathname);
  return declared || named;
}

const isValidRecord = compileCheck(DocumentRecordSchema);

/** The first few schema issues of a record, as "interventions.0.issuedOn: a real calendar date". */
function invalidValues(record: DocumentRecord): string | null {
  if (isValidRecord(record)) return null;
  const checked = DocumentRecordSchema.safeParse(record);
  if (checked.success) return null;
  return checked.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
}

export async function readDocument(input: DocumentInput, options: ReadOptions = {}): Promise<DocumentRecord> {
  const budgets = { ...DEFAULT_BUDGETS, ...options.budgets };
  try {
    const doc = await parseDocument(input, { pdfMaxPages: budgets.pdfMaxPages, pdfMaxDecodedBytes: budgets.pdfMaxDecodedBytes, htmlMaxDepth: budgets.htmlMaxDepth }, options.ocr);
    if (expectedPdf(input) && doc.contentType !== 'application/pdf') {
      throw new ParseError('unexpected_type', `Expected a PDF but the bytes are ${doc.contentType} (often an error or sign-in page saved under a PDF's name).`);
    }
    const record: DocumentRecord = {
      source: { ...sourceBase(input), contentType: doc.contentType, kind: doc.kind, title: doc.title, publishedAt: doc.publishedAt, ...(doc.ocr ? { ocr: doc.ocr } : {}) },
      status: 'ok',
      error: null,
      interventions: extractInterventions(doc),
      links: doc.links,
      ...(doc.notes?.length ? { notes: doc.notes } : {}),
    };
    if (options.withText) record.text = doc.text;
    // Nothing that breaks the schema leaves here (an impossible date such as 2019-02-30 is a bug upstream):
    // the document gets an `internal` error naming the value rather than a record that lies.
    const invalid = invalidValues(record);
    if (invalid) return errorRecord(input, { code: 'internal', message: `The extractor produced invalid values: ${invalid}.` });
    return record;
  } catch (err) {
    const error: DocumentError =
      err instanceof ParseError
        ? { code: err.code, message: err.message }
        : { code: 'internal', message: `Unexpected failure while reading the document: ${(err as Error).message}` };
    return errorRecord(input, error);
  }
}

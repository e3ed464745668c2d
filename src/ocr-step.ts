// OCR between two reads of a document. A PDF without a usable text layer comes back from readDocument (in
// the worker pool, or in-process) as `scanned_pdf`; its OCR text is then taken from the cache (same bytes,
// same OCR engine) or made by the one OCR engine of the run, and the document is read again with it. The
// engine (tesseract.js and its model) is loaded only when a scan turns up, so runs without scans never pay
// for it.
import { createHash } from 'node:crypto';
import type { Budgets } from './config/schema.js';
import { errorRecord } from './document-error.js';
import type { OcrEngine, OcrText } from './parse/ocr.js';
import { NEEDS_OCR, ParseError, type DocumentInput } from './parse/types.js';
import type { DocumentRecord } from './schema/record.js';

/** Where OCR texts are kept between runs (the store), keyed by the bytes' sha256 and the engine. */
export interface OcrCache {
  getOcrText(sha256: string, engine: string): OcrText | undefined;
  saveOcrText(sha256: string, ocr: OcrText, now: string): void;
}

export interface OcrEvents {
  /** A page was read: for the progress bar. */
  page?(uri: string, done: number, total: number): void;
  /** A document's OCR text was made (reused = false) or taken from the cache (reused = true). */
  document?(uri: string, fields: { reused: boolean; pages: number; seconds: number }): void;
}

export class OcrService {
  private engine: Promise<OcrEngine> | null = null;
  /** Scans are read one after another: one tesseract worker, and a page's budget must not count queueing. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Documents OCRed and OCR texts reused in this run. */
  readonly counts = { read: 0, reused: 0, pages: 0 };

  constructor(
    private readonly budgets: Pick<Budgets, 'ocrMaxPages' | 'ocrPageTimeoutMs'>,
    private readonly cache?: OcrCache,
    private readonly events: OcrEvents = {},
  ) {}

  /** The OCR text of a scan's bytes: from the cache when the bytes and the engine are the same, else read now. */
  textFor(input: DocumentInput): Promise<OcrText> {
    const next = this.queue.then(() => this.readOne(input));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readOne(input: DocumentInput): Promise<OcrText> {
    const { OCR_ENGINE } = await import('./parse/ocr.js');
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const cached = this.cache?.getOcrText(sha256, OCR_ENGINE);
    if (cached) {
      this.counts.reused++;
      this.events.document?.(input.uri, { reused: true, pages: cached.pages.length, seconds: 0 });
      return cached;
    }
    const started = Date.now();
    const engine = await this.start();
    const text = await engine.read(input.bytes, { maxPages: this.budgets.ocrMaxPages, pageTimeoutMs: this.budgets.ocrPageTimeoutMs }, (done, total) =>
      this.events.page?.(input.uri, done, total),
    );
    this.counts.read++;
    this.counts.pages += text.pages.length;
    this.cache?.saveOcrText(sha256, text, new Date().toISOString());
    this.events.document?.(input.uri, { reused: false, pages: text.pages.length, seconds: (Date.now() - started) / 1000 });
    return text;
  }

  /** Terminates the engine's tesseract worker, if one was started. */
  async close(): Promise<void> {
    const engine = this.engine;
    this.engine = null;
    if (engine) await (await engine).close();
  }

  private start(): Promise<OcrEngine> {
    this.engine ??= import('./parse/ocr.js').then(({ OcrEngine }) => new OcrEngine());
    return this.engine;
  }
}

/** True for the record of a PDF with page images and no usable text layer, read without an OCR text. */
export const needsOcr = (record: DocumentRecord): boolean => record.error?.code === 'scanned_pdf' && record.error.message.startsWith(NEEDS_OCR);

/**
 * Reads a document with `read`; a scan is read again with its OCR text. Without a service (OCR off) the
 * scanned_pdf record stands. An OCR failure (a page over budget, a render error) becomes the document's
 * error record; the run goes on.
 */
export async function readWithOcr(
  input: DocumentInput,
  read: (ocr?: OcrText) => Promise<DocumentRecord>,
  service: OcrService | undefined,
): Promise<DocumentRecord> {
  const record = await read();
  if (!service || !needsOcr(record)) return record;
  let ocr: OcrText;
  try {
    ocr = await service.textFor(input);
  } catch (err) {
    if (err instanceof ParseError) return errorRecord(input, { code: err.code, message: err.message });
    return errorRecord(input, { code: 'internal', message: `OCR failed: ${(err as Error).message}` });
  }
  return read(ocr);
}

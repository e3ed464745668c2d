// Run logging: one JSON object per line (cron, files, --log json) or a progress bar on a terminal.
// Everything goes to stderr; stdout carries only the closing summary.
import type { Writable } from 'node:stream';

export interface Logger {
  /** One thing that happened: event name plus fields (url, code, …). */
  event(name: string, fields?: Record<string, unknown>): void;
  /** Called after each document, for progress display. */
  progress?(done: number, discovered: number, failed: number): void;
  /** Called after each page OCR reads (seconds apiece), for progress display. */
  ocrProgress?(url: string, page: number, pages: number): void;
  close?(): void;
}

export const silentLogger: Logger = { event() {} };

export class JsonLogger implements Logger {
  constructor(private readonly out: Writable = process.stderr) {}
  event(name: string, fields: Record<string, unknown> = {}): void {
    this.out.write(`${JSON.stringify({ time: new Date().toISOString(), event: name, ...fields })}\n`);
  }
}

/** A one-line progress bar; notable events (errors, stale locks, new attachments) print above it. */
export class ProgressLogger implements Logger {
  private lastDraw = 0;
  private line = '';
  /** "OCR page 2/5 of <file>" while a scan is being read (seconds a page), appended to the bar. */
  private ocr = '';
  private static readonly QUIET = new Set(['document', 'discovered', 'retry', 'run_started', 'run_finished']);

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  event(name: string, fields: Record<string, unknown> = {}): void {
    if (ProgressLogger.QUIET.has(name)) return;
    const detail = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    this.out.write(`\r\x1b[K${name} ${detail}\n${this.line}${this.ocr}`);
  }

  progress(done: number, discovered: number, failed: number): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < discovered) return;
    this.lastDraw = now;
    const width = 30;
    const filled = discovered ? Math.round((done / discovered) * width) : 0;
    this.line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${discovered} documents, ${failed} failed`;
    this.draw();
  }

  ocrProgress(url: string, page: number, pages: number): void {
    this.ocr = page < pages ? ` · OCR page ${page + 1}/${pages} of ${url.slice(url.lastIndexOf('/') + 1)}` : '';
    this.draw();
  }

  private draw(): void {
    this.out.write(`\r\x1b[K${this.line}${this.ocr}`);
  }

  close(): void {
    if (this.line) this.out.write('\n');
  }
}

/** Keeps events in memory (tests). */
export class MemoryLogger implements Logger {
  readonly events: { event: string; [k: string]: unknown }[] = [];
  event(name: string, fields: Record<string, unknown> = {}): void {
    this.events.push({ event: name, ...fields });
  }
}

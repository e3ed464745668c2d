// Run logging: one JSON object per line (cron, files, --log json) or a progress bar on a terminal.
// Everything goes to stderr; stdout carries only the closing summary.
import type { Writable } from 'node:stream';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';

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

/**
 * A progress bar (cli-progress, which fits it to the terminal's width and redraws it in place); notable events
 * (errors, stale locks, new attachments) print above it. Off a terminal there is no bar, only those lines.
 */
export class ProgressLogger implements Logger {
  private static readonly QUIET = new Set(['document', 'discovered', 'retry', 'run_started', 'run_finished']);
  private readonly bars: MultiBar | null;
  private bar: SingleBar | null = null;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {
    this.bars = out.isTTY
      ? new MultiBar({ stream: out, format: '[{bar}] {value}/{total} documents, {failed} failed{ocr}', hideCursor: true, clearOnComplete: false, autopadding: true }, Presets.legacy)
      : null;
  }

  event(name: string, fields: Record<string, unknown> = {}): void {
    if (ProgressLogger.QUIET.has(name)) return;
    const detail = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    // Above the bar once it is drawn (cli-progress prints its log at the next redraw); before that, at once.
    if (this.bar) this.bars!.log(`${name} ${detail}\n`);
    else this.out.write(`${name} ${detail}\n`);
  }

  progress(done: number, discovered: number, failed: number): void {
    if (!this.bars) return;
    if (!this.bar) this.bar = this.bars.create(discovered, done, { failed, ocr: '' });
    else {
      this.bar.setTotal(discovered);
      this.bar.update(done, { failed });
    }
  }

  /** "OCR page 2/5 of <file>" while a scan is being read (seconds a page), beside the bar. */
  ocrProgress(url: string, page: number, pages: number): void {
    this.bar?.update({ ocr: page < pages ? ` · OCR page ${page + 1}/${pages} of ${url.slice(url.lastIndexOf('/') + 1)}` : '' });
  }

  close(): void {
    this.bars?.stop();
  }
}

/** Keeps events in memory (tests). */
export class MemoryLogger implements Logger {
  readonly events: { event: string; [k: string]: unknown }[] = [];
  event(name: string, fields: Record<string, unknown> = {}): void {
    this.events.push({ event: name, ...fields });
  }
}

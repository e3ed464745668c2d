// Documents read in worker threads, each within a wall-clock budget. A document still being read when its
// budget runs out gets the error code `timeout`, and its worker is terminated (the only way to stop a
// synchronous loop or a runaway regular expression) and replaced; the other documents go on. The clock starts
// when a ready worker takes the document, so starting a worker (loading the parsers) is not charged to it.
import { Worker } from 'node:worker_threads';
import { errorRecord } from './document-error.js';
import type { ReadOptions } from './document.js';
import type { DocumentInput } from './parse/types.js';
import type { DocumentError, DocumentRecord } from './schema/record.js';

export interface IsolatedReadOptions extends ReadOptions {
  /** Wall-clock budget for this document (budgets.documentTimeoutMs). */
  timeoutMs: number;
  /** Heap the worker may use (budgets.documentHeapMb); a document that needs more is `too_large`. */
  heapMb?: number;
}

interface Task {
  input: DocumentInput;
  options: IsolatedReadOptions;
  resolve(record: DocumentRecord): void;
}

interface Slot {
  worker: Worker | null;
  heapMb: number | undefined;
  ready: Promise<void> | null;
  task: Task | null;
}

/** budgets.documentHeapMb's default, here so a command can start a worker before it loads the config schema. */
export const DEFAULT_DOCUMENT_HEAP_MB = 1024;

// Built (dist/), the compiled worker; from the TypeScript sources, the shim that loads it through tsx.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './document-worker.mjs' : './document-worker.js', import.meta.url);
let nextId = 0;

export class DocumentPool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];

  constructor(size = 2) {
    this.slots = Array.from({ length: size }, () => ({ worker: null, heapMb: undefined, ready: null, task: null }));
  }

  read(input: DocumentInput, options: IsolatedReadOptions): Promise<DocumentRecord> {
    return new Promise((resolve) => {
      this.queue.push({ input, options, resolve });
      this.pump();
    });
  }

  /**
   * Starts one idle worker now, so it loads the parsers while the caller is still loading its own modules (on
   * two cores the two overlap). It does not keep the process alive; a read with another heap budget replaces it.
   */
  prestart(heapMb: number | undefined): void {
    const slot = this.slots.find((s) => !s.worker && !s.task);
    if (!slot) return;
    this.start(slot, heapMb);
    slot.worker!.unref();
  }

  /** Stops every worker (tests, and the end of a CLI command that wants to exit at once). */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      void this.run(slot, task);
    }
  }

  private start(slot: Slot, heapMb: number | undefined): void {
    const worker = new Worker(WORKER_URL, heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {});
    slot.worker = worker;
    slot.heapMb = heapMb;
    slot.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== 'ready') return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    // A failed start is reported to the task that waits for it; this stops an unhandled rejection.
    slot.ready.catch(() => undefined);
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = null;
    if (worker) await worker.terminate();
  }

  private async run(slot: Slot, task: Task): Promise<void> {
    const finish = (record: DocumentRecord) => {
      slot.task = null;
      slot.worker?.unref(); // an idle worker must not keep the process alive
      task.resolve(record);
      this.pump();
    };
    const fail = async (error: DocumentError) => {
      await this.retire(slot);
      finish(errorRecord(task.input, error));
    };
    if (slot.worker && slot.heapMb !== task.options.heapMb) await this.retire(slot);
    if (!slot.worker) this.start(slot, task.options.heapMb);
    const worker = slot.worker!;
    worker.ref();
    try {
      await slot.ready;
    } catch (err) {
      return fail({ code: 'internal', message: `The document reader could not start: ${(err as Error).message}` });
    }
    const id = nextId++;
    const { timeoutMs, heapMb: _heap, ...readOptions } = task.options;
    await new Promise<void>((settle) => {
      const cleanup = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        settle();
      };
      const onMessage = (m: { type: string; id: number; record: DocumentRecord }) => {
        if (m.type !== 'done' || m.id !== id) return;
        cleanup();
        finish(m.record);
      };
      const onError = (err: Error & { code?: string }) => {
        cleanup();
        void fail(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { code: 'too_large', message: `Reading the document needed more than the ${task.options.heapMb} MB heap budget (budgets.documentHeapMb); stopped.` }
            : { code: 'internal', message: `The document reader failed: ${err.message}` },
        );
      };
      const onExit = (code: number) => {
        cleanup();
        void fail({ code: 'internal', message: `The document reader stopped unexpectedly (exit code ${code}).` });
      };
      const timer = setTimeout(() => {
        cleanup();
        void fail({ code: 'timeout', message: `Reading the document took longer than the ${timeoutMs} ms budget (budgets.documentTimeoutMs); stopped.` });
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, input: { ...task.input }, options: readOptions });
    });
  }
}

let shared: DocumentPool | undefined;

/** The process's pool: two workers (parsing is CPU work; two at a time is plenty on a small machine). */
export function documentPool(): DocumentPool {
  shared ??= new DocumentPool(2);
  return shared;
}

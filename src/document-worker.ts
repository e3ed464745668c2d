// The worker thread of the document pool (src/document-pool.ts): reads documents with readDocument and posts
// back their records. Built, it runs as dist/src/document-worker.js; from the TypeScript sources (tsx, vitest)
// the pool starts document-worker.mjs, which loads this file through tsx.
import { parentPort } from 'node:worker_threads';
import { readDocument } from './document.js';
import type { DocumentInput } from './parse/types.js';
import type { IsolatedReadOptions } from './document-pool.js';

type Message = { id: number; input: DocumentInput; options: Omit<IsolatedReadOptions, 'timeoutMs' | 'heapMb'> };

const port = parentPort!;
port.on('message', async ({ id, input, options }: Message) => {
  // Structured cloning turns a Buffer into a plain Uint8Array; the parsers want a Buffer.
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const record = await readDocument({ ...input, bytes }, options);
  port.postMessage({ type: 'done', id, record });
});
port.postMessage({ type: 'ready' });

// The worker thread of the document pool (src/document-pool.ts): reads documents with readDocument and
// posts back their records. Plain JavaScript that loads the TypeScript through tsx's scoped loader, because
// a worker does not inherit the loader its parent was started with.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { readDocument } = await tsImport('./document.ts', import.meta.url);

parentPort.on('message', async ({ id, input, options }) => {
  // Structured cloning turns a Buffer into a plain Uint8Array; the parsers want a Buffer.
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const record = await readDocument({ ...input, bytes }, options);
  parentPort.postMessage({ type: 'done', id, record });
});
parentPort.postMessage({ type: 'ready' });

// The document pool's worker when the pool runs from the TypeScript sources (tsx, vitest): a worker does not
// inherit the loader its parent was started with, so this plain JavaScript loads document-worker.ts through
// tsx's scoped loader. The built program (dist/) starts the compiled document-worker.js instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./document-worker.ts', import.meta.url);

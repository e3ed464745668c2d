// The package entry point for plain `node` consumers: there is no build step, so this loads the TypeScript
// API (src/index.ts) through tsx's scoped loader (tsImport: no global hooks are installed in the consumer's
// process). TypeScript-aware tools read the types from src/index.ts directly (package.json "types").
import { tsImport } from 'tsx/esm/api';

const api = await tsImport('./index.ts', import.meta.url);

export const { extract, run, loadInterventions, mergeRecords } = api;

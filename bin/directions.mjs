#!/usr/bin/env node
// The `directions` command runs the compiled JavaScript in dist/ (`npm ci` builds it through the `prepare`
// script; `npm run build` rebuilds it), so it starts without compiling TypeScript. During development
// `npm run dev -- <command>` runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('directions: not built yet: run `npm run build` (npm ci runs it)\n');
  process.exit(2);
}
await import(cli.href);

#!/usr/bin/env node
// The `directions` command runs the compiled JavaScript in dist/ (`npm ci` builds it through the `prepare`
// script; `npm run build` rebuilds it), so it starts without compiling TypeScript. During development
// `npm run dev -- <command>` runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// A command reads one or a few documents, and most of the extractors' regular expressions run a handful of
// times: compiling each to machine code at once beats interpreting it first (V8's default, tuned for pages
// that run a regex once), about a fifth of `extract`'s CPU time for one document. Worker threads share it.
setFlagsFromString('--no-regexp-tier-up');

const cli = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('directions: not built yet: run `npm run build` (npm ci runs it)\n');
  process.exit(2);
}
await import(cli.href);

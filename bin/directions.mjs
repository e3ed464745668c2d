#!/usr/bin/env -S node --no-regexp-tier-up
// The `directions` command runs the compiled JavaScript in dist/ (`npm ci` builds it through the `prepare`
// script; `npm run build` rebuilds it), so it starts without compiling TypeScript. During development
// `npm run dev -- <command>` runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

// The shebang gives V8 --no-regexp-tier-up: a command reads one or a few documents, and most of the extractors'
// regular expressions run a handful of times, so compiling each to machine code at once beats interpreting it
// first (V8's default, tuned for pages that run a regex once): about a fifth of `extract`'s time for one
// document. It must be given at start. Set later (v8.setFlagsFromString), it leaves the regular expressions
// compiled before it in a state V8 does not expect, and about one run in forty died of a segmentation fault.

const cli = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('directions: not built yet: run `npm run build` (npm ci runs it)\n');
  process.exit(2);
}
await import(cli.href);

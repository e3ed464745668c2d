// `directions extract [--manifest FILE] [--with-text] [--allow-outside] [PATH ...]` (options declared in
// src/cli.ts): one JSON record per input on stdout, in input order. Exit 0 when every input got a record from
// its bytes (error records included), 1 when some input could not be read or a manifest line was bad (each
// still gets its record), 2 on bad usage.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_BUDGETS } from '../config/schema.js';
import { errorRecord } from '../document-error.js';
import { readFileWithin } from '../document-file.js';
import { documentPool } from '../document-pool.js';
import { OcrService, readWithOcr } from '../ocr-step.js';
import type { OcrText } from '../parse/ocr.js';
import type { DocumentRecord } from '../schema/record.js';
import { readManifest, type ManifestEntry } from '../sources/manifest.js';

/** A file to read, or a manifest line that is already an error. */
type Input = { path: string; url?: string; contentType?: string } | Extract<ManifestEntry, { ok: false }>;

/** Records read ahead of the one being printed: keeps both workers busy without holding every file in memory. */
const READ_AHEAD = 4;

/** A path or a manifest, in the order typed. */
export type InputArg = { path: string } | { manifest: string };

export interface ExtractOptions {
  inputs: InputArg[];
  withText?: boolean;
  allowOutside?: boolean;
}

/**
 * Paths and --manifest files in the order typed: `tokens` is the command line after `extract` (commander has
 * checked it); `paths` and `manifests` are the values commander parsed from it.
 */
export function inputsInOrder(tokens: string[], paths: string[], manifests: string[]): InputArg[] {
  const order: InputArg[] = [];
  let p = 0;
  let m = 0;
  for (let i = 0; i < tokens.length && tokens[i] !== '--'; i++) {
    const t = tokens[i];
    if (t === '--manifest') i++;
    if (t === '--manifest' || t.startsWith('--manifest=')) order.push({ manifest: manifests[m++] });
    else if (!t.startsWith('-') || t === '-') order.push({ path: paths[p++] });
  }
  // Operands after `--` are paths.
  while (p < paths.length) order.push({ path: paths[p++] });
  return order;
}

/** The files to read, each manifest expanded to its lines; a string when the inputs cannot be used. */
function expand(options: ExtractOptions): Input[] | string {
  const inputs: Input[] = [];
  for (const arg of options.inputs) {
    if ('path' in arg) {
      inputs.push(arg);
      continue;
    }
    const entries = readManifest(arg.manifest, { allowOutside: options.allowOutside ?? false, allowAbsolute: true });
    if (typeof entries === 'string') return entries;
    for (const e of entries) inputs.push(e.ok ? e.input : e);
  }
  if (!inputs.length) return options.inputs.length ? 'the manifest lists no files' : 'give at least one PATH or --manifest FILE';
  return inputs;
}

async function recordFor(input: Input, withText: boolean, ocr: OcrService): Promise<{ record: DocumentRecord; failed: boolean }> {
  if ('line' in input) {
    process.stderr.write(`directions extract: ${input.error.message}\n`);
    return { record: errorRecord({ uri: input.uri, path: input.manifest, bytes: Buffer.alloc(0) }, input.error), failed: true };
  }
  const source = { uri: input.url ?? pathToFileURL(path.resolve(input.path)).href, path: input.path, contentType: input.contentType ?? null };
  const read = await readFileWithin(input.path, DEFAULT_BUDGETS.documentBytes);
  if (!read.ok) {
    // The input still gets its record, in order, so a consumer can line records up with inputs.
    process.stderr.write(`directions extract: cannot read ${input.path}: ${read.errno ?? read.error.message}\n`);
    return { record: errorRecord({ ...source, bytes: Buffer.alloc(0) }, read.error), failed: true };
  }
  const document = { ...source, bytes: read.bytes };
  const record = await readWithOcr(
    document,
    (text?: OcrText) =>
      documentPool().read(document, { withText, timeoutMs: DEFAULT_BUDGETS.documentTimeoutMs, heapMb: DEFAULT_BUDGETS.documentHeapMb, ...(text ? { ocr: text } : {}) }),
    ocr,
  );
  return { record, failed: false };
}

export async function main(options: ExtractOptions): Promise<number> {
  const inputs = expand(options);
  if (typeof inputs === 'string') {
    process.stderr.write(`directions extract: ${inputs}\n`);
    return 2;
  }
  const withText = options.withText ?? false;
  let failed = 0;
  // One OCR engine for the command (started at the first scan); no cache: extract keeps no state.
  const ocr = new OcrService(DEFAULT_BUDGETS);
  const pending: Promise<{ record: DocumentRecord; failed: boolean }>[] = [];
  let next = 0;
  const launch = () => {
    while (next < inputs.length && pending.length < READ_AHEAD) pending.push(recordFor(inputs[next++], withText, ocr));
  };
  launch();
  while (pending.length) {
    const done = await pending.shift()!;
    launch();
    if (done.failed) failed++;
    process.stdout.write(`${JSON.stringify(done.record)}\n`);
  }
  await Promise.all([documentPool().close(), ocr.close()]);
  return failed ? 1 : 0;
}

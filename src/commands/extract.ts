// `directions extract [--manifest FILE] [--with-text] [PATH ...]`: one JSON record per input on stdout, in
// input order. Exit 0 when every input got a record (error records included), 1 when some input failed, 2 on
// bad usage.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { errorRecord, readDocument } from '../document.js';

const ManifestLine = z.strictObject({ path: z.string(), url: z.string().url().optional(), contentType: z.string().optional() });
type Input = z.infer<typeof ManifestLine>;

function parseArgs(args: string[]): { inputs: Input[]; withText: boolean } | string {
  const inputs: Input[] = [];
  let withText = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--with-text') withText = true;
    else if (a === '--manifest') {
      const file = args[++i];
      if (!file) return '--manifest needs a file';
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return `cannot read manifest ${file}`;
      }
      const base = path.dirname(file);
      for (const [n, line] of text.split('\n').entries()) {
        if (!line.trim()) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          return `${file}:${n + 1}: not JSON`;
        }
        const entry = ManifestLine.safeParse(parsed);
        if (!entry.success) return `${file}:${n + 1}: ${entry.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`;
        inputs.push({ ...entry.data, path: path.resolve(base, entry.data.path) });
      }
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else inputs.push({ path: a });
  }
  if (!inputs.length) return 'give at least one PATH or --manifest FILE';
  return { inputs, withText };
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`directions extract: ${parsed}\n`);
    return 2;
  }
  let failed = 0;
  for (const input of parsed.inputs) {
    const source = { uri: input.url ?? pathToFileURL(path.resolve(input.path)).href, path: input.path, contentType: input.contentType ?? null };
    let bytes: Buffer;
    try {
      bytes = readFileSync(input.path);
    } catch (err) {
      // The input still gets its record, in order, so a consumer can line records up with inputs.
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      process.stderr.write(`directions extract: cannot read ${input.path}: ${reason}\n`);
      process.stdout.write(`${JSON.stringify(errorRecord({ ...source, bytes: Buffer.alloc(0) }, { code: 'unreadable', message: `The file could not be read (${reason}).` }))}\n`);
      failed++;
      continue;
    }
    const record = await readDocument({ ...source, bytes }, { withText: parsed.withText });
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
  return failed ? 1 : 0;
}

// The contract's promise: every evidence span points into the record's text, text.slice(start, end) === quote.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document.js';
import { DocumentRecord, type Evidence } from '../../src/schema/record.js';
import { goldLines, SAMPLES } from './golden.js';

function evidences(value: unknown, out: Evidence[] = []): Evidence[] {
  if (Array.isArray(value)) for (const v of value) evidences(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.quote === 'string' && typeof o.start === 'number' && typeof o.end === 'number') out.push(o as unknown as Evidence);
    else for (const v of Object.values(o)) evidences(v, out);
  }
  return out;
}

const files = [
  ...goldLines().map((g) => ({ file: path.join(SAMPLES, g.file), uri: g.url ?? `file:///samples/${g.file}` })),
  ...['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'].flatMap((dir) =>
    readdirSync(path.join(SAMPLES, dir))
      .filter((f) => /\.(txt|html|pdf)$/.test(f))
      .map((f) => ({ file: path.join(SAMPLES, dir, f), uri: `file:///samples/${dir}/${f}` })),
  ),
];

describe('evidence spans', () => {
  it.each(files.map((f) => [path.relative(SAMPLES, f.file), f] as const))('%s', async (_name, { file, uri }) => {
    const record = DocumentRecord.parse(await readDocument({ bytes: readFileSync(file), uri, path: file }, { withText: true }));
    for (const e of evidences(record.interventions)) expect(record.text!.slice(e.start, e.end)).toBe(e.quote);
  });
});

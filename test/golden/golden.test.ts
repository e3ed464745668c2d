import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedFile, goldLines, readGolden } from './golden.js';

describe('golden records of samples/', () => {
  it.each(goldLines().map((g) => [g.file, g] as const))('%s', async (_file, gold) => {
    const file = expectedFile(gold);
    expect(existsSync(file), `${file} is missing: run npm run golden:update and review the diff`).toBe(true);
    expect(await readGolden(gold)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

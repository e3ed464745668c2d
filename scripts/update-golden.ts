// Rewrites test/golden/expected/ from the current extractor. Review the git diff before committing it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { EXPECTED, expectedFile, goldLines, readGolden } from '../test/golden/golden.js';

rmSync(EXPECTED, { recursive: true, force: true });
mkdirSync(EXPECTED, { recursive: true });
for (const gold of goldLines()) writeFileSync(expectedFile(gold), `${JSON.stringify(await readGolden(gold), null, 2)}\n`);
console.log(`wrote ${goldLines().length} golden records to ${EXPECTED}`);

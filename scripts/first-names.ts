// extractors/data/first-names.json: the words compromise tags as a first name when it reads one capitalised word
// alone, taken from compromise's own word lists. The people reader looks a word up there instead of loading
// compromise (a third of a second), so a document whose names all start with a known first name never loads it.
// `npx tsx scripts/first-names.ts` rewrites the file; `--check DIR...` compares the lookup with compromise on
// every name-shaped word in the files under DIR and prints the words where they differ.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Compromise from 'compromise';
import { isFirstNameWord } from '../extractors/first-names.js';

const nlp = createRequire(import.meta.url)('compromise') as typeof Compromise;
const OUT = resolve(fileURLToPath(import.meta.url), '../../extractors/data/first-names.json');
const capitalised = (w: string) => w[0].toUpperCase() + w.slice(1);
const compromiseSays = (word: string) => nlp(word).has('#FirstName');

if (process.argv[2] === '--check') {
  const words = new Set<string>();
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const f of readdirSync(path)) walk(join(path, f));
    else if (statSync(path).size < 5_000_000) for (const m of readFileSync(path, 'latin1').matchAll(/(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zA-Z]{1,24}(?:-[A-Z][a-z]{1,24})?/g)) words.add(m[0]);
  };
  for (const dir of process.argv.slice(3)) walk(dir);
  const differ = [...words].filter((w) => compromiseSays(w) !== isFirstNameWord(w));
  console.log(`${words.size} words, ${differ.length} read differently${differ.length ? ':' : ''}`, differ.slice(0, 200).join(' '));
  process.exit(differ.length ? 1 : 0);
}

const model = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> }; two: { switches: Record<string, unknown> } } } }).world().model;
const candidates = new Set([...Object.keys(model.one.lexicon), ...Object.keys(model.two.switches)].filter((w) => /^[a-z][a-z'’]*$/.test(w)));
const names = [...candidates].filter((w) => compromiseSays(capitalised(w))).sort();
writeFileSync(OUT, JSON.stringify(names) + '\n');
console.log(`${names.length} first names written to ${OUT}`);

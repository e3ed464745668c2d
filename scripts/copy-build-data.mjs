// The second half of `npm run build`: tsc emits the JSON files the extractors import, but not the data files
// they read at run time (authorities.csv, aliases.txt), which the built gazetteer looks for beside itself.
import { cpSync, readdirSync } from 'node:fs';

const from = new URL('../extractors/data/', import.meta.url);
const to = new URL('../dist/extractors/data/', import.meta.url);
for (const name of readdirSync(from)) {
  if (!name.endsWith('.json')) cpSync(new URL(name, from), new URL(name, to));
}

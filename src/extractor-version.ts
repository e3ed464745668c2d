// Which extractor made a record: a short hash of the code and data of the parse and extract stages. The store
// keeps it beside every extraction, so a nightly run re-extracts the documents it already holds (from their
// stored bodies, without fetching) when the extractor has changed since, and a researcher can tell which
// extractor produced a record.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { PACKAGE_ROOT as root } from './package-root.js';

const PARTS = ['extractors', 'src/extract', 'src/parse', 'src/document.ts'];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name.endsWith('.test.ts') ? [] : files(`${path}/${name}`)));
}

let version: string | undefined;

export function extractorVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of PARTS.flatMap((p) => files(`${root}${p}`))) hash.update(file.slice(root.length)).update(readFileSync(file));
  version = hash.digest('hex').slice(0, 12);
  return version;
}

// The folder that holds package.json, found from this module: src/ when run through tsx, dist/src/ when built.
// Both ways read the same package.json (the version) and hash the same TypeScript sources (extractor-version.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const parent = new URL('..', import.meta.url);
const rootUrl = parent.pathname.endsWith('/dist/') ? new URL('..', parent) : parent;

/** The package root, with a trailing slash. */
export const PACKAGE_ROOT = fileURLToPath(rootUrl);

export function packageVersion(): string {
  return (JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string }).version;
}

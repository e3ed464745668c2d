// The repository's own documents: CITATION.cff is valid CFF 1.2.0 and agrees with package.json, the licence
// files agree with package.json and datapackage.json, every relative link in the README and docs/ resolves,
// and docs/output-contract.md is the project's reference contract, not a drifted copy.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DATA_LICENCE } from '../../src/export/datapackage.js';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string };

/** The relative link targets of a Markdown file that do not exist. */
function brokenLinks(file: string): string[] {
  const text = read(file).replace(/```[\s\S]*?```/g, '');
  const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t) && !t.startsWith('#'));
  return targets.filter((t) => !existsSync(resolve(root, dirname(file), t.split('#')[0])));
}

describe('repository documents', () => {
  it('CITATION.cff is CFF 1.2.0 with the keys the format requires, and the version and licence of package.json', () => {
    const cff = parseYaml(read('CITATION.cff')) as Record<string, unknown>;
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title']) expect(typeof cff[key], key).toBe('string');
    const authors = cff.authors as Record<string, unknown>[];
    expect(authors.length).toBeGreaterThan(0);
    // CFF: a person has family-names, an entity has a name.
    for (const a of authors) expect(typeof (a['family-names'] ?? a.name)).toBe('string');
    expect(['software', 'dataset']).toContain(cff.type);
    expect([cff.version, cff.license]).toEqual([pkg.version, pkg.license]);
    const known = ['cff-version', 'message', 'type', 'title', 'abstract', 'authors', 'version', 'license', 'keywords', 'date-released', 'repository-code', 'url', 'doi'];
    expect(Object.keys(cff).filter((k) => !known.includes(k))).toEqual([]);
  });

  it('the licences agree: MIT for the code, OGL v3.0 for the data in DATA-LICENSE.md and datapackage.json', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE').split('\n')[0]).toBe('MIT License');
    expect(read('DATA-LICENSE.md')).toContain(DATA_LICENCE.path);
    expect(read('DATA-LICENSE.md')).toContain(DATA_LICENCE.title);
  });

  it('every relative link in the README, the changelog, the licence note and docs/ resolves inside the repository', () => {
    for (const file of ['README.md', 'CHANGELOG.md', 'DATA-LICENSE.md', 'docs/data-dictionary.md']) expect(brokenLinks(file), file).toEqual([]);
    expect(read('README.md')).toContain('](docs/output-contract.md)');
    expect(read('README.md')).not.toContain('../shared/reference');
  });

  it("docs/output-contract.md is the reference contract (compared when the shared reference is beside the clone)", () => {
    const shared = resolve(root, '../shared/reference/output-contract.md');
    if (existsSync(shared)) expect(read('docs/output-contract.md')).toBe(readFileSync(shared, 'utf8'));
    expect(read('docs/output-contract.md')).toContain('# Output contract');
  });
});

// Manifests are read line by line: each bad line gets an error record of its own (bad_manifest_line, with the
// line number), the good lines are read, and the command exits 1. Paths outside the manifest's folder need
// --allow-outside.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/schema/record.js';
import { tempDir } from '../run/helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = tempDir('manifest-lines');
afterAll(() => tmp.cleanup());

function extract(args: string[]) {
  const r = spawnSync(path.join(root, 'bin/directions.mjs'), ['extract', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, records: r.stdout.split('\n').filter(Boolean).map((l) => DocumentRecord.parse(JSON.parse(l))), stderr: r.stderr };
}

describe('extract --manifest, line by line', () => {
  const dir = path.join(tmp.dir, 'archive');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'a.txt'), 'The Secretary of State issued a direction to Kirklees Council on 25 January 2018.');
  writeFileSync(path.join(tmp.dir, 'outside.txt'), 'Outside the archive.');
  const manifest = path.join(dir, 'manifest.jsonl');
  writeFileSync(
    manifest,
    [
      JSON.stringify({ path: 'a.txt' }),
      '{not json',
      JSON.stringify({ url: 'https://x.example/' }),
      JSON.stringify({ path: 'a.txt', colour: 'blue' }),
      '',
      JSON.stringify({ path: '../outside.txt' }),
      JSON.stringify({ path: 'a.txt', url: 'https://news.example/2018/01/26/kirklees/' }),
    ].join('\n'),
  );

  it('gives each bad line its own error record with its line number, reads the good ones, exits 1', () => {
    const { code, records } = extract(['--manifest', manifest]);
    expect(code).toBe(1);
    expect(records.map((r) => [r.status, r.error?.code ?? null])).toEqual([
      ['ok', null],
      ['error', 'bad_manifest_line'],
      ['error', 'bad_manifest_line'],
      ['error', 'bad_manifest_line'],
      ['error', 'bad_manifest_line'],
      ['ok', null],
    ]);
    expect(records.filter((r) => r.error).map((r) => r.error!.message)).toEqual([
      `${manifest}:2: not JSON`,
      `${manifest}:3: path: Invalid input: expected string, received undefined`,
      `${manifest}:4: unknown key colour`,
      `${manifest}:6: path ../outside.txt is outside the manifest's folder (allow it with --allow-outside, or allowOutside in the config)`,
    ]);
    expect(records[1].source.uri).toBe(`file://${manifest}#line=2`);
    expect(records[5].source.uri).toBe('https://news.example/2018/01/26/kirklees/');
    expect(records[0].interventions.map((i) => i.council.name)).toEqual(['Kirklees']);
  });

  it('reads an absolute path the operator lists wherever it points (a benchmark harness writes its manifest apart)', () => {
    const listed = path.join(tmp.dir, 'listed.jsonl');
    writeFileSync(listed, [JSON.stringify({ path: path.join(dir, 'a.txt') }), JSON.stringify({ path: '../outside.txt' })].join('\n'));
    const { code, records } = extract(['--manifest', listed]);
    expect(code).toBe(1);
    expect(records.map((r) => [r.status, r.source.path])).toEqual([
      ['ok', path.join(dir, 'a.txt')],
      ['error', listed],
    ]);
  });

  it('--allow-outside lets a path outside the folder be read', () => {
    const { records } = extract(['--manifest', manifest, '--allow-outside']);
    expect(records[4]).toMatchObject({ status: 'ok', source: { path: path.join(tmp.dir, 'outside.txt') } });
  });
});

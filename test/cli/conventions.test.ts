// The command's conventions, as a user meets them: help and version on stdout with exit 0, every unknown
// option or command rejected with exit 2 and a one-line message on stderr.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/directions.mjs');
const COMMANDS = ['extract', 'eval', 'eval-corpora', 'run', 'start', 'export', 'diff'];

function cli(args: string[]) {
  const r = spawnSync(bin, args, { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('directions conventions', () => {
  it('--version prints the package version on stdout', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists every command on stdout', () => {
    const { code, stdout, stderr } = cli(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('Usage: directions [options] [command]\n')).toBe(true);
    const listed = [...stdout.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1]);
    expect(listed).toEqual(COMMANDS);
  });

  it.each(COMMANDS)('%s --help prints its usage on stdout and exits 0', (name) => {
    const { code, stdout, stderr } = cli([name, '--help']);
    expect([code, stderr, stdout.split('\n')[0].startsWith(`Usage: directions ${name} [options]`)]).toEqual([0, '', true]);
  });

  it.each(COMMANDS)('%s --bogus is bad usage: exit 2, one line naming the option', (name) => {
    // export's --format is required, and commander reports a missing required option first.
    const required = name === 'export' ? ['--format', 'csv'] : [];
    expect(cli([name, ...required, '--bogus'])).toEqual({ code: 2, stdout: '', stderr: `directions ${name}: unknown option '--bogus'\n` });
  });

  it('an unknown command exits 2 and suggests the nearest one; no command prints the help on stderr and exits 2', () => {
    expect(cli(['extrct'])).toEqual({ code: 2, stdout: '', stderr: "directions: unknown command 'extrct'\n(Did you mean extract?)\n" });
    const none = cli([]);
    expect([none.code, none.stdout, none.stderr.startsWith('Usage: directions')]).toEqual([2, '', true]);
  });

  it('a bad or missing value is bad usage', () => {
    expect(cli(['export', '--format', 'xml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "directions export: option '--format <format>' argument 'xml' is invalid. Allowed choices are jsonl, csv.\n",
    });
    expect(cli(['run', '--log', 'loud']).code).toBe(2);
    expect(cli(['diff', '--format', 'yaml', '--since', '2025']).code).toBe(2);
    expect(cli(['eval'])).toEqual({ code: 2, stdout: '', stderr: "directions eval: missing required argument 'dirs'\n" });
    expect(cli(['run', 'tonight'])).toEqual({ code: 2, stdout: '', stderr: "directions run: too many arguments for 'run'. Expected 0 arguments but got 1.\n" });
  });
});

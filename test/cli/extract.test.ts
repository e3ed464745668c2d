// `directions extract` as a user runs it: a child process, records on stdout, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentRecord } from '../../src/schema/record.js';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'bin/directions.mjs');

function extract(args: string[]) {
  const r = spawnSync(bin, ['extract', ...args], { cwd: root, encoding: 'utf8' });
  const records = r.stdout.split('\n').filter(Boolean).map((l) => DocumentRecord.parse(JSON.parse(l)));
  return { code: r.status, records, stderr: r.stderr };
}

describe('directions extract', () => {
  it('writes one record per input in order, with an error code for every broken file', () => {
    const broken = [
      ['samples/broken/Appendix_2_DfE_improvement_notice_scan.pdf', 'scanned_pdf'],
      ['samples/broken/Direction_scan_page1.pdf', 'unsupported_type'],
      ['samples/broken/Swindon_direction_June_2024_protected.pdf', 'encrypted_pdf'],
      ['samples/broken/DfE_direction_Tameside_March_2025.pdf', 'corrupt_pdf'],
      ['samples/broken/Direction_letter_empty.pdf', 'empty'],
      ['samples/broken/Improvement_notice_download.pdf', 'unexpected_type'],
    ];
    const { code, records } = extract(['samples/text/blog-bcp-second-direction.txt', ...broken.map(([p]) => p)]);
    expect(code).toBe(0);
    expect(records.map((r) => r.source.path)).toEqual(['samples/text/blog-bcp-second-direction.txt', ...broken.map(([p]) => p)]);
    expect(records.map((r) => r.error?.code ?? null)).toEqual([null, ...broken.map(([, c]) => c)]);
    // drawn shapes only: no page image for OCR to read
    expect(records[1].error?.message).toMatch(/^The PDF has no text layer and no page images/);
    expect(records[0].interventions.map((i) => [i.council.name, i.instrument])).toContainEqual(['Bournemouth, Christchurch and Poole', 'direction']);
  });

  it('reads a manifest, keeps the original URL (which can carry the date) and exits 1 when a file is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    const article = path.join(dir, 'a.html');
    writeFileSync(
      article,
      '<html><body><article><h1>Direction for Medway</h1><p>The Department for Education has issued a statutory direction to Medway Council, which must agree an improvement plan within three months.</p></article></body></html>',
    );
    const manifest = path.join(dir, 'manifest.jsonl');
    writeFileSync(
      manifest,
      `${JSON.stringify({ path: 'a.html', url: 'https://news.example/2024/03/05/medway-direction/' })}\n${JSON.stringify({ path: 'missing.pdf' })}\n`,
    );
    const { code, records, stderr } = extract(['--manifest', manifest, '--with-text']);
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read');
    expect(records[0].source.uri).toBe('https://news.example/2024/03/05/medway-direction/');
    expect(records[0].source.publishedAt).toBe('2024-03-05');
    const [medway] = records[0].interventions;
    expect([medway.council.gss, medway.instrument, medway.deadlines[0].due]).toEqual(['E06000035', 'direction', '2024-06-05']);
    const { quote, start, end } = medway.deadlines[0].evidence;
    expect(records[0].text!.slice(start, end)).toBe(quote);
    expect(records[1].error).toEqual({ code: 'unreadable', message: 'The file could not be read (ENOENT).' });
  });

  it('keeps paths and manifests in the order typed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'order-'));
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) writeFileSync(path.join(dir, name), `Text of ${name}.`);
    const manifest = path.join(dir, 'manifest.jsonl');
    writeFileSync(manifest, `${JSON.stringify({ path: 'b.txt' })}\n${JSON.stringify({ path: 'c.txt' })}\n`);
    const [a, b, c, d] = ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((f) => path.join(dir, f));
    const { code, records } = extract([a, `--manifest=${manifest}`, '--with-text', '--', d]);
    expect(code).toBe(0);
    expect(records.map((r) => r.source.path)).toEqual([a, b, c, d]);
  });

  it('exits 2 with a one-line message on bad usage', () => {
    const { code, stderr, records } = extract(['--bogus']);
    expect([code, stderr.trim(), records.length]).toEqual([2, "directions extract: unknown option '--bogus'", 0]);
  });
});

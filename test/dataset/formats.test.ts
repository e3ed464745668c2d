// The export formats on awkward values: quotes, commas, line breaks and markup must survive the round trip.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvRow, CSV_COLUMNS, toCsv } from '../../src/export/csv.js';
import { toAtom } from '../../src/export/feed.js';
import { extract } from '../../src/index.js';
import { mergeRecords } from '../../src/merge/index.js';
import type { InterventionRecord } from '../../src/schema/intervention.js';
import { tempDir } from '../run/helpers.js';
import { kirkleesDocs } from './records.js';

function awkward(): InterventionRecord {
  const [r] = mergeRecords(kirkleesDocs()).interventions;
  return {
    ...r,
    council: { name: 'Bristol, "City of" <&>', gss: null },
    people: [{ name: 'Ann O\'Neil', role: 'chair,\r\n"improvement" board', from: ['https://x/a?b=1&c=2'] }],
  };
}

describe('export formats', () => {
  it('CSV (csv-stringify) quotes commas, quotes and line breaks (RFC 4180) so csv-parse reads back the same cells', () => {
    const r = awkward();
    const text = toCsv([r, { ...r, id: 'second' }]);
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([csvRow(r), csvRow({ ...r, id: 'second' })]);
    expect(rows[0].council).toBe('Bristol, "City of" <&>');
    // List cells are JSON arrays: a line break or a quote inside an item is escaped by JSON, so it splits exactly.
    expect(rows[0].people).toBe('["Ann O\'Neil (chair,\\r\\n\\"improvement\\" board)"]');
    expect(JSON.parse(rows[0].people)).toEqual(['Ann O\'Neil (chair,\r\n"improvement" board)']);
    expect(JSON.parse(rows[0].partners)).toEqual(['Leeds (strategic partner)']);
    expect(JSON.parse(rows[0].deadlines)).toEqual(['within three months (due 2018-04-25; enter into a strategic partnership agreement)']);
    expect(JSON.parse(rows[0].conflicts)).toEqual([
      'deadlines[within three months].due: 2018-04-25 [https://assets.publishing.service.gov.uk/media/1/Kirklees_direction.pdf] vs 2018-04-30 [https://news.example.org/a]',
      'ofsted.publishedOn: 2016-11 [https://assets.publishing.service.gov.uk/media/1/Kirklees_direction.pdf] vs 2016-12 [https://news.example.org/b]',
    ]);
    expect(text.split('\r\n')[0]).toBe(`\ufeff${CSV_COLUMNS.join(',')}`);
  });

  it('Atom escapes markup and caps the entries, newest first', () => {
    const base = awkward();
    const records = Array.from({ length: 5 }, (_, i) => ({ ...base, id: `id-${i}`, updated: `2026-01-0${i + 1}T00:00:00.000Z` }));
    const xml = toAtom(records, { limit: 3 });
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' || n === 'link' }).parse(xml).feed;
    expect(feed.updated).toBe('2026-01-05T00:00:00.000Z');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      'tag:directions,2026:intervention/id-4',
      'tag:directions,2026:intervention/id-3',
      'tag:directions,2026:intervention/id-2',
    ]);
    expect(feed.entry[0].title).toBe(
      'Direction issued to Bristol, "City of" <&> (2018-01-25): Leeds appointed strategic partner; Ann O\'Neil appointed chair, "improvement" board; deadline 2018-04-25: enter into a strategic partnership agreement',
    );
    expect(toAtom([])).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
  });
});

describe('the library API', () => {
  it('extract reads a Buffer or a path', async () => {
    const html = Buffer.from(
      '<html><body><article><h1>Direction for Medway</h1><p>The Department for Education has issued a statutory direction to Medway Council.</p></article></body></html>',
    );
    const record = await extract(html, { uri: 'https://news.example.org/medway' });
    expect(record.source.uri).toBe('https://news.example.org/medway');
    expect(record.status).toBe('ok');
    // Never a throw for a bad file: a missing one is an error record, as the CLI gives.
    const missing = await extract('/nonexistent/file.pdf');
    expect([missing.status, missing.error]).toEqual(['error', { code: 'unreadable', message: 'The file could not be read (ENOENT).' }]);
  });

  it("is importable as 'directions' by plain node from another folder (package.json exports: the build in dist/)", () => {
    const tmp = tempDir('consumer');
    try {
      mkdirSync(join(tmp.dir, 'node_modules'));
      symlinkSync(resolve(import.meta.dirname, '../..'), join(tmp.dir, 'node_modules/directions'));
      writeFileSync(
        join(tmp.dir, 'use.mjs'),
        "import { extract, run, loadInterventions } from 'directions';\n" +
          "const r = await extract(Buffer.from('<html><body><p>Nothing to see.</p></body></html>'));\n" +
          "console.log(typeof run, typeof loadInterventions, r.status, r.source.kind);\n",
      );
      const out = spawnSync(process.execPath, ['use.mjs'], { cwd: tmp.dir, encoding: 'utf8' });
      expect(out.stderr).toBe('');
      expect(out.stdout.trim()).toMatch(/^function function ok \w+$/);
    } finally {
      tmp.cleanup();
    }
  });
});

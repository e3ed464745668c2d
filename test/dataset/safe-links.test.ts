// What we publish links only to http(s): a javascript:, data: or file: source URI is shown as text in the
// feed and the report, and CSV cells a spreadsheet would run as formulas are made text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { guardFormula, toCsv } from '../../src/export/csv.js';
import { toAtom } from '../../src/export/feed.js';
import { mergeRecords } from '../../src/merge/index.js';
import { writeReport } from '../../src/report/index.js';
import type { InterventionRecord } from '../../src/schema/intervention.js';
import { tempDir } from '../run/helpers.js';
import { kirkleesDocs } from './records.js';

const EVIL = 'javascript:alert(document.cookie)';
const DATA = 'data:text/html,<script>alert(1)</script>';
const LOCAL = 'file:///home/someone/archive/Kirklees_direction.pdf';
const GOOD = 'https://www.gov.uk/government/publications/direction-issued-to-kirklees';

function withSources(uris: string[]): InterventionRecord {
  const [r] = mergeRecords(kirkleesDocs()).interventions;
  const sources = uris.map((uri, i) => ({ ...r.sources[0], uri, title: `Source ${i + 1}` }));
  return { ...r, sources };
}

describe('links in the feed', () => {
  it('only the https source becomes a <link>; the others appear as text in the summary', () => {
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(toAtom([withSources([EVIL, DATA, LOCAL, GOOD])]));
    const entry = feed.feed.entry;
    const links = Array.isArray(entry.link) ? entry.link : [entry.link];
    expect(links.map((l: Record<string, string>) => [l['@rel'], l['@href']])).toEqual([['alternate', GOOD]]);
    expect(entry.content).toBeUndefined();
  });

  it('an entry with no http(s) source has no link at all, and carries its text as content (RFC 4287)', () => {
    const xml = toAtom([withSources([EVIL, LOCAL])]);
    expect(xml).not.toContain('<link');
    expect(xml).not.toContain('href=');
    const entry = new XMLParser().parse(xml).feed.entry;
    expect(entry.content).toContain('Source 1');
  });
});

describe('links in the report', () => {
  it('a javascript: or file: source is never an href, only text', async () => {
    const tmp = tempDir('safe-links');
    try {
      const r = withSources([EVIL, LOCAL, GOOD]);
      await writeReport([r], [{ council: r.council, underIntervention: true, interventions: [r.id] }], tmp.dir);
      const page = readFileSync(join(tmp.dir, 'council', 'kirklees.html'), 'utf8');
      const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.filter((h) => /^(javascript|data|file):/i.test(h))).toEqual([]);
      expect(hrefs).toContain(GOOD);
      expect(page).toContain('<code>javascript:alert(document.cookie)</code>');
    } finally {
      tmp.cleanup();
    }
  });
});

describe('CSV formula injection', () => {
  it('cells starting with = + - @ tab or CR get a leading single quote; others are untouched', () => {
    expect(['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'Kirklees', "O'Neil", ''].map(guardFormula)).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'Kirklees',
      "O'Neil",
      '',
    ]);
  });

  it('a council name that is a formula is written as text', () => {
    const r = { ...withSources([GOOD]), council: { name: '=cmd|" /C calc"!A0', gss: null } };
    const [row] = parseCsv(toCsv([r]), { bom: true, columns: true }) as Record<string, string>[];
    expect(row.council).toBe(`'=cmd|" /C calc"!A0`);
  });
});

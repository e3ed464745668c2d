// The static report without a browser: escaping, slugs, past deadlines, what the pages contain, and the files.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, isPast, slugify, writeReport } from '../../src/report/index.js';
import { dueHtml } from '../../src/report/council-page.js';
import { buildContext } from '../../src/report/model.js';
import { safeHref } from '../../src/report/html.js';
import { EXPECTED_ROWS, fixtures, HOSTILE_NAME, HOSTILE_TITLE, KIRKLEES_API, KIRKLEES_PAGE, NOW, previousIds } from './fixtures.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml(HOSTILE_NAME)).toBe('Evil &lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; &amp; &#39;Quotes&#39; Council');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml('Kirklees — £ ’')).toBe('Kirklees — £ ’');
  });
  it('leaves only http(s) links clickable', () => {
    expect(safeHref('https://www.gov.uk/x')).toBe('https://www.gov.uk/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
    expect(safeHref('/local/file.pdf')).toBeNull();
  });
});

describe('slugify', () => {
  it('makes lowercase ASCII file names', () => {
    expect(slugify('Kirklees')).toBe('kirklees');
    expect(slugify('Kingston upon Hull, City of')).toBe('kingston-upon-hull-city-of');
    expect(slugify('St. Helens')).toBe('st-helens');
    expect(slugify('Brighton & Hove')).toBe('brighton-and-hove');
    expect(slugify('Bournemouth, Christchurch and Poole')).toBe('bournemouth-christchurch-and-poole');
    expect(slugify('Ynys Môn')).toBe('ynys-mon');
    expect(slugify(HOSTILE_NAME)).toBe('evil-script-alert-name-script-and-quotes-council');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('<>')).toBe('council');
  });
  it('keeps slugs unique when names collide', () => {
    const { records, timelines } = fixtures();
    const twin = { ...timelines[0], council: { name: 'KIRKLEES', gss: 'E08000099' }, interventions: [] };
    const ctx = buildContext(records, [...timelines, twin], NOW);
    const slugs = ctx.councils.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('kirklees');
    expect(slugs).toContain('kirklees-e08000099');
  });
});

describe('past deadlines', () => {
  it('are before the report date, at the precision given', () => {
    expect(isPast('2024-06-30', '2025-01-15')).toBe(true);
    expect(isPast('2025-01-15', '2025-01-15')).toBe(false);
    expect(isPast('2025-01-14', '2025-01-15')).toBe(true);
    expect(isPast('2025-01', '2025-01-15')).toBe(false); // the month is not over
    expect(isPast('2024-12', '2025-01-15')).toBe(true);
    expect(isPast('2025', '2025-12-31')).toBe(false);
    expect(isPast('2024', '2025-01-01')).toBe(true);
    expect(isPast('2026-03', '2025-01-15')).toBe(false);
  });
  it('carry a visible "(past)" label, not colour alone', () => {
    expect(dueHtml('2024-06-30', '2025-01-15')).toContain('<span class="past-label">(past)</span>');
    expect(dueHtml('2024-06-30', '2025-01-15')).toContain('30 June 2024');
    expect(dueHtml('2026-03', '2025-01-15')).not.toContain('(past)');
    expect(dueHtml(null, '2025-01-15')).toContain('no date');
  });
});

describe('writeReport', () => {
  let root: string;
  let out: string;
  let index: string;
  const page = (slug: string) => readFileSync(join(out, 'council', `${slug}.html`), 'utf8');

  beforeAll(async () => {
    // The data directory with some of the export files beside the report (data/report/).
    root = mkdtempSync(join(tmpdir(), 'report-unit-'));
    out = join(root, 'report');
    mkdirSync(join(root, 'feeds'), { recursive: true });
    for (const f of ['interventions.csv', 'interventions.jsonl', 'deadlines.csv', 'datapackage.json', 'feed.xml', 'feeds/E08000034.xml']) writeFileSync(join(root, f), 'x');
    // A stale page from an earlier run, for a council no longer in the data.
    mkdirSync(join(out, 'council'), { recursive: true });
    writeFileSync(join(out, 'council', 'gone-council.html'), 'old');
    const { records, timelines, documents } = fixtures();
    await writeReport(records, timelines, out, { now: NOW, documents, previousIds: previousIds(), lastRunAt: '2025-01-14T02:00:00.000Z' });
    index = readFileSync(join(out, 'index.html'), 'utf8');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes the index, one page per council and the local assets, with no temp files or stale pages left', () => {
    expect(readdirSync(out).sort()).toEqual(['council', 'index.html', 'report.css', 'report.js']);
    expect(readdirSync(join(out, 'council')).sort()).toEqual(
      ['birmingham', 'doncaster', 'evil-script-alert-name-script-and-quotes-council', 'kirklees', 'sandwell', 'worcestershire'].map((s) => `${s}.html`),
    );
  });

  it('lists every council on the index with the right status text', () => {
    const rows = [...index.matchAll(/<tr data-name="[^"]*" data-status="(under|not)"(?: data-send="1")?>([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(EXPECTED_ROWS.length);
    rows.forEach((m, i) => {
      const [name, status] = EXPECTED_ROWS[i];
      expect(m[2]).toContain(`>${escapeHtml(name)}</a>`);
      expect(m[2]).toContain(`>${status}</span>`);
      expect(m[1]).toBe(status === 'Under intervention' ? 'under' : 'not');
    });
    // The last instrument and its date: Worcestershire's is the 2023 revocation.
    const worcs = rows.find((m) => m[2].includes('Worcestershire'))![2];
    expect(worcs).toContain('Revocation');
    expect(worcs).toContain('<time datetime="2023-02-14">14 February 2023</time>');
  });

  it('escapes hostile strings everywhere', () => {
    const hostilePage = page('evil-script-alert-name-script-and-quotes-council');
    for (const html of [index, hostilePage]) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>Bold');
      expect(html).not.toMatch(/(href|src|cite)="javascript:/);
      expect(html).toContain(escapeHtml(HOSTILE_NAME));
    }
    expect(hostilePage).toContain(escapeHtml(HOSTILE_TITLE));
    expect(hostilePage).toContain('&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt;');
    expect(hostilePage).toContain('href="https://example.org/a?x=1&amp;y=%3C2%3E"');
    // The javascript: source is shown as text, not linked.
    expect(hostilePage).toContain('<code>javascript:alert(1)</code>');
    // The only scripts in any page are the report's own.
    for (const html of [index, hostilePage]) {
      expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(html === index ? ['<script src="report.js" defer>'] : []);
    }
  });

  it('is well-formed HTML5 with unique ids and no external resources', () => {
    const files = ['index.html', ...readdirSync(join(out, 'council')).map((f) => `council/${f}`)];
    for (const file of files) {
      const html = readFileSync(join(out, file), 'utf8');
      const errors: string[] = [];
      const doc = parse(html, { onParseError: (e) => errors.push(`${file}:${e.startLine}:${e.startCol} ${e.code}`) });
      expect(errors, file).toEqual([]);
      const ids: string[] = [];
      const walk = (node: DefaultTreeAdapterMap['node']) => {
        if ('attrs' in node) {
          for (const a of node.attrs) if (a.name === 'id') ids.push(a.value);
          if (node.nodeName === 'link' || node.nodeName === 'script' || node.nodeName === 'img') {
            const url = node.attrs.find((a) => a.name === 'href' || a.name === 'src')?.value ?? '';
            expect(url, `${file} ${node.nodeName}`).toMatch(/^(\.\.\/)?report\.(css|js)$/);
          }
        }
        if ('childNodes' in node) node.childNodes.forEach(walk);
        if ('content' in node && node.content) walk(node.content as DefaultTreeAdapterMap['node']);
      };
      walk(doc);
      expect(new Set(ids).size, `${file} duplicate ids`).toBe(ids.length);
      expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    }
  });

  it('shows Kirklees: partner, people, past and future deadlines, cadence, duration, Ofsted, conflicts, sources with quotes', () => {
    const html = page('kirklees');
    expect(html).toContain('<td data-label="Council">Leeds</td><td data-label="Role">improvement partner</td>');
    expect(html).toContain('Jane Example');
    // The 30 June 2024 deadline is past on 15 January 2025; March 2026 is not.
    expect(html).toMatch(/<tr class="past"><td data-label="Due"><time datetime="2024-06-30">30 June 2024<\/time> <span class="past-label">\(past\)<\/span>/);
    expect(html).toMatch(/<tr><td data-label="Due"><time datetime="2026-03">March 2026<\/time><\/td>/);
    expect(html).toContain('<td data-label="Every">6 months</td><td data-label="Activity">review of progress</td>');
    expect(html).toContain('<td data-label="Length">12 months</td><td data-label="Qualifier">at least</td><td data-label="Of">the direction</td>');
    expect(html).toContain('inadequate, published <time datetime="2023-12-01">1 December 2023</time>');
    expect(html).toContain('Where sources disagree');
    // Values link to their sources in the list; the list links out and quotes the evidence.
    expect(html).toContain('<a href="#i1-s2" title="Direction issued to Kirklees Council"');
    expect(html).toContain('<li id="i1-s2">');
    expect(html).toContain('<a href="https://assets.publishing.service.gov.uk/media/abc/Kirklees_direction.pdf" rel="noopener noreferrer">Direction issued to Kirklees Council</a>');
    expect(html).toContain('<p>The Council must submit an improvement plan by 30 June 2024.</p>');
    expect(html).toContain('Instrument (PDF) · published <time datetime="2024-03-12">12 March 2024</time>');
    expect(html).toContain('Generated <time datetime="2025-01-15T09:30:00.000Z">2025-01-15 09:30 UTC</time>');
  });

  it('shows the Worcestershire chain in order, with what replaced and revoked what', () => {
    const html = page('worcestershire');
    const timeline = html.slice(html.indexOf('<ol class="timeline">'), html.indexOf('</ol>'));
    const items = [...timeline.matchAll(/<li><a href="#(i\d)">([^<]+)/g)].map((m) => [m[1], m[2]]);
    expect(items).toEqual([
      ['i1', 'Statutory direction, '],
      ['i2', 'Revised direction, '],
      ['i3', 'Revocation, '],
    ]);
    expect(timeline).toMatch(/Statutory direction, <time[^>]*>28 November 2016<\/time><\/a> <span class="badge status-replaced">Replaced<\/span><span class="chain">Replaced by <a href="#i2">Revised direction/);
    expect(timeline).toContain('<span class="badge status-revoked">Revoked</span><span class="chain">Replaces <a href="#i1">');
    expect(timeline).toContain('<span class="chain">Revoked by <a href="#i3">Revocation, <time datetime="2023-02-14">');
    expect(html).toContain('Not under intervention');
  });

  it('says on the index what is new since the last run, newest first, with SEND marked', () => {
    const section = index.slice(index.indexOf('<section class="new"'), index.indexOf('</section>'));
    expect(section).toContain('<h2 id="new-h">New since the last run</h2>');
    expect(section).toContain('2 interventions not in the dataset of the last run (the run that started 14 January 2025, 02:00 UTC):');
    const items = [...section.matchAll(/<li><a href="([^"]+)">([^]*?)<\/li>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '')]);
    expect(items).toEqual([
      ['council/kirklees.html#i1', 'Kirklees: Statutory direction, 12 March 2024 In force first seen by this dataset on 15 January 2025'],
      ['council/sandwell.html#i2', 'Sandwell: Improvement notice, 1 March 2016 SEND In force first seen by this dataset on 15 January 2025'],
    ]);
  });

  it('marks SEND on the index: the last instrument and the count of SEND instruments', () => {
    const sandwell = index.slice(index.indexOf('<tr data-name="Sandwell"'), index.indexOf('</tr>', index.indexOf('<tr data-name="Sandwell"')));
    expect(sandwell).toContain('data-send="1"');
    expect(sandwell).toContain('Improvement notice <span class="badge send" title="Special educational needs and disabilities">SEND</span>');
    expect(sandwell).toContain('>2 <span class="badge send" title="of which about special educational needs and disabilities">1 SEND</span></td>');
    const kirklees = index.slice(index.indexOf('<tr data-name="Kirklees"'), index.indexOf('</tr>', index.indexOf('<tr data-name="Kirklees"')));
    expect(kirklees).not.toContain('SEND');
  });

  it('links the feed and only the downloads that exist beside the report', () => {
    expect(index).toContain('<a href="../feed.xml" type="application/atom+xml">Atom feed of every intervention</a>, or a council’s own feed from its page.');
    const downloads = [...index.matchAll(/<li><a href="\.\.\/([^"]+)" download>/g)].map((m) => m[1]);
    expect(downloads).toEqual(['interventions.csv', 'interventions.jsonl', 'deadlines.csv', 'datapackage.json']);
    expect(page('kirklees')).toContain('<a href="../../feeds/E08000034.xml" type="application/atom+xml">Atom feed of its changes</a>');
    expect(page('worcestershire')).not.toContain('feeds/');
  });

  it('draws each council’s timeline as an inline SVG: one linked, titled mark per dated instrument', () => {
    const html = page('worcestershire');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(svg).toContain('<title id="tl-title">Timeline of Worcestershire’s instruments, 2016 to 2026</title>');
    const marks = [...svg.matchAll(/<a href="#(i\d)" class="tl-item">\n<title>([^<]+)<\/title>\n<g class="tl-mark st-(\w+) k-(\w+)">/g)].map((m) => m.slice(1));
    expect(marks).toEqual([
      ['i1', 'Statutory direction, 28 November 2016: replaced', 'replaced', 'direction'],
      ['i2', 'Revised direction, 1 October 2019: revoked', 'revoked', 'revised_direction'],
      ['i3', 'Revocation, 14 February 2023: ends an instrument', 'revocation', 'revocation'],
    ]);
    // How long each was in force: to the date of what replaced or revoked it.
    const periods = [...svg.matchAll(/<rect class="tl-period[^"]*"[^>]*><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(periods).toEqual(['Statutory direction in force 28 November 2016 – 1 October 2019', 'Revised direction in force 1 October 2019 – 14 February 2023']);
    expect(html).not.toContain('<script');
    // Sandwell's SEND notice is labelled as such.
    expect(page('sandwell')).toContain('<text class="tl-label" x="84" y="');
    expect(page('sandwell')).toMatch(/<text class="tl-label"[^>]*>Improvement notice \(SEND\)<\/text>/);
  });

  it('quotes the sentence each value came from, with the readable source page', () => {
    const html = page('kirklees');
    const said = [...html.matchAll(/<div class="said"><q>([^<]+)<\/q>/g)].map((m) => m[1]);
    expect(said).toEqual([
      'The Secretary of State appoints Jane Example as Children’s Services Commissioner for Kirklees.',
      'The Council shall: (a) by 30 June 2024, submit an improvement plan to the Department;',
      'must send an improvement plan by the end of June 2024',
      'The Council shall: (b) by March 2026, report on progress to Dr. Example and the improvement board.',
      'Progress will be reviewed every six months, first in September 2024.',
      'This Direction lasts for at least 12 months from the date it is given.',
    ]);
    expect(html).toContain(
      '<q>The Council shall: (a) by 30 June 2024, submit an improvement plan to the Department;</q> <span class="said-by">— <a href="https://assets.publishing.service.gov.uk/media/abc/Kirklees_direction.pdf" rel="noopener noreferrer">the statutory direction itself</a>',
    );
    // The API JSON is never a link; its page is.
    expect(html).not.toContain(`href="${KIRKLEES_API}"`);
    expect(html).toContain(`<a href="${KIRKLEES_PAGE}" rel="noopener noreferrer">${escapeHtml("Kirklees children's services: statutory direction")}</a>`);
    expect(html).toContain(`<span class="muted">Read from</span> <code>${KIRKLEES_API}</code>`);
    // The partner's source (the GOV.UK page) has no per-document record here: listed by number, no quote invented.
    expect(html).toMatch(/<td data-label="Council">Leeds<\/td><td data-label="Role">improvement partner<\/td><td data-label="Where it says so"><div class="said muted">Also in <span class="refs"><a href="#i1-s1"/);
  });

  it('shows a deadline reported by several sources once, as the instrument gives it', () => {
    const html = page('kirklees');
    const deadlines = html.slice(html.indexOf('<h3>Deadlines</h3>'), html.indexOf('<h3>Reviews</h3>'));
    const rows = [...deadlines.matchAll(/<tr(?: class="past")?><td data-label="Due">([^]*?)<\/td><td data-label="Action">([^<]*)<\/td><td data-label="As written">([^<]*)<\/td>/g)].map((m) => [m[1].replace(/<[^>]+>/g, ''), m[2], m[3]]);
    expect(rows).toEqual([
      ['30 June 2024 (past)', 'submit an improvement plan', 'by 30 June 2024'],
      ['March 2026', 'report on progress', 'by March 2026'],
    ]);
    // Both sources' words stay under the one row.
    expect(deadlines).toContain('<q>must send an improvement plan by the end of June 2024</q> <span class="said-by">— <a href="https://news.example.org/kirklees-direction" rel="noopener noreferrer">an article on news.example.org</a>');
  });

  it('says in words where sources disagree, and labels scrape times as such', () => {
    const html = page('kirklees');
    const list = html.slice(html.indexOf('<ul class="disagree">'), html.indexOf('</ul>', html.indexOf('<ul class="disagree">')));
    const sentences = [...list.matchAll(/<li>([^]*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(sentences).toEqual([
      'The issue date: the statutory direction itself gives 12 March 2024; the GOV.UK page gives 13 March 2024.',
      'For the review “every six months”, the first date: the statutory direction itself gives September 2024; an article on news.example.org gives October 2024.',
    ]);
    expect(html).not.toContain('reviewCadences[');
    expect(html).toContain('First seen by this dataset on <time datetime="2025-01-15">15 January 2025</time>; last changed in this dataset on <time datetime="2025-01-15">15 January 2025</time>.');
    expect(html).not.toContain('<dt>First seen</dt>');
  });

  it('has an About footer with counts', () => {
    expect(index).toContain('6 councils, 4 under intervention;\n9 instruments from 12 source documents.');
  });

  it('copes with an empty dataset', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'report-empty-'));
    try {
      await writeReport([], [], empty, { now: NOW });
      const html = readFileSync(join(empty, 'index.html'), 'utf8');
      expect(html).toContain('No interventions have been found yet.');
      expect(html).toContain('0 councils, 0 under intervention');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

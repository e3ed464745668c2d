// The report in a real headless Chromium, opened from disk (file://): filter, sort, links, the "new" section and
// SEND marks, the SVG timeline and evidence sentences, phone and desktop widths (screenshots attached), no JS.
// Needs Debian's chromium at /usr/bin/chromium. Under CI (process.env.CI set) a missing browser fails the test;
// locally the tests are skipped with a message.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { EXPECTED_ROWS, fixtures, HOSTILE_NAME, NOW, previousIds } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
/** Screenshots go here (git-ignored) so a person can look at them after a run; each is attached to its test too. */
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-output', 'report-screenshots');

if (!haveChromium && !process.env.CI) {
  console.warn(`[report browser tests] skipped: no Chromium at ${CHROMIUM} (apt-get install chromium). Under CI this fails.`);
}

describe('browser: missing Chromium', () => {
  it.runIf(!haveChromium && !!process.env.CI)('fails under CI', () => {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the report's browser tests need it. Install Debian's chromium ` +
        '(apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH.',
    );
  });
});

describe.skipIf(!haveChromium)('browser: the report from file://', () => {
  let browser: Browser;
  let root: string;
  let out: string;
  let indexUrl: string;
  const problems: string[] = [];

  /** A page that records console errors, page errors, dialogs (a sign of script injection) and network requests. */
  async function open(page: Page, url: string): Promise<void> {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) problems.push(`network request: ${r.url()}`);
    });
    await page.goto(url);
  }

  const visibleRows = (page: Page) => page.locator('#councils tbody tr:visible');

  beforeAll(async () => {
    // A data directory with the feed and some downloads beside the report, as a run leaves it.
    root = mkdtempSync(join(tmpdir(), 'report-browser-'));
    out = join(root, 'report');
    mkdirSync(join(root, 'feeds'), { recursive: true });
    for (const f of ['interventions.csv', 'interventions.jsonl', 'feed.xml', 'feeds/E08000034.xml']) writeFileSync(join(root, f), 'x');
    const { records, timelines, documents } = fixtures();
    await writeReport(records, timelines, out, { now: NOW, documents, previousIds: previousIds(), lastRunAt: '2025-01-14T02:00:00.000Z' });
    indexUrl = pathToFileURL(join(out, 'index.html')).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('loads with no console errors, filters by name and by status', async () => {
    problems.length = 0;
    const page = await browser.newPage();
    await open(page, indexUrl);
    await expect.poll(() => page.locator('#filters').isVisible()).toBe(true);
    expect(await visibleRows(page).count()).toBe(EXPECTED_ROWS.length);
    await expect.poll(() => page.locator('#count').textContent()).toBe('Showing 6 of 6 councils');

    // "es" (any case) is in Worcestershire, Kirklees and the hostile "… 'Quotes' Council".
    await page.fill('#q', 'ES');
    await expect.poll(() => visibleRows(page).count()).toBe(3);
    expect(await page.locator('#count').textContent()).toBe('Showing 3 of 6 councils');
    await page.fill('#q', 'kirk');
    await expect.poll(() => visibleRows(page).count()).toBe(1);
    expect(await visibleRows(page).first().locator('td.name').textContent()).toBe('Kirklees');
    await page.fill('#q', 'no such council');
    await expect.poll(() => visibleRows(page).count()).toBe(0);

    await page.fill('#q', '');
    await page.selectOption('#status-filter', 'not');
    await expect.poll(() => visibleRows(page).count()).toBe(2);
    await page.selectOption('#status-filter', 'under');
    await expect.poll(() => visibleRows(page).count()).toBe(4);
    await page.fill('#q', 'w'); // Sandwell (under) and Worcestershire (not)
    await expect.poll(() => visibleRows(page).count()).toBe(1);
    expect(await visibleRows(page).first().locator('td.name').textContent()).toBe('Sandwell');
    // Enter in the search box does not navigate away.
    await page.press('#q', 'Enter');
    expect(page.url()).toBe(indexUrl);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts by clicking (and by keyboard on) the column header buttons', async () => {
    problems.length = 0;
    const page = await browser.newPage();
    await open(page, indexUrl);
    const first = () => page.locator('#councils tbody tr').first().locator('td.name').textContent();
    const names = () => page.locator('#councils tbody tr td.name').allTextContents();
    expect(await names()).toEqual(EXPECTED_ROWS.map(([n]) => n));

    // Date: oldest last instrument first (Doncaster, 2013); again for newest first (the hostile council, July 2024).
    const dateButton = page.getByRole('button', { name: 'Date' });
    await dateButton.click();
    expect(await first()).toBe('Doncaster');
    expect(await page.locator('th:has(button:text-is("Date"))').getAttribute('aria-sort')).toBe('ascending');
    await dateButton.click();
    expect(await first()).toBe(HOSTILE_NAME); // July 2024
    expect(await names()).toEqual([HOSTILE_NAME, 'Kirklees', 'Worcestershire', 'Sandwell', 'Birmingham', 'Doncaster']);

    // Council name, by keyboard: Enter sorts A to Z, Space then Z to A.
    const councilButton = page.getByRole('button', { name: 'Council' });
    await councilButton.focus();
    await page.keyboard.press('Enter');
    expect(await first()).toBe('Birmingham');
    await page.keyboard.press('Space');
    expect(await first()).toBe('Worcestershire');
    expect(await page.locator('th:has(button:text-is("Council"))').getAttribute('aria-sort')).toBe('descending');

    // Status: under intervention first, A to Z within.
    await page.getByRole('button', { name: 'Status' }).click();
    expect(await names()).toEqual(['Birmingham', HOSTILE_NAME, 'Kirklees', 'Sandwell', 'Doncaster', 'Worcestershire']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('follows a council link to its timeline, in order, and sources link out', async () => {
    problems.length = 0;
    const page = await browser.newPage();
    await open(page, indexUrl);
    await page.getByRole('link', { name: 'Worcestershire' }).click();
    await page.waitForURL(/council\/worcestershire\.html$/);
    expect(await page.locator('h1').textContent()).toBe('Worcestershire');
    const entries = (await page.locator('ol.timeline > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatch(/^Statutory direction, 28 November 2016 Replaced Replaced by Revised direction, 1 October 2019$/);
    expect(entries[1]).toMatch(/^Revised direction, 1 October 2019 Revoked Replaces Statutory direction, 28 November 2016 Revoked by Revocation, 14 February 2023$/);
    expect(entries[2]).toMatch(/^Revocation, 14 February 2023 Ends an instrument$/);
    // The chain links move within the page.
    await page.locator('ol.timeline > li').nth(1).getByRole('link', { name: /Revocation/ }).click();
    expect(page.url()).toMatch(/#i3$/);
    await expect.poll(() => page.locator('#i3').isVisible()).toBe(true);
    // Back to the index via the link at the top.
    await page.getByRole('link', { name: 'All councils' }).click();
    await page.waitForURL(/index\.html$/);

    // The hostile council's page renders its name as text and runs nothing.
    await page.getByRole('link', { name: HOSTILE_NAME }).click();
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_NAME);
    expect(await page.title()).toBe(`${HOSTILE_NAME} — DfE interventions`);
    expect(problems).toEqual([]);
    await page.close();
  });

  /** A full-page screenshot under SCREENSHOT_DIR, attached to the test (the reporter lists it). */
  async function shoot(page: Page, name: string, annotate: TestContext['annotate']): Promise<void> {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    expect(statSync(path).size, path).toBeGreaterThan(1000);
    await annotate(`screenshot ${name}`, { path, contentType: 'image/png' });
  }

  const PAGES = ['index.html', 'council/kirklees.html', 'council/sandwell.html', 'council/worcestershire.html', 'council/evil-script-alert-name-script-and-quotes-council.html'];

  it('fits phone and desktop screens with no horizontal overflow; screenshots are attached', async ({ annotate }) => {
    problems.length = 0;
    rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const screens = [
      { name: 'phone', width: 375, options: { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
      { name: 'desktop', width: 1280, options: { viewport: { width: 1280, height: 900 } } },
    ];
    for (const screen of screens) {
      const context = await browser.newContext(screen.options);
      const page = await context.newPage();
      for (const file of PAGES) {
        await open(page, pathToFileURL(join(out, file)).href);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${screen.name} ${file} scrollWidth`).toBeLessThanOrEqual(screen.width);
        // The timeline picture fits inside the page's column.
        if (file.startsWith('council/')) {
          const box = await page.locator('svg.tl').boundingBox();
          expect(box, file).not.toBeNull();
          expect(box!.x + box!.width, `${screen.name} ${file} timeline right edge`).toBeLessThanOrEqual(screen.width);
        }
        await shoot(page, `${screen.name}-${file.replace(/\.html$/, '').replace(/[/.]/g, '_')}`, annotate);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('shows on the index what is new since the last run and marks SEND', async () => {
    problems.length = 0;
    const page = await browser.newPage();
    await open(page, indexUrl);
    const fresh = page.getByRole('region', { name: 'New since the last run' });
    await expect.poll(() => fresh.isVisible()).toBe(true);
    const items = (await fresh.locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'Kirklees: Statutory direction, 12 March 2024 In force first seen by this dataset on 15 January 2025',
      'Sandwell: Improvement notice, 1 March 2016 SEND In force first seen by this dataset on 15 January 2025',
    ]);
    // SEND: on the new item, on Sandwell's last instrument and its count; on no other council's row.
    const sendRows = await page.locator('#councils tbody tr:has(.badge.send) td.name').allTextContents();
    expect(sendRows).toEqual(['Sandwell']);
    expect((await page.locator('#councils tr[data-name="Sandwell"] .badge.send').allInnerTexts())).toEqual(['SEND', '1 SEND']);
    // The feed and the downloads that exist are linked, relative to the data directory.
    expect(await page.getByRole('link', { name: 'Atom feed of every intervention' }).getAttribute('href')).toBe('../feed.xml');
    expect(await page.locator('.downloads a').allTextContents()).toEqual(['interventions.csv', 'interventions.jsonl']);
    // The new item leads to the instrument's section.
    await fresh.getByRole('link', { name: /Sandwell/ }).click();
    await page.waitForURL(/council\/sandwell\.html#i2$/);
    expect(await page.locator('#i2-h').innerText()).toBe('2. Improvement notice, 1 March 2016 SEND');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws a council’s timeline as an SVG whose marks lead to the instruments, and quotes each value’s sentence', async () => {
    problems.length = 0;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, pathToFileURL(join(out, 'council/worcestershire.html')).href);
    const svg = page.locator('svg.tl');
    await expect.poll(() => svg.isVisible()).toBe(true);
    expect(await svg.locator('a.tl-item').count()).toBe(3);
    expect(await svg.locator('a.tl-item > title').allTextContents()).toEqual([
      'Statutory direction, 28 November 2016: replaced',
      'Revised direction, 1 October 2019: revoked',
      'Revocation, 14 February 2023: ends an instrument',
    ]);
    expect(await svg.locator('text.tl-label').allTextContents()).toEqual(['Statutory direction', 'Revised direction', 'Revocation']);
    // Time runs down the page: later instruments' marks are lower.
    const ys = await svg.locator('.tl-mark').evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().top));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(ys[1] - ys[0]).toBeGreaterThan(40); // three years apart, not evenly spaced
    await svg.locator('a.tl-item').nth(2).locator('.tl-mark').click();
    expect(page.url()).toMatch(/#i3$/);

    await open(page, pathToFileURL(join(out, 'council/kirklees.html')).href);
    const said = await page.locator('.said q').allInnerTexts();
    expect(said).toContain('The Council shall: (a) by 30 June 2024, submit an improvement plan to the Department;');
    expect(said).toContain('The Secretary of State appoints Jane Example as Children’s Services Commissioner for Kirklees.');
    // Sentences, not the instrument's heading.
    expect(said).not.toContain('DIRECTION TO KIRKLEES COUNCIL');
    expect(await page.locator('ul.disagree li').first().innerText()).toBe(
      'The issue date: the statutory direction itself gives 12 March 2024; the GOV.UK page gives 13 March 2024.',
    );
    expect(await page.getByRole('link', { name: 'Atom feed of its changes' }).getAttribute('href')).toBe('../../feeds/E08000034.xml');
    expect(await page.locator('a[href*="/api/content/"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every row and every timeline entry with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(indexUrl);
    expect(await page.locator('#councils tbody tr:visible').count()).toBe(EXPECTED_ROWS.length);
    expect(await page.locator('#councils tbody td.name').allTextContents()).toEqual(EXPECTED_ROWS.map(([n]) => n));
    // The filter controls would do nothing without the script, so they stay hidden.
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await page.goto(pathToFileURL(join(out, 'council/kirklees.html')).href);
    // The 30 June 2024 deadline and the first review (September 2024) are past on 15 January 2025.
    expect(await page.locator('.past-label').allTextContents()).toEqual(['(past)', '(past)']);
    expect(await page.locator('tr.past').count()).toBe(1);
    expect(await page.locator('ol.sources > li').count()).toBe(3);
    // The timeline picture needs no script.
    expect(await page.locator('svg.tl a.tl-item').count()).toBe(1);
    expect(await page.locator('svg.tl').isVisible()).toBe(true);
    await context.close();
  });
});

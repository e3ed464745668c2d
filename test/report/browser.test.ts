// The report in a real headless Chromium, opened from disk (file://): filter, sort, links, phone width, no JS.
// Needs Debian's chromium at /usr/bin/chromium. Under CI (process.env.CI set) a missing browser fails the test;
// locally the tests are skipped with a message.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.js';
import { EXPECTED_ROWS, fixtures, HOSTILE_NAME, NOW } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
/** Screenshots go here (outside the repository) so a person can look at them after a run. */
export const SCREENSHOT_DIR = join(tmpdir(), 'directions-report-screenshots');

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
    out = mkdtempSync(join(tmpdir(), 'report-browser-'));
    const { records, timelines } = fixtures();
    await writeReport(records, timelines, out, { now: NOW });
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
    if (out) rmSync(out, { recursive: true, force: true });
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

  it('fits a phone screen with no horizontal overflow, and a screenshot is taken', async () => {
    problems.length = 0;
    rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const pages = ['index.html', 'council/kirklees.html', 'council/worcestershire.html', 'council/evil-script-alert-name-script-and-quotes-council.html'];
    for (const file of pages) {
      await open(page, pathToFileURL(join(out, file)).href);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${file} scrollWidth`).toBeLessThanOrEqual(375);
      const shot = join(SCREENSHOT_DIR, `phone-${file.replace(/[/.]/g, '_')}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size, shot).toBeGreaterThan(1000);
    }
    await context.close();

    const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(desktop, indexUrl);
    const shot = join(SCREENSHOT_DIR, 'desktop-index.png');
    await desktop.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(1000);
    await open(desktop, pathToFileURL(join(out, 'council/kirklees.html')).href);
    await desktop.screenshot({ path: join(SCREENSHOT_DIR, 'desktop-kirklees.png'), fullPage: true });
    await desktop.close();
    expect(problems).toEqual([]);
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
    expect(await page.locator('ol.sources > li').count()).toBe(2);
    await context.close();
  });
});

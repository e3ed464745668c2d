// The static report (data/report/): index.html, council/<slug>.html, report.css and report.js. It opens from disk
// with no server and no network. The merge/export stage calls writeReport at the end of every run.
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { CouncilTimeline, InterventionRecord } from '../schema/intervention.js';
import type { DocumentRecord } from '../schema/record.js';
import { CSS, JS } from './assets.js';
import { councilPage } from './council-page.js';
import { indexPage } from './index-page.js';
import { councilFeed, DOWNLOADS, MAIN_FEED, present } from './downloads.js';
import { buildContext } from './model.js';

export { escapeHtml, isPast, slugify } from './html.js';

export interface ReportOptions {
  /** The generation time: shown in the footer, and deadlines before its date are marked past. Defaults to now. */
  now?: Date;
  /**
   * The per-document records the interventions were merged from (the store's current extractions): each value's
   * own evidence, widened to its sentence when a record carries its text. Without them only the quotes naming
   * each instrument are shown.
   */
  documents?: DocumentRecord[];
  /** Ids of the dataset the previous run published: the rest are "new since the last run". Null: no previous run. */
  previousIds?: ReadonlySet<string> | null;
  /** When the previous run started (ISO timestamp), shown beside "new since the last run". */
  lastRunAt?: string | null;
}

/** Writes a file so that a reader sees the old content or the new, never half of it: a temp file, then a rename. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}

export async function writeReport(
  interventions: InterventionRecord[],
  timelines: CouncilTimeline[],
  outDir: string,
  options: ReportOptions = {},
): Promise<void> {
  // The export stage writes the dataset files before the report, one level up; link those that are there.
  const gss = [...new Set(interventions.flatMap((r) => (r.council.gss ? [r.council.gss] : [])))];
  const files = await present(join(outDir, '..'), [...DOWNLOADS.map((d) => d.file), MAIN_FEED, ...gss.map(councilFeed)]);
  const ctx = buildContext(interventions, timelines, options.now ?? new Date(), {
    documents: options.documents,
    previousIds: options.previousIds,
    lastRunAt: options.lastRunAt,
    files,
  });
  const councilDir = join(outDir, 'council');
  await mkdir(councilDir, { recursive: true });

  await writeFileAtomic(join(outDir, 'report.css'), CSS);
  await writeFileAtomic(join(outDir, 'report.js'), JS);
  const pages = new Set<string>();
  for (const view of ctx.councils) {
    const file = `${view.slug}.html`;
    pages.add(file);
    await writeFileAtomic(join(councilDir, file), councilPage(view, ctx));
  }
  // The index last, so that it never links to a page not yet written.
  await writeFileAtomic(join(outDir, 'index.html'), indexPage(ctx));

  // Pages of councils no longer in the dataset (renamed slugs, dropped records) would otherwise linger.
  for (const entry of await readdir(councilDir)) {
    if (entry.endsWith('.html') && !pages.has(entry)) await unlink(join(councilDir, entry)).catch(() => {});
  }
}

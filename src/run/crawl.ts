// The online run: every enabled source discovers candidates, each of which goes through the
// DocumentProcessor (fetch → readDocument → store). Sources run side by side; one failing source is
// recorded and the others go on.
//
// On a rerun every listed document still gets its own conditional GET, even when its listing answered
// 304: the collection does not change when a publication gains an attachment, and a 304 costs one small
// request and no extraction. Skipping "recently fetched" children would save requests but miss changes.
// Listings answered 304 are re-read from the stored body, so discovery is the same as on a first run.
import type { Config } from '../config/schema.js';
import type { OcrService } from '../ocr-step.js';
import { HttpClient } from '../fetch/http-client.js';
import { createSources, type Opened, type SourceContext } from '../sources/index.js';
import type { Store } from '../store/store.js';
import type { Logger } from './log.js';
import { DocumentProcessor } from './process-document.js';
import type { RunCounts } from './summary.js';

export async function crawl(config: Config, store: Store, counts: RunCounts, log: Logger, ocr?: OcrService): Promise<void> {
  const client = new HttpClient(config, log, store);
  const processor = new DocumentProcessor(client, store, counts, log, config.budgets, ocr);
  const ctx: Omit<SourceContext, 'badItem'> = {
    open: (candidate) => processor.open(candidate),
    recordAttachments(publicationUrl, attachments) {
      const diff = store.diffAttachments(publicationUrl, attachments, new Date().toISOString());
      // The first sighting of a publication lists all its attachments; only later additions are news.
      const added = diff.firstTime ? [] : diff.added;
      counts.attachmentsAdded += added.length;
      counts.attachmentsRemoved += diff.removed.length;
      return { added, removed: diff.removed };
    },
    log,
  };
  // The documents the sources listed (what they yield; listings are opened through ctx.open instead).
  const wanted = new Map<string, Promise<Opened>>();
  await Promise.all(
    createSources(config.sources).map(async (source) => {
      const sourceCtx: SourceContext = {
        ...ctx,
        badItem(where, message) {
          // One item of the wrong shape is an error of its own; the listing's other items go on.
          const text = `${where}: ${message}`;
          counts.badItems.push({ source: source.name, message: text });
          log.event('bad_listing_item', { source: source.name, message: text });
        },
      };
      try {
        // Not awaited one by one: the host queues set the pace, and the processor remembers every promise.
        for await (const candidate of source.discover(sourceCtx)) {
          const opened = processor.open(candidate);
          if (!wanted.has(candidate.url)) wanted.set(candidate.url, opened);
        }
      } catch (err) {
        counts.sourcesFailed.push({ source: source.name, message: (err as Error).message });
        log.event('source_failed', { source: source.name, message: (err as Error).message });
      }
    }),
  );
  await processor.settle();
  for (const opened of await Promise.all(wanted.values())) {
    if (opened.outcome === 'skipped' && opened.code === 'host_not_allowed') continue; // never meant to be fetched
    counts.wanted++;
    if (opened.outcome === 'new' || opened.outcome === 'changed' || opened.outcome === 'unchanged') counts.obtained++;
  }
  counts.http = { ...client.stats };
}

// News: RSS 2.0 or Atom feeds, then each article page they link to (optionally only items that mention a
// keyword). Links to hosts outside allowedHosts are skipped by the runner, not fetched.
import { XMLParser } from 'fast-xml-parser';
import type { NewsSourceConfig } from '../config/schema.js';
import { SourceError, type Candidate, type Source, type SourceContext } from './types.js';

export interface FeedItem {
  link: string;
  title: string;
  summary: string;
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v && typeof v === 'object' && '#text' in v ? String((v as any)['#text']) : '';

/** An item whose link cannot be read: reported, skipped, and the feed's other items go on. */
export interface BadFeedItem {
  index: number;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A feed's items, each read on its own: one of the wrong shape goes to `bad`, not into an exception. */
export function parseFeed(xml: string, feedUrl: string, bad: BadFeedItem[] = []): FeedItem[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml);
  const raw: { link: string; title: string; summary: string }[] = [];
  const rssItems = asArray<unknown>(doc?.rss?.channel?.item ?? doc?.RDF?.item);
  const atomEntries = asArray<unknown>(doc?.feed?.entry);
  rssItems.forEach((item, index) => {
    if (!isObject(item)) return bad.push({ index, message: `item ${index + 1} is ${JSON.stringify(item)}, not an element with a link` });
    const link = text(item.link) || text(item.guid);
    if (!link) return bad.push({ index, message: `item ${index + 1} has no link` });
    raw.push({ link, title: text(item.title), summary: text(item.description) });
  });
  atomEntries.forEach((entry, i) => {
    const index = rssItems.length + i;
    if (!isObject(entry)) return bad.push({ index, message: `entry ${i + 1} is ${JSON.stringify(entry)}, not an element with a link` });
    const links = asArray<any>(entry.link);
    const alt = links.find((l) => !l?.['@rel'] || l['@rel'] === 'alternate') ?? links[0];
    const link = typeof alt === 'string' ? alt : alt?.['@href'];
    if (typeof link !== 'string' || !link) return bad.push({ index, message: `entry ${i + 1} has no link` });
    raw.push({ link, title: text(entry.title), summary: text(entry.summary) || text(entry.content) });
  });
  const items: FeedItem[] = [];
  for (const [index, i] of raw.entries()) {
    try {
      items.push({ ...i, link: new URL(i.link.trim(), feedUrl).toString() });
    } catch {
      bad.push({ index, message: `item link ${JSON.stringify(i.link)} is not a URL` });
    }
  }
  return items;
}

export class NewsSource implements Source {
  readonly name: string;
  constructor(private readonly config: NewsSourceConfig) {
    this.name = config.name ?? 'news';
  }

  async *discover(ctx: SourceContext): AsyncIterable<Candidate> {
    const keywords = this.config.keywords.map((k) => k.toLowerCase());
    let failedFeeds = 0;
    for (const feed of this.config.feeds) {
      const opened = await ctx.open({ url: feed, expect: 'feed', via: this.name });
      if (!opened.bytes) {
        failedFeeds++;
        continue;
      }
      let items: FeedItem[];
      const bad: BadFeedItem[] = [];
      try {
        items = parseFeed(opened.bytes.toString('utf8'), feed, bad);
        for (const b of bad) ctx.badItem(feed, b.message);
      } catch (err) {
        ctx.log.event('feed_unreadable', { feed, message: (err as Error).message });
        failedFeeds++;
        continue;
      }
      const kept = keywords.length
        ? items.filter((i) => keywords.some((k) => `${i.title} ${i.summary}`.toLowerCase().includes(k)))
        : items;
      ctx.log.event('feed_listed', { feed, items: items.length, kept: kept.length });
      for (const item of kept) yield { url: item.link, expect: 'html', via: `${this.name}:${new URL(feed).host}` };
    }
    // Each failed feed is already a failed document; the source fails only when none could be read.
    if (failedFeeds === this.config.feeds.length) throw new SourceError('no feed could be read');
  }
}

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

export function parseFeed(xml: string, feedUrl: string): FeedItem[] {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(xml);
  const items: FeedItem[] = [];
  for (const item of asArray<any>(doc?.rss?.channel?.item ?? doc?.RDF?.item)) {
    const link = text(item.link) || text(item.guid);
    if (link) items.push({ link, title: text(item.title), summary: text(item.description) });
  }
  for (const entry of asArray<any>(doc?.feed?.entry)) {
    const links = asArray<any>(entry.link);
    const alt = links.find((l) => !l?.['@rel'] || l['@rel'] === 'alternate') ?? links[0];
    const link = typeof alt === 'string' ? alt : alt?.['@href'];
    if (link) items.push({ link, title: text(entry.title), summary: text(entry.summary) || text(entry.content) });
  }
  return items.map((i) => ({ ...i, link: new URL(i.link.trim(), feedUrl).toString() }));
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
      try {
        items = parseFeed(opened.bytes.toString('utf8'), feed);
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

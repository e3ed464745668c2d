// Atom 1.0 feeds (RFC 4287) of the most recently new or changed interventions, newest first: data/feed.xml
// for all councils and data/feeds/<GSS code>.xml for each one, built with fast-xml-parser's XMLBuilder (which
// escapes text and attributes). Entry ids are tag URIs built from the stable intervention id, so a feed reader
// shows a changed intervention as an update of the same entry. An entry says what changed, in the words of
// `directions diff`: its title is the latest change (the description of the intervention when it is new), its
// summary every change of that run with the source that says so. <updated> is the record's `updated`, which
// only moves when the dataset changes, so an unchanged dataset gives byte-identical feeds.
import { XMLBuilder } from 'fast-xml-parser';
import type { InterventionRecord } from '../schema/intervention.js';
import { changeText, changeWithSource } from './change-text.js';
import type { Change } from './changes.js';
import { describe } from './describe.js';
import { safeHref } from './links.js';

export const FEED_LIMIT = 200;
const FEED_ID = 'tag:directions,2026:interventions';
const TITLE = 'DfE interventions in English councils’ children’s services: new and changed';
export const entryId = (id: string) => `tag:directions,2026:intervention/${encodeURIComponent(id)}`;
export const councilFeedId = (gss: string) => `tag:directions,2026:council/${encodeURIComponent(gss)}`;

export interface FeedOptions {
  /** The feed's own address (rel="self"): absolute when the data is published under a known URL, else relative. */
  self?: string;
  id?: string;
  title?: string;
  limit?: number;
  /** The change history (any order); each entry shows its intervention's latest changes. */
  changes?: Change[];
}

/** XML 1.0 forbids these characters outright; the builder escapes the rest. */
const clean = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, indentBy: '  ', suppressEmptyNode: true });

/** Newest first by `updated`, then by id so equal times keep a fixed order. */
export function byUpdated(a: InterventionRecord, b: InterventionRecord): number {
  return a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Per intervention, the changes of the last time it changed (in recorded order). */
export function latestChanges(changes: Change[]): Map<string, Change[]> {
  const out = new Map<string, Change[]>();
  for (const c of changes) {
    const kept = out.get(c.interventionId);
    if (!kept || kept[0].at < c.at) out.set(c.interventionId, [c]);
    else if (kept[0].at === c.at) kept.push(c);
  }
  return out;
}

function entry(r: InterventionRecord, latest: Change[]) {
  const edits = latest.filter((c) => c.kind !== 'new');
  const title = edits.length ? `${changeText(edits[0])}${edits.length > 1 ? ` (and ${edits.length - 1} more)` : ''}` : describe(r);
  const sources = r.sources.map((s) => `${s.kind}: ${s.title ?? s.uri}`).join('\n');
  const what = edits.length ? `What changed (${edits[0].at}):\n${edits.map(changeWithSource).join('\n')}\n` : '';
  const summary = `${what}${describe(r)}\nStatus: ${r.status}. ${r.sources.length} source(s):\n${sources}`;
  // Only http(s) sources become links; others (a local file, a javascript: URI from a bad feed) stay text in the summary.
  const links = r.sources.flatMap((s) => {
    const href = safeHref(s.uri);
    return href ? [{ href, title: s.title }] : [];
  });
  return {
    id: entryId(r.id),
    title: clean(title),
    updated: r.updated,
    published: r.firstSeen,
    link: links.map((l, i) => ({ '@rel': i === 0 ? 'alternate' : 'related', '@href': clean(l.href), ...(l.title ? { '@title': clean(l.title) } : {}) })),
    category: { '@term': r.instrument },
    summary: clean(summary),
    // RFC 4287: an entry without an alternate link must have content.
    ...(links.length ? {} : { content: { '@type': 'text', '#text': clean(summary) } }),
  };
}

export function toAtom(records: InterventionRecord[], options: FeedOptions = {}): string {
  const entries = [...records].sort(byUpdated).slice(0, options.limit ?? FEED_LIMIT);
  const latest = latestChanges(options.changes ?? []);
  // An empty feed still needs an <updated>; the epoch keeps it deterministic.
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00.000Z';
  const feed = {
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      id: options.id ?? FEED_ID,
      title: clean(options.title ?? TITLE),
      updated,
      ...(options.self ? { link: { '@rel': 'self', '@type': 'application/atom+xml', '@href': clean(options.self) } } : {}),
      author: { name: 'directions' },
      generator: 'directions',
      entry: entries.map((r) => entry(r, latest.get(r.id) ?? [])),
    },
  };
  return builder.build(feed) as string;
}

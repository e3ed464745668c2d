// data/feed.xml: an Atom 1.0 feed (RFC 4287) of the most recently new or changed interventions, newest
// first. Entry ids are tag URIs built from the stable intervention id, so a feed reader shows a changed
// intervention as an update of the same entry, not a new one. <updated> is the record's `updated`, which only
// moves when a source document changes, so an unchanged dataset gives a byte-identical feed.
import type { InterventionRecord } from '../schema/intervention.js';
import { describe } from './describe.js';
import { safeHref } from './links.js';

export const FEED_LIMIT = 200;
const FEED_ID = 'tag:directions,2026:interventions';
export const entryId = (id: string) => `tag:directions,2026:intervention/${encodeURIComponent(id)}`;

export function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids outright are dropped; the five specials are escaped.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Newest first by `updated`, then by id so equal times keep a fixed order. */
export function byUpdated(a: InterventionRecord, b: InterventionRecord): number {
  return a.updated !== b.updated ? (a.updated < b.updated ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function entry(r: InterventionRecord): string {
  const title = describe(r);
  const sources = r.sources.map((s) => `${s.kind}: ${s.title ?? s.uri}`).join('\n');
  // Only http(s) sources become links; others (a local file, a javascript: URI from a bad feed) stay text in the summary.
  const linkable = r.sources.flatMap((s) => {
    const href = safeHref(s.uri);
    return href ? [{ href, title: s.title }] : [];
  });
  const links = linkable.map(
    (s, i) => `    <link rel="${i === 0 ? 'alternate' : 'related'}" href="${xmlEscape(s.href)}"${s.title ? ` title="${xmlEscape(s.title)}"` : ''}/>`,
  );
  const summary = `${title}\nStatus: ${r.status}. ${r.sources.length} source(s):\n${sources}`;
  return [
    '  <entry>',
    `    <id>${xmlEscape(entryId(r.id))}</id>`,
    `    <title>${xmlEscape(title)}</title>`,
    `    <updated>${xmlEscape(r.updated)}</updated>`,
    `    <published>${xmlEscape(r.firstSeen)}</published>`,
    ...links,
    `    <category term="${xmlEscape(r.instrument)}"/>`,
    `    <summary>${xmlEscape(summary)}</summary>`,
    // RFC 4287: an entry without an alternate link must have content.
    ...(links.length ? [] : [`    <content type="text">${xmlEscape(summary)}</content>`]),
    '  </entry>',
  ].join('\n');
}

export function toAtom(records: InterventionRecord[], limit = FEED_LIMIT): string {
  const entries = [...records].sort(byUpdated).slice(0, limit);
  // An empty feed still needs an <updated>; the epoch keeps it deterministic.
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00.000Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${FEED_ID}</id>`,
    '  <title>DfE interventions in English councils’ children’s services: new and changed</title>',
    `  <updated>${xmlEscape(updated)}</updated>`,
    '  <author><name>directions</name></author>',
    '  <generator>directions</generator>',
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

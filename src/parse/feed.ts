// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → the list of item links (the feed's job in the pipeline), with the
// item titles and descriptions as text so a reader can see what each link is about.
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { renderParagraphs } from './html-render.js';
import { normaliseInline } from './normalise.js';
import { parseTimestamp } from './published-date.js';
import { ParseError, type ParsedDocument } from './types.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false, // keep "2024" and "007" as strings
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  cdataPropName: false,
});

/** Text content of a parsed element (a string, or {#text, @_type}). HTML content is rendered to plain text. */
function textOf(v: unknown): string {
  const first = list(v)[0];
  if (first === undefined || first === null) return '';
  let raw: string;
  let type = '';
  if (isNode(first)) {
    raw = String(first['#text'] ?? '');
    type = String(first['@_type'] ?? '');
  } else raw = String(first);
  if (/html/i.test(type) || /<[a-z][^>]*>/i.test(raw)) {
    const $ = cheerio.load(raw);
    raw = renderParagraphs($('body').get(0) ?? $.root().get(0)!).join(' ');
  }
  return normaliseInline(raw);
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return null;
  }
}

/** An Atom entry's page link: rel="alternate" (or no rel); an RSS item's <link> text, else a permalink guid. */
function itemLink(item: Node): string | null {
  const links = list(item.link);
  for (const l of links) {
    if (isNode(l)) {
      const rel = String(l['@_rel'] ?? 'alternate');
      if (rel === 'alternate' && l['@_href']) return String(l['@_href']);
      if (!l['@_href'] && l['#text']) return String(l['#text']);
    } else if (typeof l === 'string' && l.trim()) return l;
  }
  for (const l of links) if (isNode(l) && l['@_href']) return String(l['@_href']);
  const guid = list(item.guid)[0];
  if (isNode(guid) && guid['@_isPermaLink'] !== 'false' && /^https?:/.test(String(guid['#text'] ?? ''))) return String(guid['#text']);
  if (typeof guid === 'string' && /^https?:/.test(guid)) return guid;
  const about = item['@_rdf:about'];
  return typeof about === 'string' ? about : null;
}

export function parseFeed(xml: string, uri: string): Omit<ParsedDocument, 'contentType'> {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new ParseError('unsupported_type', `The document looks like a feed but is not well-formed XML: ${(err as Error).message}`);
  }
  const rss = isNode(doc.rss) ? doc.rss : null;
  const rdf = isNode(doc['rdf:RDF']) ? (doc['rdf:RDF'] as Node) : null;
  const atom = isNode(doc.feed) ? doc.feed : null;
  const channel: Node | null = rss ? (list(rss.channel).find(isNode) ?? null) : rdf ? (list(rdf.channel).find(isNode) ?? null) : atom;
  if (!channel) throw new ParseError('unsupported_type', 'The XML document is not an RSS or Atom feed (no channel or feed element).');

  const items = (atom ? list(atom.entry) : list(channel.item).concat(rdf ? list(rdf.item) : [])).filter(isNode);
  const base = (/^https?:/i.test(uri) ? uri : null) ?? itemLink(channel) ?? 'https://invalid.example/';
  const links: string[] = [];
  const paragraphs: string[] = [];
  const title = textOf(channel.title) || null;
  const description = textOf(channel.description ?? channel.subtitle);
  if (title) paragraphs.push(title);
  if (description) paragraphs.push(description);
  for (const item of items) {
    const link = itemLink(item);
    const abs = link ? absolute(link, base) : null;
    if (abs && !links.includes(abs)) links.push(abs);
    const itemText = [textOf(item.title), textOf(item.description ?? item.summary ?? item.content)].filter(Boolean).join('\n');
    if (itemText) paragraphs.push(itemText);
  }
  const itemDates = items
    .map((i) => parseTimestamp(textOf(i.pubDate ?? i.published ?? i.updated ?? i['dc:date'])))
    .filter((d): d is string => !!d)
    .sort();
  const publishedAt =
    parseTimestamp(textOf(channel.lastBuildDate ?? channel.updated)) ??
    parseTimestamp(textOf(channel.pubDate ?? channel['dc:date'])) ??
    itemDates[itemDates.length - 1] ??
    null;
  return { kind: 'feed', title, publishedAt, text: paragraphs.join('\n\n'), links, comments: [] };
}

// Page-level metadata signals in HTML: JSON-LD, <meta> tags and the <title>. Each reader returns null when
// its signal is absent, so callers can chain them (see firstDate in published-date.ts).
import type { CheerioAPI } from 'cheerio';
import { normaliseInline } from './normalise.js';
import { parseTimestamp, timestampOffset } from './published-date.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** All JSON-LD objects on the page, flattened: arrays and @graph containers are opened. Broken blocks are skipped. */
export function jsonLdObjects($: CheerioAPI): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) visit(v['@graph']);
    }
  };
  $('script[type="application/ld+json" i]').each((_, el) => {
    const raw = $(el).text().trim();
    try {
      visit(JSON.parse(raw) as Json);
    } catch {
      // Sites ship invalid JSON-LD (trailing commas, raw newlines); one bad block must not lose the page.
      try {
        visit(JSON.parse(raw.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t]+/g, ' ')) as Json);
      } catch {
        /* skip */
      }
    }
  });
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog|news|webpage|creativework/i;
const typeOf = (o: Record<string, Json>): string => [o['@type']].flat().join(' ');

/** datePublished from JSON-LD, preferring article-like objects. dateModified is deliberately never read. */
export function jsonLdDatePublished($: CheerioAPI, pageOffsetMinutes = 0): string | null {
  const objs = jsonLdObjects($).filter((o) => typeof o.datePublished === 'string');
  objs.sort((a, b) => Number(ARTICLE_TYPES.test(typeOf(b))) - Number(ARTICLE_TYPES.test(typeOf(a))));
  for (const o of objs) {
    const iso = parseTimestamp(o.datePublished as string, pageOffsetMinutes);
    if (iso) return iso;
  }
  return null;
}

export function jsonLdHeadline($: CheerioAPI): string | null {
  for (const o of jsonLdObjects($)) {
    if (ARTICLE_TYPES.test(typeOf(o)) && typeof o.headline === 'string' && o.headline.trim()) return normaliseInline(o.headline);
  }
  return null;
}

/** <meta> names/properties that carry a publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'publish-date', 'publish_date',
  'published_time', 'pubdate', 'publication_date', 'date', 'DC.date.issued', 'DC.date', 'dc.date', 'dcterms.issued',
  'dcterms.created', 'DC.date.created', 'DCTERMS.issued', 'citation_publication_date', 'citation_date', 'parsely-pub-date', 'sailthru.date',
  'article.published', 'govuk:first-published-at',
];

export function metaContent($: CheerioAPI, key: string): string | null {
  const lower = key.toLowerCase();
  let value: string | null = null;
  $('meta').each((_, el) => {
    const attrs = el.attribs ?? {};
    const name = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'] ?? '').toLowerCase();
    if (name === lower && attrs.content?.trim()) {
      value = attrs.content.trim();
      return false;
    }
    return undefined;
  });
  return value;
}

export function metaDatePublished($: CheerioAPI, pageOffsetMinutes = 0): string | null {
  for (const key of DATE_META) {
    const iso = parseTimestamp(metaContent($, key), pageOffsetMinutes);
    if (iso) return iso;
  }
  return null;
}

/**
 * The page's own UTC offset in minutes, as its machine timestamps write it (meta tags, JSON-LD, <time datetime>):
 * the first one that is not UTC. 0 when every stamp is UTC or none has an offset.
 */
export function pageOffset($: CheerioAPI): number {
  const stamps: string[] = [];
  for (const o of jsonLdObjects($)) for (const k of ['datePublished', 'dateModified', 'dateCreated']) if (typeof o[k] === 'string') stamps.push(o[k] as string);
  $('meta[content]').each((_, el) => {
    stamps.push(el.attribs.content);
  });
  $('time[datetime]').each((_, el) => {
    stamps.push(el.attribs.datetime);
  });
  for (const s of stamps) {
    const off = timestampOffset(s);
    if (off !== null) return off;
  }
  return 0;
}

/** Separators between a page title and the site name: "Headline | Site", "Headline - Site", "Headline – Site". */
const TITLE_SEPARATORS = /\s+[|–—-]\s+|\s+::\s+|\s+»\s+/;

/** The <title> without its site-name suffix (the longest part when split on the usual separators). */
export function documentTitle($: CheerioAPI): string | null {
  const raw = normaliseInline($('head > title').first().text() || $('title').first().text());
  if (!raw) return null;
  const parts = raw.split(TITLE_SEPARATORS).filter(Boolean);
  if (parts.length < 2) return raw;
  // The site name is the short end part; keep everything before the last separator unless a part dominates.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.length >= raw.length * 0.5 ? longest : parts.slice(0, -1).join(' - ');
}

export function ogTitle($: CheerioAPI): string | null {
  const t = metaContent($, 'og:title') ?? metaContent($, 'twitter:title') ?? metaContent($, 'DC.title');
  return t ? normaliseInline(t) : null;
}

/** The canonical URL, when the page names one (a date in it counts like one in the request URL). */
export function canonicalUrl($: CheerioAPI): string | null {
  return $('link[rel="canonical"]').attr('href') ?? metaContent($, 'og:url');
}

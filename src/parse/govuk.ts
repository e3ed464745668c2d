// GOV.UK: Content API JSON (publications and document collections; shapes in ../shared/reference/govuk-api.md)
// and the markers of a GOV.UK publication page in HTML. Every optional field may be absent.
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { renderParagraphs } from './html-render.js';
import { metaContent } from './html-meta.js';
import { normaliseInline } from './normalise.js';
import { parseDate, parseTimestamp } from './published-date.js';
import type { ParsedDocument } from './types.js';

export const GOVUK_ORIGIN = 'https://www.gov.uk';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function absolute(href: string, base = GOVUK_ORIGIN): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

const unique = (xs: (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

/** Body HTML fragments (govspeak) as paragraphs. */
export function htmlFragmentParagraphs(html: string | null): string[] {
  if (!html) return [];
  const $ = cheerio.load(html);
  return renderParagraphs($('body').get(0) ?? $.root().get(0)!);
}

/** True for a Content API item (it names its schema and its path). */
export function isGovukContentItem(json: unknown): json is Obj {
  return isObj(json) && typeof json.schema_name === 'string' && (typeof json.base_path === 'string' || typeof json.content_id === 'string');
}

function changeNotes(details: Obj): string[] {
  return arr(details.change_history)
    .filter(isObj)
    .map((c) => {
      // The note alone: it states what changed (and any revocation date) in words.
      const note = str(c.note);
      return note ? normaliseInline(note) : null;
    })
    .filter((x): x is string => !!x);
}

function withdrawnParagraphs(item: Obj): string[] {
  const w = isObj(item.withdrawn_notice) ? item.withdrawn_notice : {};
  const explanation = htmlFragmentParagraphs(str(w.explanation)).join(' ');
  if (!explanation) return [];
  const when = parseTimestamp(str(w.withdrawn_at));
  return [`Withdrawn${when ? ` on ${when}` : ''}: ${explanation}`];
}

/** A Content API item → ParsedDocument fields. */
export function parseGovukJson(item: Obj): Omit<ParsedDocument, 'contentType'> {
  const details = isObj(item.details) ? item.details : {};
  const title = str(item.title) ? normaliseInline(item.title as string) : null;
  const description = str(item.description);
  const publishedAt = parseTimestamp(str(item.first_published_at) ?? str(details.first_public_at) ?? str(item.public_updated_at));
  const head = [title, description].filter((x): x is string => !!x);
  const schema = String(item.schema_name ?? item.document_type ?? '');

  if (schema === 'document_collection' || item.document_type === 'document_collection') {
    const docs = new Map<string, Obj>();
    const linked = isObj(item.links) ? arr(item.links.documents) : [];
    for (const d of linked.filter(isObj)) if (str(d.content_id)) docs.set(d.content_id as string, d);
    const links: string[] = [];
    const groups: string[] = [];
    for (const g of arr(details.collection_groups).filter(isObj)) {
      const lines = [str(g.title) ?? ''];
      lines.push(...htmlFragmentParagraphs(str(g.body)));
      for (const id of arr(g.documents)) {
        // Ids without an entry in links.documents are unpublished: nothing to link to or read.
        const d = typeof id === 'string' ? docs.get(id) : undefined;
        if (!d) continue;
        const path = str(d.base_path);
        const url = path ? absolute(path) : str(d.web_url);
        if (url) links.push(url);
        if (str(d.title)) lines.push(normaliseInline(d.title as string));
        if (str(d.description)) lines.push(normaliseInline(d.description as string));
      }
      groups.push(lines.filter(Boolean).join('\n'));
    }
    return {
      kind: 'govuk_collection',
      title,
      publishedAt,
      text: [...head, ...htmlFragmentParagraphs(str(details.body)), ...groups, ...withdrawnParagraphs(item), changeNotes(details).join('\n')]
        .filter(Boolean)
        .join('\n\n'),
      links: unique(links),
      comments: [],
    };
  }

  const body = htmlFragmentParagraphs(str(details.body));
  const attachments = arr(details.attachments).filter(isObj);
  const attachmentTitles = attachments.map((a) => str(a.title)).filter((x): x is string => !!x);
  let links = unique(attachments.map((a) => (str(a.url) ? absolute(a.url as string) : null)));
  if (links.length === 0) {
    // Legacy items carry rendered attachment HTML in details.documents instead.
    const html = arr(details.documents).filter((d): d is string => typeof d === 'string').join('\n');
    const $ = cheerio.load(html);
    links = unique($('a[href]').toArray().map((a) => absolute(a.attribs.href)));
  }
  const isPublication = schema === 'publication' || schema === 'html_publication' || schema === 'detailed_guide';
  return {
    kind: isPublication ? 'govuk_publication' : 'other',
    title,
    publishedAt,
    text: [...head, ...body, ...withdrawnParagraphs(item), attachmentTitles.join('\n'), changeNotes(details).join('\n')]
      .filter(Boolean)
      .join('\n\n'),
    links: isPublication ? links : [],
    comments: [],
  };
}

/** Search API results (`{results: [{link, title, …}]}`) → links, so a saved search can seed a run. */
export function searchResultLinks(json: unknown): string[] {
  if (!isObj(json)) return [];
  return unique(arr(json.results).filter(isObj).map((r) => (str(r.link) ? absolute(r.link as string) : null)));
}

// ---- HTML pages ----

export function looksLikeGovukHtml($: CheerioAPI, uri: string): boolean {
  let host = '';
  try {
    host = new URL(uri).hostname.toLowerCase();
  } catch {
    /* file URI or garbage */
  }
  if (host === 'gov.uk' || host === 'www.gov.uk') return true;
  return $('meta[name^="govuk:"]').length > 0 || $('.gem-c-metadata, .app-c-publication-header, .govuk-template__body').length > 0;
}

export function govukHtmlIsCollection($: CheerioAPI): boolean {
  const schema = (metaContent($, 'govuk:schema-name') ?? metaContent($, 'govuk:format') ?? '').toLowerCase();
  return schema === 'document_collection';
}

/** "Published 20 July 2015" from the metadata block (a <dt>/<dd> pair or inline text), else the govuk meta tag. */
export function govukHtmlPublished($: CheerioAPI): string | null {
  let found: string | null = null;
  $('dt').each((_, dt) => {
    if (/^\s*published:?\s*$/i.test($(dt).text())) {
      found = parseDate($(dt).nextAll('dd').first().text());
      if (found) return false;
    }
    return undefined;
  });
  if (found) return found;
  const meta = $('.gem-c-metadata, .app-c-published-dates, .metadata').first().text();
  const m = /\bPublished:?\s+([^\n]{6,40})/i.exec(meta.replace(/\s+/g, ' '));
  return (m ? parseDate(m[1]) : null) ?? parseTimestamp(metaContent($, 'govuk:first-published-at'));
}

/** Attachments: links to files (PDF, Office, ODF, CSV) and to the GOV.UK asset host, absolute, in page order. */
export function govukHtmlLinks($: CheerioAPI, base: string): string[] {
  return unique(
    $('a[href]')
      .toArray()
      .map((a) => absolute(a.attribs.href, base))
      .filter(
        (u): u is string =>
          !!u &&
          (/^https?:\/\/assets\.publishing\.service\.gov\.uk\//i.test(u) ||
            /\.(pdf|docx?|odt|xlsx?|ods|csv|rtf)(?:[?#]|$)/i.test(u)),
      ),
  );
}

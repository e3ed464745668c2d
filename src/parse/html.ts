// HTML → main article text and publication date. Dates are read from the page as it came (html-dates.ts), then
// reader comments are taken aside, page furniture is stripped by its structure (tag, ARIA role, hidden), the
// article is found by scoring (main-text.ts), rendered as paragraphs, and its header block and link lines are
// trimmed (article-edges.ts). A GOV.UK page's <main> is taken whole.
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { BOILERPLATE_ROLES, DROP_TAGS, attrLooksLikeComments, cleanBlocks, isLinkListHeading } from './boilerplate.js';
import { govukHtmlLinks, govukHtmlPublished, looksLikeGovukHtml, govukHtmlIsCollection } from './govuk.js';
import { limitNesting } from './html-depth.js';
import { findMainContent } from './main-text.js';
import { dropLinkLines, trimHeader } from './article-edges.js';
import { isElement, renderBlocks, renderParagraphs } from './html-render.js';
import {
  canonicalUrl,
  documentTitle,
  jsonLdDatePublished,
  jsonLdHeadline,
  metaDatePublished,
  ogTitle,
  pageOffset,
} from './html-meta.js';
import { collectDateMarks, markupDate } from './html-dates.js';
import { normaliseInline } from './normalise.js';
import { dateFromUrl, datelineFrom, firstDate, updatedDateline } from './published-date.js';
import type { ParsedDocument } from './types.js';

export type HtmlParse = Omit<ParsedDocument, 'contentType'>;

const attrString = (el: Element): string => `${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`.trim();

/** The separate comments of one comments section. */
function commentItems($: CheerioAPI, container: Element): string[] {
  const $c = $(container);
  // Repeated siblings that are marked as comments (li.comment, div.cmt …): the outermost such groups.
  const marked = $c.find('*').filter((_, el) => attrLooksLikeComments(attrString(el)));
  const repeated = marked.filter((_, el) => {
    const siblings = $(el).siblings(el.name).filter((__, s) => attrLooksLikeComments(attrString(s)));
    return siblings.length > 0;
  });
  let items = repeated.filter((_, el) => $(el).parents().filter((__, a) => repeated.is(a)).length === 0).toArray();
  if (items.length === 0) {
    // Unmarked comments: the elements that directly hold paragraphs.
    const holders = $c.find('p').parent().not(container).toArray();
    items = holders.filter((el) => !holders.some((other) => other !== el && $(other).find(el).length > 0));
  }
  if (items.length === 0) items = [container];
  return items.map((el) => renderParagraphs(el).join('\n')).filter((t) => t.length > 0);
}

/** Takes reader-comment sections out of the page and returns their comments. */
function extractComments($: CheerioAPI): string[] {
  const sections = $('body *').filter((_, el) => {
    if (!attrLooksLikeComments(attrString(el))) return false;
    const tag = el.name.toLowerCase();
    if (tag === 'html' || tag === 'body' || tag === 'main') return false;
    return $(el).find('h1, [itemprop="articleBody"]').length === 0;
  });
  const outermost = sections.filter((_, el) => $(el).parents().filter((__, a) => sections.is(a)).length === 0).toArray();
  const comments = outermost.flatMap((el) => commentItems($, el));
  for (const el of outermost) $(el).remove();
  return comments;
}

/** Non-whitespace characters of text under `el`. */
const textLength = ($: CheerioAPI, el: AnyNode): number => $(el).text().replace(/\s+/g, '').length;

/**
 * Takes out what is page furniture by its structure: scripts and media, navigation, asides, forms, headers and
 * footers, ARIA landmarks of furniture, hidden elements. An element holding half the page's text stays whatever
 * its tag (ASP.NET wraps the page in one <form>; some themes put the article in an <aside>).
 */
function removeStructuralBoilerplate($: CheerioAPI): void {
  $('script, style, noscript, template').remove();
  const body = $('body').get(0) ?? $.root().get(0)!;
  const total = textLength($, body);
  const dropTags = new Set([...DROP_TAGS, 'header', 'footer']);
  $('body *').each((_, el) => {
    if (!el.parent) return; // already gone with an ancestor
    const tag = el.name.toLowerCase();
    const role = (el.attribs.role ?? '').toLowerCase();
    const furniture =
      dropTags.has(tag) ||
      BOILERPLATE_ROLES.includes(role) ||
      el.attribs['aria-hidden'] === 'true' ||
      el.attribs.hidden !== undefined ||
      /display:\s*none/i.test(el.attribs.style ?? '');
    if (!furniture) return;
    if (tag === 'main' || tag === 'article' || el.attribs.itemprop === 'articleBody' || role === 'main') return;
    if (total > 0 && textLength($, el) >= total * 0.5) return;
    $(el).remove();
  });
  // "Most read" / "Related articles" headings: drop them and the link list below.
  $('h2, h3, h4, h5, h6').each((_, h) => {
    const $h = $(h);
    if (!isLinkListHeading($h.text())) return;
    let next = $h.next();
    while (next.length && !/^h[1-6]$/i.test(next.get(0)!.name)) {
      const linkText = next.find('a').text().length;
      if (linkText < next.text().trim().length * 0.5) break;
      const after = next.next();
      next.remove();
      next = after;
    }
    $h.remove();
  });
}

function pageTitle($: CheerioAPI, container: Element): string | null {
  const h1 = $(container).find('h1').first().text() || $('body h1').first().text();
  const t = normaliseInline(h1);
  if (t) return t;
  return ogTitle($) ?? jsonLdHeadline($) ?? documentTitle($);
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

/** Nesting kept when no budget is given (the config's budgets.htmlMaxDepth default). */
const DEFAULT_MAX_DEPTH = 256;

export function parseHtml(html: string, uri: string, options: { maxDepth?: number } = {}): HtmlParse {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const limited = limitNesting(html, maxDepth);
  const notes = limited.lifted
    ? [`${limited.lifted} HTML elements nested deeper than ${maxDepth} levels were flattened (budgets.htmlMaxDepth); their text is kept.`]
    : [];
  const $ = cheerio.load(limited.html);
  const govuk = looksLikeGovukHtml($, uri);
  const baseUri = /^https?:/i.test(uri) ? uri : 'https://www.gov.uk/';

  // Signals that live in <head> or in markup the cleanup removes are read first.
  const offset = pageOffset($);
  const ldDate = jsonLdDatePublished($, offset);
  const metaDate = metaDatePublished($, offset);
  const dateMarks = collectDateMarks($, offset);
  const govukDate = govuk ? govukHtmlPublished($) : null;
  const links = govuk ? govukHtmlLinks($, baseUri) : [];
  const collection = govuk && govukHtmlIsCollection($);
  const canonical = canonicalUrl($);
  const fallbackTitle = ogTitle($) ?? jsonLdHeadline($) ?? documentTitle($);

  const comments = extractComments($);
  removeStructuralBoilerplate($);
  const body = ($('body').get(0) ?? $.root().children().get(0)) as Element;
  // A GOV.UK page's <main> is all content (summary, metadata, attachments, details), laid out by one design
  // system: it is taken whole. Elsewhere the scorer finds the article.
  const govukMain = govuk ? ($('main').get(0) as Element | undefined) : undefined;
  const main = govukMain ? { nodes: [govukMain], top: govukMain } : findMainContent($, body);
  const container = main.top;
  // GOV.UK's labels ("Policy paper", "From: Department for Education") and attachment links are content.
  const blocks = renderBlocks(main.nodes);
  const cleaned = cleanBlocks((govukMain ? blocks : dropLinkLines(blocks)).map((b) => b.text));
  const title = pageTitle($, container) ?? fallbackTitle;

  // Datelines are looked for in the header block, before it is trimmed: from the article's nearest ancestor that
  // holds the headline (the byline and date often sit beside the headline, outside the article's text block).
  const headerLines = (): string[] => {
    let block: Element = main.nodes[0];
    while (block.parent && isElement(block.parent) && block !== body && $(block).find('h1').length === 0) block = block.parent;
    const lines = block === main.nodes[0] ? cleaned.paragraphs : renderParagraphs(block);
    return lines.flatMap((p) => p.split('\n'));
  };
  // The headline is the record's title, not article text (as in Readability and trafilatura); GOV.UK's <main>
  // keeps its own <h1>.
  const paragraphs = govukMain ? cleaned.paragraphs : trimHeader(cleaned.paragraphs, title);

  const publishedAt = firstDate(
    () => govukDate,
    () => ldDate,
    () => metaDate,
    () => markupDate(dateMarks, main.nodes),
    () => dateFromUrl(uri),
    () => (canonical ? dateFromUrl(canonical) : null),
    () => datelineFrom(headerLines()),
    () => updatedDateline(headerLines()),
  );

  let kind: ParsedDocument['kind'] = 'news';
  let outLinks = links;
  if (collection) {
    kind = 'govuk_collection';
    outLinks = $(container)
      .find('a[href]')
      .toArray()
      .map((a) => absolute(a.attribs.href, baseUri))
      .filter((u): u is string => !!u && /\/government\/(publications|consultations|news|statistics)\//.test(u));
    outLinks = [...new Set(outLinks)];
  } else if (govuk) kind = 'govuk_publication';

  return {
    kind,
    title,
    publishedAt,
    text: paragraphs.join('\n\n'),
    links: outLinks,
    comments: [...comments, ...cleaned.comments],
    ...(notes.length ? { notes } : {}),
  };
}


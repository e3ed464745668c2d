// Dates in the page's markup, read from the ORIGINAL page before any cleaning (htmldate's order of evidence:
// a <time itemprop="datePublished"> inside a footer is still the article's date even though the footer is later
// dropped as furniture). Each mark remembers its element, so that once the article is found a mark inside it
// can be preferred over one elsewhere (a sidebar's list of other articles has dates too).
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { attrLooksLikeComments } from './boilerplate.js';
import { parseDate, parseTimestamp, toIso } from './published-date.js';

export interface DateMark {
  el: Element;
  iso: string;
  /** Marked as the publication date itself: <time pubdate>, itemprop="datePublished". */
  published: boolean;
  /** A <time> element (else an element classed as a date). */
  time: boolean;
}

/** Labels and classes of a date other than the first publication ("Updated 3 May", class="date-modified"). */
const UPDATED = /\b(updated|modified|revised|edited|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt)\b/i;
const UPDATED_ATTR = /(?:^|[\s_-])(updated?|modified|last-?mod(?:ified)?|revised)(?=$|[\s_-])/i;
const DATE_ATTR = /date|time|published|posted|byline|meta/i;

/** A numeric date with a two-digit year, day first ("30.11.18", "30/11/18"): only the whole text of an element. */
const SHORT_NUMERIC = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2})\s*$/;

function elementDate(el: Element, text: string, offset: number): string | null {
  const stamp = parseTimestamp(el.attribs.datetime ?? el.attribs.content ?? null, offset);
  if (stamp) return stamp;
  const short = SHORT_NUMERIC.exec(text);
  if (short) return toIso(2000 + +short[3], +short[2], +short[1]);
  return text.length <= 120 ? parseDate(text) : null;
}

const attrs = (el: Element): string => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;

/** True when the element sits in a reader-comments section (a comment's date is not the article's). */
function inComments(el: Element): boolean {
  for (let a = el.parent as Element | null; a && a.type === 'tag'; a = a.parent as Element | null) {
    if (attrLooksLikeComments(attrs(a))) return true;
  }
  return false;
}

/** Says "updated" in its class, its own text or the text just before it ("Updated: <time>…"). */
function isUpdateMark($: CheerioAPI, el: Element, text: string): boolean {
  if (el.attribs.pubdate !== undefined || el.attribs.itemprop === 'datePublished') return false;
  if (el.attribs.itemprop === 'dateModified' || UPDATED_ATTR.test(attrs(el))) return true;
  if (UPDATED.test(text.slice(0, 40))) return true;
  const before = $(el).parent().text();
  const at = before.indexOf(text);
  return UPDATED.test(before.slice(Math.max(0, at - 40), at >= 0 ? at : 40));
}

/** Every date-bearing element of the page, in document order. */
export function collectDateMarks($: CheerioAPI, pageOffsetMinutes: number): DateMark[] {
  const marks: DateMark[] = [];
  $('time, [itemprop="datePublished"], [itemprop="dateModified"], [class], [id]').each((_, el) => {
    const isTime = el.name === 'time';
    const published = el.attribs.pubdate !== undefined || el.attribs.itemprop === 'datePublished';
    if (!isTime && !published && !(DATE_ATTR.test(attrs(el)) && el.children.length <= 12)) return;
    if (inComments(el)) return;
    const text = $(el).text().replace(/\s+/g, ' ').trim();
    if (isUpdateMark($, el, text)) return;
    const iso = elementDate(el, text, pageOffsetMinutes);
    if (iso) marks.push({ el, iso, published, time: isTime });
  });
  return marks;
}

/** True when `el` is still in the page after cleaning and inside one of `nodes`. */
function inside(el: Element, nodes: Element[]): boolean {
  for (let a: Element | null = el; a; a = a.parent as Element | null) if (nodes.includes(a)) return true;
  return false;
}

/** True when `el` survived the cleanup (its ancestors reach the document root). */
function attached(el: Element): boolean {
  let a: Element | null = el;
  while (a.parent) a = a.parent as Element;
  return (a as unknown as { type: string }).type === 'root';
}

/**
 * The markup's publication date: one marked as published; else a <time> in the article, then one left in the
 * page, then any; else the same for elements classed as dates.
 */
export function markupDate(marks: DateMark[], article: Element[]): string | null {
  const order: ((m: DateMark) => boolean)[] = [
    (m) => m.published,
    (m) => m.time && inside(m.el, article),
    (m) => m.time && attached(m.el),
    (m) => m.time,
    (m) => inside(m.el, article),
    (m) => attached(m.el),
  ];
  for (const test of order) {
    const hit = marks.find(test);
    if (hit) return hit.iso;
  }
  return null;
}

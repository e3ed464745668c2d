// Finds the article in a cleaned page by scoring, in the spirit of Readability and trafilatura: every block of
// running text (a <p>, a <pre>, a cell, or a <div> whose own text is split by <br>) scores by its length and its
// commas, and gives that score to its parent, half to its grandparent and less further up; a candidate's score is
// cut by its link density. The best candidate is widened to its parent when the parent scores nearly as well,
// joined by siblings that score well or read as paragraphs, and then cleaned of the blocks inside it that look
// like furniture by their structure (link lists, forms, image galleries). Class and id words only tip the balance
// (CONTENT_ATTR_WORDS, BOILERPLATE_ATTR_WORDS): they never decide alone.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { attrLooksBoilerplate, attrLooksLikeContent } from './boilerplate.js';
import { isElement } from './html-render.js';

interface Stats {
  /** Characters of non-whitespace text under the element. */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Commas (also the CJK and Arabic ones) under the element. */
  commas: number;
  /** Descendant <p>, <img>, <li> and form-control elements. */
  p: number;
  img: number;
  li: number;
  input: number;
}

const COUNTED: Record<string, 'p' | 'img' | 'li' | 'input'> = { p: 'p', img: 'img', li: 'li', input: 'input', select: 'input', textarea: 'input' };

const COMMAS = /[,،、，]/g;
const SPACE = /\s+/g;

/** Text statistics for every element, in one post-order pass (no text is read twice). */
export function textStats(root: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  type Step = { node: AnyNode; exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (!isElement(node)) continue;
    if (!exit) {
      stack.push({ node, exit: true });
      for (const child of node.children) if (isElement(child)) stack.push({ node: child, exit: false });
      continue;
    }
    const s: Stats = { text: 0, link: 0, commas: 0, p: 0, img: 0, li: 0, input: 0 };
    const isLink = node.name === 'a';
    for (const child of node.children) {
      if (child.type === 'text') {
        const data = (child as unknown as { data: string }).data;
        const n = data.replace(SPACE, '').length;
        s.text += n;
        if (isLink) s.link += n;
        s.commas += data.match(COMMAS)?.length ?? 0;
      } else if (isElement(child)) {
        const c = stats.get(child);
        if (!c) continue;
        s.text += c.text;
        s.link += isLink ? c.text : c.link;
        s.commas += c.commas;
        s.p += c.p;
        s.img += c.img;
        s.li += c.li;
        s.input += c.input;
        const kind = COUNTED[child.name];
        if (kind) s[kind]++;
      }
    }
    stats.set(node, s);
  }
  return stats;
}

const linkDensity = (s: Stats | undefined): number => (s && s.text > 0 ? s.link / s.text : 0);

/** Readability's starting score for a candidate by its tag. */
function tagScore(tag: string): number {
  if (tag === 'div' || tag === 'article' || tag === 'main' || tag === 'section') return 5;
  if (tag === 'pre' || tag === 'td' || tag === 'blockquote') return 3;
  if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(tag)) return -3;
  if (/^h[1-6]$/.test(tag) || tag === 'th') return -5;
  return 0;
}

const attrString = (el: Element): string => `${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`.trim();

/** The tie-breaker of class and id words: +25 for "article", "post-body"…, -25 for "sidebar", "share"… */
export function classWeight(el: Element): number {
  const attrs = attrString(el);
  if (!attrs) return 0;
  let w = 0;
  if (attrLooksBoilerplate(attrs)) w -= 25;
  if (attrLooksLikeContent(attrs)) w += 25;
  if (el.attribs.itemprop === 'articleBody') w += 25;
  return w;
}

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'br', 'cite', 'code', 'em', 'font', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr']);

/** Length of the text an element holds itself: its text nodes and inline children, not its block children. */
function ownTextLength(el: Element, stats: Map<Element, Stats>): number {
  let n = 0;
  for (const child of el.children) {
    if (child.type === 'text') n += (child as unknown as { data: string }).data.replace(SPACE, '').length;
    else if (isElement(child) && INLINE.has(child.name)) n += stats.get(child)?.text ?? 0;
  }
  return n;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const TEXT_HOLDERS = new Set(['div', 'section', 'article', 'main', 'center', 'li', 'dd']);
/** Shorter blocks are not scored (a label, a button, a date). */
const MIN_BLOCK = 25;

/** A paragraph's score: one point, one per comma, one per 100 characters up to three. */
const blockScore = (len: number, commas: number): number => 1 + commas + Math.min(Math.floor(len / 100), 3);

export interface MainContent {
  /** The elements that hold the article, in page order. */
  nodes: Element[];
  /** The chosen candidate (its headline and dateline are looked for around it). */
  top: Element;
}

export function findMainContent($: CheerioAPI, body: Element): MainContent {
  const stats = textStats(body);
  const score = new Map<Element, number>();
  const init = (el: Element): void => {
    if (!score.has(el)) score.set(el, tagScore(el.name));
  };
  for (const el of stats.keys()) {
    const tag = el.name;
    let len: number;
    let commas: number;
    if (PARAGRAPH_TAGS.has(tag)) {
      const s = stats.get(el)!;
      if (linkDensity(s) > 0.5) continue;
      len = s.text - s.link;
      commas = s.commas;
    } else if (TEXT_HOLDERS.has(tag)) {
      len = ownTextLength(el, stats);
      commas = 0;
      if (len >= MIN_BLOCK) {
        // The commas of its own text only.
        for (const c of el.children) if (c.type === 'text') commas += (c as unknown as { data: string }).data.match(COMMAS)?.length ?? 0;
      }
    } else continue;
    if (len < MIN_BLOCK) continue;
    const points = blockScore(len, commas);
    // A text-holding div is its own first candidate too.
    let level = 0;
    let node: Element | null = TEXT_HOLDERS.has(tag) ? el : (el.parent as Element | null);
    if (TEXT_HOLDERS.has(tag)) {
      init(el);
      score.set(el, score.get(el)! + points);
      node = el.parent as Element | null;
      level = 1;
    }
    for (; node && isElement(node) && level < 5; level++, node = node.parent as Element | null) {
      if (node.name === 'html') break;
      init(node);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(node, score.get(node)! + points / divider);
    }
  }

  // Class words tip the balance by a quarter either way; they never outweigh the text.
  const final = (el: Element): number => (score.get(el) ?? 0) * (1 - linkDensity(stats.get(el))) * (1 + classWeight(el) / 100);
  let top: Element | null = null;
  for (const el of score.keys()) if (el !== body && (!top || final(el) > final(top))) top = el;
  if (!top || final(top) <= 0) return { nodes: [body], top: body };

  // Widen to the parent when it scores nearly as well (the article's paragraphs sit in several sub-blocks).
  let best = top;
  let bestScore = final(top);
  for (let p = top.parent as Element | null, last = bestScore; p && isElement(p) && p !== body && p.name !== 'html'; p = p.parent as Element | null) {
    if (!score.has(p)) continue;
    const s = final(p);
    if (s < last / 3) break;
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
    last = s;
  }
  // A lone child says nothing about its parent: climb through wrappers that add no text.
  while (best.parent && isElement(best.parent) && best.parent !== body && best.parent.name !== 'html') {
    const parent = best.parent as Element;
    if ((stats.get(parent)?.text ?? 0) > (stats.get(best)?.text ?? 0) * 1.05 + 20) break;
    best = parent;
  }

  // Siblings that belong to the article: those that score well, and paragraphs that read like text.
  const threshold = Math.max(10, final(best) * 0.2);
  const parent = best.parent as Element | null;
  const nodes: Element[] = [];
  if (!parent || !isElement(parent) || best === body) return { nodes: [best], top: best };
  let before = true;
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === best) {
      nodes.push(sib);
      before = false;
      continue;
    }
    // Above the article, a block of plain running text with no links is its standfirst.
    const plain = (stats.get(sib)?.link ?? 1) === 0 && (stats.get(sib)?.text ?? 0) >= 40;
    if (before && plain && (sib.name === 'p' || (score.get(sib) ?? 0) > 0)) {
      nodes.push(sib);
      continue;
    }
    // A sibling built like the best one (the article split into several text components or cards) belongs too.
    if (score.has(sib) && sameKind(sib, best) && (score.get(sib) ?? 0) > 0 && linkDensity(stats.get(sib)) < 0.3) {
      nodes.push(sib);
      continue;
    }
    if (score.has(sib) && final(sib) >= threshold) {
      nodes.push(sib);
      continue;
    }
    if (sib.name === 'p' || sib.name === 'blockquote' || sib.name === 'pre') {
      const s = stats.get(sib);
      if (!s) continue;
      const ld = linkDensity(s);
      const text = $(sib).text().trim();
      if ((s.text > 80 && ld < 0.25) || (s.text > 0 && s.text <= 80 && ld === 0 && /\.( |$)/.test(text))) nodes.push(sib);
    }
  }
  for (const el of nodes) cleanConditionally($, el, stats, score);
  return { nodes, top: best };
}

const classWords = (el: Element): string[] => (el.attribs.class ?? '').trim().split(/\s+/).filter(Boolean);

/** Same tag and more than half the class words in common ("text component" and "text component version-2"). */
function sameKind(a: Element, b: Element): boolean {
  if (a.name !== b.name) return false;
  const wa = classWords(a);
  const wb = new Set(classWords(b));
  if (!wa.length || !wb.size) return false;
  const common = wa.filter((w) => wb.has(w)).length;
  return common / Math.max(wa.length, wb.size) > 0.5;
}

const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'fieldset', 'aside', 'header', 'footer', 'nav', 'figure', 'dl', 'center']);

/**
 * Readability's conditional cleaning: inside the article, a block goes when its structure says furniture, with
 * fewer than ten commas of text: more list items than paragraphs (outside lists), more inputs than a third of its
 * paragraphs, links over a fifth of its text (half, when its class says content), or a class saying furniture with
 * no paragraph score to outweigh it.
 */
function cleanConditionally($: CheerioAPI, root: Element, stats: Map<Element, Stats>, score: Map<Element, number>): void {
  const victims: Element[] = [];
  const rootText = stats.get(root)?.text ?? 0;
  const visit: Element[] = [root];
  while (visit.length) {
    const el = visit.pop()!;
    for (const child of el.children) if (isElement(child)) visit.push(child);
    if (el === root || !CONDITIONAL.has(el.name)) continue;
    if (el.name === 'table' && isDataTable(el)) continue;
    const s = stats.get(el);
    if (!s) continue;
    // A block with most of the article's text is the article, whatever its class says (Blogger's "widget Blog").
    if (s.text >= rootText * 0.4) continue;
    const weight = classWeight(el);
    if (weight + (score.get(el) ?? 0) < 0) {
      victims.push(el);
      continue;
    }
    if (s.commas >= 10) continue;
    const isList = el.name === 'ul' || el.name === 'ol';
    const { p, img, input } = s;
    const li = s.li - 100;
    const ld = linkDensity(s);
    const remove =
      (img > 1 && p / img < 0.5 && el.name !== 'figure') ||
      (!isList && li > p) ||
      input > Math.floor(p / 3) ||
      (!isList && s.text < 25 && img === 0 && ld > 0) ||
      (weight < 25 && ld > 0.2 && (!isList || ld > 0.5)) ||
      (weight >= 25 && ld > 0.5);
    if (remove) victims.push(el);
  }
  for (const el of victims) $(el).remove();
}

/** A table of data (a header row, or more than a few rows and columns), not a layout table. */
function isDataTable(el: Element): boolean {
  if (el.attribs.role === 'presentation') return false;
  let rows = 0;
  let cols = 0;
  let th = false;
  const visit: AnyNode[] = [...el.children];
  while (visit.length) {
    const n = visit.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'table') return false; // nested tables: layout
    if (n.name === 'th' || n.name === 'caption' || n.name === 'thead') th = true;
    if (n.name === 'tr') {
      rows++;
      cols = Math.max(cols, n.children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th')).length);
    }
    visit.push(...n.children);
  }
  return th || (rows >= 3 && cols >= 2 && rows * cols > 10);
}

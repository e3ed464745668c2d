// Renders an HTML subtree as paragraphs: every block-level element starts a new paragraph, inline
// elements flow into the current one, <br> is a line break inside a paragraph, table cells are separated by
// spaces. HTML whitespace collapses as a browser would collapse it.
import type { AnyNode, Element } from 'domhandler';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL_TAGS = new Set(['td', 'th']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link']);

export const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

export function renderParagraphs(root: AnyNode | AnyNode[]): string[] {
  const paragraphs: string[] = [];
  let buf = '';
  const flush = (): void => {
    const text = buf
      .replace(/[ \t\r\n\f]+/g, ' ') // HTML whitespace collapses…
      .replace(/ ?\u2028 ?/g, '\n') // …except the line breaks <br> put in
      .trim();
    if (text) paragraphs.push(text);
    buf = '';
  };
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      buf += (node as unknown as { data: string }).data;
      return;
    }
    if (!isElement(node)) return;
    const tag = node.name.toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      buf += '\u2028'; // placeholder that survives whitespace collapsing
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (CELL_TAGS.has(tag)) buf += ' ';
    if (block) flush();
  };
  for (const node of Array.isArray(root) ? root : [root]) walk(node);
  flush();
  return paragraphs;
}

/** Text of a subtree on one line. */
export function inlineText(root: AnyNode | AnyNode[]): string {
  return renderParagraphs(root).join(' ').replace(/\s+/g, ' ').trim();
}

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
  return renderBlocks(root).map((b) => b.text);
}

/** A rendered paragraph and the share of its characters that were link text (a headline list is nearly all links). */
export interface Block {
  text: string;
  linkShare: number;
}

export function renderBlocks(root: AnyNode | AnyNode[]): Block[] {
  const paragraphs: Block[] = [];
  let buf = '';
  let linkChars = 0;
  let inLink = 0;
  const flush = (): void => {
    const text = buf
      .replace(/[ \t\r\n\f]+/g, ' ') // HTML whitespace collapses…
      .replace(/ ?\u2028 ?/g, '\n') // …except the line breaks <br> put in
      .trim();
    if (text) paragraphs.push({ text, linkShare: Math.min(1, linkChars / text.replace(/\s+/g, '').length) });
    buf = '';
    linkChars = 0;
  };
  // An explicit stack rather than recursion: the depth of the input never becomes the depth of our stack.
  // An element is pushed back as an exit marker under its children, so its closing work runs after them.
  type Step = AnyNode | { exit: string };
  const stack: Step[] = (Array.isArray(root) ? [...root] : [root]).reverse();
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      if (step.exit === 'a') inLink--;
      if (CELL_TAGS.has(step.exit)) buf += ' ';
      if (BLOCK_TAGS.has(step.exit)) flush();
      continue;
    }
    const node = step;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      buf += data;
      if (inLink > 0) linkChars += data.replace(/\s+/g, '').length;
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name.toLowerCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'br') {
      buf += '\u2028'; // placeholder that survives whitespace collapsing
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    if (tag === 'a') inLink++;
    stack.push({ exit: tag });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  flush();
  return paragraphs;
}

/** Text of a subtree on one line. */
export function inlineText(root: AnyNode | AnyNode[]): string {
  return renderParagraphs(root).join(' ').replace(/\s+/g, ' ').trim();
}

// A nesting budget for HTML, applied to the text before any parser sees it. HTML parsers are not linear in
// nesting depth (parse5 took 110 s on 100,000 nested <div>s, htmlparser2 12 s), and tree walks that recurse
// overflow the stack. So one linear scan counts open elements; when the depth passes the budget, the tags
// opened beyond it (and their end tags) are dropped. Their text stays where it was, in order.

/** Elements that never have children. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose end tag is optional: parsers close them implicitly, so counting them would overcount. */
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
  'rb', 'rt', 'rp', 'rtc', 'html', 'head', 'body',
]);
/** Elements whose content is raw text: a '<' inside is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

/** The tags of an HTML text, in order; comments and raw-text content skipped. Linear: every search moves forward. */
function* tags(html: string): Generator<Tag> {
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) return;
      i = close + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) return;
    const name = m[2].toLowerCase();
    const closing = m[1] === '/';
    yield { start: lt, end: gt + 1, name, closing, selfClosing: html[gt - 1] === '/' };
    i = gt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const endTag = lower.indexOf(`</${name}`, i);
      if (endTag < 0) return;
      i = endTag;
    }
  }
}

const counted = (t: Tag) => !VOID.has(t.name) && !OPTIONAL_END.has(t.name) && !t.selfClosing;

/** The deepest nesting of counted elements. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const t of tags(html)) {
    if (!counted(t)) continue;
    if (t.closing) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/** The HTML with no element nested deeper than maxDepth; `lifted` counts the tags dropped to get there. */
export function limitNesting(html: string, maxDepth: number): { html: string; lifted: number } {
  if (nestingDepth(html) <= maxDepth) return { html, lifted: 0 };
  const parts: string[] = [];
  let from = 0;
  let depth = 0;
  let lifted = 0;
  for (const t of tags(html)) {
    if (!counted(t)) continue;
    // The depth this tag opens to, or closes from: beyond the budget it goes.
    const level = t.closing ? depth : depth + 1;
    depth = t.closing ? Math.max(0, depth - 1) : depth + 1;
    if (level <= maxDepth) continue;
    // A space where the tag was, so the words either side stay two words.
    parts.push(html.slice(from, t.start), ' ');
    from = t.end;
    if (!t.closing) lifted++;
  }
  parts.push(html.slice(from));
  return { html: parts.join(''), lifted };
}

import type { Block } from './html-render.js';

// The header and footer blocks around an article's paragraphs. Above the first paragraph of running text a page
// prints its headline (again), kicker, byline, date and time, share labels; below the last one, the tag list and
// the headlines of other articles. Both are told by their shape, not their words: lines that are short and do
// not end a sentence. The headline itself is put back in front by the caller (downstream readers want it).

/** A paragraph of running text: enough words, and a sentence's end (or so many words it must be prose). */
export function isBodyParagraph(p: string): boolean {
  const words = p.trim().split(/\s+/).filter(Boolean).length;
  if (words >= 25) return true;
  return words >= 10 && /[.!?…:;]["”’»)]?$/.test(p.trim());
}

/**
 * Words at most in a header label ("Breaking News", "Text size", "Share", "Updated 11:21 pm"). A longer line
 * without a full stop is a standfirst and stays: it often states the news itself.
 */
const LABEL_WORDS = 7;

/** A short line that does not end a sentence: a label, a kicker, a byline, a date. */
const isLabelLine = (p: string): boolean => {
  const t = p.trim();
  return t.split(/\s+/).length <= LABEL_WORDS && !/[.!?…:;]["”’»)]?$/.test(t);
};

/** Bylines and datelines that may end in a full stop ("By Jo Bloggs.", "Nov. 19, 2019 8:03 a.m."). */
const BYLINE = /^(by|von|par|por|di|door|av|af)\s+\S/i;
const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?/i;
const isByline = (p: string): boolean => {
  const t = p.trim();
  return t.length <= 160 && (BYLINE.test(t) || (TIME.test(t) && t.split(/\s+/).length <= 12));
};

/** How far down the header block may reach. */
const MAX_HEADER = 15;

/** Drops the header block: the short non-sentence lines and bylines before the first paragraph of running text. */
export function trimHeader(paragraphs: string[], title: string | null): string[] {
  const first = paragraphs.findIndex(isBodyParagraph);
  if (first <= 0 || first > MAX_HEADER) return paragraphs;
  const sameAsTitle = (p: string): boolean => !!title && p.trim() === title.trim();
  const head = paragraphs.slice(0, first).filter((p) => !(isLabelLine(p) || isByline(p) || sameAsTitle(p)));
  return [...head, ...paragraphs.slice(first)];
}

/** Words at most in a line that is only a link to elsewhere ("SEE MORE: …", a related headline). */
const LINK_LINE_WORDS = 15;

/**
 * Drops the lines that are links to other pages: anywhere, a short line that is (nearly) all link text; after the
 * last paragraph of running text, every line that is mostly links (the footer's headline lists and tag lists).
 */
export function dropLinkLines(blocks: Block[]): Block[] {
  let last = -1;
  for (let i = blocks.length - 1; i >= 0 && last < 0; i--) if (isBodyParagraph(blocks[i].text)) last = i;
  return blocks.filter((b, i) => {
    if (b.linkShare >= 0.8 && b.text.split(/\s+/).length <= LINK_LINE_WORDS) return false;
    return !(last >= 0 && i > last && b.linkShare >= 0.5);
  });
}

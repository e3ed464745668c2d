// Text normalisation, applied exactly once to every parsed text before it leaves the parse stage.
// Extractors record UTF-16 offsets into the returned string, so nothing may re-normalise it later.

/** Characters that render as a space: no-break, figure, narrow no-break, the en/em quad family, ideographic, tab. */
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters that only get in the way of matching: zero-width space/joiners, BOM, soft hyphen, word joiner. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** C0/C1 control characters other than the newline (which is kept) — stray bytes from PDFs and mis-decoded text. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Every character the line-break, space-like, invisible and control passes change (they are subsets of it). */
const CHANGED_BELOW = /[\u0000-\u0009\u000b-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;

/** One line's worth of cleaning: for titles, comment text and other single strings. */
export function normaliseInline(s: string): string {
  return normaliseText(s).replace(/\s*\n+\s*/g, ' ');
}

/**
 * NFC, \r\n and Unicode line separators → \n, space-like characters → space, runs of spaces collapsed,
 * every line trimmed, at most one blank line between paragraphs, and the whole trimmed.
 */
export function normaliseText(s: string): string {
  let t = s.normalize('NFC');
  // Most texts hold none of the characters the next four passes change: one scan tells, instead of four.
  if (CHANGED_BELOW.test(t)) t = t.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(SPACE_LIKE, ' ').replace(INVISIBLE, '').replace(CONTROL, '');
  return t
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Joins paragraphs with the one separator the rest of the pipeline expects. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    const t = p.trim();
    if (t) out.push(t);
  }
  return out.join('\n\n');
}

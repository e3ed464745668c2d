// Sentences with their offsets into the document text, and evidence spans. Every extractor reports spans
// into the one normalised text that the parse stage produced, so quote === text.slice(start, end).
import type { Evidence } from '../src/schema/record.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the line (paragraph) the sentence belongs to. */
  para: number;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|St|No|Nos|Rt|Hon|Sr|Jr|Co|Ltd|para|paras|e\.g|i\.e|cf|etc|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const BOUNDARY = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9(])/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  let para = 0;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text), para++) {
    let from = line.index;
    const lineEnd = line.index + line[0].length;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(line[0]); m; m = BOUNDARY.exec(line[0])) {
      const stop = line.index + m.index + m[0].trimEnd().length;
      if (ABBREVIATIONS.test(text.slice(Math.max(from, stop - 8), stop))) continue;
      push(out, text, from, stop, para);
      from = line.index + m.index + m[0].length;
    }
    push(out, text, from, lineEnd, para);
  }
  return out;
}

/**
 * The sentence budget: no real sentence is this long, and every per-sentence pattern then costs a bounded amount,
 * so a text whose full stops were lost (or a hostile one) is read in linear time, in pieces cut at a space.
 */
export const MAX_SENTENCE = 2_000;

function push(out: Sentence[], text: string, start: number, end: number, para: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
    out.push({ index: out.length, start, end: cut, text: text.slice(start, cut), para });
    start = cut;
    while (start < end && /\s/.test(text[start])) start++;
  }
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end), para });
}

export function evidence(text: string, start: number, end: number): Evidence {
  return { quote: text.slice(start, end), start, end };
}

export function sentenceEvidence(s: Sentence): Evidence {
  return { quote: s.text, start: s.start, end: s.end };
}

/** A regex from a list of phrases (data), longest first, matched as whole words, case-insensitive. */
export function phraseRegex(phrases: readonly string[], flags = 'gi'): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  return new RegExp(`\\b(?:${body})\\b`, flags);
}

/**
 * A regex source that matches its letters in either case, for patterns that cannot use the i flag because other
 * parts of them must keep their capitals (a person's or a council's name): spelled out letter by letter (inside a
 * character class, both cases are added; group syntax is copied as is).
 */
export function caseless(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
    } else if (inClass) {
      out += /[a-zA-Z]/.test(c) ? c.toLowerCase() + c.toUpperCase() : c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      out += c;
      inClass = true;
    } else if (c === '(' && src[i + 1] === '?') {
      // Group syntax ("(?:", "(?=", "(?<name>") is copied as is.
      const m = /^\(\?(?:<[a-zA-Z]\w*>|<[=!]|[:=!])/.exec(src.slice(i));
      out += m ? m[0] : c;
      if (m) i += m[0].length - 1;
    } else out += /[a-zA-Z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
  }
  return out;
}

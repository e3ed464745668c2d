// "Where it says so": for each merged value, the sentence of each source document it came from. The merged record
// keeps only which documents gave a value (`from`); the per-document records (the store's current extractions) keep
// each value's own evidence span. Extractors quote only the matched words ("by 30 June 2025"), so when the record
// carries its text the span is widened to the sentence around it; without the text the quote is shown as it is.
import { councilKey, norm, slug } from '../merge/normalise.js';
import type { InterventionRecord } from '../schema/intervention.js';
import type { DocumentRecord, Evidence, Intervention } from '../schema/record.js';

/** Longest sentence shown whole; a longer one is cut around the quoted words. */
const MAX_SENTENCE = 420;

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nos', 'para', 'paras', 'reg', 'sch', 'e.g', 'i.e', 'etc', 'cf', 'art', 'vol', 'p', 'pp']);

/** A list item's marker at the start of a block: "(a)", "(ii)", "a)", "•", "-". */
const LIST_MARKER = /^(?:\(?[a-z]{1,4}\)|\(\d{1,2}\)|[•\u2022\u2013-])\s/i;

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false; // 1.5, gov.uk, e.g.
  if (c === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) return false; // "Dr." "J."
    // "1. The Council…" numbers a paragraph; it does not end one.
    if (/(?:^|\n)\s*\d{1,3}$/.test(text.slice(Math.max(0, i - 6), i))) return false;
  }
  return true;
}

/** A blank line (two line breaks with only spaces between) ends a block: paragraphs, headings, list items. */
function blankLineBefore(text: string, i: number): boolean {
  return text[i - 1] === '\n' && /\n[ \t]*$/.test(text.slice(Math.max(0, i - 40), i - 1));
}

/** How far to look for a sentence's ends: text with no full stops or blank lines must not cost a scan of it all. */
const MAX_SCAN = 1500;

/** Where the sentence holding text[start, end) begins and ends. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - MAX_SCAN);
  while (from > floor && !isSentenceEnd(text, from - 1) && !blankLineBefore(text, from)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + MAX_SCAN);
  while (to < ceiling && !isSentenceEnd(text, to) && !(text[to] === '\n' && /^\n[ \t]*\n/.test(text.slice(to, to + 40)))) to++;
  if (to < text.length && isSentenceEnd(text, to)) to++;
  return [from, to];
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The sentence ending in ":" that introduces the list a block belongs to (items before it skipped), if short. */
function listLead(before: string): string | null {
  const blocks = before.split(/\n[ \t]*\n/).map(tidy).filter(Boolean);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i];
    if (block.endsWith(':')) {
      const [leadFrom] = sentenceBounds(block, block.length - 1, block.length - 1);
      const lead = block.slice(leadFrom).trim().replace(/^\d{1,3}\.\s+/, '');
      return lead.length <= 200 ? lead : null;
    }
    if (!LIST_MARKER.test(block)) return null;
  }
  return null;
}

/**
 * The sentence around an evidence span, one line, paragraph number dropped. A list item ("(a) by 30 June…") gets
 * the sentence that introduces the list ("The Council shall:") in front, since the item alone has no subject.
 * A sentence longer than MAX_SENTENCE is cut to a window around the quoted words, marked with "…".
 */
export function sentenceAround(text: string, evidence: Evidence): string {
  const { start, end, quote } = evidence;
  if (end > text.length || start > end || text.slice(start, end) !== quote) return tidy(quote);
  const [from, to] = sentenceBounds(text, start, end);
  let sentence = tidy(text.slice(from, to)).replace(/^\d{1,3}\.\s+/, '');
  if (LIST_MARKER.test(sentence)) {
    const lead = listLead(text.slice(Math.max(0, from - MAX_SCAN), from));
    if (lead) sentence = `${lead} ${sentence}`;
  }
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const q = tidy(quote);
  const at = sentence.indexOf(q);
  if (at < 0) return q;
  const room = Math.max(0, Math.floor((MAX_SENTENCE - q.length) / 2));
  const a = Math.max(0, at - room);
  const b = Math.min(sentence.length, at + q.length + room);
  return `${a > 0 ? '…' : ''}${sentence.slice(a, b).trim()}${b < sentence.length ? '…' : ''}`;
}

/**
 * The page a person reads for a source: GOV.UK's Content API answers https://www.gov.uk/api/content/<path> with
 * JSON; the same <path> on www.gov.uk is the page itself. Other URIs are returned as they are.
 */
export function readableUrl(uri: string): string {
  try {
    const url = new URL(uri);
    if (url.hostname === 'www.gov.uk' && url.pathname.startsWith('/api/content/')) {
      url.pathname = url.pathname.slice('/api/content'.length);
      return url.href;
    }
  } catch {
    // not a URL: shown as text by the caller
  }
  return uri;
}

export type ValueKind = 'partners' | 'people' | 'deadlines' | 'reviewCadences' | 'durations';

/** What identifies a value within its kind, as the merge matches them (src/merge/fields.ts). */
type Keyed = { text?: string; name?: string; council?: { name: string; gss: string | null } };
function valueKey(kind: ValueKind, v: Keyed): string {
  if (kind === 'partners') return slug(v.council!.name);
  if (kind === 'people') return norm(v.name!);
  return norm(v.text!);
}

/** One source's words for a value. */
export interface Said {
  uri: string;
  sentence: string;
  /** True when the sentence was widened from the document text; false when only the extractor's quote was at hand. */
  widened: boolean;
}

export class EvidenceIndex {
  private readonly byUri = new Map<string, DocumentRecord>();

  constructor(documents: DocumentRecord[] = []) {
    for (const d of documents) if (d.status === 'ok') this.byUri.set(d.source.uri, d);
  }

  /** The document's mentions of this intervention: same council and instrument; any mention if none matches. */
  private mentions(doc: DocumentRecord, r: InterventionRecord): Intervention[] {
    const same = doc.interventions.filter(
      (i) =>
        councilKey(i.council) === councilKey(r.council) &&
        i.instrument === r.instrument &&
        i.service === r.service &&
        (!i.issuedOn || !r.issuedOn || i.issuedOn.startsWith(r.issuedOn) || r.issuedOn.startsWith(i.issuedOn)),
    );
    return same.length ? same : doc.interventions;
  }

  private say(doc: DocumentRecord, evidence: Evidence): Omit<Said, 'uri'> {
    if (doc.text === undefined) return { sentence: tidy(evidence.quote), widened: false };
    return { sentence: sentenceAround(doc.text, evidence), widened: true };
  }

  /** Each source's sentence for a value of the record, in `from` order; sources without one are left out. */
  valueSaid(r: InterventionRecord, kind: ValueKind, value: Keyed & { from: string[] }): Said[] {
    const key = valueKey(kind, value);
    const out: Said[] = [];
    for (const uri of value.from) {
      const doc = this.byUri.get(uri);
      if (!doc) continue;
      for (const m of this.mentions(doc, r)) {
        const item = (m[kind] as (Keyed & { evidence: Evidence })[]).find((i) => valueKey(kind, i) === key);
        if (item) {
          out.push({ uri, ...this.say(doc, item.evidence) });
          break;
        }
      }
    }
    return out;
  }

  /** A source's sentence naming the intervention itself (its evidence on the record), widened when possible. */
  instrumentSaid(uri: string, evidence: Evidence): Said {
    const doc = this.byUri.get(uri);
    return doc ? { uri, ...this.say(doc, evidence) } : { uri, sentence: tidy(evidence.quote), widened: false };
  }
}

// "Where sources disagree", in words: the merge records a conflict as a field path and the values with their sources
// (`deadlines[by 30 June 2025].action`); a reader gets "For the deadline “by 30 June 2025”, the action: the direction
// gives “…”; an article on example.co.uk gives “…”."
import type { Conflict, InterventionRecord, SourceRef } from '../schema/intervention.js';
import { escapeHtml, formatDate, formatPeriod, instrumentLabel, safeHref } from './html.js';
import { readableUrl } from './evidence.js';

function host(uri: string): string | null {
  try {
    return new URL(uri).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** How a sentence names a source: "the direction", "the GOV.UK page", "an article on example.co.uk". */
export function sourceName(source: Pick<SourceRef, 'kind' | 'uri'>, r: Pick<InterventionRecord, 'instrument'>): string {
  const on = host(source.uri);
  switch (source.kind) {
    case 'instrument_pdf':
      return `the ${instrumentLabel(r.instrument).toLowerCase()} itself`;
    case 'govuk_publication':
      return 'the GOV.UK page';
    case 'govuk_collection':
      return 'the GOV.UK collection page';
    case 'news':
      return on ? `an article on ${on}` : 'a news article';
    case 'feed':
      return on ? `a news feed on ${on}` : 'a news feed';
    default:
      return on ? `a document on ${on}` : 'a local document';
  }
}

/** Field words for each leaf of a path; dates and periods are formatted as the page shows them. */
const LEAVES: Record<string, { words: string; format?: (v: string) => string }> = {
  due: { words: 'the date', format: formatDate },
  action: { words: 'what must be done' },
  role: { words: 'the role' },
  every: { words: 'how often', format: formatPeriod },
  activity: { words: 'the activity' },
  firstDue: { words: 'the first date', format: formatDate },
  length: { words: 'the length', format: formatPeriod },
  qualifier: { words: 'the qualifier' },
  of: { words: 'what it applies to' },
  rating: { words: 'the Ofsted rating' },
  publishedOn: { words: 'the date of the Ofsted report', format: formatDate },
  issuedOn: { words: 'the issue date', format: formatDate },
};

const LISTS: Record<string, string> = {
  deadlines: 'the deadline',
  partners: 'the partner',
  people: '',
  reviewCadences: 'the review',
  durations: 'the period',
};

/** "deadlines[by 30 June 2025].action" → { subject: 'For the deadline “by 30 June 2025”', leaf: 'action' }. */
export function describeField(field: string): { subject: string | null; words: string; format?: (v: string) => string } {
  const m = /^(\w+)\[(.*)\]\.(\w+)$/.exec(field);
  const leafName = m ? m[3] : (field.split('.').at(-1) ?? field);
  const leaf = LEAVES[leafName] ?? { words: leafName.replace(/([A-Z])/g, ' $1').toLowerCase() };
  if (!m) return { subject: null, ...leaf };
  const list = LISTS[m[1]];
  const subject = list === '' ? `For ${m[2]}` : `For ${list ?? m[1]} “${m[2]}”`;
  return { subject, ...leaf };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * One sentence (HTML) per conflict. Each value is named with the sources that gave it, linked to their readable pages;
 * the GOV.UK API and page for one publication count once.
 */
export function disagreementHtml(c: Conflict, r: InterventionRecord): string {
  const { subject, words, format } = describeField(c.field);
  const clauses = c.values.map((v) => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (const uri of v.from) {
      const source = r.sources.find((s) => s.uri === uri) ?? { kind: 'other' as const, uri };
      const page = readableUrl(uri);
      const name = sourceName(source, r);
      if (seen.has(`${name} ${page}`)) continue;
      seen.add(`${name} ${page}`);
      const href = safeHref(page);
      names.push(href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(name)}</a>` : escapeHtml(name));
    }
    const raw = typeof v.value === 'string' ? v.value : JSON.stringify(v.value);
    const shown = typeof v.value === 'string' && format ? escapeHtml(format(raw)) : `“${escapeHtml(raw)}”`;
    const who = names.length ? listWords(names) : 'a source';
    return `${who} ${names.length > 1 ? 'give' : 'gives'} ${shown}`;
  });
  const lead = subject ? `${subject}, ${words}` : capitalise(words);
  return `${escapeHtml(lead)}: ${clauses.join('; ')}.`;
}

// Text and date helpers shared by the merge steps. Two sources "say the same thing" when their normalised
// texts are equal, or when one contains the other (a PDF's long role "Children's Services Commissioner for
// Tameside ... for an initial period of 12 months" agrees with a publication's "children's services commissioner").
import type { CouncilRef, DocumentKind } from '../schema/record.js';

/** Lower case, straight quotes, no punctuation, single spaces: what two sources' wordings are compared on. */
export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Equal, or one wording contains the other (after norm). */
export function agrees(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)));
}

/** A URL- and id-safe form of a name: "Bournemouth, Christchurch and Poole" → "bournemouth-christchurch-and-poole". */
export function slug(text: string): string {
  return norm(text).replace(/'/g, '').replace(/ /g, '-') || 'unnamed';
}

/** The key a council is matched on: its GSS code, else its normalised name. */
export function councilKey(council: CouncilRef): string {
  return council.gss ?? slug(council.name);
}

/** ISO dates at different precisions are compatible when one is a prefix of the other (2018-01 and 2018-01-25). */
export function compatibleDates(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Of two compatible dates, the more precise. */
export function morePrecise(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/**
 * Source precedence, best first. The instrument itself is the authority; GOV.UK's page about it comes next,
 * then the collection listing, then the press. Feeds only list articles, so they rank with `other`.
 */
const PRECEDENCE: Record<DocumentKind, number> = {
  instrument_pdf: 0,
  govuk_publication: 1,
  govuk_collection: 2,
  news: 3,
  feed: 4,
  other: 4,
};

export function rank(kind: DocumentKind): number {
  return PRECEDENCE[kind];
}

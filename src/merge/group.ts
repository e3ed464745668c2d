// Step 1 of the merge: which document mentions are the same intervention. Mentions are grouped by council
// (GSS code, else name), instrument and service, then by issue date:
//  - dated mentions, most precise date first, join the group whose date equals theirs, else the one group
//    whose date is compatible (one a prefix of the other); with none or several, they start their own;
//  - undated mentions join the bucket's only dated group; with several, the latest one issued on or before
//    the document's own publication date (a news story is about an instrument that already exists), when
//    exactly one is latest; otherwise they share one undated group.
// Service is part of the key because a council can be under a social-care and a SEND direction at once (BCP).
import type { Intervention, Source } from '../schema/record.js';
import { compatibleDates, councilKey, rank, slug } from './normalise.js';

export interface Mention {
  item: Intervention;
  source: Source;
  /** When the pipeline first saw the document, and when its current version arrived. */
  firstSeen: string;
  changed: string;
}

export interface Group {
  councilKey: string;
  instrument: Intervention['instrument'];
  service: Intervention['service'];
  issuedOn: string | null;
  /** Best source first. */
  mentions: Mention[];
}

const byPrecedence = (a: Mention, b: Mention) => rank(a.source.kind) - rank(b.source.kind) || cmp(a.source.uri, b.source.uri);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A mention with no GSS code takes the code other mentions give for the same council name, when there is one. */
function keyResolver(mentions: Mention[]): (m: Mention) => string {
  const codes = new Map<string, Set<string>>();
  for (const m of mentions) {
    const { name, gss } = m.item.council;
    if (!gss) continue;
    const set = codes.get(slug(name)) ?? new Set();
    set.add(gss);
    codes.set(slug(name), set);
  }
  return (m) => {
    if (m.item.council.gss) return m.item.council.gss;
    const known = codes.get(slug(m.item.council.name));
    return known?.size === 1 ? [...known][0] : councilKey(m.item.council);
  };
}

export function groupMentions(mentions: Mention[]): Group[] {
  const keyOf = keyResolver(mentions);
  const buckets = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = `${keyOf(m)}\u0000${m.item.instrument}\u0000${m.item.service}`;
    buckets.set(k, [...(buckets.get(k) ?? []), m]);
  }
  const groups: Group[] = [];
  for (const [k, bucket] of [...buckets].sort(([a], [b]) => cmp(a, b))) {
    const [key, instrument, service] = k.split('\u0000') as [string, Group['instrument'], Group['service']];
    const make = (issuedOn: string | null): Group => ({ councilKey: key, instrument, service, issuedOn, mentions: [] });
    const dated: Group[] = [];
    const mentionsDated = bucket
      .filter((m) => m.item.issuedOn)
      .sort((a, b) => b.item.issuedOn!.length - a.item.issuedOn!.length || cmp(a.item.issuedOn!, b.item.issuedOn!) || byPrecedence(a, b));
    for (const m of mentionsDated) {
      const date = m.item.issuedOn!;
      const compatible = dated.filter((g) => compatibleDates(g.issuedOn!, date));
      const target = dated.find((g) => g.issuedOn === date) ?? (compatible.length === 1 ? compatible[0] : undefined);
      if (target) target.mentions.push(m);
      else {
        const g = make(date);
        g.mentions.push(m);
        dated.push(g);
      }
    }
    let undated: Group | undefined;
    for (const m of bucket.filter((x) => !x.item.issuedOn).sort(byPrecedence)) {
      const target = undatedTarget(dated, m.source.publishedAt);
      if (target) target.mentions.push(m);
      else (undated ??= make(null)).mentions.push(m);
    }
    groups.push(...dated, ...(undated ? [undated] : []));
  }
  for (const g of groups) g.mentions.sort(byPrecedence);
  return groups;
}

function undatedTarget(dated: Group[], publishedAt: string | null): Group | undefined {
  if (dated.length === 1) return dated[0];
  if (!publishedAt) return undefined;
  // Issued on or before the document's date, comparing at the coarser of the two precisions.
  const before = dated.filter((g) => {
    const n = Math.min(g.issuedOn!.length, publishedAt.length);
    return g.issuedOn!.slice(0, n) <= publishedAt.slice(0, n);
  });
  if (!before.length) return undefined;
  const latest = before.reduce((a, b) => (b.issuedOn! > a.issuedOn! ? b : a));
  // "Latest" is ambiguous when another candidate is compatible with it (2018-01 vs 2018-01-25).
  return before.some((g) => g !== latest && compatibleDates(g.issuedOn!, latest.issuedOn!)) ? undefined : latest;
}

// data/feeds/<GSS code>.xml: one Atom feed per council, so a journalist can follow one council. A council
// gets a feed when the dataset holds an intervention addressed to it under its GSS code (one named without a
// code has none: there is no stable file name to subscribe to); a feed whose council left the dataset is
// removed, so the folder always matches the dataset.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORITIES } from '../../extractors/gazetteer.js';
import type { InterventionRecord } from '../schema/intervention.js';
import { writeFileAtomic } from './atomic.js';
import type { Change } from './changes.js';
import { councilFeedId, toAtom } from './feed.js';

const FEED_FILE = /^[EWSN]\d{8}\.xml$/;

export function councilFeedTitle(gss: string, name: string): string {
  const official = AUTHORITIES.get(gss)?.officialName || name;
  return `DfE interventions in children’s services: ${official} (${gss})`;
}

/** Writes one feed per council code in `records` into `dir`; `self(gss)` is each feed's rel="self" address. */
export function writeCouncilFeeds(records: InterventionRecord[], changes: Change[], dir: string, self: (gss: string) => string): string[] {
  const byCouncil = new Map<string, InterventionRecord[]>();
  for (const r of records) if (r.council.gss) byCouncil.set(r.council.gss, [...(byCouncil.get(r.council.gss) ?? []), r]);
  const written: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const [gss, own] of [...byCouncil].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ids = new Set(own.map((r) => r.id));
    const xml = toAtom(own, {
      id: councilFeedId(gss),
      title: councilFeedTitle(gss, own[0].council.name),
      self: self(gss),
      changes: changes.filter((c) => ids.has(c.interventionId)),
    });
    writeFileAtomic(join(dir, `${gss}.xml`), xml);
    written.push(`${gss}.xml`);
  }
  for (const name of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && FEED_FILE.test(e.name)).map((e) => e.name)) {
    if (!written.includes(name)) rmSync(join(dir, name));
  }
  return written;
}

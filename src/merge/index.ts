// The merge: the latest extraction of every current document version → one InterventionRecord per
// (council, instrument, service, issue date) with all the documents that report it, plus a timeline per council.
//
// Ids are a pure function of the merged key, so the same store gives the same ids on every run:
//   `${gss ?? slug(council name)}-${instrument}[-send]-${issuedOn ?? 'undated'}`
// e.g. `E08000034-direction-2018-01-25`, `E06000058-direction-send-2023-10-03`, `wokingham-direction-undated`.
// "-send" only for SEND, so social-care ids read as the brief's example. If two groups still share an id (two
// incompatible dates cannot; this is a safety net), later ones in sorted order get `-2`, `-3`.
//
// firstSeen is the first_seen of the earliest source document; updated is the latest time a current source
// version arrived. Both come from the store, so they stay put while nothing changes.
import type { CouncilTimeline, InterventionRecord } from '../schema/intervention.js';
import type { DocumentRecord } from '../schema/record.js';
import { mergeFields } from './fields.js';
import { groupMentions, type Group, type Mention } from './group.js';
import { chronological, linkTimelines } from './timeline.js';

export interface MergeInput {
  record: DocumentRecord;
  /** ISO timestamps from the store: the document's first_seen and its current version's first_seen. */
  firstSeen: string;
  changed: string;
}

export interface Merged {
  interventions: InterventionRecord[];
  timelines: CouncilTimeline[];
}

export function interventionId(g: Pick<Group, 'councilKey' | 'instrument' | 'service' | 'issuedOn'>): string {
  return `${g.councilKey}-${g.instrument}${g.service === 'SEND' ? '-send' : ''}-${g.issuedOn ?? 'undated'}`;
}

export function mergeRecords(inputs: MergeInput[]): Merged {
  const mentions: Mention[] = [];
  const ordered = [...inputs].sort((a, b) => (a.record.source.uri < b.record.source.uri ? -1 : a.record.source.uri > b.record.source.uri ? 1 : 0));
  for (const { record, firstSeen, changed } of ordered) {
    if (record.status !== 'ok') continue;
    for (const item of record.interventions) mentions.push({ item, source: record.source, firstSeen, changed });
  }

  const used = new Set<string>();
  const councils = new Map<string, InterventionRecord[]>();
  const interventions: InterventionRecord[] = [];
  for (const group of groupMentions(mentions)) {
    let id = interventionId(group);
    for (let n = 2; used.has(id); n++) id = `${interventionId(group)}-${n}`;
    used.add(id);
    const f = mergeFields(group.mentions);
    // Keys in the schema's order, so the JSON reads the same way as the contract.
    const record: InterventionRecord = {
      id,
      council: f.council,
      instrument: group.instrument,
      service: group.service,
      issuedOn: group.issuedOn,
      legalBasis: f.legalBasis,
      status: 'unknown',
      replaces: null,
      replacedBy: null,
      revokedBy: null,
      ...(group.instrument === 'revocation' ? { revokes: null } : {}),
      partners: f.partners,
      people: f.people,
      deadlines: f.deadlines,
      reviewCadences: f.reviewCadences,
      durations: f.durations,
      ofsted: f.ofsted,
      sources: f.sources,
      conflicts: f.conflicts,
      firstSeen: group.mentions.map((m) => m.firstSeen).sort()[0],
      updated: group.mentions.map((m) => m.changed).sort().at(-1)!,
    };
    interventions.push(record);
    councils.set(group.councilKey, [...(councils.get(group.councilKey) ?? []), record]);
  }
  const timelines = linkTimelines(councils);
  interventions.sort(
    (a, b) => a.council.name.localeCompare(b.council.name, 'en') || (a.council.gss ?? '').localeCompare(b.council.gss ?? '') || chronological(a, b),
  );
  return { interventions, timelines };
}

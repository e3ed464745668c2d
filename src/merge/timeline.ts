// Step 3 of the merge: each council's chain of instruments, and what became of each.
// Per council and service (a SEND direction does not replace a social-care one), in date order:
//  - a direction or revised direction replaces the latest earlier direction or revised direction still open;
//  - a revocation revokes the latest earlier instrument of any other kind still open.
// Then status: replaced / revoked as linked; an open, dated instrument that is the latest non-revocation of
// its chain is in_force; a revocation, dated or not, is `revocation` (it ends an instrument and is never itself
// in force, so filtering on in_force never lists a council whose intervention has ended); anything else
// (undated, or followed by a later instrument that does not say it ends it, e.g. a notice then a direction) is unknown.
import type { CouncilTimeline, InterventionRecord } from '../schema/intervention.js';
import type { InstrumentKind } from '../schema/record.js';

const KIND_ORDER: InstrumentKind[] = ['improvement_notice', 'commissioner_appointment', 'other', 'direction', 'revised_direction', 'revocation'];
const isDirection = (k: InstrumentKind) => k === 'direction' || k === 'revised_direction';

/** Oldest first, undated last; same date: notice before direction before revocation. */
export function chronological(a: InterventionRecord, b: InterventionRecord): number {
  if (a.issuedOn !== b.issuedOn) {
    if (a.issuedOn === null) return 1;
    if (b.issuedOn === null) return -1;
    return a.issuedOn < b.issuedOn ? -1 : 1;
  }
  return KIND_ORDER.indexOf(a.instrument) - KIND_ORDER.indexOf(b.instrument) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Links each council's records (by council key) in place and returns one timeline per council. */
export function linkTimelines(councils: Map<string, InterventionRecord[]>): CouncilTimeline[] {
  const timelines: CouncilTimeline[] = [];
  for (const records of councils.values()) {
    records.sort(chronological);
    for (const service of new Set(records.map((r) => r.service))) {
      const chain = records.filter((r) => r.service === service && r.issuedOn !== null);
      linkChain(chain);
    }
    for (const r of records) if (r.status !== 'replaced' && r.status !== 'revoked') r.status = openStatus(r, records);
    const named = [...records].reverse().find((r) => r.council.gss) ?? records[records.length - 1];
    timelines.push({
      council: named.council,
      underIntervention: records.some((r) => r.status === 'in_force'),
      interventions: records.map((r) => r.id),
    });
  }
  return timelines.sort((a, b) => a.council.name.localeCompare(b.council.name, 'en'));
}

function linkChain(chain: InterventionRecord[]): void {
  const open: InterventionRecord[] = [];
  for (const r of chain) {
    if (isDirection(r.instrument)) {
      const previous = [...open].reverse().find((o) => isDirection(o.instrument));
      if (previous) {
        previous.status = 'replaced';
        previous.replacedBy = r.id;
        r.replaces = previous.id;
        open.splice(open.indexOf(previous), 1);
      }
    } else if (r.instrument === 'revocation') {
      const previous = open.at(-1);
      if (previous) {
        previous.status = 'revoked';
        previous.revokedBy = r.id;
        r.revokes = previous.id;
        open.splice(open.indexOf(previous), 1);
      }
      continue;
    }
    open.push(r);
  }
}

function openStatus(r: InterventionRecord, records: InterventionRecord[]): InterventionRecord['status'] {
  if (r.instrument === 'revocation') return 'revocation';
  if (r.issuedOn === null) return 'unknown';
  const later = records.some(
    (o) => o !== r && o.service === r.service && o.issuedOn !== null && o.instrument !== 'revocation' && chronological(r, o) < 0,
  );
  return later ? 'unknown' : 'in_force';
}

// One line a person can read for an intervention, used as the Atom entry title and by `directions diff`:
// "Direction issued to Kirklees (2018-01-25): Leeds appointed strategic partner; deadline 2018-04-25".
import type { InterventionRecord } from '../schema/intervention.js';
import type { InstrumentKind } from '../schema/record.js';

const HEADLINE: Record<InstrumentKind, (council: string) => string> = {
  direction: (c) => `Direction issued to ${c}`,
  revised_direction: (c) => `Revised direction issued to ${c}`,
  revocation: (c) => `Direction revoked for ${c}`,
  improvement_notice: (c) => `Improvement notice issued to ${c}`,
  commissioner_appointment: (c) => `Commissioner appointed for ${c}`,
  other: (c) => `Intervention in ${c}`,
};

function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export function headline(r: InterventionRecord): string {
  const send = r.service === 'SEND' ? 'SEND ' : '';
  const base = HEADLINE[r.instrument](r.council.name);
  // "SEND direction issued to …": lower-case the first letter after the prefix.
  const text = send ? `${send}${base[0].toLowerCase()}${base.slice(1)}` : base;
  return r.issuedOn ? `${text} (${r.issuedOn})` : text;
}

export function describe(r: InterventionRecord): string {
  const details = [
    ...r.partners.map((p) => `${p.council.name} appointed ${clip(p.role)}`),
    ...r.people.map((p) => `${p.name} appointed ${clip(p.role)}`),
  ];
  const next = r.deadlines.filter((d) => d.due).sort((a, b) => (a.due! < b.due! ? -1 : 1))[0];
  if (next) details.push(`deadline ${next.due}${next.action ? `: ${clip(next.action, 50)}` : ''}`);
  if (r.status === 'revoked' || r.status === 'replaced') details.push(r.status);
  return details.length ? `${headline(r)}: ${details.join('; ')}` : headline(r);
}

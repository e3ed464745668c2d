// The facts a scan must share with its text version: what a journalist reads off an intervention. Evidence
// offsets and quotes differ (OCR text is not the text layer), so they are left out here and checked apart.
import type { DocumentRecord } from '../../src/schema/record.js';

export interface InterventionFacts {
  council: string;
  instrument: string;
  service: string;
  issuedOn: string | null;
  people: string[];
  deadlines: string[];
  partners: string[];
}

export function interventionFacts(record: DocumentRecord): InterventionFacts[] {
  return record.interventions.map((i) => ({
    council: i.council.name,
    instrument: i.instrument,
    service: i.service,
    issuedOn: i.issuedOn,
    people: i.people.map((p) => `${p.name} (${p.role})`).sort(),
    deadlines: i.deadlines.map((d) => `${d.text} → ${d.due}`).sort(),
    partners: i.partners.map((p) => `${p.council.name} (${p.role})`).sort(),
  }));
}

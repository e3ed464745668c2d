// data/interventions.jsonl: one InterventionRecord per line, the dataset's primary form.
import type { InterventionRecord } from '../schema/intervention.js';

export function toJsonl(records: InterventionRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

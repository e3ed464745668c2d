// Reads data/interventions.jsonl back, validating every line against the schema, so a hand-edited or
// truncated file fails loudly with its line number instead of feeding bad values to a script.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InterventionRecord } from '../schema/intervention.js';
import { EXPORT_FILES } from './files.js';

export async function loadInterventions(dataDir = './data'): Promise<InterventionRecord[]> {
  const file = join(dataDir, EXPORT_FILES.jsonl);
  const text = await readFile(file, 'utf8');
  const records: InterventionRecord[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not JSON`);
    }
    const parsed = InterventionRecord.safeParse(json);
    if (!parsed.success) {
      throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'record'}: ${x.message}`).join('; ')}`);
    }
    records.push(parsed.data);
  }
  return records;
}

// Placeholder until the extractors land.
import type { Intervention } from '../schema/record.js';
import type { ParsedDocument } from '../parse/types.js';

export function extractInterventions(_doc: ParsedDocument): Intervention[] {
  return [];
}

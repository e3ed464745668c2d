// data/schema.json: JSON Schema (draft 2020-12) generated from the zod schemas, so it cannot drift from the
// code. Both record kinds live under $defs; the root accepts either. Validate one kind with
// `schema.json#/$defs/InterventionRecord` (or DocumentRecord, CouncilTimeline).
import { z } from 'zod';
import { FieldChange } from '../schema/change.js';
import { CouncilTimeline, InterventionRecord } from '../schema/intervention.js';
import { DocumentRecord } from '../schema/record.js';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

function def(schema: z.ZodType, description: string): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { description, ...rest };
}

export function jsonSchema(): Record<string, unknown> {
  return {
    $schema: DRAFT,
    title: 'directions dataset records',
    description:
      'DocumentRecord: one per document (directions extract, the store). InterventionRecord: one per line of interventions.jsonl. CouncilTimeline: the items of councils.json. FieldChange: the items of `directions diff --format json`.',
    $defs: {
      DocumentRecord: def(DocumentRecord, 'What one document says: see output-contract.md.'),
      InterventionRecord: def(InterventionRecord, 'One intervention merged from every document that reports it.'),
      CouncilTimeline: def(CouncilTimeline, "One council's chain of instruments."),
      FieldChange: def(FieldChange, 'One field-level change of an intervention between runs: the items of `directions diff --format json`.'),
    },
    anyOf: [{ $ref: '#/$defs/DocumentRecord' }, { $ref: '#/$defs/InterventionRecord' }],
  };
}

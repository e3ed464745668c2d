// One field-level change of a merged intervention between two runs: the rows of the store's
// intervention_changes table and the items of `directions diff --format json`.
import { z } from 'zod';
import { CouncilRef, InstrumentKind, IsoDate, Service } from './record.js';

export const ChangeKind = z
  .enum(['new', 'removed', 'added', 'dropped', 'changed'])
  .describe(
    'new: the intervention first appears; removed: no source reports it any more; added / dropped: an item of a list (a partner, a deadline, a source) appears / disappears; changed: a value moved from `old` to `new`',
  );

export const FieldChange = z.object({
  interventionId: z.string().describe('The InterventionRecord id the change belongs to'),
  council: CouncilRef,
  instrument: InstrumentKind,
  service: Service,
  issuedOn: IsoDate.nullable().describe('The issue date of the changed intervention (YYYY, YYYY-MM or YYYY-MM-DD), or null when undated'),
  kind: ChangeKind,
  field: z
    .string()
    .describe('The InterventionRecord field: intervention, status, partners, people, deadlines, reviewCadences, durations, legalBasis, ofsted, sources, replaces, replacedBy, revokedBy, revokes'),
  item: z.string().nullable().describe("Which item of a list field, in words (a deadline's action, a partner's name); null for a scalar field"),
  attribute: z.string().nullable().describe("Which part of the item changed (a deadline's due, a partner's role); null for the whole item or a scalar field"),
  old: z.unknown().describe('The value before (null when there was none)'),
  new: z.unknown().describe('The value after (null when there is none)'),
  source: z.string().nullable().describe('URI of the source document that gave the new value (the old one, for a value that went away)'),
  at: z.string().describe('When the dataset changed (ISO timestamp): the time the changed source version arrived, or the run that saw the change'),
  text: z.string().describe("The change in words, as in `directions diff` and the Atom feed: \"Kirklees: deadline 'agreement with Leeds' moved from 2018-04-25 to 2018-05-31\""),
});

export const FieldChanges = z.array(FieldChange);

export type ChangeKind = z.infer<typeof ChangeKind>;
export type FieldChange = z.infer<typeof FieldChange>;

// The merged dataset: one InterventionRecord per (council, instrument, issue date), with every source document
// that reports it, and one CouncilTimeline per council. Like record.ts, these zod schemas are the single source
// of the types, of data/schema.json and of validation.
import { z } from 'zod';
import { CouncilRef, Evidence, InstrumentKind, IsoDate, Ofsted, Period, Service, DocumentKind } from './record.js';

/** A document that reports the intervention, and where in it. */
export const SourceRef = z.object({
  uri: z.string(),
  kind: DocumentKind,
  title: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  sha256: z.string(),
  evidence: Evidence,
});

/** Which sources gave a value: their `uri`s. */
const From = z.array(z.string());

/** A field on which sources disagree: every value with the sources that gave it. Nothing is silently dropped. */
export const Conflict = z.object({
  field: z.string(),
  values: z.array(z.object({ value: z.unknown(), from: From })),
});

export const InterventionRecord = z.object({
  /** Stable across runs: derived from council code, instrument and issue date (see src/merge). */
  id: z.string(),
  council: CouncilRef,
  instrument: InstrumentKind,
  service: Service,
  issuedOn: IsoDate.nullable(),
  legalBasis: z.array(z.string()),
  /** in_force, revoked, replaced, or unknown (no instrument or news says what became of it). */
  status: z.enum(['in_force', 'revoked', 'replaced', 'unknown']),
  /** Ids of the instruments in the same council's chain: the one this replaces, the one that replaced or revoked it. */
  replaces: z.string().nullable(),
  replacedBy: z.string().nullable(),
  revokedBy: z.string().nullable(),
  /** On a revocation: the id of the instrument it revokes (added for the merge stage; optional for older readers). */
  revokes: z.string().nullable().optional(),
  partners: z.array(z.object({ council: CouncilRef, role: z.string(), from: From })),
  people: z.array(z.object({ name: z.string(), role: z.string(), from: From })),
  deadlines: z.array(z.object({ text: z.string(), due: IsoDate.nullable(), action: z.string().nullable(), from: From })),
  reviewCadences: z.array(
    z.object({ text: z.string(), every: Period, activity: z.string().nullable(), firstDue: IsoDate.nullable(), from: From }),
  ),
  durations: z.array(
    z.object({ text: z.string(), length: Period, qualifier: z.string().nullable(), of: z.string().nullable(), from: From }),
  ),
  ofsted: Ofsted.nullable(),
  sources: z.array(SourceRef),
  conflicts: z.array(Conflict),
  /** When the pipeline first saw the intervention, and last saw it change (ISO timestamps). */
  firstSeen: z.string(),
  updated: z.string(),
});

export const CouncilTimeline = z.object({
  council: CouncilRef,
  /** True when the council's latest instrument in the chain is still in force. */
  underIntervention: z.boolean(),
  /** Intervention ids, oldest first (undated ones last). */
  interventions: z.array(z.string()),
});

export type SourceRef = z.infer<typeof SourceRef>;
export type Conflict = z.infer<typeof Conflict>;
export type InterventionRecord = z.infer<typeof InterventionRecord>;
export type CouncilTimeline = z.infer<typeof CouncilTimeline>;

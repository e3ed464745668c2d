// The merged dataset: one InterventionRecord per (council, instrument, issue date), with every source document
// that reports it, and one CouncilTimeline per council. Like record.ts, these zod schemas are the single source
// of the types, of data/schema.json, of the data dictionary and of validation: every field is described here.
import { z } from 'zod';
import { CouncilRef, Evidence, InstrumentKind, IsoDate, Ofsted, Period, Service, DocumentKind } from './record.js';

/** A document that reports the intervention, and where in it. */
export const SourceRef = z
  .object({
    uri: z.string().describe('The URL of the document (or a file: URI for a local one).'),
    kind: DocumentKind,
    title: z.string().nullable().describe("The document's title, or null."),
    publishedAt: IsoDate.nullable().describe("The document's own date (not when the pipeline fetched it); null when it has none."),
    sha256: z.string().describe('SHA-256 of the document version that was read (hex).'),
    evidence: Evidence.describe('The sentence of this document that names the instrument.'),
  })
  .describe('A document that reports the intervention.');

/** Which sources gave a value: their `uri`s. */
const From = z.array(z.string()).describe('The URIs of the sources that give this value (see sources).');

/** A field on which sources disagree: every value with the sources that gave it. Nothing is silently dropped. */
export const Conflict = z
  .object({
    field: z.string().describe('Which value the sources disagree on, e.g. deadlines[within three months].due or ofsted.publishedOn.'),
    values: z
      .array(
        z.object({
          value: z.unknown().describe('One value a source gave (the first is the one the record uses).'),
          from: From,
        }),
      )
      .describe('Every value given, best source first, each with its sources.'),
  })
  .describe('A value on which sources disagree.');

/**
 * What became of an instrument. A revocation's own status is `revocation`: it ends the instrument in `revokes`
 * and is never itself "in force", so `status = 'in_force'` selects exactly the instruments a council is under.
 */
export const InterventionStatus = z
  .enum(['in_force', 'revoked', 'replaced', 'unknown', 'revocation'])
  .describe(
    'What became of the instrument: in_force (the latest of its chain, not revoked or replaced), revoked, replaced (by a revised direction), unknown (undated, or followed by a later instrument that does not say it ends it), or revocation (this record is itself a revocation: it ends another and is never in force).',
  );

export const InterventionRecord = z
  .object({
    id: z
      .string()
      .describe(
        'Stable across runs: <GSS code or council slug>-<instrument>[-send]-<issue date or undated>, e.g. E08000034-direction-2018-01-25.',
      ),
    council: CouncilRef.describe('The council the instrument is addressed to.'),
    instrument: InstrumentKind,
    service: Service,
    issuedOn: IsoDate.nullable().describe('When the instrument was issued (its own date); null when no source says.'),
    legalBasis: z.array(z.string()).describe('The legislation cited, e.g. section 497A(4B) Education Act 1996.'),
    status: InterventionStatus,
    replaces: z.string().nullable().describe('Id of the earlier direction in the same council\'s chain that this one replaces, or null.'),
    replacedBy: z.string().nullable().describe('Id of the later direction that replaced this one, or null.'),
    revokedBy: z.string().nullable().describe('Id of the revocation that ended this instrument, or null.'),
    revokes: z
      .string()
      .nullable()
      .optional()
      .describe('On a revocation only: the id of the instrument it revokes, or null when none is known (absent on other instruments).'),
    partners: z
      .array(z.object({ council: CouncilRef.describe('The council (or trust) appointed to help.'), role: z.string().describe('Its role, e.g. strategic partner.'), from: From }))
      .describe('Councils or trusts appointed to help.'),
    people: z
      .array(z.object({ name: z.string().describe("The person's name."), role: z.string().describe('Their role, e.g. children\'s services commissioner.'), from: From }))
      .describe('People given an intervention role.'),
    deadlines: z
      .array(
        z.object({
          text: z.string().describe('The words of the source, e.g. within three months.'),
          due: IsoDate.nullable().describe('The due date; null when the source gives none that can be resolved.'),
          action: z.string().nullable().describe('What must be done by then.'),
          from: From,
        }),
      )
      .describe('Deadlines the instrument sets.'),
    reviewCadences: z
      .array(
        z.object({
          text: z.string().describe('The words of the source, e.g. six monthly reviews.'),
          every: Period.describe('How often, as an ISO 8601 period (P6M: every six months).'),
          activity: z.string().nullable().describe('What recurs.'),
          firstDue: IsoDate.nullable().describe('When the first is due, when the source says.'),
          from: From,
        }),
      )
      .describe('Recurring reviews and reports.'),
    durations: z
      .array(
        z.object({
          text: z.string().describe('The words of the source, e.g. for a period of three years.'),
          length: Period.describe('How long, as an ISO 8601 period, or open-ended.'),
          qualifier: z.string().nullable().describe('at least, at most or initial; null when plain.'),
          of: z.string().nullable().describe('What lasts that long.'),
          from: From,
        }),
      )
      .describe('How long things the instrument sets up last.'),
    ofsted: Ofsted.nullable().describe('The Ofsted inspection behind the instrument, or null.'),
    sources: z.array(SourceRef).describe('Every document that reports the intervention, best first (instrument PDF, GOV.UK page, collection, news).'),
    conflicts: z.array(Conflict).describe('Values on which the sources disagree; the record uses the best source\'s.'),
    firstSeen: z.string().describe('When the pipeline first saw a source of it (ISO timestamp): a scrape time, not a fact about the instrument.'),
    updated: z.string().describe('When the merged record last changed (ISO timestamp): a scrape time, not a fact about the instrument.'),
  })
  .describe('One intervention merged from every document that reports it.');

export const CouncilTimeline = z
  .object({
    council: CouncilRef,
    underIntervention: z.boolean().describe('True when an instrument of the council (not a revocation) is in force.'),
    interventions: z.array(z.string()).describe('Intervention ids, oldest first (undated ones last).'),
  })
  .describe("One council's chain of instruments.");

export type SourceRef = z.infer<typeof SourceRef>;
export type Conflict = z.infer<typeof Conflict>;
export type InterventionStatus = z.infer<typeof InterventionStatus>;
export type InterventionRecord = z.infer<typeof InterventionRecord>;
export type CouncilTimeline = z.infer<typeof CouncilTimeline>;

// The per-document record of ../shared/reference/output-contract.md. These zod schemas are the single
// source of the record types (z.infer), of data/schema.json (z.toJSONSchema) and of input validation.
import { isExists } from 'date-fns/isExists';
import { z } from 'zod';

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True for a date that exists on the calendar at the precision given: YYYY, YYYY-MM (month 01–12) or
 * YYYY-MM-DD (a day the month has, leap years counted). 2019-02-30 and 2024-03-45 are false.
 */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  return isExists(year, month - 1, Number(m[3]));
}

/** ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealIsoDate, 'a real calendar date (no 2019-02-30, no month 13)')
  .describe('An ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.');
/** ISO 8601 period such as P6M or P3Y, or the word open-ended. */
export const Period = z
  .string()
  .regex(/^(P\d+[YMWD]|open-ended)$/, 'an ISO period such as P6M, or open-ended')
  .describe('An ISO 8601 period (P6M, P3M, P1Y, P3Y), or open-ended.');

/** A quote with its UTF-16 offsets into the document text: text.slice(start, end) === quote. */
export const Evidence = z
  .object({
    quote: z.string().describe('The words of the document the value was read from.'),
    start: z.number().int().nonnegative().describe("Where the quote starts in the document's extracted text (UTF-16 offset)."),
    end: z.number().int().nonnegative().describe('Where the quote ends (exclusive): text.slice(start, end) === quote.'),
  })
  .describe('The quote a value came from, with its offsets into the extracted text (directions extract --with-text adds the text).');

export const CouncilRef = z
  .object({
    name: z.string().describe("The council's name as the gazetteer gives it (extractors/data/authorities.csv), e.g. Kirklees."),
    gss: z
      .string()
      .regex(/^E\d{8}$/)
      .nullable()
      .describe("The council's ONS GSS code (E06…, E08…, E09…, E10…), or null when the name is not in the gazetteer."),
  })
  .describe('An English council with children\'s services responsibilities.');

export const InstrumentKind = z
  .enum(['direction', 'revised_direction', 'revocation', 'improvement_notice', 'commissioner_appointment', 'other'])
  .describe(
    'The legal instrument: a statutory direction, a revised direction (replaces an earlier one), a revocation (ends one), an improvement notice, a commissioner appointment, or another intervention (e.g. a team sent in by the minister).',
  );
export const Service = z
  .enum(["children's social care", 'SEND'])
  .describe("Which service the instrument is about: children's social care, or SEND (special educational needs and disabilities).");

/** The descriptions every list item's parts share, said once. */
const ROLE = 'The role in the words of the source, e.g. strategic partner, children\'s services commissioner.';
const TEXT = 'The words of the source';

export const Partner = z
  .object({
    council: CouncilRef.describe('The council (or trust) appointed to help.'),
    role: z.string().describe(ROLE),
    evidence: Evidence,
  })
  .describe('Another council or a trust appointed to help the council.');
export const Person = z
  .object({ name: z.string().describe("The person's name as the source writes it."), role: z.string().describe(ROLE), evidence: Evidence })
  .describe('A person given an intervention role: a commissioner, an adviser, an improvement board chair.');
export const Deadline = z
  .object({
    text: z.string().describe(`${TEXT}, e.g. within three months.`),
    due: IsoDate.nullable().describe('The due date, resolved against the issue date where the text is relative; null when it cannot be.'),
    action: z.string().nullable().describe('What must be done by then, e.g. enter into a strategic partnership agreement.'),
    evidence: Evidence,
  })
  .describe('Something the council must do by a date.');
export const ReviewCadence = z
  .object({
    text: z.string().describe(`${TEXT}, e.g. six monthly reviews.`),
    every: Period.describe('How often, as an ISO 8601 period: P6M is every six months.'),
    activity: z.string().nullable().describe('What recurs: a review, a progress report, a board meeting.'),
    firstDue: IsoDate.nullable().describe('When the first one is due, when the source says.'),
    evidence: Evidence,
  })
  .describe('A review or report that recurs while the instrument lasts.');
export const Duration = z
  .object({
    text: z.string().describe(`${TEXT}, e.g. for a period of three years.`),
    length: Period.describe('How long, as an ISO 8601 period, or open-ended.'),
    qualifier: z.enum(['at least', 'at most', 'initial']).nullable().describe('at least, at most, or initial (an initial period that may be extended); null when plain.'),
    of: z.string().nullable().describe('What lasts that long, e.g. the strategic partnership.'),
    evidence: Evidence,
  })
  .describe('How long something the instrument sets up lasts.');
export const Ofsted = z
  .object({
    rating: z.enum(['inadequate', 'requires improvement']).nullable().describe('The Ofsted judgement the instrument follows.'),
    publishedOn: IsoDate.nullable().describe('When that Ofsted report was published.'),
  })
  .describe('The Ofsted inspection that led to the instrument.');

export const Intervention = z
  .object({
    council: CouncilRef.describe('The council the instrument is addressed to.'),
    instrument: InstrumentKind,
    service: Service,
    issuedOn: IsoDate.nullable().describe('When the instrument was issued (its own date, not the article\'s); null when no source says.'),
    legalBasis: z.array(z.string()).describe('The legislation cited, e.g. section 497A(4B) Education Act 1996.'),
    partners: z.array(Partner).describe('Councils or trusts appointed to help.'),
    people: z.array(Person).describe('People given an intervention role.'),
    deadlines: z.array(Deadline).describe('Deadlines the instrument sets.'),
    reviewCadences: z.array(ReviewCadence).describe('Recurring reviews and reports.'),
    durations: z.array(Duration).describe('How long things last.'),
    ofsted: Ofsted.nullable().describe('The Ofsted inspection behind the instrument, or null.'),
    evidence: Evidence.describe('The sentence that names the instrument.'),
  })
  .describe('One legal instrument a document reports.');

export const DocumentKind = z
  .enum(['instrument_pdf', 'govuk_publication', 'govuk_collection', 'news', 'feed', 'other'])
  .describe(
    'What the document is: the instrument itself (a PDF), a GOV.UK publication page, the GOV.UK collection listing, a news story, a feed, or other. Sources are trusted in that order.',
  );

export const ErrorCode = z.enum([
  'scanned_pdf',
  'encrypted_pdf',
  'corrupt_pdf',
  'unsupported_type',
  'empty',
  'too_large',
  'bad_encoding',
  'not_found',
  'fetch_failed',
  'unreadable',
  'unexpected_type',
  'internal',
  /** A line of an `extract --manifest` or local-source manifest that is not JSON, has no path or an unknown key. */
  'bad_manifest_line',
  // Fetch failures of the nightly job (src/fetch):
  'gone',
  'http_error',
  'rate_limited',
  'timeout',
  'too_many_redirects',
  'truncated',
  'robots_disallowed',
  'host_not_allowed',
]);
export const DocumentError = z
  .object({
    code: ErrorCode.describe('Why the document could not be read, as a code (scanned_pdf, too_large, fetch_failed, …).'),
    message: z.string().describe('The same in a sentence a person understands.'),
  })
  .describe('Why a document could not be read.');

export const Source = z
  .object({
    uri: z.string().describe('Where the document came from: its URL, or a file: URI for a local file.'),
    path: z.string().optional().describe('The local path given on the command line, when there was one.'),
    contentType: z.string().nullable().describe('The media type the document was read as, e.g. application/pdf.'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the bytes read (hex).'),
    kind: DocumentKind,
    title: z.string().nullable().describe("The document's title, or null."),
    publishedAt: IsoDate.nullable().describe("The document's own date, from its metadata or text; null when it has none."),
    ocr: z
      .object({
        pages: z.number().int().positive().describe('Pages read by OCR.'),
        meanConfidence: z.number().min(0).max(100).describe("Tesseract's mean word confidence, 0–100, weighted by the characters on each page."),
      })
      .optional()
      .describe('Present when the text was read by OCR from an image-only PDF.'),
  })
  .describe('The document a record is about.');

export const DocumentRecord = z
  .object({
    source: Source,
    status: z.enum(['ok', 'error']).describe('ok when the document was read (with or without interventions), error when not.'),
    error: DocumentError.nullable().describe('Why it could not be read; null when status is ok.'),
    interventions: z.array(Intervention).describe('One per legal instrument the document reports; [] when none.'),
    links: z
      .array(z.string())
      .describe('For feeds, collections and publication pages: the absolute URLs of the documents they list or attach.'),
    notes: z
      .array(z.string())
      .optional()
      .describe('What a budget cut short while reading (e.g. only the first 300 pages of a PDF); absent when nothing was.'),
    text: z.string().optional().describe('The extracted text the evidence offsets point into; only with extract --with-text.'),
  })
  .describe('What one document says (the output contract, docs/output-contract.md).');

export type Evidence = z.infer<typeof Evidence>;
export type CouncilRef = z.infer<typeof CouncilRef>;
export type InstrumentKind = z.infer<typeof InstrumentKind>;
export type Service = z.infer<typeof Service>;
export type Partner = z.infer<typeof Partner>;
export type Person = z.infer<typeof Person>;
export type Deadline = z.infer<typeof Deadline>;
export type ReviewCadence = z.infer<typeof ReviewCadence>;
export type Duration = z.infer<typeof Duration>;
export type Ofsted = z.infer<typeof Ofsted>;
export type Intervention = z.infer<typeof Intervention>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type DocumentError = z.infer<typeof DocumentError>;
export type Source = z.infer<typeof Source>;
export type DocumentRecord = z.infer<typeof DocumentRecord>;

// The per-document record of ../shared/reference/output-contract.md. These zod schemas are the single
// source of the record types (z.infer), of data/schema.json (z.toJSONSchema) and of input validation.
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
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day >= 1 && day <= daysInMonth;
}

/** ISO 8601 date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealIsoDate, 'a real calendar date (no 2019-02-30, no month 13)');
/** ISO 8601 period such as P6M or P3Y, or the word open-ended. */
export const Period = z.string().regex(/^(P\d+[YMWD]|open-ended)$/, 'an ISO period such as P6M, or open-ended');

/** A quote with its UTF-16 offsets into the document text: text.slice(start, end) === quote. */
export const Evidence = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const CouncilRef = z.object({
  name: z.string(),
  gss: z.string().regex(/^E\d{8}$/).nullable(),
});

export const InstrumentKind = z.enum([
  'direction',
  'revised_direction',
  'revocation',
  'improvement_notice',
  'commissioner_appointment',
  'other',
]);
export const Service = z.enum(["children's social care", 'SEND']);

export const Partner = z.object({ council: CouncilRef, role: z.string(), evidence: Evidence });
export const Person = z.object({ name: z.string(), role: z.string(), evidence: Evidence });
export const Deadline = z.object({
  text: z.string(),
  due: IsoDate.nullable(),
  action: z.string().nullable(),
  evidence: Evidence,
});
export const ReviewCadence = z.object({
  text: z.string(),
  every: Period,
  activity: z.string().nullable(),
  firstDue: IsoDate.nullable(),
  evidence: Evidence,
});
export const Duration = z.object({
  text: z.string(),
  length: Period,
  qualifier: z.enum(['at least', 'at most', 'initial']).nullable(),
  of: z.string().nullable(),
  evidence: Evidence,
});
export const Ofsted = z.object({
  rating: z.enum(['inadequate', 'requires improvement']).nullable(),
  publishedOn: IsoDate.nullable(),
});

export const Intervention = z.object({
  council: CouncilRef,
  instrument: InstrumentKind,
  service: Service,
  issuedOn: IsoDate.nullable(),
  legalBasis: z.array(z.string()),
  partners: z.array(Partner),
  people: z.array(Person),
  deadlines: z.array(Deadline),
  reviewCadences: z.array(ReviewCadence),
  durations: z.array(Duration),
  ofsted: Ofsted.nullable(),
  evidence: Evidence,
});

export const DocumentKind = z.enum(['instrument_pdf', 'govuk_publication', 'govuk_collection', 'news', 'feed', 'other']);

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
export const DocumentError = z.object({ code: ErrorCode, message: z.string() });

export const Source = z.object({
  uri: z.string(),
  path: z.string().optional(),
  contentType: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: DocumentKind,
  title: z.string().nullable(),
  publishedAt: IsoDate.nullable(),
  /** Present when the text was read by OCR from an image-only PDF: pages read and Tesseract's mean confidence. */
  ocr: z
    .object({
      pages: z.number().int().positive(),
      /** Mean word confidence, 0–100, weighted by the characters on each page. */
      meanConfidence: z.number().min(0).max(100),
    })
    .optional(),
});

export const DocumentRecord = z.object({
  source: Source,
  status: z.enum(['ok', 'error']),
  error: DocumentError.nullable(),
  interventions: z.array(Intervention),
  links: z.array(z.string()),
  /** What a budget cut short while reading (e.g. only the first 300 pages of a PDF); absent when nothing was. */
  notes: z.array(z.string()).optional(),
  /** The extracted text the evidence offsets point into; only with `extract --with-text`. */
  text: z.string().optional(),
});

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

// The corpus label format (../shared/corpus/README.md, "Gold label format"), validated with zod.
import { z } from 'zod';

const Text = z.object({ text: z.string() }).passthrough();

export const GoldEvent = z
  .object({
    council: z.string(),
    instrument: z.string(),
    service: z.string().optional(),
    issued: z.string().nullable(),
    partners: z.array(z.object({ authority: z.string(), role: z.string() })).default([]),
    people: z.array(z.object({ name: z.string(), role: z.string() })).default([]),
    deadlines: z.array(Text.extend({ due: z.string().nullable() })).default([]),
    cadences: z.array(Text.extend({ every: z.string() })).default([]),
    durations: z.array(Text.extend({ length: z.string() })).default([]),
    ofsted_rating: z.string().nullable().optional(),
    ofsted_date: z.string().nullable().optional(),
  })
  .passthrough();

export const GoldLine = z
  .object({
    file: z.string(),
    url: z.string().nullable().optional(),
    content_type: z.string().nullable().optional(),
    published: z.string().nullable().optional(),
    kind: z.string(),
    events: z.array(GoldEvent).default([]),
    links: z.array(z.string()).default([]),
    expect_error: z.string().optional(),
  })
  .passthrough();

export type GoldEvent = z.infer<typeof GoldEvent>;
export type GoldLine = z.infer<typeof GoldLine>;

/** The gold's broken-file kinds → the record's error codes. */
export const EXPECTED_ERROR: Record<string, string[]> = {
  scanned: ['scanned_pdf'],
  encrypted: ['encrypted_pdf'],
  corrupt: ['corrupt_pdf'],
  unsupported: ['unsupported_type'],
  empty: ['empty'],
  not_pdf: ['unexpected_type', 'unsupported_type'],
};

// The filters of `directions export` and `directions diff`.
import type { InterventionRecord } from '../schema/intervention.js';

/**
 * A --since value as a string comparable with our ISO dates and timestamps: a date (2025, 2025-01,
 * 2025-01-31) stays as given; a date-time is normalised to UTC ISO (…Z). Undefined when it is neither.
 */
export function parseSince(value: string): string | undefined {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Issued on or after, or updated on or after, `since` (ISO strings compare in time order). */
export function issuedOrUpdatedSince(r: InterventionRecord, since: string): boolean {
  return (r.issuedOn !== null && r.issuedOn >= since) || r.updated >= since;
}

/** By council name or GSS code, case-insensitive. */
export function isCouncil(r: InterventionRecord, council: string): boolean {
  const q = council.trim().toLowerCase();
  return r.council.name.toLowerCase() === q || (r.council.gss ?? '').toLowerCase() === q;
}

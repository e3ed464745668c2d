// A GOV.UK publication, as both the collection and the Search API reach it: its Content API JSON (which
// lists the attachments), its HTML page, and each attachment. The attachment list is diffed against the
// last run's, because DfE adds new directions to an existing page.
import { z } from 'zod';
import type { Candidate, SourceContext } from './types.js';

export const GOVUK = 'https://www.gov.uk';

export const contentApiUrl = (basePath: string) => `${GOVUK}/api/content${basePath}`;

/** One attachment, checked on its own (a bad one is reported and skipped). Loose: other fields may come and go. */
const AttachmentItem = z.looseObject({
  url: z.string().min(1),
  attachment_type: z.string().nullish(),
  content_type: z.string().nullish(),
  title: z.string().nullish(),
});

export function parseJson(bytes: Buffer | null): any {
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Candidates for one publication: its page and its attachments. Opens (fetches) its Content API JSON. */
export async function publicationCandidates(
  ctx: SourceContext,
  basePath: string,
  via: string,
  options: { page: boolean },
): Promise<Candidate[]> {
  const jsonUrl = contentApiUrl(basePath);
  const opened = await ctx.open({ url: jsonUrl, expect: 'json', via });
  const item = parseJson(opened.bytes);
  const out: Candidate[] = [];
  if (options.page) out.push({ url: `${GOVUK}${basePath}`, expect: 'html', via });
  if (!item) return out;
  const attachments: unknown[] = Array.isArray(item.details?.attachments) ? item.details.attachments : [];
  const listed: { url: string; title: string | null }[] = [];
  for (const [i, raw] of attachments.entries()) {
    const parsed = AttachmentItem.safeParse(raw);
    if (!parsed.success) {
      ctx.badItem(`${basePath} details.attachments.${i}`, parsed.error.issues.map((x) => `${x.path.join('.') || 'item'}: ${x.message}`).join('; '));
      continue;
    }
    const a = parsed.data;
    let url: string;
    try {
      url = new URL(a.url, GOVUK).toString();
    } catch {
      ctx.badItem(`${basePath} details.attachments.${i}`, `url: not a URL: ${a.url}`);
      continue;
    }
    listed.push({ url, title: a.title ?? null });
    const expect = a.attachment_type === 'html' ? 'html' : a.content_type === 'application/pdf' ? 'pdf' : 'any';
    out.push({ url, expect, via: `${via} > ${basePath}` });
  }
  const diff = ctx.recordAttachments(`${GOVUK}${basePath}`, listed);
  for (const url of diff.added) ctx.log.event('attachment_added', { publication: `${GOVUK}${basePath}`, attachment: url });
  for (const url of diff.removed) ctx.log.event('attachment_removed', { publication: `${GOVUK}${basePath}`, attachment: url });
  return out;
}

// A GOV.UK publication, as both the collection and the Search API reach it: its Content API JSON (which
// lists the attachments), its HTML page, and each attachment. The attachment list is diffed against the
// last run's, because DfE adds new directions to an existing page.
import type { Candidate, SourceContext } from './types.js';

export const GOVUK = 'https://www.gov.uk';

export const contentApiUrl = (basePath: string) => `${GOVUK}/api/content${basePath}`;

interface Attachment {
  attachment_type?: string;
  url?: string;
  content_type?: string;
  title?: string;
}

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
  const attachments: Attachment[] = Array.isArray(item.details?.attachments) ? item.details.attachments : [];
  const listed: { url: string; title: string | null }[] = [];
  for (const a of attachments) {
    if (typeof a.url !== 'string') continue;
    const url = new URL(a.url, GOVUK).toString();
    listed.push({ url, title: a.title ?? null });
    const expect = a.attachment_type === 'html' ? 'html' : a.content_type === 'application/pdf' ? 'pdf' : 'any';
    out.push({ url, expect, via: `${via} > ${basePath}` });
  }
  const diff = ctx.recordAttachments(`${GOVUK}${basePath}`, listed);
  for (const url of diff.added) ctx.log.event('attachment_added', { publication: `${GOVUK}${basePath}`, attachment: url });
  for (const url of diff.removed) ctx.log.event('attachment_removed', { publication: `${GOVUK}${basePath}`, attachment: url });
  return out;
}

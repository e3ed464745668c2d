// The GOV.UK Search API as a second route to DfE decisions: it catches publications the collection does
// not (yet) list. One page of up to 1500 results (the API's maximum `count`) covers the whole set.
import type { GovukSearchSourceConfig } from '../config/schema.js';
import { GOVUK, parseJson, publicationCandidates } from './govuk-publication.js';
import { z } from 'zod';
import { mapUnordered, SourceError, type Candidate, type Source, type SourceContext } from './types.js';

/** One search result, checked on its own (a bad one is reported and skipped); only `link` is used. */
const SearchResult = z.looseObject({ link: z.string().min(1) });

export function searchUrl(params: Record<string, string | string[]>): string {
  const url = new URL('/api/search.json', GOVUK);
  for (const [key, value] of Object.entries(params))
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
  return url.toString();
}

export class GovukSearchSource implements Source {
  readonly name: string;
  constructor(private readonly config: GovukSearchSourceConfig) {
    this.name = config.name ?? 'govuk-search';
  }

  async *discover(ctx: SourceContext): AsyncIterable<Candidate> {
    const opened = await ctx.open({ url: searchUrl(this.config.params), expect: 'json', via: this.name });
    const body = parseJson(opened.bytes);
    if (!body || !Array.isArray(body.results)) throw new SourceError(`search failed: ${opened.code ?? 'no results array'} ${opened.message ?? ''}`.trim());
    const links: string[] = [];
    (body.results as unknown[]).forEach((r, i) => {
      const result = SearchResult.safeParse(r);
      if (result.success) links.push(result.data.link);
      else ctx.badItem(`search results.${i}`, result.error.issues.map((x) => `${x.path.join('.') || 'item'}: ${x.message}`).join('; '));
    });
    ctx.log.event('search_listed', { source: this.name, results: links.length });
    const paths = links.filter((l) => l.startsWith('/'));
    for (const other of links.filter((l) => !l.startsWith('/'))) yield { url: other, expect: 'any', via: this.name };
    for await (const candidates of mapUnordered(paths, 16, (path) =>
      publicationCandidates(ctx, path, this.name, { page: this.config.publicationPages }),
    ))
      yield* candidates;
  }
}

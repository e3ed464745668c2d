// The "Improvement notices and directions" collection via the Content API. Its collection_groups (open and
// closed notices and directions) list publication content_ids, joined to links.documents for their paths.
// If the configured path 404s (it is a guess, see ../shared/reference/govuk-api.md), we read the real one
// from a known publication's links.document_collections.
import type { GovukCollectionSourceConfig } from '../config/schema.js';
import { contentApiUrl, parseJson, publicationCandidates } from './govuk-publication.js';
import { mapUnordered, SourceError, type Candidate, type Source, type SourceContext } from './types.js';

/** Publications in flight at once; the www.gov.uk queue still sets the actual request rate. */
const PUBLICATION_CONCURRENCY = 16;

interface CollectionItem {
  basePath: string;
  group: string;
}

export function collectionItems(collection: any): CollectionItem[] {
  const docs: any[] = Array.isArray(collection?.links?.documents) ? collection.links.documents : [];
  const byId = new Map(docs.filter((d) => d?.content_id && d?.base_path).map((d) => [d.content_id, d.base_path as string]));
  const items: CollectionItem[] = [];
  const seen = new Set<string>();
  const groups: any[] = Array.isArray(collection?.details?.collection_groups) ? collection.details.collection_groups : [];
  for (const group of groups) {
    for (const id of Array.isArray(group?.documents) ? group.documents : []) {
      const basePath = byId.get(id);
      // An id missing from links.documents is unpublished: nothing to fetch.
      if (!basePath || seen.has(basePath)) continue;
      seen.add(basePath);
      items.push({ basePath, group: String(group.title ?? 'ungrouped') });
    }
  }
  // Linked documents that no group lists are still worth a look.
  for (const basePath of byId.values()) if (!seen.has(basePath)) items.push({ basePath, group: 'ungrouped' });
  return items;
}

export class GovukCollectionSource implements Source {
  readonly name: string;
  constructor(private readonly config: GovukCollectionSourceConfig) {
    this.name = config.name ?? 'govuk-collection';
  }

  private async openCollection(ctx: SourceContext): Promise<any> {
    const via = this.name;
    const first = await ctx.open({ url: contentApiUrl(this.config.basePath), expect: 'json', via, optional: true });
    const direct = parseJson(first.bytes);
    if (direct) return direct;
    ctx.log.event('collection_path_failed', { basePath: this.config.basePath, code: first.code, message: first.message });
    for (const known of this.config.knownPublications) {
      const pub = parseJson((await ctx.open({ url: contentApiUrl(known), expect: 'json', via })).bytes);
      const found: string | undefined = pub?.links?.document_collections?.find((c: any) => typeof c?.base_path === 'string')?.base_path;
      if (!found) continue;
      ctx.log.event('collection_path_found', { basePath: found, from: known });
      const collection = parseJson((await ctx.open({ url: contentApiUrl(found), expect: 'json', via })).bytes);
      if (collection) return collection;
    }
    throw new SourceError(`cannot find the collection: ${this.config.basePath} failed (${first.code}) and no known publication links to it`);
  }

  async *discover(ctx: SourceContext): AsyncIterable<Candidate> {
    const collection = await this.openCollection(ctx);
    const items = collectionItems(collection);
    ctx.log.event('collection_listed', { source: this.name, publications: items.length });
    const pages = { page: this.config.publicationPages };
    for await (const candidates of mapUnordered(items, PUBLICATION_CONCURRENCY, (item) =>
      publicationCandidates(ctx, item.basePath, `${this.name}:${item.group}`, pages),
    ))
      yield* candidates;
  }
}

// The "Improvement notices and directions" collection via the Content API. Its collection_groups (open and
// closed notices and directions) list publication content_ids, joined to links.documents for their paths.
// If the configured path 404s (it is a guess, see ../shared/reference/govuk-api.md), we read the real one
// from a known publication's links.document_collections.
import type { GovukCollectionSourceConfig } from '../config/schema.js';
import { z } from 'zod';
import { contentApiUrl, parseJson, publicationCandidates } from './govuk-publication.js';
import { mapUnordered, SourceError, type Candidate, type Source, type SourceContext } from './types.js';

/** Publications in flight at once; the www.gov.uk queue still sets the actual request rate. */
const PUBLICATION_CONCURRENCY = 16;

interface CollectionItem {
  basePath: string;
  group: string;
}

// Each item is checked on its own: one of the wrong shape (null where an object was) is reported and
// skipped, and the rest of the collection is still read. Loose objects: fields we do not use may change.
const LinkedDocument = z.looseObject({ content_id: z.string().min(1), base_path: z.string().startsWith('/') });
const CollectionGroup = z.looseObject({ title: z.unknown().optional(), documents: z.array(z.unknown()).optional() });

/** Reports an item of the wrong shape; the default drops it silently (for callers that only want the items). */
export type BadItem = (where: string, message: string) => void;

const why = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || 'item'}: ${i.message}`).join('; ');

export function collectionItems(collection: any, badItem: BadItem = () => undefined): CollectionItem[] {
  const docs: unknown[] = Array.isArray(collection?.links?.documents) ? collection.links.documents : [];
  const byId = new Map<string, string>();
  docs.forEach((d, i) => {
    const parsed = LinkedDocument.safeParse(d);
    if (parsed.success) byId.set(parsed.data.content_id, parsed.data.base_path);
    else badItem(`links.documents.${i}`, why(parsed.error));
  });
  const items: CollectionItem[] = [];
  const seen = new Set<string>();
  const groups: unknown[] = Array.isArray(collection?.details?.collection_groups) ? collection.details.collection_groups : [];
  groups.forEach((g, gi) => {
    const group = CollectionGroup.safeParse(g);
    if (!group.success) return badItem(`details.collection_groups.${gi}`, why(group.error));
    (group.data.documents ?? []).forEach((id, di) => {
      if (typeof id !== 'string') return badItem(`details.collection_groups.${gi}.documents.${di}`, `expected a content id, got ${JSON.stringify(id)}`);
      const basePath = byId.get(id);
      // An id missing from links.documents is unpublished: nothing to fetch.
      if (!basePath || seen.has(basePath)) return;
      seen.add(basePath);
      items.push({ basePath, group: String(group.data.title ?? 'ungrouped') });
    });
  });
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
    const items = collectionItems(collection, (where, message) => ctx.badItem(`${this.config.basePath} ${where}`, message));
    ctx.log.event('collection_listed', { source: this.name, publications: items.length });
    const pages = { page: this.config.publicationPages };
    for await (const candidates of mapUnordered(items, PUBLICATION_CONCURRENCY, (item) =>
      publicationCandidates(ctx, item.basePath, `${this.name}:${item.group}`, pages),
    ))
      yield* candidates;
  }
}

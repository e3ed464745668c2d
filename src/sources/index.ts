// The source modules, one per kind of listing (as juriscraper keeps one module per court).
import type { SourceConfig } from '../config/schema.js';
import { GovukCollectionSource } from './govuk-collection.js';
import { GovukSearchSource } from './govuk-search.js';
import { LocalSource } from './local-files.js';
import { NewsSource } from './news-feeds.js';
import type { Source } from './types.js';

export * from './types.js';

export function createSource(config: SourceConfig): Source {
  switch (config.type) {
    case 'govuk-collection':
      return new GovukCollectionSource(config);
    case 'govuk-search':
      return new GovukSearchSource(config);
    case 'news':
      return new NewsSource(config);
    case 'local':
      return new LocalSource(config);
  }
}

export function createSources(configs: SourceConfig[]): Source[] {
  return configs.filter((c) => c.enabled).map(createSource);
}

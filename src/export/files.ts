// The dataset's file names inside the data directory (the CSV tables name their own files: tables.ts).
export const EXPORT_FILES = {
  jsonl: 'interventions.jsonl',
  csv: 'interventions.csv',
  schema: 'schema.json',
  councils: 'councils.json',
  feed: 'feed.xml',
  /** One Atom feed per council: feeds/<GSS code>.xml. */
  councilFeeds: 'feeds',
  datapackage: 'datapackage.json',
  report: 'report',
} as const;

// The dataset's file names inside the data directory.
export const EXPORT_FILES = {
  jsonl: 'interventions.jsonl',
  csv: 'interventions.csv',
  schema: 'schema.json',
  councils: 'councils.json',
  feed: 'feed.xml',
  report: 'report',
} as const;

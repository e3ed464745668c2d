// The dataset files beside the report (data/, one level up from data/report/), by the names the export stage
// writes them under. The report links only those present when it is written (it is written last), so a page never
// links to a file that is not there.
import { access } from 'node:fs/promises';
import { join } from 'node:path';

export interface Download {
  /** Path relative to the data directory. */
  file: string;
  label: string;
  format: string;
}

export const DOWNLOADS: Download[] = [
  { file: 'interventions.csv', label: 'Interventions, one row each', format: 'CSV' },
  { file: 'interventions.jsonl', label: 'Interventions with every value’s sources', format: 'JSON Lines' },
  { file: 'interventions.json', label: 'Interventions', format: 'JSON' },
  { file: 'councils.json', label: 'Council timelines', format: 'JSON' },
  { file: 'partners.csv', label: 'Partners, one row per partner', format: 'CSV' },
  { file: 'people.csv', label: 'People, one row per person', format: 'CSV' },
  { file: 'deadlines.csv', label: 'Deadlines, one row per deadline', format: 'CSV' },
  { file: 'sources.csv', label: 'Source documents, one row per source', format: 'CSV' },
  { file: 'datapackage.json', label: 'Data package: every file and field described', format: 'Frictionless JSON' },
  { file: 'schema.json', label: 'Record schema', format: 'JSON Schema' },
];

export const MAIN_FEED = 'feed.xml';

/** A council's own feed, by GSS code. */
export function councilFeed(gss: string): string {
  return `feeds/${gss}.xml`;
}

/** Which of the given files exist under dataDir. */
export async function present(dataDir: string, files: string[]): Promise<Set<string>> {
  const found = await Promise.all(
    files.map((f) =>
      access(join(dataDir, f)).then(
        () => f,
        () => null,
      ),
    ),
  );
  return new Set(found.filter((f): f is string => f !== null));
}

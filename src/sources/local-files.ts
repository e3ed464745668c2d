// A local archive: every file under a folder, or the files a JSON Lines manifest lists as
// {path, url?, contentType?}. A manifest `url` becomes the document's identity (so an archived copy of a
// GOV.UK PDF is stored under its GOV.UK URL); otherwise the file:// URI is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { LocalSourceConfig } from '../config/schema.js';
import { SourceError, type Candidate, type Source } from './types.js';

const ManifestLine = z.strictObject({ path: z.string().min(1), url: z.url().optional(), contentType: z.string().optional() });

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() && !e.name.startsWith('.') ? [join(dir, e.name)] : []));
}

export class LocalSource implements Source {
  readonly name: string;
  constructor(private readonly config: LocalSourceConfig) {
    this.name = config.name ?? 'local';
  }

  async *discover(): AsyncIterable<Candidate> {
    const root = this.config.path;
    let isDir: boolean;
    try {
      isDir = statSync(root).isDirectory();
    } catch (err) {
      throw new SourceError(`cannot read ${root}: ${(err as Error).message}`);
    }
    if (isDir) {
      for (const file of walk(root)) yield { url: pathToFileURL(file).href, path: file, expect: 'any', via: this.name };
      return;
    }
    const lines = readFileSync(root, 'utf8').split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new SourceError(`${root}:${i + 1}: not JSON`);
      }
      const parsed = ManifestLine.safeParse(json);
      if (!parsed.success) throw new SourceError(`${root}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
      const path = resolve(dirname(root), parsed.data.path);
      yield {
        url: parsed.data.url ?? pathToFileURL(path).href,
        path,
        expect: 'any',
        via: `${this.name}:${root}`,
        ...(parsed.data.contentType ? { contentType: parsed.data.contentType } : {}),
      };
    }
  }
}

// A local archive: every file under a folder, or the files a JSON Lines manifest lists as
// {path, url?, contentType?}. A manifest `url` becomes the document's identity (so an archived copy of a
// GOV.UK PDF is stored under its GOV.UK URL); otherwise the file:// URI is.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LocalSourceConfig } from '../config/schema.js';
import { readManifest } from './manifest.js';
import { SourceError, type Candidate, type Source, type SourceContext } from './types.js';

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

  async *discover(ctx: SourceContext): AsyncIterable<Candidate> {
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
    const entries = readManifest(root, { allowOutside: this.config.allowOutside });
    if (typeof entries === 'string') throw new SourceError(entries);
    for (const entry of entries) {
      // A bad line is an error of its own (with its line number); the good lines are still read.
      if (!entry.ok) {
        ctx.badItem('manifest', entry.error.message);
        continue;
      }
      const { path, url, contentType } = entry.input;
      yield {
        url: url ?? pathToFileURL(path).href,
        path,
        expect: 'any',
        via: `${this.name}:${root}`,
        ...(contentType ? { contentType } : {}),
      };
    }
  }
}

// JSON Lines manifests of {path, url?, contentType?}, read line by line: a bad line (not JSON, no path, an
// unknown key, a path outside the manifest's folder without allowOutside) becomes an error entry of its own
// with its line number, and the good lines are still read. Used by `extract --manifest` and local sources.
import { realpathSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { DocumentError } from '../schema/record.js';

const ManifestLine = z.strictObject({ path: z.string().min(1), url: z.url().optional(), contentType: z.string().optional() });

/** A manifest bigger than this is not a manifest. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export interface ManifestInput {
  /** Absolute, resolved against the manifest's folder. */
  path: string;
  url?: string;
  contentType?: string;
}

export type ManifestEntry =
  | { ok: true; line: number; input: ManifestInput }
  /** `uri` names the line (file:///…/manifest.jsonl#line=3, RFC 5147), so its error record has a source. */
  | { ok: false; line: number; manifest: string; uri: string; error: DocumentError & { code: 'bad_manifest_line' } };

function issueText(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((i) => (i.code === 'unrecognized_keys' ? `unknown key ${i.keys.join(', ')}` : `${i.path.join('.') || 'line'}: ${i.message}`))
    .join('; ');
}

/** Real path when the file exists (a symlink cannot smuggle a path out), else the path as written. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(real(folder), real(path));
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** The manifest's entries, or a string saying why the manifest itself cannot be read. */
/**
 * `allowOutside`: read any path. `allowAbsolute`: read an absolute path wherever it points (the one-off `extract`
 * command, whose operator lists the files themselves, as benchmark harnesses do); a relative path that climbs out of
 * the folder ("../x") is refused all the same.
 */
export function readManifest(file: string, options: { allowOutside?: boolean; allowAbsolute?: boolean } = {}): ManifestEntry[] | string {
  const manifest = resolve(file);
  let text: string;
  try {
    const st = statSync(manifest);
    if (!st.isFile()) return `manifest ${file} is not a regular file`;
    if (st.size > MAX_MANIFEST_BYTES) return `manifest ${file} is over ${MAX_MANIFEST_BYTES} bytes`;
    text = readFileSync(manifest, 'utf8');
  } catch {
    return `cannot read manifest ${file}`;
  }
  const base = dirname(manifest);
  const entries: ManifestEntry[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const n = i + 1;
    const bad = (why: string): ManifestEntry => ({
      ok: false,
      line: n,
      manifest,
      uri: `${pathToFileURL(manifest).href}#line=${n}`,
      error: { code: 'bad_manifest_line', message: `${file}:${n}: ${why}` },
    });
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      entries.push(bad('not JSON'));
      continue;
    }
    const parsed = ManifestLine.safeParse(json);
    if (!parsed.success) {
      entries.push(bad(issueText(parsed.error.issues)));
      continue;
    }
    const path = resolve(base, parsed.data.path);
    const explicit = options.allowAbsolute && isAbsolute(parsed.data.path);
    if (!options.allowOutside && !explicit && !isInside(base, path)) {
      entries.push(bad(`path ${parsed.data.path} is outside the manifest's folder (allow it with --allow-outside, or allowOutside in the config)`));
      continue;
    }
    entries.push({ ok: true, line: n, input: { ...parsed.data, path } });
  }
  return entries;
}

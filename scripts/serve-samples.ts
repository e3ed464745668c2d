// A static server for a mirror folder laid out as <root>/<host>/<path>, e.g. samples/mirror/www.gov.uk/...
// The pipeline reaches it through config.hostMap, which connects here but keeps the canonical Host header,
// so the Host header picks the site folder. (A browser can use http://127.0.0.1:PORT/<host>/<path>.)
// Folder paths serve index.json for /api/... or when Accept prefers JSON, else index.html. /api/search.json
// serves the canned search.json whatever the query. ETag/Last-Modified with 304s, like GOV.UK's CDN.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface ResolvedFile {
  file: string;
  host: string;
}

/** Which file answers a request, or undefined for a 404. */
export function resolveMirrorFile(root: string, hostHeader: string | undefined, rawUrl: string, accept = ''): ResolvedFile | undefined {
  const url = new URL(rawUrl, 'http://mirror');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  let host = (hostHeader ?? '').toLowerCase();
  if (!host || !existsSync(join(root, host))) host = host.replace(/:\d+$/, '');
  if (!host || !existsSync(join(root, host))) {
    // http://127.0.0.1:PORT/<host>/<path>: the first segment names the site.
    const [, first, ...rest] = pathname.split('/');
    if (!first || !existsSync(join(root, first))) return undefined;
    host = first;
    pathname = `/${rest.join('/')}`;
  }
  const site = resolve(root, host);
  if (pathname === '/api/search.json') pathname = '/api/search.json';
  const target = resolve(site, `.${pathname}`);
  if (target !== site && !target.startsWith(site + sep)) return undefined; // no ../ escapes
  const wantsJson = pathname.startsWith('/api/') || /application\/json/.test(accept);
  const indexes = wantsJson ? ['index.json', 'index.html'] : ['index.html', 'index.json'];
  const candidates = existsSync(target) && statSync(target).isFile() ? [target] : indexes.map((i) => join(target, i));
  const file = candidates.find((f) => existsSync(f) && statSync(f).isFile());
  return file ? { file, host } : undefined;
}

const etagCache = new Map<string, { key: string; etag: string }>();

/** A strong ETag from the content (cached by path+size+mtime), so a changed file always gets a new one. */
function etagFor(file: string, size: number, mtimeMs: number): string {
  const key = `${size}:${mtimeMs}`;
  const hit = etagCache.get(file);
  if (hit?.key === key) return hit.etag;
  const etag = `"${createHash('sha1').update(readFileSync(file)).digest('hex').slice(0, 20)}"`;
  etagCache.set(file, { key, etag });
  return etag;
}

export type MirrorHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export function createStaticHandler(root: string): MirrorHandler {
  const absRoot = resolve(root);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = resolveMirrorFile(absRoot, req.headers.host, req.url ?? '/', req.headers.accept);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not found</title><h1>Page not found</h1>');
      return;
    }
    const st = statSync(found.file);
    const etag = etagFor(found.file, st.size, st.mtimeMs);
    const lastModified = new Date(Math.floor(st.mtimeMs / 1000) * 1000).toUTCString();
    const headers = {
      ETag: etag,
      'Last-Modified': lastModified,
      'Cache-Control': 'max-age=300, public',
      'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const notModified = inm
      ? inm.split(',').some((t) => t.trim() === etag || t.trim() === '*')
      : ims !== undefined && !Number.isNaN(Date.parse(ims)) && Math.floor(st.mtimeMs / 1000) * 1000 <= Date.parse(ims);
    if (notModified) {
      res.writeHead(304, { ETag: etag, 'Last-Modified': lastModified }).end();
      return;
    }
    const body = readFileSync(found.file);
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

export interface RunningServer {
  server: http.Server;
  port: number;
  origin: string;
  close(): Promise<void>;
}

export function listen(handler: MirrorHandler, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 30_000;
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        server,
        port: actual,
        origin: `http://${host}:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Serve a mirror folder on 127.0.0.1 (port 0 = any free port). */
export function serveMirror(root: string, port = 0): Promise<RunningServer> {
  return listen(createStaticHandler(root), port);
}

/** The site folders in a mirror (each a host name). */
export function mirrorHosts(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[a-z0-9.-]+$/i.test(e.name))
    .map((e) => e.name)
    .sort();
}

// `tsx scripts/serve-samples.ts [ROOT] [PORT]`: just serve, for poking at the mirror by hand.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'samples/mirror';
  const running = await serveMirror(root, Number(process.argv[3] ?? 8080));
  process.stderr.write(`serving ${resolve(root)} on ${running.origin} (hosts: ${mirrorHosts(root).join(', ')})\n`);
}

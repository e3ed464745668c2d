// The samples static server plus fault injection, for tests against a real HTTP server on 127.0.0.1.
// Rules match by host and path (string = exact path incl. query-less pathname, RegExp = tested on
// pathname) and may apply only the first `times` requests (e.g. one 429, then normal service).
import type http from 'node:http';
import { createStaticHandler, listen, type RunningServer } from '../../scripts/serve-samples.js';

export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Never answer (the client's timeout must fire). */
  | { hang: true }
  /** Declare a Content-Length larger than what is sent, then destroy the socket. */
  | { truncate: true }
  | { redirect: string }
  /** Wait, then serve normally. */
  | { delayMs: number }
  | { body: string | Buffer; contentType: string };

export interface FaultRule {
  host?: string;
  path: string | RegExp;
  times?: number;
  fault: Fault;
}

export interface LoggedRequest {
  host: string;
  path: string;
  status: number;
  conditional: boolean;
  /** When the request arrived (ms since epoch). */
  at: number;
}

export interface MirrorServer extends RunningServer {
  rules: FaultRule[];
  requests: LoggedRequest[];
  /** hostMap entries sending each host to this server. */
  hostMap(hosts: string[]): Record<string, string>;
  /** Delay every response by this much (to make a run slow enough to kill mid-way). */
  delayAllMs: number;
}

export async function startMirrorServer(root: string, rules: FaultRule[] = []): Promise<MirrorServer> {
  const serveStatic = createStaticHandler(root);
  const requests: LoggedRequest[] = [];
  const used = new Map<FaultRule, number>();
  let mirror: MirrorServer;

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const at = Date.now();
    const conditional = Boolean(req.headers['if-none-match'] || req.headers['if-modified-since']);
    res.on('finish', () => requests.push({ host, path, status: res.statusCode, conditional, at }));
    const rule = mirror.rules.find((r) => {
      if (r.host && r.host !== host) return false;
      if (typeof r.path === 'string' ? r.path !== path : !r.path.test(path)) return false;
      return r.times === undefined || (used.get(r) ?? 0) < r.times;
    });
    const serve = () => serveStatic(req, res);
    const go = () => {
      if (!rule) return serve();
      used.set(rule, (used.get(rule) ?? 0) + 1);
      const f = rule.fault;
      if ('hang' in f) return; // leave the request open
      if ('truncate' in f) {
        res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': '100000' });
        res.write('%PDF-1.4\n% cut short here');
        setTimeout(() => res.destroy(), 20);
        return;
      }
      if ('redirect' in f) return res.writeHead(302, { Location: f.redirect }).end();
      if ('delayMs' in f) return void setTimeout(serve, f.delayMs);
      if ('status' in f) return res.writeHead(f.status, { 'Content-Type': 'text/html', ...f.headers }).end(f.body ?? `<html>${f.status}</html>`);
      res.writeHead(200, { 'Content-Type': f.contentType, 'Content-Length': Buffer.byteLength(f.body) }).end(f.body);
    };
    if (mirror.delayAllMs > 0) setTimeout(go, mirror.delayAllMs);
    else go();
  };

  const running = await listen(handler);
  mirror = Object.assign(running, {
    rules,
    requests,
    delayAllMs: 0,
    hostMap: (hosts: string[]) => Object.fromEntries(hosts.map((h) => [h, running.origin])),
  });
  return mirror;
}

// The one HTTP client of the pipeline. For each URL: allowed host? → robots.txt allows it? → GET through
// the host's queue (rate limit), conditional when we hold a copy → retry 429/5xx/timeouts with backoff and
// Retry-After → follow redirects by hand (limited, loops caught) → check the body is the expected type.
import type { Config } from '../config/schema.js';
import type { Logger } from '../run/log.js';
import { acceptHeader, checkExpected } from './content-check.js';
import { HostQueues } from './host-queues.js';
import { requestOnce, type RawResponse } from './request.js';
import { backoffMs, parseRetryAfter } from './retry-after.js';
import { parseRobots, RobotsRules, type RobotsLimits } from './robots.js';
import { FetchFailure, type FetchOutcome, type FetchRequest } from './types.js';

/** Where robots.txt copies are kept between runs, so the nightly rerun asks for them conditionally too. */
export interface RobotsCache {
  get(origin: string): { etag: string | null; lastModified: string | null; body: string } | undefined;
  put(origin: string, value: { etag: string | null; lastModified: string | null; body: string }): void;
}

export interface ClientStats {
  requests: number;
  /** 2xx responses whose body we downloaded. */
  bodies: number;
  notModified: number;
  retries: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function header(res: RawResponse, name: string): string | null {
  const value = res.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class HttpClient {
  readonly stats: ClientStats = { requests: 0, bodies: 0, notModified: 0, retries: 0 };
  private readonly queues: HostQueues;
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly allowedHosts: Set<string>;

  constructor(
    private readonly config: Pick<Config, 'userAgent' | 'allowedHosts' | 'rateLimits' | 'http' | 'hostMap' | 'budgets'>,
    private readonly log: Logger,
    private readonly robotsCache?: RobotsCache,
  ) {
    this.queues = new HostQueues(config.rateLimits);
    this.allowedHosts = new Set(config.allowedHosts.map((h) => h.toLowerCase()));
  }

  isAllowedHost(url: string): boolean {
    try {
      return this.allowedHosts.has(new URL(url).host.toLowerCase());
    } catch {
      return false;
    }
  }

  async fetch(req: FetchRequest): Promise<FetchOutcome> {
    let current = req.url;
    const visited = new Set<string>([current]);
    try {
      for (let hop = 0; ; hop++) {
        const url = this.checkUrl(current);
        const rules = await this.robotsFor(url);
        // Unreachable is not a refusal: we do not know what the site allows, so this is a failed fetch.
        if (rules.unreachable)
          throw new FetchFailure('fetch_failed', `robots.txt of ${url.host} could not be fetched (${rules.unreachable}), so nothing on ${url.host} was fetched.`);
        if (!rules.isAllowed(url.pathname + url.search))
          throw new FetchFailure('robots_disallowed', `robots.txt of ${url.host} disallows ${url.pathname}${url.search}.`);
        const headers: Record<string, string> = { Accept: acceptHeader(req.expect) };
        if (req.etag) headers['If-None-Match'] = req.etag;
        if (req.lastModified) headers['If-Modified-Since'] = req.lastModified;
        const res = await this.requestWithRetries(url, headers);
        const location = header(res, 'location');
        if (REDIRECTS.has(res.status) && location) {
          const next = this.canonicalLocation(location, url);
          if (visited.has(next)) throw new FetchFailure('too_many_redirects', `Redirect loop: ${current} → ${next}.`, res.status);
          if (hop >= this.config.http.maxRedirects)
            throw new FetchFailure('too_many_redirects', `More than ${this.config.http.maxRedirects} redirects from ${req.url}.`, res.status);
          visited.add(next);
          current = next;
          continue;
        }
        const validators = { etag: header(res, 'etag'), lastModified: header(res, 'last-modified') };
        if (res.status === 304) {
          this.stats.notModified++;
          return { kind: 'not_modified', url: req.url, finalUrl: current, ...validators };
        }
        if (res.status >= 200 && res.status < 300) {
          this.stats.bodies++;
          const contentType = header(res, 'content-type');
          checkExpected(req.expect, contentType, res.bytes);
          return { kind: 'body', url: req.url, finalUrl: current, bytes: res.bytes, contentType, ...validators };
        }
        if (res.status === 404) throw new FetchFailure('not_found', `HTTP 404 for ${current}.`, 404);
        if (res.status === 410) throw new FetchFailure('gone', `HTTP 410 (gone) for ${current}.`, 410);
        throw new FetchFailure('http_error', `HTTP ${res.status} for ${current}.`, res.status);
      }
    } catch (err) {
      if (!(err instanceof FetchFailure)) throw err;
      return { kind: 'error', url: req.url, finalUrl: current, code: err.code, message: err.message, status: err.status };
    }
  }

  private checkUrl(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new FetchFailure('fetch_failed', `Not a URL: ${raw}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new FetchFailure('fetch_failed', `Not an http(s) URL: ${raw}`);
    if (!this.allowedHosts.has(url.host.toLowerCase()))
      throw new FetchFailure('host_not_allowed', `${url.host} is not in allowedHosts.`);
    return url;
  }

  /** Resolve a Location against the canonical URL; a mirror's own origin maps back to the canonical host. */
  private canonicalLocation(location: string, base: URL): string {
    const mapped = this.config.hostMap[base.host];
    const next = new URL(location, base);
    if (mapped && next.origin === new URL(mapped).origin) {
      next.protocol = base.protocol;
      next.host = base.host;
    }
    next.hash = '';
    return next.toString();
  }

  /** Where the socket goes: the hostMap target for this host, or the URL itself. */
  private physical(url: URL): URL {
    const mapped = this.config.hostMap[url.host];
    if (!mapped) return url;
    const target = new URL(mapped);
    return new URL(url.pathname + url.search, target.origin);
  }

  private async requestWithRetries(url: URL, headers: Record<string, string>, prefixBytes?: number): Promise<RawResponse> {
    const { retries, backoffBaseMs, maxRetryWaitMs, timeoutMs, maxBodyBytes } = this.config.http;
    for (let attempt = 0; ; attempt++) {
      let failure: FetchFailure;
      try {
        const res = await this.queues.run(url.host, () => {
          this.stats.requests++;
          return requestOnce({
            physicalUrl: this.physical(url),
            hostHeader: url.host,
            headers: { 'User-Agent': this.config.userAgent, 'Accept-Encoding': 'gzip, br', ...headers },
            timeoutMs,
            maxBodyBytes,
            ...(prefixBytes !== undefined ? { prefixBytes } : {}),
          });
        });
        if (res.status !== 429 && res.status < 500) return res;
        const retryAfterMs = parseRetryAfter(header(res, 'retry-after') ?? undefined);
        failure = new FetchFailure(
          res.status === 429 ? 'rate_limited' : 'http_error',
          `HTTP ${res.status} for ${url}${attempt > 0 ? ` after ${attempt + 1} attempts` : ''}.`,
          res.status,
          true,
          retryAfterMs,
        );
      } catch (err) {
        if (!(err instanceof FetchFailure) || !err.retryable) throw err;
        failure = err;
      }
      if (attempt >= retries) throw failure;
      const wait = Math.min(maxRetryWaitMs, failure.retryAfterMs ?? backoffMs(attempt, backoffBaseMs));
      // A 429 or 503 is the host asking everyone to slow down, not just this request.
      if (failure.status === 429 || (failure.status === 503 && failure.retryAfterMs !== undefined))
        this.queues.pauseFor(url.host, wait);
      this.stats.retries++;
      this.log.event('retry', { url: url.toString(), attempt: attempt + 1, waitMs: wait, reason: failure.message });
      await sleep(wait);
    }
  }

  /** robots.txt, fetched once per host per run (conditionally, when we kept last run's copy). */
  private robotsFor(url: URL): Promise<RobotsRules> {
    const origin = url.origin;
    let rules = this.robots.get(origin);
    if (!rules) {
      rules = this.loadRobots(url);
      this.robots.set(origin, rules);
    }
    return rules;
  }

  private async loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = new URL('/robots.txt', url.origin);
    const cached = this.robotsCache?.get(url.origin);
    // identity: an uncompressed body can be cut off after the bytes we parse, however large the file is.
    const headers: Record<string, string> = { Accept: 'text/plain', 'Accept-Encoding': 'identity' };
    if (cached?.etag) headers['If-None-Match'] = cached.etag;
    if (cached?.lastModified) headers['If-Modified-Since'] = cached.lastModified;
    const limits: RobotsLimits = { maxBytes: this.config.budgets.robotsMaxBytes, maxRules: this.config.budgets.robotsMaxRules };
    let res: RawResponse;
    try {
      res = await this.requestWithRetries(robotsUrl, headers, limits.maxBytes);
    } catch (err) {
      // RFC 9309: robots.txt unreachable (5xx, network) means assume complete disallow.
      this.log.event('robots_unavailable', { host: url.host, reason: (err as Error).message });
      return RobotsRules.unreachable((err as Error).message);
    }
    if (res.status === 304 && cached) {
      this.stats.notModified++;
      return this.parseRobots(url.host, cached.body, limits);
    }
    if (res.status >= 200 && res.status < 300) {
      this.stats.bodies++;
      const body = res.bytes.toString('utf8');
      this.robotsCache?.put(url.origin, { etag: header(res, 'etag'), lastModified: header(res, 'last-modified'), body });
      return this.parseRobots(url.host, body, limits);
    }
    // 4xx (including 404): no robots.txt, everything allowed. Redirects are not followed for robots.txt.
    return RobotsRules.allowAll();
  }

  private parseRobots(host: string, body: string, limits: RobotsLimits): RobotsRules {
    const rules = parseRobots(body, this.config.userAgent, limits);
    if (rules.ignoredRules || Buffer.byteLength(body) >= limits.maxBytes)
      this.log.event('robots_budget', { host, bytesParsed: Math.min(Buffer.byteLength(body), limits.maxBytes), rulesKept: rules.ruleCount, rulesIgnored: rules.ignoredRules });
    return rules;
  }
}

// One p-queue per host, so each site gets its own politeness budget (GOV.UK 5 req/s, news sites 1 req/s
// by default) and a slow site never holds up another. Keyed by the canonical host, so a mirror run is
// rate-limited exactly like the live one unless its config says otherwise.
import PQueue from 'p-queue';
import type { RateLimit } from '../config/schema.js';

export class HostQueues {
  private readonly queues = new Map<string, PQueue>();
  private readonly resumeTimers = new Map<string, { until: number; timer: NodeJS.Timeout }>();

  constructor(private readonly limits: Record<string, RateLimit>) {}

  limitFor(host: string): RateLimit {
    return this.limits[host] ?? this.limits.default ?? { requestsPerSecond: 1, concurrency: 2 };
  }

  private queue(host: string): PQueue {
    let queue = this.queues.get(host);
    if (!queue) {
      const { requestsPerSecond, concurrency } = this.limitFor(host);
      // Below 10/s: one request per 1000/r ms (evenly spaced). Above: r/10 per 100 ms, since timers
      // finer than a few ms are not reliable.
      const spaced = requestsPerSecond < 10;
      queue = new PQueue({
        concurrency,
        intervalCap: spaced ? 1 : Math.max(1, Math.round(requestsPerSecond / 10)),
        interval: spaced ? Math.ceil(1000 / requestsPerSecond) : 100,
      });
      this.queues.set(host, queue);
    }
    return queue;
  }

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    return this.queue(host).add(task);
  }

  /** Stop starting requests to a host for a while (after a 429/503 with Retry-After). */
  pauseFor(host: string, ms: number): void {
    if (ms <= 0) return;
    const queue = this.queue(host);
    const until = Date.now() + ms;
    const existing = this.resumeTimers.get(host);
    if (existing && existing.until >= until) return;
    if (existing) clearTimeout(existing.timer);
    queue.pause();
    const timer = setTimeout(() => {
      this.resumeTimers.delete(host);
      queue.start();
    }, ms);
    this.resumeTimers.set(host, { until, timer });
  }
}

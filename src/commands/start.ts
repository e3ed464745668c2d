// `npm start` / `directions start` (options declared in src/cli.ts): the whole pipeline on a machine with no
// internet. Serves the bundled samples/mirror on 127.0.0.1 and runs the nightly job against it through the same HTTP code, with
// hostMap sending www.gov.uk, assets.publishing.service.gov.uk and the news hosts to the local server
// (the store and records keep the canonical https:// URLs). Writes ./data like the real job.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mirrorHosts, serveMirror } from '../../scripts/serve-samples.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { runJob } from '../run/job.js';
import { LockHeldError } from '../run/lock.js';
import { JsonLogger, ProgressLogger } from '../run/log.js';
import { formatSummary } from '../run/summary.js';

export interface StartOptions {
  config: string;
  data?: string;
  mirror: string;
  offline?: boolean;
  log?: 'json' | 'progress';
}

export async function main(values: StartOptions): Promise<number> {
  const mirror = resolve(values.mirror);
  if (!existsSync(mirror)) {
    process.stderr.write(`directions start: no mirror at ${mirror}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = loadConfig(values.config, { dataDir: values.data });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`directions start: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const { config } = loaded;
  const server = await serveMirror(mirror);
  const hosts = mirrorHosts(mirror);
  // Every site in the mirror is served by our local server.
  for (const host of hosts) config.hostMap[host] ??= server.origin;
  // A news site the mirror carries a feed for is read too, so new samples need no config edit.
  const news = config.sources.find((s) => s.type === 'news');
  for (const host of hosts) {
    if (!existsSync(join(mirror, host, 'feed.xml'))) continue;
    const feed = `https://${host}/feed.xml`;
    if (news && !news.feeds.includes(feed)) news.feeds.push(feed);
    if (!config.allowedHosts.includes(host)) config.allowedHosts.push(host);
  }
  // A feed the mirror does not (yet) hold would fail every time: leave it out.
  if (news) news.feeds = news.feeds.filter((f) => existsSync(join(mirror, new URL(f).host, new URL(f).pathname)));
  if (news && news.feeds.length === 0) news.enabled = false;

  const json = values.log === 'json' || !process.stderr.isTTY;
  const log = json ? new JsonLogger() : new ProgressLogger();
  process.stderr.write(`serving ${mirror} on ${server.origin} for ${hosts.join(', ')}; data in ${loaded.dataDir}\n`);
  try {
    const result = await runJob({ config, dataDir: loaded.dataDir, offline: values.offline ?? false, log });
    process.stdout.write(`${formatSummary(result.counts, result.seconds, values.offline ?? false)}\n`);
    return result.exitCode;
  } catch (err) {
    if (err instanceof LockHeldError) {
      process.stderr.write(`directions start: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await server.close();
  }
}

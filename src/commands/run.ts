// `directions run` (options declared in src/cli.ts): the nightly job. Exit 0 all well, 1 some documents or
// sources failed (or another run holds the lock), 2 bad usage or config.
import { ConfigError, loadConfig } from '../config/load.js';
import { runJob } from '../run/job.js';
import { LockHeldError } from '../run/lock.js';
import { JsonLogger, ProgressLogger, type Logger } from '../run/log.js';
import { formatSummary } from '../run/summary.js';

export interface RunOptions {
  config: string;
  data?: string;
  offline?: boolean;
  log?: 'json' | 'progress';
}

export async function main(values: RunOptions): Promise<number> {
  let loaded;
  try {
    loaded = loadConfig(values.config, { dataDir: values.data });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`directions run: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const json = values.log === 'json' || (values.log === undefined && !process.stderr.isTTY);
  const log: Logger = json ? new JsonLogger(process.stderr) : new ProgressLogger(process.stderr);
  try {
    const result = await runJob({ config: loaded.config, dataDir: loaded.dataDir, offline: values.offline ?? false, log });
    process.stdout.write(
      json
        ? `${JSON.stringify({ summary: result.counts, exitCode: result.exitCode, reason: result.reason, seconds: result.seconds })}\n`
        : `${formatSummary(result.counts, result.seconds, values.offline ?? false)}\n`,
    );
    return result.exitCode;
  } catch (err) {
    if (err instanceof LockHeldError) {
      process.stderr.write(`directions run: ${err.message}; not starting a second one\n`);
      return 1;
    }
    throw err;
  }
}

// `directions run`: the nightly job. Exit 0 all well, 1 some documents or sources failed (or another run
// holds the lock), 2 bad usage or config.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/load.js';
import { runJob } from '../run/job.js';
import { LockHeldError } from '../run/lock.js';
import { JsonLogger, ProgressLogger, type Logger } from '../run/log.js';
import { formatSummary } from '../run/summary.js';

export const RUN_USAGE = `usage: directions run [--config FILE] [--data DIR] [--offline] [--log json|progress]
  --config FILE   default ./directions.config.json
  --data DIR      data directory (overrides the config's dataDir)
  --offline       re-extract stored documents; no network
  --log json      JSON log lines on stderr (the default when stderr is not a terminal)`;

export async function main(args: string[]): Promise<number> {
  let values: { config?: string; data?: string; offline?: boolean; log?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        config: { type: 'string' },
        data: { type: 'string' },
        offline: { type: 'boolean' },
        log: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`directions run: ${(err as Error).message}\n${RUN_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(`${RUN_USAGE}\n`);
    return 0;
  }
  if (values.log !== undefined && values.log !== 'json' && values.log !== 'progress') {
    process.stderr.write(`directions run: --log must be json or progress\n${RUN_USAGE}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = loadConfig(values.config ?? 'directions.config.json', { dataDir: values.data });
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

// Reads and validates a config file. Failures are ConfigError (the CLI maps them to exit code 2) with one
// line per problem, each naming the key, e.g. "sources.0.feeds.1: Invalid URL".
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import { Config } from './schema.js';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** The file it came from (relative paths in it are resolved against its folder). */
  file: string;
  /** dataDir made absolute. */
  dataDir: string;
}

export function formatIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const at = issue.path.map(String).join('.') || '(top level)';
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((k) => `${at === '(top level)' ? k : `${at}.${k}`}: unknown key`).join('\n');
      }
      return `${at}: ${issue.message}`;
    })
    .join('\n');
}

export function parseConfig(value: unknown, where = 'config'): Config {
  const result = Config.safeParse(value);
  if (!result.success) throw new ConfigError(`${where} is not valid:\n${formatIssues(result.error.issues)}`);
  return result.data;
}

export function loadConfig(file: string, overrides: { dataDir?: string } = {}): LoadedConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`config ${path} is not JSON: ${(err as Error).message}`);
  }
  const config = parseConfig(json, `config ${path}`);
  // Local source paths are relative to the config file, like dataDir.
  for (const source of config.sources) if (source.type === 'local') source.path = resolve(dirname(path), source.path);
  const dataDir = overrides.dataDir ? resolve(overrides.dataDir) : resolve(dirname(path), config.dataDir);
  return { config, file: path, dataDir };
}

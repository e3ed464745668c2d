// The `directions` command: dispatches to one module per subcommand in src/commands/.
// Exit codes: 0 all went well, 1 some inputs or sources failed (the rest were still done), 2 bad usage.
const COMMANDS: Record<string, string> = {
  extract: './commands/extract.js',
  eval: './commands/eval.js',
  'eval-corpora': './commands/eval.js',
  run: './commands/run.js',
  start: './commands/start.js',
  export: './commands/export.js',
  diff: './commands/diff.js',
};

const USAGE = `usage: directions <command> [options]
  extract [--manifest FILE] [--with-text] [PATH ...]   one JSON record per input on stdout
  eval DIR [--show-misses]                              score the extractor against DIR/gold.jsonl
  run [--config FILE] [--offline] [--log json]         the nightly job: discover, fetch, extract, store, export
  export --format jsonl|csv [--since DATE] [--changed-since DATE] [--council NAME] [--data DIR]   a subset of the dataset on stdout
  diff [--since DATE] [--changed-since DATE] [--council NAME] [--format text|json] [--data DIR]   what changed, one line per change
  start [--mirror DIR] [--data DIR]                     the nightly job against the bundled samples mirror on 127.0.0.1`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const modulePath = COMMANDS[name];
  if (!modulePath) {
    process.stderr.write(`directions: unknown command '${name}'\n${USAGE}\n`);
    return 2;
  }
  const command = (await import(modulePath)) as { main(args: string[], commandName: string): Promise<number> };
  return command.main(rest, name);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`directions: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);

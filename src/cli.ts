// The `directions` command: commander declares every subcommand and its options here, and each action loads
// its module from src/commands/ only when that command runs, so `--help` and `--version` load nothing heavy.
// Exit codes: 0 all went well, 1 some inputs or sources failed (the rest were still done), 2 bad usage
// (unknown command or option, a missing or bad value). Help and version go to stdout, errors to stderr.
import { Command, CommanderError, Option } from 'commander';
import type { DiffOptions } from './commands/diff.js';
import type { ExportOptions } from './commands/export.js';
import type { ExtractOptions } from './commands/extract.js';
import type { RunOptions } from './commands/run.js';
import type { StartOptions } from './commands/start.js';
import { packageVersion } from './package-root.js';

const EXIT_CODES = `
Exit codes: 0 all went well, 1 some inputs or sources failed (the rest were still done), 2 bad usage.
Run "directions COMMAND --help" for a command's options.`;

/** Errors read "directions[ COMMAND]: what was wrong" (commander's own start with "error: "). */
const errorsAs = (prefix: string) => ({ outputError: (message: string, write: (s: string) => void) => write(`${prefix}: ${message.replace(/^error: /, '')}`) });

const DATE = 'DATE is YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time, and must be on the calendar.';
const COUNCIL = 'only this council: official or short name, abbreviation (BCP) or GSS code';

/** `argv`: the command line after `directions`, as typed (extract keeps paths and manifests in its order). */
export function program(argv: string[]): Command {
  // Named as the bin is (package.json), so the usage lines show what to type.
  const program = new Command('directions')
    .description("Finds DfE interventions in English councils' children's services and turns them into a dataset with provenance.")
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpCommand(false)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput(errorsAs('directions'))
    .addHelpText('after', EXIT_CODES);

  /** A subcommand: it inherits the exit override; its errors name it. */
  const command = (name: string, summary: string) => program.command(name).description(summary).configureOutput(errorsAs(`directions ${name}`));

  command('extract', 'read documents and print one JSON record per input on stdout, in input order')
    .argument('[paths...]', 'files to read (PDF, HTML, text, GOV.UK JSON, feeds)')
    .option('--manifest <file>', 'JSON Lines of {"path", "url"?, "contentType"?}: read these files with their original addresses (repeatable)', collect)
    .option('--with-text', 'add the extracted text (what evidence offsets point into) to each record')
    .option('--allow-outside', "let a manifest name files outside its own folder")
    .addHelpText('after', '\nExit 0 when every input got a record from its bytes (error records included), 1 when some input could not be read\nor a manifest line was bad (each still gets its record), 2 on bad usage.')
    .action(async (paths: string[], { manifest = [], ...options }: { manifest?: string[] } & Omit<ExtractOptions, 'inputs'>, cmd: Command) => {
      // The worker that reads the documents starts loading the parsers while this thread loads the command.
      const { documentPool, DEFAULT_DOCUMENT_HEAP_MB } = await import('./document-pool.js');
      documentPool().prestart(DEFAULT_DOCUMENT_HEAP_MB);
      const { main, inputsInOrder } = await import('./commands/extract.js');
      process.exitCode = await main({ ...options, inputs: inputsInOrder(argv.slice(argv.indexOf(cmd.name()) + 1), paths, manifest) });
    });

  command('eval', 'score the extractor against DIR/gold.jsonl for each DIR; the last line is "micro-F1 x"')
    .argument('<dirs...>', 'folders that hold gold.jsonl and the documents it names')
    .option('--show-misses', 'list every miss')
    .action(async (dirs: string[], options: { showMisses?: boolean }) => {
      const { main } = await import('./commands/eval.js');
      process.exitCode = await main(dirs, options);
    });

  command('eval-corpora', 'score the extractor on the shared corpora (../shared/corpus/seeds, dev, and the real-dev cache) when they exist')
    .option('--show-misses', 'list every miss')
    .action(async (options: { showMisses?: boolean }) => {
      const { evalCorpora } = await import('./commands/eval.js');
      process.exitCode = await evalCorpora(options);
    });

  command('run', 'the nightly job: discover, fetch, extract, store, export')
    .option('--config <file>', 'the config file', 'directions.config.json')
    .option('--data <dir>', "data directory (overrides the config's dataDir)")
    .option('--offline', 're-extract stored documents; no network')
    .addOption(new Option('--log <format>', 'json: JSON log lines on stderr (the default when stderr is not a terminal); progress: a progress bar').choices(['json', 'progress']))
    .action(async (options: RunOptions) => {
      const { main } = await import('./commands/run.js');
      process.exitCode = await main(options);
    });

  command('start', 'the nightly job against the bundled samples mirror, served on 127.0.0.1 (no internet needed)')
    .option('--config <file>', 'the config file', 'directions.samples.config.json')
    .option('--data <dir>', "data directory (overrides the config's dataDir)")
    .option('--mirror <dir>', 'the mirror to serve', 'samples/mirror')
    .option('--offline', 're-extract stored documents; no network')
    .addOption(new Option('--log <format>', 'json: JSON log lines on stderr (the default when stderr is not a terminal); progress: a progress bar').choices(['json', 'progress']))
    .action(async (options: StartOptions) => {
      const { main } = await import('./commands/start.js');
      process.exitCode = await main(options);
    });

  command('export', 'a subset of the dataset on stdout, read from DIR/interventions.jsonl')
    .addOption(new Option('--format <format>', 'jsonl (one intervention record per line) or csv (no byte order mark)').choices(['jsonl', 'csv']).makeOptionMandatory())
    .option('--since <date>', 'only instruments dated on or after DATE (their own issue or publication date)')
    .option('--changed-since <date>', 'only interventions the dataset changed on or after DATE')
    .option('--council <name>', COUNCIL)
    .option('--data <dir>', 'data directory', './data')
    .addHelpText('after', `\n${DATE}`)
    .action(async (options: ExportOptions) => {
      const { main } = await import('./commands/export.js');
      process.exitCode = await main(options);
    });

  command('diff', 'what changed, one line per change with the source that says so, newest first')
    .option('--since <date>', 'changes to instruments dated on or after DATE (their own issue or publication date)')
    .option('--changed-since <date>', 'changes the dataset recorded on or after DATE')
    .option('--council <name>', COUNCIL)
    .addOption(new Option('--format <format>', 'text (one line per change) or json (an array of change objects)').choices(['text', 'json']).default('text'))
    .option('--data <dir>', 'data directory', './data')
    .addHelpText('after', `\n${DATE}`)
    .action(async (options: DiffOptions) => {
      const { main } = await import('./commands/diff.js');
      process.exitCode = await main(options);
    });

  return program;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Parses argv and runs the command; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await program(argv).parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    // --help and --version end in a CommanderError with exit code 0; every other parse error is bad usage.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
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

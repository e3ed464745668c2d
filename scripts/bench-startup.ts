// Start-up cost of the built command (dist/, as `npm ci` leaves it): `--help`, `extract` of one small direction
// PDF and of one text file, each run several times as a user runs it (a fresh process), measured by
// /usr/bin/time -v: wall clock, CPU (user + system) and peak RSS, with the median and the worst of the runs.
// The machine is shared: CPU seconds stay close to what an idle machine's wall clock shows, wall seconds do
// not, so both are printed, with the load average.
// Usage: npm run bench:startup [-- --runs 5] [-- --bin OTHER/bin/directions.mjs] (another checkout, to compare)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const bin = path.resolve(arg('--bin') ?? path.join(import.meta.dirname, '../bin/directions.mjs'));
const root = path.resolve(path.dirname(bin), '..');
const RUNS = Number(arg('--runs') ?? 5);

const CASES: { name: string; args: string[]; bar?: { wallS: number; rssMb: number } }[] = [
  { name: 'node -e 0 (the floor)', args: ['-e', '0'] },
  { name: '--help', args: ['--help'], bar: { wallS: 0.4, rssMb: Infinity } },
  {
    name: 'extract one direction PDF',
    args: ['extract', 'samples/mirror/assets.publishing.service.gov.uk/media/6673f0a2b1e94c00135a8d41/Swindon_Borough_Council_direction_June_2024.pdf'],
    bar: { wallS: 1.5, rssMb: 250 },
  },
  { name: 'extract one text file', args: ['extract', 'samples/text/blog-bcp-second-direction.txt'] },
];

interface Run {
  wallS: number;
  cpuS: number;
  rssMb: number;
}

/** One fresh process under GNU time -v; its report is the last lines of stderr. */
function measure(args: string[]): Run {
  // The command as a user runs it: the bin itself, whose shebang gives node its flags.
  const argv = args[0] === '-e' ? [process.execPath, ...args] : [bin, ...args];
  const r = spawnSync('/usr/bin/time', ['-v', ...argv], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const field = (label: string) => {
    const m = new RegExp(`${label}: (.+)`).exec(r.stderr);
    if (!m) throw new Error(`no "${label}" in the report of /usr/bin/time -v`);
    return m[1].trim();
  };
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const wallS = clock.reduce((acc, part) => acc * 60 + part, 0);
  return {
    wallS,
    cpuS: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    rssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs: number[], digits: number) => `median ${median(xs).toFixed(digits)} max ${Math.max(...xs).toFixed(digits)}`;

const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
if (name === 'directions' && !existsSync(path.join(root, 'dist/src/cli.js'))) throw new Error('dist/ is not built: run npm run build');
console.log(`${bin}: ${name} ${version}, node ${process.version}, ${RUNS} runs each, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const c of CASES) {
  measure(c.args); // warms the file cache; not counted
  const runs = Array.from({ length: RUNS }, () => measure(c.args));
  const wall = runs.map((r) => r.wallS);
  const cpu = runs.map((r) => r.cpuS);
  const rss = runs.map((r) => r.rssMb);
  const bar = c.bar ? `   bar: wall < ${c.bar.wallS} s${Number.isFinite(c.bar.rssMb) ? `, RSS < ${c.bar.rssMb} MB` : ''}` : '';
  console.log(`${c.name.padEnd(28)} wall s ${fmt(wall, 2)}   cpu s ${fmt(cpu, 2)}   peak RSS MB ${fmt(rss, 0)}${bar}`);
  console.log(`${''.padEnd(28)} runs (wall/cpu s): ${runs.map((r) => `${r.wallS.toFixed(2)}/${r.cpuS.toFixed(2)}`).join(' ')}`);
}
console.log(`load average after ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

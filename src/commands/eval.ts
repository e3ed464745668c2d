// `directions eval DIR... [--show-misses]` (options in src/cli.ts): run the extractor over DIR's documents and score it against
// DIR/gold.jsonl. `eval-corpora` (npm run eval) does the same for the shared corpora, when they exist.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_BUDGETS } from '../config/schema.js';
import { readDocument } from '../document.js';
import { OcrService, readWithOcr } from '../ocr-step.js';
import { GoldLine } from '../eval/gold.js';
import { ACCURACIES, addScores, emptyScore, f1, FIELDS, microF1, scoreRecord, type Score } from '../eval/score.js';

const SHARED_CORPORA = ['../shared/corpus/seeds', '../shared/corpus/dev'];
/** The real pages: labels in git, texts rebuilt locally into an ignored cache (../shared/corpus/real-dev/README.md). */
const REAL_DEV = '.cache/real-dev';
const REAL_DEV_HELP = `No real-dev cache at ${REAL_DEV}/gold.jsonl: rebuild it as ../shared/corpus/real-dev/README.md says (then python3 ../shared/corpus/real-dev/rebuild.py gold ${REAL_DEV}); scoring the synthetic corpora only.`;

export async function evalDir(dir: string): Promise<Score> {
  const total = emptyScore();
  const lines = readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  // One OCR engine for the whole directory, started at the first scan.
  const ocr = new OcrService(DEFAULT_BUDGETS);
  try {
    for (const [i, line] of lines.entries()) {
      const parsed = GoldLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${dir}/gold.jsonl line ${i + 1}: ${parsed.error.message}`);
      const gold = parsed.data;
      const file = path.resolve(dir, gold.file);
      const input = { bytes: readFileSync(file), uri: gold.url ?? pathToFileURL(file).href, path: file, contentType: gold.content_type ?? null };
      const record = await readWithOcr(input, (text) => readDocument(input, text ? { ocr: text } : {}), ocr);
      addScores(total, scoreRecord(gold, record));
    }
  } finally {
    await ocr.close();
  }
  return total;
}

const pct = (x: number) => x.toFixed(3);

export function report(score: Score, label: string, showMisses: boolean): string {
  const out = [`== ${label}`, 'field        P      R      F1     (tp/fp/fn)'];
  for (const f of FIELDS) {
    const t = score.fields[f];
    const { p, r, f: f1v } = f1(t);
    out.push(`${f.padEnd(12)} ${pct(p)}  ${pct(r)}  ${pct(f1v)}  (${t.tp}/${t.fp}/${t.fn})`);
  }
  for (const a of ACCURACIES) {
    const { right, total } = score.accuracies[a];
    out.push(`${`${a} accuracy`.padEnd(20)} ${total ? pct(right / total) : 'n/a'}  (${right}/${total})`);
  }
  if (showMisses) out.push(...score.misses.map((m) => `  ${m}`));
  return out.join('\n');
}

export async function main(dirs: string[], { showMisses = false }: { showMisses?: boolean } = {}): Promise<number> {
  const all = emptyScore();
  for (const dir of dirs) {
    if (!existsSync(path.join(dir, 'gold.jsonl'))) {
      process.stderr.write(`directions eval: no gold.jsonl in ${dir}\n`);
      return 2;
    }
    const score = await evalDir(dir);
    process.stdout.write(`${report(score, dir, showMisses)}\n`);
    addScores(all, score);
  }
  if (dirs.length > 1) process.stdout.write(`${report({ ...all, misses: [] }, 'all', false)}\n`);
  process.stdout.write(`micro-F1 ${microF1(all).toFixed(3)}\n`);
  return 0;
}

/** `npm run eval`: seeds and dev (the synthetic bar) together, and the real pages on their own line. */
export async function evalCorpora({ showMisses = false }: { showMisses?: boolean } = {}): Promise<number> {
  const found = SHARED_CORPORA.filter((d) => existsSync(path.join(d, 'gold.jsonl')));
  const real = existsSync(path.join(REAL_DEV, 'gold.jsonl'));
  if (!found.length && !real) {
    process.stdout.write(`No shared corpora found (looked for ${SHARED_CORPORA.join(', ')}, ${REAL_DEV}); nothing to evaluate.\n`);
    return 0;
  }
  const synthetic = emptyScore();
  for (const dir of found) {
    const score = await evalDir(dir);
    process.stdout.write(`${report(score, dir, showMisses)}\n`);
    addScores(synthetic, score);
  }
  if (found.length > 1) process.stdout.write(`${report({ ...synthetic, misses: [] }, 'seeds+dev', false)}\n`);
  let realScore = null;
  if (real) {
    realScore = await evalDir(REAL_DEV);
    process.stdout.write(`${report(realScore, REAL_DEV, showMisses)}\n`);
  } else process.stdout.write(`${REAL_DEV_HELP}\n`);
  if (found.length) process.stdout.write(`micro-F1 seeds+dev ${microF1(synthetic).toFixed(3)}\n`);
  if (realScore) process.stdout.write(`micro-F1 real-dev ${microF1(realScore).toFixed(3)}\n`);
  return 0;
}

// OCR throughput: reads the scanned samples (samples/scanned/*.pdf, 4 pages) through the OCR engine the run
// uses (render with pdf-parse, despeckle, tesseract.js with the npm English model), --rounds times, with one
// tesseract worker, and prints pages/s and peak RSS (the process's maximum resident set: the tesseract
// worker thread and its WebAssembly heap included). Starting the worker (loading the model) is timed apart:
// a run pays it once. Elapsed time depends on the machine's load; CPU time per page much less so.
// Usage: npm run bench:ocr [-- --rounds 3]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BUDGETS } from '../src/config/schema.js';
import { OCR_ENGINE, OcrEngine } from '../src/parse/ocr.js';

const DIR = join(import.meta.dirname, '..', 'samples', 'scanned');
const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 3;
const scans = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .map((f) => readFileSync(join(DIR, f)));
const budgets = { maxPages: DEFAULT_BUDGETS.ocrMaxPages, pageTimeoutMs: DEFAULT_BUDGETS.ocrPageTimeoutMs };

const engine = new OcrEngine();
const t0 = performance.now();
await engine.read(scans[0], budgets); // starts the worker and loads the model; not counted below
const startup = (performance.now() - t0) / 1000;

let pages = 0;
let chars = 0;
const confidences: number[] = [];
const t1 = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const bytes of scans) {
    const text = await engine.read(bytes, budgets);
    pages += text.pages.length;
    for (const p of text.pages) {
      confidences.push(p.confidence);
      chars += p.lines.reduce((n, l) => n + l.text.length, 0);
    }
  }
}
const seconds = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
await engine.close();

console.log(`engine               ${OCR_ENGINE}`);
console.log(`documents × rounds   ${scans.length} × ${rounds}`);
console.log(`pages read           ${pages} (${chars} characters)`);
console.log(`first document       ${startup.toFixed(1)} s (worker start and model load included)`);
console.log(`elapsed              ${seconds.toFixed(1)} s`);
console.log(`throughput           ${(pages / seconds).toFixed(2)} pages/s (${(seconds / pages).toFixed(1)} s a page)`);
// CPU time (all threads of the process) does not depend on how busy the machine is; elapsed time does.
console.log(`CPU time             ${cpuSeconds.toFixed(1)} s (${(cpuSeconds / pages).toFixed(1)} CPU-s a page: ${(pages / cpuSeconds).toFixed(2)} pages/s on an idle core)`);
console.log(`page confidence      ${Math.min(...confidences)}–${Math.max(...confidences)}`);
console.log(`peak RSS             ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

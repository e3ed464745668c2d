// Extraction throughput: generates a corpus of N synthetic news articles (default 2,000), reads each through
// the parse and extract stages on one core, and prints MB/s of article text, documents/s and peak memory.
// 200 other articles are read first and not timed, so the figure is the steady state a nightly run sees once
// the JIT has compiled the patterns, not module loading and compilation.
// Each block of 500 documents is timed too: the first blocks still run code the JIT has not optimised, the
// later ones show the steady state (compare a longer run, --docs 4000, with another version's).
// Usage: npm run bench [-- --docs 2000]
import { readDocument } from '../src/document.js';

const COUNCILS = ['Kirklees', 'Croydon', 'Barnet', 'Medway', 'Hackney', 'Peterborough', 'Sandwell', 'Norfolk', 'Dudley', 'Torbay', 'Swindon', 'Wirral'];
const PARTNERS = ['Leeds City Council', 'Camden Council', 'Essex County Council', 'Hampshire County Council', 'Lincolnshire County Council'];
const FILLER = [
  'Inspectors said supervision was irregular and that plans for children drifted between reviews.',
  'The council said it accepted the findings and had already begun work on a new practice model.',
  'Social workers told inspectors that caseloads had risen sharply over the previous year.',
  'The report praised the work of the fostering team but said care leavers waited too long for housing.',
  'Councillors will discuss the findings at a meeting of the children and young people scrutiny committee next month.',
];

function article(i: number): string {
  const c = COUNCILS[i % COUNCILS.length];
  const p = PARTNERS[i % PARTNERS.length];
  const paras = [
    `DfE issues statutory direction to ${c} after inadequate rating`,
    `Thursday, ${1 + (i % 28)} March 2024`,
    `A statutory direction issued to ${c} Council states that it must work with ${p} within three months.`,
    `Children's services in ${c} were rated inadequate in January 2024 after an Ofsted inspection.`,
    `${p} has been appointed as improvement adviser for a period of two years, and will review progress every six months.`,
  ];
  for (let k = 0; k < 12; k++) paras.push(FILLER[(i + k) % FILLER.length]);
  paras.push('Comments', 'Jo R. 2 hours ago', 'This has been a long time coming.');
  return paras.join('\n\n');
}

const n = Number(process.argv[process.argv.indexOf('--docs') + 1]) || 2000;
const WARM_UP = 200;
for (let i = 0; i < WARM_UP; i++) await readDocument({ bytes: Buffer.from(article(n + i), 'utf8'), uri: `https://news.example/warm/${i}`, contentType: 'text/plain' });
const docs = Array.from({ length: n }, (_, i) => Buffer.from(article(i), 'utf8'));
const bytes = docs.reduce((s, d) => s + d.length, 0);
let peak = process.memoryUsage().rss;
let interventions = 0;
const BLOCK = 500;
const blocks: number[] = [];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let blockStart = t0;
for (const [i, d] of docs.entries()) {
  const record = await readDocument({ bytes: d, uri: `https://news.example/article/${i}`, contentType: 'text/plain' });
  interventions += record.interventions.length;
  if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  if ((i + 1) % BLOCK === 0) {
    const now = performance.now();
    blocks.push(now - blockStart);
    blockStart = now;
  }
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(`documents            ${n}`);
console.log(`article text         ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`interventions found  ${interventions}`);
console.log(`elapsed              ${seconds.toFixed(2)} s`);
console.log(`throughput           ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(n / seconds).toFixed(0)} documents/s`);
// CPU time is steadier than wall time on a shared machine: other processes slow the clock, not the count.
console.log(`per CPU second       ${(bytes / 1e6 / cpuSeconds).toFixed(2)} MB/s (${cpuSeconds.toFixed(2)} s of CPU)`);
console.log(`peak RSS             ${(peak / 1048576).toFixed(0)} MiB`);
console.log(`ms per ${BLOCK} documents  ${blocks.map((ms) => ms.toFixed(0)).join(' ')}`);

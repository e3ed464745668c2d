// Is reading linear in the size of the text? Seconds through readDocument (parse + extract) for 10 KB,
// 100 KB, 1 MB and 10 MB of two texts: one sentence that never ends (no full stop anywhere) and ordinary
// prose about an intervention. Linear means each size takes about ten times the one before.
//   npm run bench:linear            all four sizes
//   npm run bench:linear -- 10KB 100KB   only these
import { readDocument } from '../src/document.js';

const SIZES: Record<string, number> = { '10KB': 10_000, '100KB': 100_000, '1MB': 1_000_000, '10MB': 10_000_000 };

const ONE_SENTENCE_WORDS =
  'the Secretary of State issued a direction to Kirklees Council which must within three months by 25 March agree an improvement plan with Leeds City Council as its improvement partner and report every six months to the Minister and ';
const NORMAL =
  'The Secretary of State for Education has issued a statutory direction to Kirklees Council on 25 January 2018. ' +
  'The council must enter into a strategic partnership agreement with Leeds City Council within three months. ' +
  'Progress will be reviewed every six months by the Department for Education.\n\n' +
  'Ofsted judged children’s services inadequate in November 2016. The direction will remain in force for at least 18 months.\n\n';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const texts = { 'one sentence': (n: number) => fill(ONE_SENTENCE_WORDS, n), normal: (n: number) => fill(NORMAL, n) };

const wanted = process.argv.slice(2).filter((a) => a !== '--');
const sizes = (wanted.length ? wanted : Object.keys(SIZES)).map((s) => {
  if (!(s in SIZES)) throw new Error(`unknown size ${s}; use ${Object.keys(SIZES).join(', ')}`);
  return s;
});

// One small document first, so module loading and JIT warm-up are not charged to the first size.
await readDocument({ bytes: Buffer.from(NORMAL), uri: 'https://news.example/warm-up' });

console.log('text          size    seconds  interventions');
for (const [name, make] of Object.entries(texts)) {
  for (const size of sizes) {
    const bytes = Buffer.from(make(SIZES[size]));
    const started = process.hrtime.bigint();
    const record = await readDocument({ bytes, uri: 'https://news.example/bench', contentType: 'text/plain' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const outcome = record.status === 'ok' ? String(record.interventions.length) : `error ${record.error?.code}`;
    console.log(`${name.padEnd(13)} ${size.padEnd(7)} ${seconds.toFixed(3).padStart(8)}  ${outcome}`);
  }
}

// Reads a scan (through OCR) and the text version it was made from, and prints the interventions each gives
// (council, instrument, service, issue date, people, deadlines, partners), the scan's OCR confidence, and
// whether the two agree. Exit 0 when they do, 1 when not.
// Usage: npx tsx scripts/compare-scan.ts SCAN.pdf TEXT_VERSION.pdf
import { extract } from '../src/index.js';
import { interventionFacts } from '../test/parse/scanned-facts.js';

const [scanPath, textPath] = process.argv.slice(2);
if (!scanPath || !textPath) {
  console.error('usage: npx tsx scripts/compare-scan.ts SCAN.pdf TEXT_VERSION.pdf');
  process.exit(2);
}
const scan = await extract(scanPath);
const text = await extract(textPath);
const a = interventionFacts(scan);
const b = interventionFacts(text);
console.log(`scan:         ${scanPath} (${scan.status}${scan.error ? `: ${scan.error.message}` : ''}; ocr ${JSON.stringify(scan.source.ocr ?? null)})`);
console.log(JSON.stringify(a, null, 2));
console.log(`text version: ${textPath} (${text.status})`);
console.log(JSON.stringify(b, null, 2));
const same = JSON.stringify(a) === JSON.stringify(b);
console.log(`same interventions: ${same}`);
process.exit(same ? 0 : 1);

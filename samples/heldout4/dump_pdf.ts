import { PDFParse } from 'pdf-parse';
import fs from 'node:fs';
const f = process.argv[2];
const p = new PDFParse({ data: fs.readFileSync(f) });
const r = await p.getText();
console.log(r.text);

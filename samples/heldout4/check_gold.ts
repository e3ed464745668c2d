// Checks gold.jsonl against the documents: verbatim texts, names in authorities.csv valid at the document date,
// people / not_appointees present, date formats. Run: npx tsx check_gold.ts
import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';

const dir = new URL('.', import.meta.url).pathname;
const csvPath = '/work/shared/reference/authorities.csv';

function parseCsv(s: string): string[][] {
  const rows: string[][] = []; let row: string[] = []; let cur = ''; let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) { if (c === '"') { if (s[i + 1] === '"') { cur += '"'; i++; } else q = false; } else cur += c; }
    else if (c === '"') q = true; else if (c === ',') { row.push(cur); cur = ''; }
    else if (c === '\n') { row.push(cur); rows.push(row); row = []; cur = ''; } else if (c !== '\r') cur += c;
  }
  if (cur || row.length) { row.push(cur); rows.push(row); }
  return rows;
}
const rows = parseCsv(fs.readFileSync(csvPath, 'utf8'));
const hdr = rows[0]; const iName = hdr.indexOf('name'), iS = hdr.indexOf('start_date'), iE = hdr.indexOf('end_date');
function validAt(name: string, date: string): boolean {
  return rows.slice(1).some(r => r[iName] === name && (!r[iS] || r[iS] <= date) && (!r[iE] || r[iE] >= date));
}
const ents: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', ndash: '\u2013', mdash: '\u2014', raquo: '\u00bb', pound: '\u00a3', middot: '\u00b7', copy: '\u00a9' };
function htmlText(h: string): string {
  const title = (h.match(/<title>([\s\S]*?)<\/title>/i) || [, ''])[1];
  h = h.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
  h = h.replace(/<br\s*\/?>|<\/(p|div|h\d|li|tr|blockquote|section|article|header|footer|dd|dt)>/gi, '\n').replace(/<[^>]+>/g, '');
  return (title + '\n' + h).replace(/&(#?\w+);/g, (m, e) => e[0] === '#' ? String.fromCharCode(parseInt(e.slice(1))) : (ents[e] ?? m));
}
async function docText(f: string): Promise<string> {
  const p = dir + f;
  if (f.endsWith('.pdf')) { const r = await new PDFParse({ data: fs.readFileSync(p) }).getText(); return r.text; }
  const s = fs.readFileSync(p, 'utf8');
  return f.endsWith('.html') ? htmlText(s) : s;
}
const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
let errors = 0, warns = 0;
const err = (m: string) => { errors++; console.log('ERROR', m); };
const warn = (m: string) => { warns++; console.log('warn ', m); };
const dateRe = /^\d{4}(-\d{2}(-\d{2})?)?$/;
for (const line of fs.readFileSync(dir + 'gold.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const g = JSON.parse(line);
  if (!fs.existsSync(dir + g.file)) { err(`${g.file}: missing file`); continue; }
  const text = await docText(g.file); const nt = norm(text);
  const has = (s: string, what: string) => {
    if (text.includes(s)) return;
    if (nt.includes(norm(s))) warn(`${g.file}: ${what} "${s}" only matches after whitespace/quote normalisation`);
    else err(`${g.file}: ${what} "${s}" not in text`);
  };
  const pub = g.published;
  if (!dateRe.test(pub)) err(`${g.file}: bad published ${pub}`);
  for (const d of g.distractors) { if (!validAt(d, pub)) err(`${g.file}: distractor ${d} not valid at ${pub}`); }
  for (const n of g.not_appointees) has(n.split(' ').slice(-1)[0], 'not_appointee surname');
  for (const e of g.events) {
    if (!validAt(e.council, pub)) err(`${g.file}: council ${e.council} not valid at ${pub}`);
    if (e.issued && !dateRe.test(e.issued)) err(`${g.file}: bad issued ${e.issued}`);
    if (e.ofsted_date && !/^\d{4}-\d{2}$/.test(e.ofsted_date)) err(`${g.file}: bad ofsted_date`);
    if (![null, 'inadequate', 'requires improvement'].includes(e.ofsted_rating)) err(`${g.file}: bad rating`);
    for (const p of e.partners) { if (!validAt(p.authority, pub)) err(`${g.file}: partner ${p.authority} not valid`); if (p.authority === e.council) err('self partner'); }
    for (const p of e.people) has(p.name, 'person');
    for (const d of e.deadlines) { has(d.text, 'deadline'); if (d.due !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.due)) err(`${g.file}: bad due ${d.due}`); }
    for (const c of e.cadences) { has(c.text, 'cadence'); if (!/^P\d+[YMWD]$/.test(c.every)) err(`bad every ${c.every}`); }
    for (const d of e.durations) { has(d.text, 'duration'); if (!/^(P\d+[YMWD]|open-ended)$/.test(d.length)) err(`bad length ${d.length}`); }
  }
}
console.log(`done: ${errors} errors, ${warns} warnings`);

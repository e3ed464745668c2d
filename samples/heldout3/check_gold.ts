// Checks gold.jsonl against the documents: verbatim phrases and names, authority names valid at the date, well-formed dates and periods.
// Run from this folder: npx tsx check_gold.ts
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CSV = path.resolve(HERE, '../../../shared/reference/authorities.csv');

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n').filter((l) => l.trim())) {
    const cells: string[] = [];
    let cur = '', q = false;
    for (const ch of line) {
      if (ch === '"') q = !q;
      else if (ch === ',' && !q) { cells.push(cur); cur = ''; }
      else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}
const [head, ...rows] = parseCsv(readFileSync(CSV, 'utf8'));
const col = (n: string) => head.indexOf(n);
const auth = rows.map((r) => ({ name: r[col('name')], start: r[col('start_date')], end: r[col('end_date')] }));
const validAt = (name: string, date: string | null) =>
  auth.some((a) => a.name === name && (!date || ((!a.start || a.start.slice(0, date.length) <= date) && (!a.end || a.end.slice(0, date.length) >= date))));

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const unescape = (s: string) => s.replace(/&mdash;/g, '—').replace(/&amp;/g, '&').replace(/&#187;/g, '»').replace(/&copy;/g, '©').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const stripHtml = (s: string) => unescape(s.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<head>[\s\S]*?<\/head>/, ' ').replace(/<[^>]+>/g, ' '));

async function visible(file: string): Promise<string> {
  const bytes = readFileSync(path.join(HERE, file));
  if (file.endsWith('.pdf')) {
    try {
      return norm((await new PDFParse({ data: bytes }).getText()).text.replace(/-- \d+ of \d+ --/g, ' '));
    } catch {
      return '';
    }
  }
  const s = bytes.toString('utf8');
  if (file.endsWith('.html')) return norm(stripHtml(s));
  if (file.endsWith('.json')) {
    const j = JSON.parse(s);
    if (j.schema_name === 'document_collection') return norm([j.title, j.description, ...(j.links?.documents ?? []).map((d: any) => `${d.title} https://www.gov.uk${d.base_path}`)].join(' \n '));
    return norm([j.title, j.description, stripHtml(j.details?.body ?? '')].join(' \n '));
  }
  return norm(s);
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PERIOD = /^P\d+[DWMY]$/;
const INSTR = ['direction', 'revised_direction', 'revocation', 'improvement_notice', 'commissioner_appointment', 'other'];
let errors = 0;
const err = (m: string) => { errors++; console.log('ERROR ' + m); };

const lines = readFileSync(path.join(HERE, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
let events = 0;
for (const g of lines) {
  const f = g.file;
  if (!existsSync(path.join(HERE, f))) { err(`${f}: missing file`); continue; }
  const text = await visible(f);
  const has = (s: string) => text.includes(norm(s));
  if (g.published && !DATE.test(g.published)) err(`${f}: bad published ${g.published}`);
  if (g.expect_error && text.length > 0) err(`${f}: expected ${g.expect_error} but text was extracted`);
  for (const l of g.links ?? []) if (['feed', 'govuk_collection'].includes(g.kind) && !readFileSync(path.join(HERE, f), 'utf8').includes(l.replace('https://www.gov.uk', ''))) err(`${f}: link not in file ${l}`);
  for (const n of [...(g.not_appointees ?? [])]) if (!has(n)) err(`${f}: not_appointee not in text: ${n}`);
  for (const d of g.distractors ?? []) if (!auth.some((a) => a.name === d)) err(`${f}: distractor not an authority name: ${d}`);
  for (const e of g.events) {
    events++;
    const anchor = g.kind === 'news' ? g.published : e.issued;
    if (!INSTR.includes(e.instrument)) err(`${f}: bad instrument ${e.instrument}`);
    if (!["children's social care", 'SEND'].includes(e.service)) err(`${f}: bad service ${e.service}`);
    if (e.issued && !DATE.test(e.issued)) err(`${f}: bad issued ${e.issued}`);
    if (!validAt(e.council, e.issued)) err(`${f}: council ${e.council} not valid at ${e.issued}`);
    if (g.kind !== 'govuk_collection' && !has(e.council.replace('County Durham', 'Durham'))) err(`${f}: council name ${e.council} not in text`);
    for (const p of e.partners) {
      if (!validAt(p.authority, e.issued)) err(`${f}: partner ${p.authority} not valid at ${e.issued}`);
      if (!has(p.authority.replace('County Durham', 'Durham'))) err(`${f}: partner ${p.authority} not in text`);
    }
    for (const p of e.people) if (!has(p.name)) err(`${f}: person not in text: ${p.name}`);
    for (const d of e.deadlines) {
      if (!has(d.text)) err(`${f}: deadline text not verbatim: ${d.text}`);
      if (d.due && !DATE.test(d.due)) err(`${f}: bad due ${d.due}`);
      if (d.due && anchor && d.due < anchor) err(`${f}: due ${d.due} before anchor ${anchor}`);
    }
    for (const c of e.cadences) {
      if (!has(c.text)) err(`${f}: cadence text not verbatim: ${c.text}`);
      if (!PERIOD.test(c.every)) err(`${f}: bad every ${c.every}`);
    }
    for (const d of e.durations) {
      if (!has(d.text)) err(`${f}: duration text not verbatim: ${d.text}`);
      if (!PERIOD.test(d.length) && d.length !== 'open-ended') err(`${f}: bad length ${d.length}`);
    }
    if (![null, 'inadequate', 'requires improvement'].includes(e.ofsted_rating)) err(`${f}: bad ofsted_rating ${e.ofsted_rating}`);
    if (e.ofsted_date && !/^\d{4}-\d{2}$/.test(e.ofsted_date)) err(`${f}: bad ofsted_date ${e.ofsted_date}`);
  }
}
console.log(`${lines.length} documents, ${events} events, ${errors} errors`);
process.exit(errors ? 1 : 0);

/**
 * Self-check of the sample corpus in samples/ against samples/gold.jsonl.
 *
 *  - every gold line is well formed and its file exists;
 *  - every gold `text` phrase, person, council, partner, distractor and non-appointee occurs in the
 *    document's visible text (HTML without tags/scripts, JSON string values, feed text, decoded text
 *    files, PDF text via `pdftotext` when installed, else via pdf-parse, else PDFs are skipped);
 *  - every `links` URL resolves to a file in samples/mirror, and feeds, the collection, the search
 *    response and publication pages list exactly the gold links;
 *  - every document in samples/mirror, samples/text, samples/broken and samples/history has a gold line.
 *
 * Run: npx tsx scripts/check-samples.ts   (exit code 0 when everything passes)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const MIRROR = join(ROOT, 'mirror');
const AUTHORITIES = resolve(ROOT, '..', '..', 'shared', 'reference', 'authorities.csv');

const KINDS = new Set(['news', 'govuk_publication', 'govuk_collection', 'instrument_pdf', 'feed', 'broken']);
const INSTRUMENTS = new Set(['direction', 'revised_direction', 'revocation', 'improvement_notice', 'commissioner_appointment', 'other']);
const ERRORS = new Set(['scanned', 'encrypted', 'corrupt', 'unsupported', 'empty', 'not_pdf']);
const SERVICES = new Set(["children's social care", 'SEND']);
const RATINGS = new Set([null, 'inadequate', 'requires improvement']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PERIOD = /^(P\d+[YMWD]|open-ended)$/;

interface Event {
  council: string;
  instrument: string;
  service: string;
  issued: string | null;
  partners: { authority: string; role: string }[];
  people: { name: string; role: string }[];
  deadlines: { text: string; due: string | null; what: string }[];
  cadences: { text: string; every: string; what: string }[];
  durations: { text: string; length: string; what: string }[];
  ofsted_rating: string | null;
  ofsted_date: string | null;
}
interface Gold {
  file: string;
  url: string;
  published: string | null;
  kind: string;
  events: Event[];
  distractors: string[];
  not_appointees: string[];
  links: string[];
  expect_error?: string;
}

const problems: string[] = [];
const warnings: string[] = [];
const fail = (file: string, msg: string) => problems.push(`${file}: ${msg}`);

// ---------------------------------------------------------------------------- text extraction

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  middot: '·', copy: '©', pound: '£', ndash: '–', mdash: '—', hellip: '…',
};
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
function htmlText(html: string): string {
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const body = html
    .replace(/<head[\s\S]*?<\/head>/i, ' ')
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(`${title}\n${body}`);
}
function jsonText(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(htmlText(v));
  else if (Array.isArray(v)) v.forEach((x) => jsonText(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => jsonText(x, out));
  return out;
}

let pdfMode: 'pdftotext' | 'pdf-parse' | 'skip' | undefined;
async function pdfText(path: string): Promise<string | null> {
  if (!pdfMode) {
    try {
      execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
      pdfMode = 'pdftotext';
    } catch {
      try {
        await import('pdf-parse');
        pdfMode = 'pdf-parse';
      } catch {
        pdfMode = 'skip';
      }
    }
    console.log(`PDF text via: ${pdfMode}`);
  }
  if (pdfMode === 'pdftotext') return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (pdfMode === 'pdf-parse') {
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: readFileSync(path) });
    try {
      return (await parser.getText()).text;
    } finally {
      await parser.destroy();
    }
  }
  return null;
}

async function visibleText(path: string): Promise<string | null> {
  const buf = readFileSync(path);
  if (path.endsWith('.pdf')) return pdfText(path);
  if (path.endsWith('.html')) return htmlText(buf.toString('utf8'));
  if (path.endsWith('.json')) return jsonText(JSON.parse(buf.toString('utf8'))).join('\n');
  if (path.endsWith('.xml')) return decodeEntities(buf.toString('utf8').replace(/<[^>]+>/g, ' '));
  if (path.endsWith('.txt')) {
    const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(buf);
    return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(buf) : utf8;
  }
  return buf.toString('utf8');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const loose = (s: string) => norm(s).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();

// ---------------------------------------------------------------------------- URL → mirror file

function mirrorFileFor(url: string): string {
  const u = new URL(url);
  let p = decodeURIComponent(u.pathname);
  if (u.hostname === 'www.gov.uk' && p === '/api/search.json') return join(MIRROR, u.hostname, p);
  if (p.endsWith('/')) p += 'index.html';
  else if (!/\.[a-z0-9]+$/i.test(p.split('/').pop() ?? '')) p += p.startsWith('/api/') ? '/index.json' : '/index.html';
  return join(MIRROR, u.hostname, p);
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function sameSet(file: string, what: string, found: string[], gold: string[]): void {
  const a = [...new Set(found)].sort();
  const b = [...new Set(gold)].sort();
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    fail(file, `${what} differ from gold links:\n    in document: ${a.join('\n                 ')}\n    in gold:     ${b.join('\n                 ')}`);
  }
}

// ---------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const goldLines = readFileSync(join(ROOT, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const golds: Gold[] = goldLines.map((l, i) => {
    try {
      return JSON.parse(l) as Gold;
    } catch (e) {
      throw new Error(`gold.jsonl line ${i + 1}: ${(e as Error).message}`);
    }
  });
  const councils = existsSync(AUTHORITIES)
    ? new Set(
        readFileSync(AUTHORITIES, 'utf8')
          .split('\n')
          .slice(1)
          .map((l) => (l.startsWith('E') ? (/^[^,]*,("([^"]*)"|[^,]*)/.exec(l)?.[2] ?? /^[^,]*,([^,]*)/.exec(l)?.[1]) : undefined))
          .filter((x): x is string => !!x),
      )
    : null;
  if (!councils) warnings.push(`authorities.csv not found at ${AUTHORITIES}: council names not checked against it`);

  const seen = new Set<string>();
  let phrases = 0;
  let pdfSkipped = 0;
  for (const g of golds) {
    const f = g.file;
    if (seen.has(f)) fail(f, 'duplicate gold line');
    seen.add(f);
    for (const k of ['file', 'url', 'published', 'kind', 'events', 'distractors', 'not_appointees', 'links'] as const) {
      if (!(k in g)) fail(f, `missing field ${k}`);
    }
    if (!KINDS.has(g.kind)) fail(f, `bad kind ${g.kind}`);
    if (g.published !== null && !DATE.test(g.published)) fail(f, `bad published ${g.published}`);
    if (g.kind === 'broken' && !ERRORS.has(g.expect_error ?? '')) fail(f, `broken file needs expect_error in ${[...ERRORS].join(', ')}`);
    if (g.kind !== 'broken' && g.expect_error) fail(f, 'expect_error on a non-broken document');
    try {
      new URL(g.url);
    } catch {
      fail(f, `bad url ${g.url}`);
    }
    const path = join(ROOT, f);
    if (!existsSync(path)) {
      fail(f, 'file does not exist');
      continue;
    }
    if (f.startsWith('mirror/') && mirrorFileFor(g.url) !== path) fail(f, `url ${g.url} maps to ${relative(ROOT, mirrorFileFor(g.url))}, not to this file`);

    // Names and phrases in the visible text.
    const needles: [string, string][] = [];
    for (const e of g.events) {
      if (!INSTRUMENTS.has(e.instrument)) fail(f, `bad instrument ${e.instrument}`);
      if (!SERVICES.has(e.service)) fail(f, `bad service ${e.service}`);
      if (!RATINGS.has(e.ofsted_rating)) fail(f, `bad ofsted_rating ${e.ofsted_rating}`);
      for (const d of [e.issued, e.ofsted_date]) if (d !== null && !DATE.test(d)) fail(f, `bad date ${d}`);
      needles.push(['council', e.council]);
      for (const p of e.partners) needles.push(['partner', p.authority]);
      for (const p of e.people) needles.push(['person', p.name]);
      for (const d of e.deadlines) {
        needles.push(['deadline text', d.text]);
        if (d.due !== null && !DATE.test(d.due)) fail(f, `bad due ${d.due}`);
      }
      for (const c of e.cadences) {
        needles.push(['cadence text', c.text]);
        if (!PERIOD.test(c.every)) fail(f, `bad every ${c.every}`);
      }
      for (const d of e.durations) {
        needles.push(['duration text', d.text]);
        if (!PERIOD.test(d.length)) fail(f, `bad length ${d.length}`);
      }
      if (councils) for (const c of [e.council, ...e.partners.map((p) => p.authority)]) if (!councils.has(c)) fail(f, `"${c}" is not a name in authorities.csv`);
    }
    for (const d of g.distractors) {
      needles.push(['distractor', d]);
      if (councils && !councils.has(d)) fail(f, `distractor "${d}" is not a name in authorities.csv`);
    }
    for (const p of g.not_appointees) needles.push(['not_appointee', p]);

    if (g.kind !== 'broken' || needles.length) {
      const text = await visibleText(path);
      if (text === null) {
        pdfSkipped++;
      } else {
        const t = norm(text);
        const tl = loose(text);
        if (councils && g.kind !== 'feed') {
          // Council names in the text that the gold line does not mention at all (missed distractors?).
          const labelled = new Set([...g.events.flatMap((e) => [e.council, ...e.partners.map((p) => p.authority)]), ...g.distractors]);
          let rest = t;
          for (const c of [...councils].sort((a, b) => b.length - a.length)) {
            const re = new RegExp(`\\b${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
            if (re.test(rest)) {
              if (![...labelled].some((l) => l === c || l.includes(c))) warnings.push(`${f}: council name "${c}" occurs but is not labelled`);
              rest = rest.replace(re, ' ');
            }
          }
        }
        for (const [what, needle] of needles) {
          phrases++;
          if (t.includes(norm(needle))) continue;
          if (tl.includes(loose(needle))) warnings.push(`${f}: ${what} "${needle}" matches only after quote/case folding`);
          else fail(f, `${what} "${needle}" not found in visible text`);
        }
      }
    }

    // Links.
    for (const l of g.links) if (!existsSync(mirrorFileFor(l))) fail(f, `link ${l} has no mirror file (${relative(ROOT, mirrorFileFor(l))})`);
    const raw = readFileSync(path, 'utf8');
    if (g.kind === 'feed' && f.endsWith('.xml')) {
      const found = [
        ...[...raw.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1].trim()),
        ...[...raw.matchAll(/<entry>[\s\S]*?<link[^>]*href="([^"]+)"/g)].map((m) => m[1]),
      ];
      sameSet(f, 'feed items', found, g.links);
    }
    if (f.endsWith('api/search.json')) {
      sameSet(f, 'search results', (JSON.parse(raw).results as { link: string }[]).map((r) => `https://www.gov.uk${r.link}`), g.links);
    }
    if (g.kind === 'govuk_collection') {
      const j = JSON.parse(raw);
      const byId = new Map<string, string>((j.links.documents as { content_id: string; base_path: string }[]).map((d) => [d.content_id, d.base_path]));
      const ids: string[] = j.details.collection_groups.flatMap((gr: { documents: string[] }) => gr.documents);
      const unresolved = ids.filter((id) => !byId.has(id));
      if (unresolved.length !== 1) warnings.push(`${f}: expected exactly one unresolvable content_id, found ${unresolved.length}`);
      sameSet(f, 'collection documents', ids.filter((id) => byId.has(id)).map((id) => `https://www.gov.uk${byId.get(id)}`), g.links);
    }
    if (g.kind === 'govuk_publication') {
      const found = f.endsWith('.json')
        ? (JSON.parse(raw).details.attachments as { url: string }[]).map((a) => a.url)
        : [...raw.matchAll(/class="govuk-link gem-c-attachment__link" href="([^"]+)"/g)].map((m) => m[1]);
      sameSet(f, 'attachments', found, g.links);
    }
  }

  // Every document has a gold line.
  const docs = [...walk(MIRROR), ...walk(join(ROOT, 'text')), ...walk(join(ROOT, 'broken')), ...walk(join(ROOT, 'history'))]
    .map((p) => relative(ROOT, p))
    .filter((p) => !p.endsWith('robots.txt'));
  for (const d of docs) if (!seen.has(d)) fail(d, 'document has no gold line');

  // robots.txt on every mirror host.
  for (const host of readdirSync(MIRROR)) if (!existsSync(join(MIRROR, host, 'robots.txt'))) fail(`mirror/${host}`, 'no robots.txt');

  const byKind = golds.reduce<Record<string, number>>((acc, g) => ((acc[g.kind] = (acc[g.kind] ?? 0) + 1), acc), {});
  console.log(`gold lines: ${golds.length} (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')}); events: ${golds.reduce((n, g) => n + g.events.length, 0)}`);
  console.log(`documents on disk: ${docs.length}; phrases/names checked: ${phrases}; PDFs skipped (no text tool): ${pdfSkipped}`);
  for (const w of warnings) console.log(`WARN ${w}`);
  for (const p of problems) console.log(`FAIL ${p}`);
  console.log(problems.length ? `${problems.length} problem(s)` : 'PASS');
  process.exit(problems.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});

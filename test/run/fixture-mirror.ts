// Builds a small GOV.UK + news mirror in a folder, shaped like samples/mirror but with made-up content,
// so the run tests (and the benchmark) do not depend on what samples/ holds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../../src/config/schema.js';
import { parseConfig } from '../../src/config/load.js';

export const COLLECTION = '/government/collections/improvement-notices-and-directions';
export const NEWS_HOST = 'news.example.org';
export const HOSTS = ['www.gov.uk', 'assets.publishing.service.gov.uk', NEWS_HOST];

function write(root: string, rel: string, body: string | Buffer): void {
  const file = join(root, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

/** A small but valid PDF with one page of text (cross-reference offsets computed). */
export function minimalPdf(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export interface Publication {
  basePath: string;
  title: string;
  attachments: { url: string; title: string }[];
}

export const pdfUrl = (i: number, name = `Council_${i}_direction.pdf`) =>
  `https://assets.publishing.service.gov.uk/media/${i.toString(16).padStart(24, '0')}/${name}`;

export function publicationJson(p: Publication): string {
  return JSON.stringify({
    base_path: p.basePath,
    content_id: `id-${p.basePath}`,
    title: p.title,
    document_type: 'decision',
    schema_name: 'publication',
    details: {
      body: `<p>${p.title}</p>`,
      political: false,
      attachments: p.attachments.map((a, k) => ({
        attachment_type: 'file',
        id: `${k}`,
        url: a.url,
        content_type: 'application/pdf',
        title: a.title,
      })),
    },
    links: { document_collections: [{ base_path: COLLECTION, title: 'Improvement notices and directions' }] },
  });
}

export function writePublication(root: string, p: Publication): void {
  write(root, `www.gov.uk/api/content${p.basePath}/index.json`, publicationJson(p));
  write(root, `www.gov.uk${p.basePath}/index.html`, `<!doctype html><html><head><title>${p.title}</title></head><body><h1>${p.title}</h1></body></html>`);
}

export interface FixtureOptions {
  publications: number;
  /** News articles in the feed (plus one off-site link that must be skipped). */
  articles?: number;
  /** Publications only the Search API lists (not in the collection). */
  searchOnly?: number;
}

export interface Fixture {
  publications: Publication[];
  /** Every URL a full run should store (listings included). */
  urls: string[];
}

export function buildFixtureMirror(root: string, options: FixtureOptions): Fixture {
  const { publications: n, articles = 0, searchOnly = 0 } = options;
  write(root, 'www.gov.uk/robots.txt', 'User-agent: *\nDisallow: /search/all\nDisallow: /*/print$\n');
  write(root, `assets.publishing.service.gov.uk/robots.txt`, 'User-agent: *\nAllow: /\n');
  const pubs: Publication[] = [];
  for (let i = 0; i < n + searchOnly; i++) {
    const p: Publication = {
      basePath: `/government/publications/direction-issued-to-council-${i}`,
      title: `Direction issued to Council ${i}`,
      attachments: [{ url: pdfUrl(i), title: `Council ${i} direction` }],
    };
    pubs.push(p);
    writePublication(root, p);
    write(root, new URL(p.attachments[0].url).host + new URL(p.attachments[0].url).pathname, minimalPdf(`Direction to Council ${i}`));
  }
  const listed = pubs.slice(0, n);
  const half = Math.ceil(listed.length / 2);
  write(
    root,
    `www.gov.uk/api/content${COLLECTION}/index.json`,
    JSON.stringify({
      base_path: COLLECTION,
      title: 'Improvement notices and directions',
      document_type: 'document_collection',
      schema_name: 'document_collection',
      details: {
        political: false,
        collection_groups: [
          { title: 'Open directions', documents: listed.slice(0, half).map((p) => `id-${p.basePath}`) },
          { title: 'Closed directions', documents: [...listed.slice(half).map((p) => `id-${p.basePath}`), 'id-unpublished'] },
        ],
      },
      links: { documents: listed.map((p) => ({ content_id: `id-${p.basePath}`, base_path: p.basePath, title: p.title })) },
    }),
  );
  // The Search API lists the last publication of the collection plus the search-only ones.
  write(
    root,
    'www.gov.uk/api/search.json',
    JSON.stringify({ results: pubs.slice(Math.max(0, n - 1)).map((p) => ({ link: p.basePath, title: p.title })), total: searchOnly + 1, start: 0 }),
  );
  const urls = [`https://www.gov.uk/api/content${COLLECTION}`, searchUrlForTests];
  for (const p of pubs) urls.push(`https://www.gov.uk/api/content${p.basePath}`, `https://www.gov.uk${p.basePath}`, p.attachments[0].url);
  if (articles > 0) {
    const items = Array.from({ length: articles }, (_, i) => `https://${NEWS_HOST}/news/article-${i}`);
    for (const [i, u] of items.entries())
      write(root, `${NEWS_HOST}/news/article-${i}/index.html`, `<!doctype html><html><body><article><h1>Council ${i} issued direction</h1></article></body></html>`);
    write(
      root,
      `${NEWS_HOST}/feed.xml`,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${[...items, 'https://elsewhere.example.com/story']
        .map((u) => `<item><title>Direction issued</title><link>${u}</link></item>`)
        .join('')}</channel></rss>`,
    );
    write(root, `${NEWS_HOST}/robots.txt`, 'User-agent: *\nDisallow: /private/\n');
    urls.push(`https://${NEWS_HOST}/feed.xml`, ...items);
  }
  return { publications: pubs, urls };
}

export const SEARCH_PARAMS = { filter_organisations: 'department-for-education', filter_content_store_document_type: 'decision', count: '1500' };
export const searchUrlForTests =
  'https://www.gov.uk/api/search.json?filter_organisations=department-for-education&filter_content_store_document_type=decision&count=1500';

/** A config for a fixture mirror served at `origin`, fast and with short timeouts. */
export function fixtureConfig(origin: string, dataDir: string, options: { news?: boolean; overrides?: Record<string, unknown> } = {}): Config {
  return parseConfig({
    userAgent: 'directions-test/0.1 (+mailto:test@example.org)',
    dataDir,
    allowedHosts: HOSTS,
    rateLimits: { default: { requestsPerSecond: 2000, concurrency: 8 } },
    http: { timeoutMs: 800, retries: 2, backoffBaseMs: 20, maxRetryWaitMs: 1500, maxRedirects: 5, maxBodyBytes: 200_000 },
    hostMap: Object.fromEntries(HOSTS.map((h) => [h, origin])),
    sources: [
      { type: 'govuk-collection', basePath: COLLECTION, knownPublications: ['/government/publications/direction-issued-to-council-0'] },
      { type: 'govuk-search', params: SEARCH_PARAMS },
      ...(options.news ? [{ type: 'news', feeds: [`https://${NEWS_HOST}/feed.xml`] }] : []),
    ],
    ...options.overrides,
  });
}

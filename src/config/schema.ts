// The shape of directions.config.json. Every object is strict, so a misspelt key is an error naming it
// rather than a setting silently ignored on a nightly job nobody watches.
import { z } from 'zod';
import { DEFAULT_DOCUMENT_HEAP_MB } from '../document-pool.js';

/** A host name such as www.gov.uk (no scheme, no path). */
const HostName = z
  .string()
  .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name such as www.gov.uk (no scheme or path)');

export const RateLimit = z.strictObject({
  /** Requests started per second against this host. */
  requestsPerSecond: z.number().positive().max(10_000),
  /** Requests in flight at once against this host. */
  concurrency: z.number().int().positive().max(64).default(4),
});

export const HttpSettings = z.strictObject({
  timeoutMs: z.number().int().positive().default(30_000),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  maxBodyBytes: z.number().int().positive().default(50 * 1024 * 1024),
  /** Retries after a 429, a 5xx, a timeout or a dropped connection (so attempts = retries + 1). */
  retries: z.number().int().min(0).max(10).default(3),
  backoffBaseMs: z.number().int().min(0).default(1_000),
  /** The longest we wait before a retry, whatever Retry-After asks for. */
  maxRetryWaitMs: z.number().int().min(0).default(60_000),
});

/**
 * What one stage may spend on one input, so no input can hang a run or exhaust its memory. Each budget says
 * what happens when it is reached (see README "Budgets").
 */
export const Budgets = z.strictObject({
  /** A local file (extract, local sources) larger than this is `too_large`, judged by its size before reading. */
  documentBytes: z.number().int().positive().default(50 * 1024 * 1024),
  /** Wall-clock time to parse and extract one document (in a worker thread); past it the document is `timeout`. */
  documentTimeoutMs: z.number().int().positive().default(60_000),
  /** Heap (MB) of the worker thread that reads documents; a document that needs more is `too_large`. */
  documentHeapMb: z.number().int().min(64).default(DEFAULT_DOCUMENT_HEAP_MB),
  /** Only the first this many pages of a PDF are read; the record's notes say so. */
  pdfMaxPages: z.number().int().positive().default(300),
  /** What a PDF's FlateDecode streams may inflate to, all together; past it the PDF is `too_large`, unread. */
  pdfMaxDecodedBytes: z.number().int().positive().default(256 * 1024 * 1024),
  /** Only the first this many pages of an image-only PDF are rendered and read by OCR; the record's notes say so. */
  ocrMaxPages: z.number().int().positive().default(20),
  /** Wall-clock time to render and OCR one page (a few seconds on a small machine); past it the document is `timeout`. */
  ocrPageTimeoutMs: z.number().int().positive().default(60_000),
  /** HTML elements nested deeper than this are lifted to this depth (their text is kept, in order). */
  htmlMaxDepth: z.number().int().min(16).default(256),
  /** The first this many bytes of robots.txt are parsed, the rest ignored (RFC 9309 asks for at least 500 KiB). */
  robotsMaxBytes: z.number().int().min(500 * 1024).default(500 * 1024),
  /** Allow/Disallow rules kept from one robots.txt; later ones are ignored (logged). */
  robotsMaxRules: z.number().int().positive().default(50_000),
});

const SourceBase = { name: z.string().min(1).optional(), enabled: z.boolean().default(true) };

export const GovukCollectionSourceConfig = z.strictObject({
  type: z.literal('govuk-collection'),
  ...SourceBase,
  /** The collection's base_path; read through https://www.gov.uk/api/content<basePath>. */
  basePath: z.string().startsWith('/'),
  /** Publications whose links.document_collections name the collection: the fallback when basePath answers 404. */
  knownPublications: z.array(z.string().startsWith('/')).default([]),
  /** Also fetch each publication's HTML page (not just its Content API JSON). */
  publicationPages: z.boolean().default(true),
});

export const GovukSearchSourceConfig = z.strictObject({
  type: z.literal('govuk-search'),
  ...SourceBase,
  /** Search API query parameters (values may be arrays for repeated parameters). */
  params: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  publicationPages: z.boolean().default(true),
});

export const NewsSourceConfig = z.strictObject({
  type: z.literal('news'),
  ...SourceBase,
  feeds: z.array(z.url()).min(1),
  /** Keep only feed items whose title or summary contains one of these (case-insensitive); empty keeps all. */
  keywords: z.array(z.string().min(1)).default([]),
});

export const LocalSourceConfig = z.strictObject({
  type: z.literal('local'),
  ...SourceBase,
  /** A folder (every file in it, recursively) or a JSON Lines manifest of {path, url?, contentType?}. */
  path: z.string().min(1),
  /** Let a manifest name files outside its own folder (off by default: a manifest cannot reach /etc/passwd). */
  allowOutside: z.boolean().default(false),
});

export const SourceConfig = z.discriminatedUnion('type', [
  GovukCollectionSourceConfig,
  GovukSearchSourceConfig,
  NewsSourceConfig,
  LocalSourceConfig,
]);

export const Config = z.strictObject({
  /** Sent on every request; must say who we are and how to reach us. */
  userAgent: z
    .string()
    .refine((ua) => /[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\//.test(ua), 'must include a contact address (an email or a URL)'),
  /** Where the SQLite database and the lock file live; relative to the config file. */
  dataDir: z.string().min(1).default('./data'),
  /** Only these hosts are ever fetched, whatever a feed or page links to. */
  allowedHosts: z.array(HostName).min(1),
  /** Per-host limits; `default` applies to hosts not listed. */
  rateLimits: z.record(z.string(), RateLimit).default({ default: { requestsPerSecond: 1, concurrency: 2 } }),
  http: HttpSettings.default(HttpSettings.parse({})),
  budgets: Budgets.default(Budgets.parse({})),
  /**
   * Send requests for a host to another origin (e.g. "www.gov.uk": "http://127.0.0.1:8080") while keeping
   * the canonical https://www.gov.uk/... URL in the store and records. Used to run against a local mirror.
   */
  hostMap: z.record(HostName, z.url()).default({}),
  /** Where the data directory is published (e.g. "https://example.org/directions/"): the feeds' rel="self" links are absolute under it. */
  publicUrl: z.url().optional(),
  sources: z.array(SourceConfig).min(1),
});

export type Config = z.infer<typeof Config>;
export type RateLimit = z.infer<typeof RateLimit>;
export type HttpSettings = z.infer<typeof HttpSettings>;
export type Budgets = z.infer<typeof Budgets>;
/** The budgets when no config says otherwise (`directions extract`, the library). */
export const DEFAULT_BUDGETS: Budgets = Budgets.parse({});
export type SourceConfig = z.infer<typeof SourceConfig>;
export type GovukCollectionSourceConfig = z.infer<typeof GovukCollectionSourceConfig>;
export type GovukSearchSourceConfig = z.infer<typeof GovukSearchSourceConfig>;
export type NewsSourceConfig = z.infer<typeof NewsSourceConfig>;
export type LocalSourceConfig = z.infer<typeof LocalSourceConfig>;

/**
 * Makes "scanned" copies of some of the project's own instrument PDFs, for the OCR tests: each page is rendered
 * (pdf-parse, 144 dpi), turned grey, rotated slightly, speckled with noise, saved as a JPEG and wrapped with
 * pdfkit as an image-only PDF (no text layer). Outputs go to samples/scanned/, with expected.json: for each
 * scan the text version it was made from and the interventions both must give (council, instrument, issue
 * date, people, deadlines, partners), taken from the text version as the extractor reads it today.
 *
 * Deterministic (a seeded noise generator, fixed PDF dates): rerunning gives the same files.
 *
 * Run: npx tsx scripts/make-scanned-samples.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';
import PDFDocument from 'pdfkit';
import { readDocument } from '../src/document.js';
import { interventionFacts } from '../test/parse/scanned-facts.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'samples', 'scanned');
const MEDIA = join(ROOT, 'samples', 'mirror', 'assets.publishing.service.gov.uk', 'media');

/** Text versions to scan, with the skew of each scan: four pages in all, so the OCR test stays short. */
const SCANS: { source: string; degrees: number }[] = [
  { source: '651d4e7ba8f1c2000d3e9b15/BCP_Council_direction_3_October_2023.pdf', degrees: 0.6 },
  { source: '66e95d0c0d91381a2fa4e6b3/Wokingham_Borough_Council_improvement_notice_September_2024.pdf', degrees: -0.8 },
  { source: '682c1f7e9a4d5b0011c3e8a2/Wirral_Council_direction_May_2025.pdf', degrees: 1.0 },
];

const SCALE = 2; // 144 dpi: a typical office scan
const NOISE = 0.004; // share of pixels flipped to a random grey
const JPEG_QUALITY = 60;

/** Mulberry32: a small seeded generator, so the noise is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One rendered page → a grey, skewed, noisy JPEG of the same size. */
async function degrade(png: Uint8Array, degrees: number, seed: number): Promise<{ jpeg: Buffer; width: number; height: number }> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.translate(image.width / 2, image.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  const pixels = ctx.getImageData(0, 0, image.width, image.height);
  const next = random(seed);
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) {
    // Paper is never white: a slightly grey, uneven background; ink is never black.
    let grey = 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
    grey = 40 + (grey / 255) * 190 + (next() - 0.5) * 16;
    if (next() < NOISE) grey = next() * 255;
    d[i] = d[i + 1] = d[i + 2] = Math.max(0, Math.min(255, grey));
  }
  ctx.putImageData(pixels, 0, 0);
  return { jpeg: await canvas.encode('jpeg', JPEG_QUALITY), width: image.width, height: image.height };
}

/** JPEG pages → an image-only A4 PDF (fixed dates, so the bytes do not change between runs). */
function imagePdf(pages: Buffer[], title: string): Promise<Buffer> {
  const date = new Date(Date.UTC(2025, 0, 1));
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: title, CreationDate: date, ModDate: date } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((ok) => doc.on('end', () => ok(Buffer.concat(chunks))));
  for (const jpeg of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(jpeg, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  doc.end();
  return done;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const expected: Record<string, unknown>[] = [];
  for (const [n, { source, degrees }] of SCANS.entries()) {
    const path = join(MEDIA, source);
    const bytes = readFileSync(path);
    const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
    const shots = await parser.getScreenshot({ scale: SCALE, imageBuffer: true, imageDataUrl: false });
    await parser.destroy();
    const pages: Buffer[] = [];
    for (const [p, shot] of shots.pages.entries()) pages.push((await degrade(shot.data, degrees, 1000 * (n + 1) + p)).jpeg);
    const name = basename(path, '.pdf') + '_scan.pdf';
    writeFileSync(join(OUT, name), await imagePdf(pages, `Scan of ${basename(path)}`));
    const record = await readDocument({ bytes, uri: `file:///${relative(ROOT, path)}` });
    expected.push({ scan: name, textVersion: relative(join(ROOT, 'samples'), path), pages: pages.length, interventions: interventionFacts(record) });
    console.log(`samples/scanned/${name}: ${pages.length} page(s), skew ${degrees}°`);
  }
  writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

await main();

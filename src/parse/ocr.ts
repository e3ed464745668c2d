// OCR of image-only PDF pages, offline: pdf-parse (pdf.js + @napi-rs/canvas) renders each page to a PNG and
// tesseract.js reads it with the English LSTM model shipped in the npm package @tesseract.js-data/eng. The
// model is read from node_modules (langPath is a local folder, cacheMethod 'none'), so nothing is downloaded
// and nothing is written to the working directory. One tesseract worker per engine, created on first use,
// reused for every page and document, and terminated by close() (or when a page overruns its budget).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { PdfLine } from './pdf-layout.js';
import { ParseError } from './types.js';

const require = createRequire(import.meta.url);
/** The folder of an installed package (found from its entry point: not every package exports package.json). */
function packageDir(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== pkg) {
    if (dir === dirname(dir)) throw new Error(`cannot find the folder of ${pkg}`);
    dir = dirname(dir);
  }
  return dir;
}
const versionOf = (pkg: string): string => JSON.parse(readFileSync(join(packageDir(pkg), 'package.json'), 'utf8')).version;
/** The folder of the LSTM-only ("best_int") English model inside the npm package. */
const LANG_PATH = join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int');

/** Pages are rendered at this multiple of 72 dpi (2 = 144 dpi: on the samples and the dev scan as accurate as 216 dpi, and faster). */
export const RENDER_SCALE = 2;
/** Below this grey level (0–255) a rendered pixel is ink (for despeckling). */
const INK = 170;

/**
 * What produced an OCR text: the engine, its core, the model and the rendering. A stored OCR text is reused
 * only while this is unchanged (and the bytes are the same).
 */
export const OCR_ENGINE = [
  `tesseract.js@${versionOf('tesseract.js')}`,
  `core@${versionOf('tesseract.js-core')}`,
  `eng@${versionOf('@tesseract.js-data/eng')}/4.0.0_best_int`,
  `pdf-parse@${versionOf('pdf-parse')}`,
  `scale=${RENDER_SCALE}`,
  `despeckle=${INK}/2`,
].join(' ');

export interface OcrPage {
  /** Recognised lines in reading order; y is the baseline in pixels from the bottom of the page, size the line height. */
  lines: PdfLine[];
  /** Tesseract's mean word confidence for the page, 0–100. */
  confidence: number;
}

/** The OCR text of a PDF: what readDocument needs to read a scan (plain data: it crosses thread boundaries). */
export interface OcrText {
  engine: string;
  pages: OcrPage[];
  /** Pages in the PDF (more than pages.length when budgets.ocrMaxPages cut it short). */
  totalPages: number;
}

export interface OcrBudgets {
  /** Only the first this many pages are rendered and read. */
  maxPages: number;
  /** Wall-clock time to render and read one page; past it the document is `timeout`. */
  pageTimeoutMs: number;
}

interface TessBbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TessLine {
  text: string;
  bbox: TessBbox;
  baseline?: { y0: number; y1: number };
}

/** Tesseract's blocks → lines with positions in the form the PDF layout code reads (y grows upwards). */
export function linesFromBlocks(blocks: { paragraphs: { lines: TessLine[] }[] }[] | null, pageHeight: number): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const text = line.text.replace(/\s+/g, ' ').trim();
        if (!text) continue;
        const baseline = line.baseline ? Math.max(line.baseline.y0, line.baseline.y1) : line.bbox.y1;
        lines.push({ text, y: pageHeight - baseline, size: line.bbox.y1 - line.bbox.y0 });
      }
    }
  }
  return lines;
}


/**
 * Removes specks: an ink pixel with at most two ink pixels among its eight neighbours becomes the brightest of
 * them. Scanner dust and noise would otherwise be read as full stops, commas and stray letters ("appointed.").
 * Strokes of letters are at least two pixels wide at the rendering scale, so they keep their neighbours.
 */
export function despeckle(data: Uint8ClampedArray, width: number, height: number): number {
  const grey = new Uint8Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = (data[i * 4] * 299 + data[i * 4 + 1] * 587 + data[i * 4 + 2] * 114) / 1000;
  let removed = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      if (grey[i] >= INK) continue;
      let ink = 0;
      let brightest = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if (dx === 0 && dy === 0) continue;
          const g = grey[i + dy * width + dx];
          if (g < INK) ink++;
          if (g > brightest) brightest = g;
        }
      }
      if (ink > 2) continue;
      data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = brightest;
      removed++;
    }
  }
  return removed;
}

/** A rendered page (PNG) with specks removed, as PNG again for tesseract. */
async function cleanPage(png: Uint8Array): Promise<Buffer> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const pixels = ctx.getImageData(0, 0, image.width, image.height);
  despeckle(pixels.data, image.width, image.height);
  ctx.putImageData(pixels, 0, 0);
  return canvas.encode('png');
}

function withinBudget<T>(work: Promise<T>, ms: number, onTimeout: () => Promise<void>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void onTimeout();
      reject(new ParseError('timeout', `OCR of ${what} took longer than the ${ms} ms budget (budgets.ocrPageTimeoutMs); stopped.`));
    }, ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export class OcrEngine {
  private worker: Promise<Worker> | null = null;
  /** Pages read since the engine started (the benchmark and the progress bar count them). */
  pagesRead = 0;

  private tesseract(): Promise<Worker> {
    this.worker ??= createWorker('eng', OEM.LSTM_ONLY, { langPath: LANG_PATH, gzip: true, cacheMethod: 'none' }).then(async (w) => {
      // Single-column letters and notices: automatic page segmentation; the DPI we rendered at.
      await w.setParameters({ tessedit_pageseg_mode: PSM.AUTO, user_defined_dpi: String(72 * RENDER_SCALE) });
      return w;
    });
    return this.worker;
  }

  /** Stops the tesseract worker (the next read starts a new one). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }

  /** Renders and reads the first budgets.maxPages pages of a PDF; `onPage` is told before the first and after each. */
  async read(bytes: Buffer, budgets: OcrBudgets, onPage?: (done: number, total: number) => void): Promise<OcrText> {
    const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
    try {
      const { total } = await parser.getInfo();
      const count = Math.min(total, budgets.maxPages);
      const pages: OcrPage[] = [];
      onPage?.(0, count);
      for (let n = 1; n <= count; n++) {
        const page = await withinBudget(this.readPage(parser, n), budgets.pageTimeoutMs, () => this.close(), `page ${n}`);
        pages.push(page);
        this.pagesRead++;
        onPage?.(n, count);
      }
      return { engine: OCR_ENGINE, pages, totalPages: total };
    } catch (err) {
      if (err instanceof ParseError) throw err;
      throw new ParseError('scanned_pdf', `The PDF has no text layer and OCR failed: ${(err as Error).message}`);
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  }

  private async readPage(parser: PDFParse, n: number): Promise<OcrPage> {
    const shot = await parser.getScreenshot({ partial: [n], scale: RENDER_SCALE, imageBuffer: true, imageDataUrl: false });
    const image = shot.pages[0];
    const worker = await this.tesseract();
    const { data } = await worker.recognize(await cleanPage(image.data), {}, { blocks: true, text: false });
    return { lines: linesFromBlocks(data.blocks as never, image.height), confidence: data.confidence };
  }
}

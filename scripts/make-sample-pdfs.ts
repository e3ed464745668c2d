/**
 * Builds the generated part of the sample corpus in samples/:
 *
 *  - instrument PDFs from samples/pdf-sources/*.txt (pdfkit), written into the web mirror
 *    at samples/mirror/assets.publishing.service.gov.uk/media/<24-hex>/<Name>.pdf;
 *  - broken files in samples/broken/ (encrypted, scanned-like, truncated, HTML saved as .pdf,
 *    empty, PNG saved as .pdf, a windows-1252 text file);
 *  - the GOV.UK Content API JSON and rendered HTML for each publication page, the document
 *    collection JSON and a canned Search API response (they need the PDFs' sizes and page counts).
 *
 * Deterministic: fixed dates, CreationDate set, RC4 encryption (keyed on the file ID, which pdfkit
 * derives from the info dictionary), no randomness. Rerunning gives byte-identical files.
 *
 * Run: npx tsx scripts/make-sample-pdfs.ts
 */
import PDFDocument from 'pdfkit';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const MIRROR = join(ROOT, 'mirror');
const SOURCES = join(ROOT, 'pdf-sources');
const BROKEN = join(ROOT, 'broken');

function write(path: string, data: Buffer | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

// ---------------------------------------------------------------------------
// PDF templates
// ---------------------------------------------------------------------------

interface Source {
  key: string; // file name of the source without .txt
  file: string; // path under samples/mirror
  title: string;
  date: string; // ISO date of the instrument
  header: 'OFFICIAL' | 'Department for Education' | 'none';
  footer: 'page-of' | 'none';
  layout: 'instrument' | 'letter';
  body: string;
}

function parseSource(key: string, text: string): Source {
  const [front, ...rest] = text.split(/^---$/m);
  const meta: Record<string, string> = {};
  for (const line of front.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (m) meta[m[1]] = m[2];
  }
  return {
    key,
    file: meta.file,
    title: meta.title,
    date: meta.date,
    header: (meta.header ?? 'none') as Source['header'],
    footer: (meta.footer ?? 'page-of') as Source['footer'],
    layout: (meta.layout ?? 'instrument') as Source['layout'],
    body: rest.join('---').trim(),
  };
}

const LEFT = 72;
const RIGHT = 72;

interface RenderOptions {
  userPassword?: string;
}

/** Renders one source to PDF bytes and returns them with the page count. */
function renderPdf(src: Source, opts: RenderOptions = {}): Promise<{ bytes: Buffer; pages: number }> {
  const created = new Date(`${src.date}T09:30:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 80, bottom: 80, left: LEFT, right: RIGHT },
    bufferPages: true,
    pdfVersion: opts.userPassword ? '1.4' : '1.3',
    userPassword: opts.userPassword,
    ownerPassword: opts.userPassword ? 'dfe-owner-sample' : undefined,
    permissions: opts.userPassword ? { printing: 'highResolution' } : undefined,
    info: {
      Title: src.title,
      Author: 'Department for Education',
      Subject: src.title,
      Creator: 'directions sample generator',
      Producer: 'PDFKit',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res) => doc.on('end', () => res(Buffer.concat(chunks))));

  doc.lineGap(3);
  const width = doc.page.width - LEFT - RIGHT;
  const bottomLimit = () => doc.page.height - doc.page.margins.bottom - 40;
  const ensureRoom = (h = 40) => {
    if (doc.y + h > bottomLimit()) doc.addPage();
  };

  const blocks = src.body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  let inBox: string[] | null = null;
  for (const block of blocks) {
    const lines = block.split('\n');
    const first = lines[0];
    if (inBox) {
      if (first === '[/box]') {
        drawBox(doc, inBox, width);
        inBox = null;
      } else inBox.push(lines.join(' '));
      continue;
    }
    if (first.startsWith('[box]')) {
      inBox = [];
      const restLines = lines.slice(1);
      // A [box] block may hold its content and the closing marker in the same block.
      const close = restLines.indexOf('[/box]');
      if (close >= 0) {
        inBox.push(...restLines.slice(0, close));
        drawBox(doc, inBox, width);
        inBox = null;
      } else inBox.push(...restLines);
      continue;
    }
    if (first === '[letterhead]') {
      doc.font('Helvetica-Bold').fontSize(12).text(lines[1], LEFT, doc.y, { width, align: 'right' });
      doc.font('Helvetica').fontSize(9);
      for (const l of lines.slice(2)) doc.text(l, { width, align: 'right' });
      doc.moveDown(2);
      continue;
    }
    if (first === '[sign]') {
      ensureRoom(90);
      doc.moveDown(1);
      doc.font('Helvetica-Oblique').fontSize(11.5);
      for (const l of lines.slice(1)) {
        if (l.startsWith('Signed by authority')) {
          doc.font('Helvetica-Oblique').text(l, LEFT, doc.y, { width });
          doc.moveDown(1.5);
        } else {
          doc.font('Helvetica').text(l, LEFT, doc.y, { width });
          if (l.startsWith('Yours')) doc.moveDown(0.5);
        }
      }
      doc.moveDown(1);
      continue;
    }
    if (first.startsWith('[annex]')) {
      doc.addPage();
      doc.font('Helvetica-Bold').fontSize(12).text(first.replace('[annex]', '').trim(), LEFT, doc.y, { width });
      doc.moveDown(0.8);
      continue;
    }
    if (first.startsWith('## ')) {
      ensureRoom(50);
      doc.moveDown(0.4);
      doc.font('Helvetica-Bold').fontSize(11).text(first.slice(3), LEFT, doc.y, { width });
      doc.moveDown(0.4);
      continue;
    }
    if (first.startsWith('# ')) {
      doc.font('Helvetica-Bold').fontSize(src.layout === 'letter' ? 11 : 12.5);
      doc.text(lines.map((l) => l.replace(/^# /, '')).join(' '), LEFT, doc.y, { width, align: 'center' });
      doc.moveDown(0.6);
      continue;
    }
    const num = /^(\d+\.)\s+(.*)$/.exec(first);
    if (num) {
      ensureRoom();
      const text = [num[2], ...lines.slice(1)].join(' ');
      doc.font('Helvetica').fontSize(11.5);
      const y = doc.y;
      doc.text(num[1], LEFT, y, { width: 26 });
      doc.text(text, LEFT + 28, y, { width: width - 28, align: 'left' });
      doc.moveDown(0.6);
      continue;
    }
    const sub = /^(\([a-z]\))\s+(.*)$/.exec(first);
    if (sub) {
      ensureRoom();
      const text = [sub[2], ...lines.slice(1)].join(' ');
      doc.font('Helvetica').fontSize(11.5);
      const y = doc.y;
      doc.text(sub[1], LEFT + 28, y, { width: 24 });
      doc.text(text, LEFT + 54, y, { width: width - 54 });
      doc.moveDown(0.5);
      continue;
    }
    // Plain paragraph: keep its own line breaks (address blocks, "To:"/"Date:" lines).
    ensureRoom();
    doc.font('Helvetica').fontSize(11.5).text(lines.join('\n'), LEFT, doc.y, { width });
    doc.moveDown(0.6);
  }

  // Running header and footer on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saveBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (src.header === 'OFFICIAL') {
      doc.font('Helvetica-Bold').fontSize(9).text('OFFICIAL', LEFT, 40, { width, align: 'center' });
    } else if (src.header === 'Department for Education') {
      doc.font('Helvetica').fontSize(8.5).fillColor('#444444').text('Department for Education', LEFT, 40, { width, align: 'left' });
      doc.fillColor('black');
      doc.moveTo(LEFT, 54).lineTo(doc.page.width - RIGHT, 54).lineWidth(0.5).stroke();
    }
    if (src.footer === 'page-of') {
      doc.font('Helvetica').fontSize(8.5).text(`Page ${i + 1} of ${range.count}`, LEFT, doc.page.height - 50, { width, align: 'center' });
    }
    doc.page.margins.bottom = saveBottom;
  }
  doc.end();
  return done.then((bytes) => ({ bytes, pages: range.count }));
}

function drawBox(doc: PDFKit.PDFDocument, paras: string[], width: number): void {
  const pad = 10;
  const inner = width - 2 * pad;
  const [head, ...rest] = paras;
  doc.font('Helvetica-Bold').fontSize(11.5);
  let h = doc.heightOfString(head, { width: inner }) + 6;
  doc.font('Helvetica').fontSize(11.5);
  for (const p of rest) h += doc.heightOfString(p, { width: inner }) + 6;
  if (doc.y + h + 2 * pad > doc.page.height - doc.page.margins.bottom - 40) doc.addPage();
  const top = doc.y;
  doc.rect(LEFT, top, width, h + 2 * pad).lineWidth(1).stroke();
  doc.font('Helvetica-Bold').fontSize(11.5).text(head, LEFT + pad, top + pad, { width: inner, align: 'center' });
  doc.moveDown(0.4);
  doc.font('Helvetica').fontSize(11.5);
  for (const p of rest) {
    doc.text(p, LEFT + pad, doc.y, { width: inner });
    doc.moveDown(0.4);
  }
  doc.x = LEFT;
  doc.y = top + h + 2 * pad + 12;
}

/** A page that looks like a scan: grey blocks where text lines would be, no text layer. */
function renderScanLike(): Promise<Buffer> {
  const created = new Date('2024-10-02T08:15:00Z');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: { Title: 'Scanned document', Producer: 'Scanner PDF 2.1', Creator: 'MFP-4410', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res) => doc.on('end', () => res(Buffer.concat(chunks))));
  doc.rect(0, 0, doc.page.width, doc.page.height).fill('#f4f2ec');
  doc.save().translate(4, -3).rotate(0.6, { origin: [300, 420] });
  doc.circle(297, 80, 22).lineWidth(2).stroke('#555555');
  doc.rect(200, 115, 195, 9).fill('#6b6b6b');
  let y = 160;
  // Deterministic pseudo-random line lengths.
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let para = 0; para < 9; para++) {
    const lines = 2 + Math.floor(next() * 4);
    for (let l = 0; l < lines; l++) {
      const w = l === lines - 1 ? 120 + next() * 250 : 420 + next() * 30;
      doc.rect(86, y, w, 6.5).fill('#7a7a7a');
      y += 14;
    }
    y += 12;
  }
  doc.rect(86, y + 20, 140, 18).lineWidth(0.8).stroke('#333333');
  doc.restore();
  doc.end();
  return done;
}

function makePng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const w = 64;
  const h = 48;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = (x * 4 + y * 3) & 0xff;
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Encodes a string as windows-1252 (only the characters this corpus uses outside ASCII). */
function toWindows1252(s: string): Buffer {
  const map: Record<string, number> = { '£': 0xa3, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, 'é': 0xe9 };
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (map[ch] !== undefined) out.push(map[ch]);
    else throw new Error(`no windows-1252 mapping for ${ch}`);
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------
// GOV.UK pages
// ---------------------------------------------------------------------------

const DFE_ORG = {
  analytics_identifier: 'D6',
  api_path: '/api/content/government/organisations/department-for-education',
  base_path: '/government/organisations/department-for-education',
  content_id: 'ebd15ade-73b2-4eaf-b1c3-43034a42eb37',
  document_type: 'organisation',
  locale: 'en',
  schema_name: 'organisation',
  title: 'Department for Education',
  details: { acronym: 'DfE', brand: 'department-for-education', logo: { crest: 'single-identity', formatted_title: 'Department<br/>for Education' }, organisation_govuk_status: 'live' },
  links: {},
};

const COLLECTION = {
  base_path: '/government/collections/improvement-notices-and-directions',
  content_id: '5f54c1b4-7631-11e4-a3cb-005056011aef',
  title: 'Improvement notices and directions',
  description: "Improvement notices and directions about children's services issued to councils by the Department for Education.",
};

interface Pub {
  slug: string;
  contentId: string;
  title: string;
  description: string;
  firstPublished: string;
  updated: string;
  body: string;
  attachments: { source: string; id: string; title: string }[];
  changes: { at: string; note: string }[];
  group: 'Open notices' | 'Closed notices' | 'Open directions' | 'Closed directions' | null;
  withdrawn?: boolean;
}

const PUBS: Pub[] = [
  {
    slug: 'direction-issued-to-tameside-metropolitan-borough-council-march-2025',
    contentId: '3c7e9a10-5d2b-4f86-9e41-0b6a2d8f7c15',
    title: 'Direction issued to Tameside Metropolitan Borough Council: March 2025',
    description: "Statutory direction to Tameside Metropolitan Borough Council following an inadequate Ofsted judgement of its children's services.",
    firstPublished: '2025-03-12T14:30:00.000+00:00',
    updated: '2025-03-12T14:30:00.000+00:00',
    body:
      "<p>This statutory direction was issued to Tameside Metropolitan Borough Council on 11 March 2025, after Ofsted judged the council&rsquo;s children&rsquo;s services to be inadequate in a report published in February 2025.</p>\n" +
      "<p>The direction appoints Helena Strachan as children&rsquo;s services commissioner. She will report to the Secretary of State by 30 June 2025 on the council&rsquo;s capacity to improve.</p>",
    attachments: [{ source: 'tameside-direction-2025-03', id: '8214402', title: 'Direction issued to Tameside Metropolitan Borough Council: 11 March 2025' }],
    changes: [{ at: '2025-03-12T14:30:00.000+00:00', note: 'First published.' }],
    group: 'Open directions',
  },
  {
    slug: 'direction-issued-to-swindon-borough-council-june-2024',
    contentId: 'a41f6c2e-93d7-4b0a-8c55-7e2f19b3d604',
    title: 'Direction issued to Swindon Borough Council: June 2024',
    description: "Statutory direction to Swindon Borough Council to improve its children's social care services with support from an improvement partner.",
    firstPublished: '2024-06-21T10:00:00.000+01:00',
    updated: '2024-06-21T10:00:00.000+01:00',
    body:
      "<p>The Secretary of State for Education issued this statutory direction to Swindon Borough Council on 20 June 2024. It follows an Ofsted inspection, published in April 2024, which judged the council&rsquo;s children&rsquo;s services inadequate.</p>\n" +
      '<p>North Yorkshire Council has been appointed as improvement partner for a period of two years.</p>',
    attachments: [{ source: 'swindon-direction-2024-06', id: '8093117', title: 'Direction issued to Swindon Borough Council: June 2024' }],
    changes: [{ at: '2024-06-21T10:00:00.000+01:00', note: 'First published.' }],
    group: 'Open directions',
  },
  {
    slug: 'revised-direction-issued-to-shropshire-council-january-2025',
    contentId: 'd2b8e4f7-1a6c-4e39-b05d-6f8a3c1e9b72',
    title: 'Revised direction issued to Shropshire Council: January 2025',
    description: 'Revised statutory direction to Shropshire Council, which replaces the direction of July 2024 and appoints a strategic partner.',
    firstPublished: '2025-01-24T11:15:00.000+00:00',
    updated: '2025-01-24T11:15:00.000+00:00',
    body:
      '<p>This revised direction was issued to Shropshire Council on 22 January 2025. It replaces the direction issued to the council on 10 July 2024.</p>\n' +
      "<p>It appoints Hertfordshire County Council as strategic partner to support improvement in the council&rsquo;s children&rsquo;s social care services.</p>",
    attachments: [{ source: 'shropshire-revised-direction-2025-01', id: '8180355', title: 'Revised direction issued to Shropshire Council: 22 January 2025' }],
    changes: [{ at: '2025-01-24T11:15:00.000+00:00', note: 'First published.' }],
    group: 'Open directions',
  },
  {
    slug: 'direction-issued-to-torbay-council',
    contentId: '6e0d3b95-2c47-4a1f-8d6e-b93f50a2c781',
    title: 'Direction issued to Torbay Council (closed)',
    description: 'Direction issued to Torbay Council in March 2018. The direction was revoked on 12 February 2025.',
    firstPublished: '2018-03-05T09:45:00.000+00:00',
    updated: '2025-02-14T16:20:00.000+00:00',
    body:
      "<p>This direction was issued to Torbay Council on 2 March 2018 after Ofsted judged its children&rsquo;s services inadequate in a report published in January 2018.</p>\n" +
      '<p>The direction was revoked on 12 February 2025. The letter confirming the revocation is attached.</p>',
    attachments: [{ source: 'torbay-revocation-2025-02', id: '8247790', title: 'Letter revoking the direction issued to Torbay Council: 12 February 2025' }],
    changes: [
      { at: '2018-03-05T09:45:00.000+00:00', note: 'First published.' },
      { at: '2025-02-14T16:20:00.000+00:00', note: 'Added the letter revoking the direction and marked the direction as closed.' },
    ],
    group: 'Closed directions',
  },
  {
    slug: 'improvement-notice-issued-to-wokingham-borough-council-september-2024',
    contentId: '0f9a7c3d-8e21-4b6f-a4d7-52c1e8b60f39',
    title: 'Improvement notice issued to Wokingham Borough Council: September 2024',
    description: "Non-statutory improvement notice to Wokingham Borough Council about its children's social care services.",
    firstPublished: '2024-09-18T15:00:00.000+01:00',
    updated: '2024-09-18T15:00:00.000+01:00',
    body:
      "<p>The Department for Education issued this improvement notice to Wokingham Borough Council on 17 September 2024, following Ofsted&rsquo;s inadequate judgement of the council&rsquo;s children&rsquo;s services in July 2024.</p>\n" +
      '<p>The notice requires the council to send an improvement plan by 31 December 2024. Progress will be checked through six-monthly reviews.</p>',
    attachments: [{ source: 'wokingham-improvement-notice-2024-09', id: '8121946', title: 'Improvement notice issued to Wokingham Borough Council: September 2024' }],
    changes: [{ at: '2024-09-18T15:00:00.000+01:00', note: 'First published.' }],
    group: 'Open notices',
  },
  {
    slug: 'improvement-notice-issued-to-darlington-borough-council-send-april-2025',
    contentId: 'b7c4129e-6f03-4d8a-9b2e-1d5f7a3c8e60',
    title: 'Improvement notice issued to Darlington Borough Council (SEND): April 2025',
    description: 'SEND improvement notice to Darlington Borough Council following an area SEND inspection.',
    firstPublished: '2025-04-09T12:00:00.000+01:00',
    updated: '2025-04-09T12:00:00.000+01:00',
    body:
      '<p>This SEND improvement notice was issued to Darlington Borough Council on 8 April 2025, following an area SEND inspection of the Darlington local area partnership whose findings were published on 14 February 2025.</p>\n' +
      '<p>It sets out the actions the council and its health partners must take to improve services for children and young people with special educational needs and disabilities.</p>',
    attachments: [{ source: 'darlington-send-improvement-notice-2025-04', id: '8260512', title: 'SEND improvement notice issued to Darlington Borough Council: April 2025' }],
    changes: [{ at: '2025-04-09T12:00:00.000+01:00', note: 'First published.' }],
    group: 'Open notices',
  },
  {
    slug: 'direction-issued-to-stoke-on-trent-city-council-send-january-2025',
    contentId: '4a2d8f61-c9b3-4e57-a0f2-8e6b1d3c7a94',
    title: 'Direction issued to Stoke-on-Trent City Council (SEND): January 2025',
    description: 'Statutory direction to Stoke-on-Trent City Council about its special educational needs and disabilities services.',
    firstPublished: '2025-01-16T09:30:00.000+00:00',
    updated: '2025-01-16T09:30:00.000+00:00',
    body:
      '<p>The Secretary of State has given a direction to Stoke-on-Trent City Council about its special educational needs and disabilities (SEND) functions. The direction was issued on 14 January 2025.</p>\n' +
      '<p>Leicestershire County Council is appointed as SEND improvement partner.</p>',
    attachments: [{ source: 'stoke-send-direction-2025-01', id: '8176203', title: 'SEND direction issued to Stoke-on-Trent City Council: 14 January 2025' }],
    changes: [{ at: '2025-01-16T09:30:00.000+00:00', note: 'First published.' }],
    group: 'Open directions',
  },
  {
    slug: 'directions-issued-to-bournemouth-christchurch-and-poole-council',
    contentId: 'e85b0c47-3f9d-4c12-b6a8-2d7e9f14a053',
    title: 'Directions issued to Bournemouth, Christchurch and Poole Council',
    description: "Directions issued to Bournemouth, Christchurch and Poole Council in October 2023 (children's social care) and March 2025 (SEND).",
    firstPublished: '2023-10-05T13:00:00.000+01:00',
    updated: '2025-03-13T10:40:00.000+00:00',
    body:
      '<p>The Secretary of State for Education has issued 2 directions to Bournemouth, Christchurch and Poole (BCP) Council.</p>\n' +
      "<p>The first, issued on 3 October 2023, concerns children&rsquo;s social care. It appoints Fiona Latchford-Grey as improvement adviser.</p>\n" +
      "<p>The second, issued on 11 March 2025, concerns the council&rsquo;s SEND services. It appoints Hampshire County Council as SEND improvement partner.</p>",
    attachments: [
      { source: 'bcp-direction-2023-10', id: '7950418', title: 'Direction issued to Bournemouth, Christchurch and Poole Council: 3 October 2023' },
      { source: 'bcp-send-direction-2025-03', id: '8236671', title: 'SEND direction issued to Bournemouth, Christchurch and Poole Council: 11 March 2025' },
    ],
    changes: [
      { at: '2023-10-05T13:00:00.000+01:00', note: 'First published.' },
      { at: '2025-03-13T10:40:00.000+00:00', note: 'Added the SEND services statutory direction issued on 11 March 2025.' },
    ],
    group: 'Open directions',
  },
  {
    // Published but not (yet) in the collection: reachable only through the Search API response.
    slug: 'direction-issued-to-wirral-council-may-2025',
    contentId: '91d6e2a8-7b4c-4f30-8e15-c3a9b5d0f274',
    title: 'Direction issued to Wirral Council: May 2025',
    description: "Statutory direction to Wirral Council after Ofsted judged its children's services inadequate.",
    firstPublished: '2025-05-22T11:00:00.000+01:00',
    updated: '2025-05-22T11:00:00.000+01:00',
    body:
      "<p>This direction was issued to Wirral Council on 20 May 2025 following Ofsted&rsquo;s inadequate judgement of the council&rsquo;s children&rsquo;s services, published in April 2025.</p>\n" +
      '<p>Cheshire West and Chester Council will act as strategic partner for a period of 18 months.</p>',
    attachments: [{ source: 'wirral-direction-2025-05', id: '8301127', title: 'Direction issued to Wirral Council: May 2025' }],
    changes: [{ at: '2025-05-22T11:00:00.000+01:00', note: 'First published.' }],
    group: null,
  },
];

/** Content id in the "Closed notices" group that has no links.documents entry (an unpublished item). */
const UNRESOLVABLE_ID = 'c0ffee00-1d2e-4b3c-9a8f-000000000417';

const ASSET_HOST = 'https://assets.publishing.service.gov.uk';

interface Built {
  source: Source;
  bytes: Buffer;
  pages: number;
  url: string;
  filename: string;
}

function humanSize(n: number): string {
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attachmentJson(pub: Pub, built: Map<string, Built>) {
  return pub.attachments.map((a) => {
    const b = built.get(a.source)!;
    return {
      accessible: false,
      alternative_format_contact_email: 'alternative.formats@education.gov.uk',
      assets: [{ asset_manager_id: b.url.split('/')[4], filename: b.filename }],
      attachment_type: 'file',
      content_type: 'application/pdf',
      file_size: b.bytes.length,
      filename: b.filename,
      id: a.id,
      locale: 'en',
      number_of_pages: b.pages,
      title: a.title,
      url: b.url,
    };
  });
}

function collectionLink() {
  return {
    api_path: `/api/content${COLLECTION.base_path}`,
    base_path: COLLECTION.base_path,
    content_id: COLLECTION.content_id,
    description: COLLECTION.description,
    document_type: 'document_collection',
    locale: 'en',
    public_updated_at: '2025-04-09T12:05:00.000+01:00',
    schema_name: 'document_collection',
    title: COLLECTION.title,
    withdrawn: false,
    links: {},
  };
}

function publicationJson(pub: Pub, built: Map<string, Built>) {
  const base = `/government/publications/${pub.slug}`;
  return {
    analytics_identifier: null,
    base_path: base,
    content_id: pub.contentId,
    description: pub.description,
    details: {
      attachments: attachmentJson(pub, built),
      body: pub.body,
      change_history: pub.changes.map((c) => ({ note: c.note, public_timestamp: c.at })),
      emphasised_organisations: [DFE_ORG.content_id],
      featured_attachments: pub.attachments.map((a) => a.id),
      first_public_at: pub.firstPublished,
      national_applicability: { england: { label: 'England', applicable: true } },
      political: false,
    },
    document_type: 'decision',
    first_published_at: pub.firstPublished,
    links: {
      document_collections: pub.group ? [collectionLink()] : [],
      organisations: [DFE_ORG],
      primary_publishing_organisation: [DFE_ORG],
    },
    locale: 'en',
    phase: 'live',
    public_updated_at: pub.updated,
    publishing_app: 'whitehall',
    publishing_request_id: `sample-${pub.contentId.slice(0, 8)}`,
    publishing_scheduled_at: null,
    rendering_app: 'frontend',
    scheduled_publishing_delay_seconds: null,
    schema_name: 'publication',
    title: pub.title,
    updated_at: pub.updated,
    withdrawn_notice: {},
  };
}

function publicationHtml(pub: Pub, built: Map<string, Built>): string {
  const url = `https://www.gov.uk/government/publications/${pub.slug}`;
  const lastChange = pub.changes[pub.changes.length - 1];
  const atts = pub.attachments
    .map((a) => {
      const b = built.get(a.source)!;
      return `      <section class="gem-c-attachment" id="attachment_${a.id}">
        <div class="gem-c-attachment__thumbnail"><a class="govuk-link" href="${b.url}" tabindex="-1" aria-hidden="true"><svg class="gem-c-attachment__thumbnail-image" viewBox="0 0 99 140" width="99" height="140"><path d="M12 12h75v27H12zm0 47h18.75v63H12zm55 0h20v63H67zM39.5 59h18.75v63H39.5z" stroke-width="0"></path></svg></a></div>
        <div class="gem-c-attachment__details">
          <h3 class="gem-c-attachment__title"><a class="govuk-link gem-c-attachment__link" href="${b.url}">${escapeHtml(a.title)}</a></h3>
          <p class="gem-c-attachment__metadata"><span class="gem-c-attachment__attribute"><abbr title="Portable Document Format" class="gem-c-attachment__abbr">PDF</abbr></span>, <span class="gem-c-attachment__attribute">${humanSize(b.bytes.length)}</span>, <span class="gem-c-attachment__attribute">${b.pages} ${b.pages === 1 ? 'page' : 'pages'}</span></p>
          <p class="gem-c-attachment__metadata">This file may not be suitable for users of assistive technology.</p>
          <details class="govuk-details gem-c-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Request an accessible format.</span></summary><div class="govuk-details__text">If you use assistive technology (such as a screen reader) and need a version of this document in a more accessible format, please email <a href="mailto:alternative.formats@education.gov.uk" class="govuk-link">alternative.formats@education.gov.uk</a>. Please tell us what format you need. It will help us if you say what assistive technology you use.</div></details>
        </div>
      </section>`;
    })
    .join('\n');
  const collectionCrumb = pub.group
    ? `\n      <p class="govuk-body">Part of a collection: <a class="govuk-link" href="${COLLECTION.base_path}">${COLLECTION.title}</a></p>`
    : '';
  const history = pub.changes
    .slice()
    .reverse()
    .map((c) => `          <li class="gem-c-published-dates__change-item"><time datetime="${c.at}">${longDate(c.at)}</time><p class="gem-c-published-dates__change-note">${escapeHtml(c.note)}</p></li>`)
    .join('\n');
  const updatedLine =
    pub.changes.length > 1
      ? `\n        <dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">${longDate(lastChange.at)}</dd>`
      : '';
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>${escapeHtml(pub.title)} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="${url}">
<meta name="description" content="${escapeHtml(pub.description)}">
<meta name="govuk:format" content="decision">
<meta name="govuk:schema-name" content="publication">
<meta name="govuk:content-id" content="${pub.contentId}">
<meta name="govuk:first-published-at" content="${pub.firstPublished}">
<meta name="govuk:public-updated-at" content="${pub.updated}">
<meta name="govuk:primary-publishing-organisation" content="Department for Education">
<meta property="og:site_name" content="GOV.UK">
<meta property="og:title" content="${escapeHtml(pub.title)}">
<link rel="stylesheet" href="/assets/frontend/application-3b9d2f1a.css">
<script type="application/ld+json">
${JSON.stringify(
  {
    '@context': 'http://schema.org',
    '@type': 'Article',
    headline: pub.title,
    description: pub.description,
    datePublished: pub.firstPublished,
    dateModified: pub.updated,
    publisher: { '@type': 'Organization', name: 'GOV.UK', url: 'https://www.gov.uk' },
    author: { '@type': 'Organization', name: 'Department for Education', url: 'https://www.gov.uk/government/organisations/department-for-education' },
  },
  null,
  1,
)}
</script>
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
  <div class="govuk-cookie-banner__message govuk-width-container">
    <h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
    <p class="govuk-body">We use some essential cookies to make this website work.</p>
    <p class="govuk-body">We&rsquo;d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
    <div class="govuk-button-group">
      <button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
      <button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
      <a class="govuk-link" href="/help/cookies">View cookies</a>
    </div>
  </div>
</div>
<header role="banner" class="gem-c-layout-super-navigation-header">
  <div class="govuk-width-container">
    <a href="/" class="gem-c-header__link" aria-label="Go to the GOV.UK homepage">GOV.UK</a>
    <nav aria-label="Menu"><ul>
      <li><a class="govuk-link" href="/browse">Services and information</a></li>
      <li><a class="govuk-link" href="/government/organisations">Government activity</a></li>
      <li><a class="govuk-link" href="/search">Search GOV.UK</a></li>
    </ul></nav>
  </div>
</header>
<div class="govuk-width-container">
  <div class="gem-c-contextual-breadcrumbs">
    <nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/childcare-parenting">Parenting, childcare and children's services</a></li>
      <li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/childcare-parenting/safeguarding-and-social-care-for-children">Safeguarding and social care for children</a></li>
    </ol></nav>
  </div>
  <main role="main" id="main-content" class="govuk-main-wrapper" lang="en">
    <div class="gem-c-heading govuk-!-margin-bottom-8">
      <span class="govuk-caption-xl gem-c-heading__context">Decision</span>
      <h1 class="gem-c-heading__text govuk-heading-l">${escapeHtml(pub.title)}</h1>
    </div>
    <p class="gem-c-lead-paragraph">${escapeHtml(pub.description)}</p>
    <div class="gem-c-metadata" data-module="metadata">
      <dl>
        <dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition"><a href="/government/organisations/department-for-education" class="govuk-link">Department for Education</a></dd>
        <dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">${longDate(pub.firstPublished)}</dd>${updatedLine}
      </dl>${collectionCrumb}
    </div>
    <section id="documents">
      <h2 class="govuk-heading-l">Documents</h2>
${atts}
    </section>
    <section id="details">
      <h2 class="govuk-heading-l">Details</h2>
      <div class="gem-c-govspeak govuk-govspeak">
${pub.body}
      </div>
    </section>
    <div class="gem-c-published-dates" id="full-publication-update-history">
      <p>Published ${longDate(pub.firstPublished)}${pub.changes.length > 1 ? `<br>Last updated ${longDate(lastChange.at)}` : ''}</p>
      <details><summary>See all updates</summary>
        <ol class="gem-c-published-dates__list">
${history}
        </ol>
      </details>
    </div>
    <div class="gem-c-print-link"><button class="govuk-link">Print this page</button></div>
  </main>
  <div class="gem-c-related-navigation">
    <h2 class="gem-c-related-navigation__main-heading">Explore the topic</h2>
    <ul><li><a class="govuk-link" href="/childcare-parenting/safeguarding-and-social-care-for-children">Safeguarding and social care for children</a></li></ul>
  </div>
  <div class="gem-c-feedback"><p>Is this page useful? <a href="/contact/govuk">Yes</a> <a href="/contact/govuk">No</a> <a href="/contact/govuk">Report a problem with this page</a></p></div>
</div>
<footer class="govuk-footer" role="contentinfo">
  <div class="govuk-width-container">
    <h2 class="govuk-visually-hidden">Support links</h2>
    <ul class="govuk-footer__inline-list">
      <li><a class="govuk-footer__link" href="/help">Help</a></li><li><a class="govuk-footer__link" href="/help/privacy-notice">Privacy</a></li><li><a class="govuk-footer__link" href="/help/cookies">Cookies</a></li><li><a class="govuk-footer__link" href="/help/accessibility-statement">Accessibility statement</a></li><li><a class="govuk-footer__link" href="/contact">Contact</a></li><li><a class="govuk-footer__link" href="/help/terms-conditions">Terms and conditions</a></li>
    </ul>
    <p>All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</p>
    <p>&copy; Crown copyright</p>
  </div>
</footer>
</body>
</html>
`;
}

function collectionJson() {
  const groups: Record<string, string[]> = { 'Open notices': [], 'Closed notices': [UNRESOLVABLE_ID], 'Open directions': [], 'Closed directions': [] };
  for (const p of PUBS) if (p.group) groups[p.group].push(p.contentId);
  // Newest first within each group, as DfE orders them.
  const order = (ids: string[]) =>
    ids.sort((a, b) => {
      const pa = PUBS.find((p) => p.contentId === a);
      const pb = PUBS.find((p) => p.contentId === b);
      return (pb?.firstPublished ?? '').localeCompare(pa?.firstPublished ?? '');
    });
  return {
    analytics_identifier: null,
    base_path: COLLECTION.base_path,
    content_id: COLLECTION.content_id,
    description: COLLECTION.description,
    details: {
      body: '<p>The Department for Education issues improvement notices and statutory directions to councils whose children&rsquo;s services, including special educational needs and disabilities services, are failing or at risk of failing.</p>',
      change_history: [
        { note: 'First published.', public_timestamp: '2013-07-03T10:30:00.000+01:00' },
        { note: 'Added the SEND improvement notice issued to Darlington Borough Council.', public_timestamp: '2025-04-09T12:05:00.000+01:00' },
      ],
      collection_groups: Object.entries(groups).map(([title, ids]) => ({ body: '', documents: order(ids), title })),
      emphasised_organisations: [DFE_ORG.content_id],
      first_public_at: '2013-07-03T10:30:00.000+01:00',
      political: false,
    },
    document_type: 'document_collection',
    first_published_at: '2013-07-03T10:30:00.000+01:00',
    links: {
      documents: PUBS.filter((p) => p.group).map((p) => ({
        api_path: `/api/content/government/publications/${p.slug}`,
        base_path: `/government/publications/${p.slug}`,
        content_id: p.contentId,
        description: p.description,
        document_type: 'decision',
        locale: 'en',
        public_updated_at: p.updated,
        schema_name: 'publication',
        title: p.title,
        withdrawn: false,
        links: {},
      })),
      organisations: [DFE_ORG],
      primary_publishing_organisation: [DFE_ORG],
    },
    locale: 'en',
    phase: 'live',
    public_updated_at: '2025-04-09T12:05:00.000+01:00',
    publishing_app: 'whitehall',
    rendering_app: 'frontend',
    schema_name: 'document_collection',
    title: COLLECTION.title,
    updated_at: '2025-04-09T12:05:00.000+01:00',
    withdrawn_notice: {},
  };
}

function searchJson() {
  const slugs = [
    'direction-issued-to-wirral-council-may-2025',
    'improvement-notice-issued-to-darlington-borough-council-send-april-2025',
    'direction-issued-to-tameside-metropolitan-borough-council-march-2025',
    'directions-issued-to-bournemouth-christchurch-and-poole-council',
  ];
  const results = slugs.map((slug, i) => {
    const p = PUBS.find((x) => x.slug === slug)!;
    return {
      content_id: p.contentId,
      content_store_document_type: 'decision',
      description: p.description,
      document_collections: p.group
        ? [{ _id: COLLECTION.base_path, content_id: COLLECTION.content_id, link: COLLECTION.base_path, slug: 'improvement-notices-and-directions', title: COLLECTION.title }]
        : [],
      is_withdrawn: false,
      link: `/government/publications/${p.slug}`,
      public_timestamp: p.updated,
      title: p.title,
      index: 'govuk',
      es_score: null,
      _id: `/government/publications/${p.slug}`,
      elasticsearch_type: 'edition',
      document_type: 'edition',
      position: i + 1,
    };
  });
  return { results, total: results.length, start: 0, aggregates: {}, suggested_queries: [], suggested_autocomplete: [], es_cluster: 'A' };
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const built = new Map<string, Built>();
  const sourceFiles = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();
  for (const f of sourceFiles) {
    const src = parseSource(f.replace(/\.txt$/, ''), readFileSync(join(SOURCES, f), 'utf8'));
    const { bytes, pages } = await renderPdf(src);
    write(join(MIRROR, src.file), bytes);
    const filename = src.file.split('/').pop()!;
    built.set(src.key, { source: src, bytes, pages, url: `https://${src.file}`, filename });
    console.log(`pdf  ${src.file} (${bytes.length} bytes, ${pages} pages)`);
  }

  // GOV.UK Content API JSON, rendered pages, collection and search.
  for (const pub of PUBS) {
    const base = `government/publications/${pub.slug}`;
    write(join(MIRROR, 'www.gov.uk/api/content', base, 'index.json'), JSON.stringify(publicationJson(pub, built), null, 2) + '\n');
    write(join(MIRROR, 'www.gov.uk', base, 'index.html'), publicationHtml(pub, built));
    console.log(`page www.gov.uk/${base}`);
  }
  write(join(MIRROR, 'www.gov.uk/api/content', COLLECTION.base_path.slice(1), 'index.json'), JSON.stringify(collectionJson(), null, 2) + '\n');
  write(join(MIRROR, 'www.gov.uk/api/search.json'), JSON.stringify(searchJson(), null, 2) + '\n');

  // An older snapshot of the BCP page's Content API JSON (before the SEND direction was added),
  // for testing attachment diffing between crawls.
  const bcp = PUBS.find((p) => p.slug.startsWith('directions-issued-to-bournemouth'))!;
  const bcpV1: Pub = {
    ...bcp,
    updated: bcp.firstPublished,
    description: "Direction issued to Bournemouth, Christchurch and Poole Council in October 2023 about children's social care.",
    body:
      '<p>The Secretary of State for Education has issued a direction to Bournemouth, Christchurch and Poole (BCP) Council.</p>\n' +
      "<p>The direction, issued on 3 October 2023, concerns children&rsquo;s social care. It appoints Fiona Latchford-Grey as improvement adviser.</p>",
    attachments: bcp.attachments.slice(0, 1),
    changes: bcp.changes.slice(0, 1),
  };
  write(join(ROOT, 'history/2023-10-05/www.gov.uk/api/content/government/publications', bcp.slug, 'index.json'), JSON.stringify(publicationJson(bcpV1, built), null, 2) + '\n');

  // Broken files.
  const swindon = built.get('swindon-direction-2024-06')!;
  const enc = await renderPdf(swindon.source, { userPassword: 'swindon-2024' });
  write(join(BROKEN, 'Swindon_direction_June_2024_protected.pdf'), enc.bytes);
  write(join(BROKEN, 'Appendix_2_DfE_improvement_notice_scan.pdf'), await renderScanLike());
  const tameside = built.get('tameside-direction-2025-03')!;
  write(join(BROKEN, 'DfE_direction_Tameside_March_2025.pdf'), tameside.bytes.subarray(0, Math.floor(tameside.bytes.length / 2)));
  write(
    join(BROKEN, 'Improvement_notice_download.pdf'),
    `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Page not found - Committee documents</title></head>
<body>
<header><a href="/">Council meetings and decisions</a></header>
<main>
<h1>Sorry, we cannot find that page</h1>
<p>The document you asked for may have been moved or removed. Error 404.</p>
<p>Try searching <a href="/mgListCommittees.aspx">committee papers</a> instead.</p>
</main>
<footer>Powered by a committee management system</footer>
</body>
</html>
`,
  );
  write(join(BROKEN, 'Direction_letter_empty.pdf'), Buffer.alloc(0));
  write(join(BROKEN, 'Direction_scan_page1.pdf'), makePng());
  write(
    join(BROKEN, 'scrutiny-note-windows-1252.txt'),
    toWindows1252(
      [
        'Children’s Services Scrutiny Panel – briefing note',
        '',
        'Wokingham Borough Council received an improvement notice from the Department for Education on 17 September 2024.',
        'The notice asks the council to send the Department an improvement plan “by 31 December 2024” and to work with an improvement adviser.',
        'Officers estimate the cost of the improvement programme at £1.4m over two years, of which £350,000 is for agency social workers.',
        'The lead member said the council would “meet every requirement” and described the notice as ‘a fair challenge’.',
        'Progress will be considered at the panel’s meeting on 21 October 2024.',
        '',
      ].join('\r\n'),
    ),
  );
  console.log('broken files written to samples/broken/');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// A budget on what a PDF's compressed streams inflate to, checked before pdf.js sees the file. pdf.js
// inflates a content stream whole, in memory, so a few kilobytes of Flate "bomb" can become gigabytes. Here
// each FlateDecode stream is inflated by zlib with a cap on its output (the remaining budget), one stream at
// a time and then dropped: passing the cap is `too_large`, long before anything large is held.
import zlib from 'node:zlib';
import { ParseError } from './types.js';

/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_WINDOW = 4096;

export function checkDecodedSize(bytes: Buffer, maxDecodedBytes: number): void {
  let total = 0;
  let at = 0;
  for (;;) {
    const kw = bytes.indexOf('stream', at, 'latin1');
    if (kw < 0) return;
    at = kw + 6;
    // "endstream" contains "stream"; only a keyword that starts a stream counts.
    if (bytes.subarray(Math.max(0, kw - 3), kw).toString('latin1') === 'end') continue;
    const dict = bytes.subarray(Math.max(0, kw - DICT_WINDOW), kw).toString('latin1');
    const open = dict.lastIndexOf('<<');
    if (open < 0 || !/\/FlateDecode\b/.test(dict.slice(open)) || /\/DecodeParms|\/Filter\s*\[[^\]]*\/\w+[^\]]*\/\w+/.test(dict.slice(open))) continue;
    let start = at;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = bytes.indexOf('endstream', start, 'latin1');
    if (end < 0) return;
    at = end + 9;
    try {
      total += zlib.inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, maxDecodedBytes - total) }).length;
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw new ParseError('too_large', `The PDF's compressed streams inflate to more than ${maxDecodedBytes} bytes (budgets.pdfMaxDecodedBytes); not read.`);
      // A stream zlib cannot read is pdf.js's to judge (it may be damaged, or not Flate after all).
    }
  }
}

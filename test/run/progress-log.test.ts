// The terminal progress bar: documents done, and the OCR page being read while a scan is OCRed.
import { expect, it } from 'vitest';
import { ProgressLogger } from '../../src/run/log.js';

it('shows the OCR page being read after the document count, and drops it when the scan is done', () => {
  const writes: string[] = [];
  const log = new ProgressLogger({ write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream);
  log.progress(1, 3, 0);
  log.ocrProgress('https://example.org/media/letter_scan.pdf', 0, 2);
  expect(writes.at(-1)).toBe('\r\x1b[K[##########....................] 1/3 documents, 0 failed · OCR page 1/2 of letter_scan.pdf');
  log.ocrProgress('https://example.org/media/letter_scan.pdf', 1, 2);
  expect(writes.at(-1)).toBe('\r\x1b[K[##########....................] 1/3 documents, 0 failed · OCR page 2/2 of letter_scan.pdf');
  log.ocrProgress('https://example.org/media/letter_scan.pdf', 2, 2);
  expect(writes.at(-1)).toBe('\r\x1b[K[##########....................] 1/3 documents, 0 failed');
});

// The terminal progress bar (cli-progress): documents done, and the OCR page being read while a scan is OCRed.
import { expect, it } from 'vitest';
import { ProgressLogger } from '../../src/run/log.js';

/** A terminal as cli-progress uses one: what it writes, in order. */
function terminal() {
  const writes: string[] = [];
  const stream = { isTTY: true, columns: 120, write: (s: string) => (writes.push(s), true), cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true, on: () => stream, removeListener: () => stream };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => writes.join('') };
}
const drawn = () => new Promise((r) => setTimeout(r, 250));

it('shows the OCR page being read after the document count, and drops it when the scan is done', async () => {
  const tty = terminal();
  const log = new ProgressLogger(tty.stream);
  log.progress(1, 3, 0);
  log.ocrProgress('https://example.org/media/letter_scan.pdf', 0, 2);
  await drawn();
  expect(tty.text()).toContain('1/3 documents, 0 failed · OCR page 1/2 of letter_scan.pdf');
  log.ocrProgress('https://example.org/media/letter_scan.pdf', 2, 2);
  log.progress(2, 3, 0);
  await drawn();
  log.close();
  // The last drawing of the bar has no OCR page: the scan is done.
  const text = tty.text();
  expect(text.lastIndexOf('2/3 documents, 0 failed')).toBeGreaterThan(text.lastIndexOf('OCR page'));
  expect(text.slice(text.lastIndexOf('2/3 documents, 0 failed')).includes('OCR page')).toBe(false);
});

it('prints only the event lines off a terminal', () => {
  const writes: string[] = [];
  const log = new ProgressLogger({ isTTY: false, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream);
  log.progress(1, 3, 0);
  log.event('fetch_failed', { url: 'https://example.org/a', code: 'timeout' });
  log.close();
  expect(writes).toEqual(['fetch_failed url=https://example.org/a code=timeout\n']);
});

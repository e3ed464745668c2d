// The wall-clock budget per document: a document still being read when it runs out gets `timeout`, its
// worker is stopped, and the next document is read as usual.
import { afterAll, expect, it } from 'vitest';
import { DocumentPool } from '../../src/document-pool.js';
import { blankPagesPdf, DIRECTION_SENTENCE } from './fixtures.js';

const pool = new DocumentPool(1);
afterAll(() => pool.close());

it('a document over its time budget is timeout; the pool goes on with the next one', async () => {
  // 20,000 pages with the page budget lifted takes well over a minute to read; the budget is 300 ms.
  const bomb = await blankPagesPdf(20_000);
  const slow = await pool.read({ bytes: bomb, uri: 'file:///bomb.pdf' }, { timeoutMs: 300, budgets: { pdfMaxPages: 1_000_000 } });
  expect([slow.status, slow.error]).toEqual([
    'error',
    { code: 'timeout', message: 'Reading the document took longer than the 300 ms budget (budgets.documentTimeoutMs); stopped.' },
  ]);
  expect(slow.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  const next = await pool.read({ bytes: Buffer.from(DIRECTION_SENTENCE), uri: 'file:///next.txt' }, { timeoutMs: 60_000 });
  expect([next.status, next.interventions.map((i) => i.council.name)]).toEqual(['ok', ['Kirklees']]);
}, 60_000);

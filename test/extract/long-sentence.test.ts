// A text whose full stops were lost is read in linear time (the sentence budget): a 1 MB sentence finishes well
// inside vitest's default timeout. Not a timed test: it fails only by not finishing.
import { expect, it } from 'vitest';
import { readDocument } from '../../src/document.js';

it('reads a 1 MB text with no full stop and finds its direction', async () => {
  const unit = 'the Secretary of State issued a direction to Bury Council which must within three months agree a plan with Wigan Council and ';
  const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
  const record = await readDocument({ bytes: Buffer.from(text), uri: 'https://news.example/2024/01/10/long', contentType: 'text/plain' });
  expect([record.status, record.interventions.map((i) => [i.council.name, i.instrument])]).toEqual(['ok', [['Bury', 'direction']]]);
});

import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

const DUMP = [
  'Accessibility Links',
  'Cookies on our website',
  'By continuing to use this website we will assume you are happy to receive cookies',
  'Accept Policy',
  '',
  'Adviser appointed to struggling council',
  '',
  'Jo Reporter',
  'Wednesday, March 6, 2019',
  '',
  'An adviser will work with Exampleshire Council after inspectors rated its children’s services inadequate.',
  'An adviser will work with Exampleshire Council after inspectors rated its children’s services inadequate.',
  '',
  'Photo: Example/Stock',
  '',
  'The council must produce an improvement plan within three months, the',
  'department said in a statement.',
  '',
  'Email a friend',
  'Share this article',
  '',
  'Digital membership',
  '',
  '  • Unlimited online articles',
  '  • Weekly briefing',
  '',
  'From £15 / month',
  '',
  'Subscribe',
  '',
  'More from Example News',
  '',
  '2 Responses to Adviser appointed to struggling council',
  '',
  '  1. Ann Other March 6, 2019 at 9:15 am',
  '     Long overdue.',
  '  2. A Social Worker March 7, 2019 at 1:02 pm',
  '     Staff have been saying this for years.',
  '',
  'Leave a Reply',
].join('\r\n');

describe('plain-text news dumps', () => {
  it('drops boilerplate lines, offers and repeated standfirsts, rejoins wrapped lines and cuts the comments', async () => {
    const doc = await parseDocument({ bytes: Buffer.from(DUMP), uri: 'file:///seeds/story.txt' });
    expect(doc.kind).toBe('news');
    expect(doc.contentType).toBe('text/plain');
    expect(doc.title).toBe('Adviser appointed to struggling council');
    expect(doc.publishedAt).toBe('2019-03-06');
    expect(doc.text).toBe(
      [
        'Adviser appointed to struggling council',
        'Jo Reporter',
        'Wednesday, March 6, 2019',
        'An adviser will work with Exampleshire Council after inspectors rated its children’s services inadequate.',
        'The council must produce an improvement plan within three months, the department said in a statement.',
      ].join('\n\n'),
    );
    expect(doc.comments).toEqual([
      '1. Ann Other March 6, 2019 at 9:15 am\nLong overdue.',
      '2. A Social Worker March 7, 2019 at 1:02 pm\nStaff have been saying this for years.',
    ]);
  });

  it('does not take the publication date from a comment', async () => {
    const text = 'Council told to improve\n\nThe council has been told to improve its services.\n\nComments\n\nReader One\n12 January 2020 at 10:00\nGood.';
    const doc = await parseDocument({ bytes: Buffer.from(text), uri: 'file:///x.txt' });
    expect(doc.publishedAt).toBeNull();
    expect(doc.text).toBe('Council told to improve\n\nThe council has been told to improve its services.');
    expect(doc.comments).toEqual(['Reader One\n12 January 2020 at 10:00\nGood.']);
  });

  it('normalises NFC, non-breaking spaces and runs of spaces once', async () => {
    const text = 'Cafe\u0301\u00a0news   today\r\n\r\n\r\n  Second\tparagraph  ';
    const doc = await parseDocument({ bytes: Buffer.from(text), uri: 'file:///x.txt' });
    expect(doc.text).toBe('Café news today\n\nSecond paragraph');
  });
});

describe('the text of an instrument', () => {
  it('is read as an instrument and dated by its date line, not the first date it mentions', async () => {
    const text = [
      'Department for Education',
      '',
      'Improvement notice: special educational needs and disabilities (SEND)',
      'Example Council',
      '',
      'Date: 16 July 2025',
      '',
      'The inspection reported on 2 May 2025 found widespread failings.',
    ].join('\n');
    const doc = await parseDocument({ bytes: Buffer.from(text), uri: 'file:///notice.txt' });
    expect([doc.kind, doc.publishedAt]).toEqual(['instrument_pdf', '2025-07-16']);
  });

  it('reads "this 9th day of October 2024" in a signature block', async () => {
    const text = 'DIRECTION ISSUED TO EXAMPLE COUNCIL\n\nThe Secretary of State directs as follows.\n\nGIVEN under the hand of the Secretary of State this 9th day of October 2024.';
    const doc = await parseDocument({ bytes: Buffer.from(text), uri: 'file:///direction.txt' });
    expect([doc.kind, doc.publishedAt]).toEqual(['instrument_pdf', '2024-10-09']);
  });

  it('leaves a news story that quotes a notice as news', async () => {
    const text = 'Council handed improvement notice\n\nTuesday 4 March 2025\n\nThe Department for Education has issued an improvement notice to the council.';
    const doc = await parseDocument({ bytes: Buffer.from(text), uri: 'file:///story.txt' });
    expect([doc.kind, doc.publishedAt]).toEqual(['news', '2025-03-04']);
  });
});

describe('a GOV.UK publication page saved as text', () => {
  it('is read as a publication when its title names an instrument and whom it was issued to', async () => {
    const text = ['Decision', '', 'Improvement notice issued to Bury Council', '', 'Published 3 March 2022', '', 'This notice requires the council to improve.'].join('\n');
    const doc = await parseDocument({ bytes: Buffer.from(text), uri: 'https://mirror.example/notice' });
    expect([doc.kind, doc.publishedAt]).toEqual(['govuk_publication', '2022-03-03']);
  });

  it('is news when the headline only mentions an instrument', async () => {
    const text = ['Council faces improvement notice after inspection', '', 'Published 3 March 2022', '', 'The council expects a notice.'].join('\n');
    const doc = await parseDocument({ bytes: Buffer.from(text), uri: 'https://news.example/story' });
    expect(doc.kind).toBe('news');
  });
});

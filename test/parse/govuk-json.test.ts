import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

const parseJson = (json: unknown) =>
  parseDocument({ bytes: Buffer.from(JSON.stringify(json)), uri: 'https://www.gov.uk/api/content/x', contentType: 'application/json' });

describe('GOV.UK Content API JSON', () => {
  it('reads a publication: title, first_published_at date, body text, notes and absolute attachment URLs', async () => {
    const doc = await parseJson({
      base_path: '/government/publications/direction-issued-to-example-council',
      content_id: 'c1',
      schema_name: 'publication',
      document_type: 'decision',
      title: 'Direction issued to Example Council',
      description: 'Direction about children’s social care.',
      first_published_at: '2019-07-20T00:30:00.000+01:00',
      public_updated_at: '2021-01-01T10:00:00.000+00:00',
      details: {
        body: '<p>The direction appoints a commissioner.</p>\n<p>It was revoked on 1&nbsp;May 2021.</p>',
        attachments: [
          { attachment_type: 'file', id: 'a1', url: 'https://assets.publishing.service.gov.uk/media/123/direction.pdf', title: 'Direction: July 2019', content_type: 'application/pdf' },
          { attachment_type: 'html', id: 'a2', url: '/government/publications/x/letter', title: 'Letter' },
        ],
        change_history: [{ note: 'First published.', public_timestamp: '2019-07-20T00:30:00.000+01:00' }, { note: 'Marked as closed.', public_timestamp: '2021-05-01T09:00:00.000+01:00' }],
      },
    });
    expect(doc.kind).toBe('govuk_publication');
    expect(doc.contentType).toBe('application/json');
    expect(doc.title).toBe('Direction issued to Example Council');
    expect(doc.publishedAt).toBe('2019-07-20');
    expect(doc.links).toEqual(['https://assets.publishing.service.gov.uk/media/123/direction.pdf', 'https://www.gov.uk/government/publications/x/letter']);
    expect(doc.text).toBe(
      [
        'Direction issued to Example Council',
        'Direction about children’s social care.',
        'The direction appoints a commissioner.',
        'It was revoked on 1 May 2021.',
        'Direction: July 2019\nLetter',
        'First published.\nMarked as closed.',
      ].join('\n\n'),
    );
  });

  it('resolves a collection’s groups through links.documents, skipping unknown ids, in group order', async () => {
    const doc = await parseJson({
      base_path: '/government/collections/notices',
      content_id: 'col',
      schema_name: 'document_collection',
      document_type: 'document_collection',
      title: 'Notices and directions',
      description: 'Issued to councils.',
      first_published_at: '2013-07-03T09:00:00.000+01:00',
      details: {
        collection_groups: [
          { title: 'Open directions', documents: ['d2', 'missing', 'd1'] },
          { title: 'Closed directions', documents: ['d3'] },
        ],
      },
      links: {
        documents: [
          { content_id: 'd1', title: 'Direction issued to A Council', base_path: '/government/publications/direction-a' },
          { content_id: 'd2', title: 'Direction issued to B Council', base_path: '/government/publications/direction-b', description: 'Appoints a commissioner.' },
          { content_id: 'd3', title: 'Direction issued to C Council (closed)', base_path: '/government/publications/direction-c' },
        ],
      },
    });
    expect(doc.kind).toBe('govuk_collection');
    expect(doc.publishedAt).toBe('2013-07-03');
    expect(doc.links).toEqual([
      'https://www.gov.uk/government/publications/direction-b',
      'https://www.gov.uk/government/publications/direction-a',
      'https://www.gov.uk/government/publications/direction-c',
    ]);
    expect(doc.text).toBe(
      [
        'Notices and directions',
        'Issued to councils.',
        'Open directions\nDirection issued to B Council\nAppoints a commissioner.\nDirection issued to A Council',
        'Closed directions\nDirection issued to C Council (closed)',
      ].join('\n\n'),
    );
  });

  it('calls any other JSON other', async () => {
    const doc = await parseJson({ hello: 'world' });
    expect(doc.kind).toBe('other');
    expect(doc.links).toEqual([]);
  });
});

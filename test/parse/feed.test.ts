import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

describe('feeds', () => {
  it('reads RSS 2.0: item links made absolute, channel title, lastBuildDate, item titles and descriptions', async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Intervention Watch</title><link>https://watch.example.org/</link>
  <description>News about interventions.</description>
  <lastBuildDate>Fri, 22 Nov 2024 23:30:00 -0500</lastBuildDate>
  <item><title>Council gets notice</title><link>https://news.example.org/a</link><description><![CDATA[<p>An <b>improvement notice</b> was issued.</p>]]></description><pubDate>Thu, 21 Nov 2024 10:00:00 +0000</pubDate></item>
  <item><title>Direction lifted &amp; welcomed</title><link>/stories/b</link></item>
</channel></rss>`;
    const doc = await parseDocument({ bytes: Buffer.from(rss), uri: 'https://watch.example.org/feed.xml', contentType: 'application/rss+xml' });
    expect(doc.kind).toBe('feed');
    expect(doc.contentType).toBe('application/rss+xml');
    expect(doc.title).toBe('Intervention Watch');
    expect(doc.publishedAt).toBe('2024-11-22');
    expect(doc.links).toEqual(['https://news.example.org/a', 'https://watch.example.org/stories/b']);
    expect(doc.text).toBe('Intervention Watch\n\nNews about interventions.\n\nCouncil gets notice\nAn improvement notice was issued.\n\nDirection lifted & welcomed');
  });

  it('reads Atom: alternate links, feed updated date', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Council news</title><updated>2023-06-01T12:00:00Z</updated>
  <entry><title>Adviser appointed</title><link rel="alternate" href="https://council.example.gov.uk/news/adviser"/><link rel="edit" href="https://council.example.gov.uk/edit/1"/><summary>An adviser was appointed.</summary><updated>2023-05-30T09:00:00Z</updated></entry>
  <entry><title>Plan agreed</title><link href="https://council.example.gov.uk/news/plan"/></entry>
</feed>`;
    const doc = await parseDocument({ bytes: Buffer.from(atom), uri: 'file:///feeds/council.atom' });
    expect(doc.kind).toBe('feed');
    expect(doc.publishedAt).toBe('2023-06-01');
    expect(doc.links).toEqual(['https://council.example.gov.uk/news/adviser', 'https://council.example.gov.uk/news/plan']);
    expect(doc.text).toBe('Council news\n\nAdviser appointed\nAn adviser was appointed.\n\nPlan agreed');
  });
});

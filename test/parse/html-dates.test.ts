import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { parseDate, parseTimestamp, timestampOffset } from '../../src/parse/published-date.js';

const ARTICLE = `<div class="body"><p>The county council has been told to improve its services for children, the department said.</p>
  <p>Inspectors found that too many families waited months for help, and that plans were often out of date.</p></div>`;

const dateOf = async (body: string, head = '', uri = 'https://news.example.org/story') =>
  (await parseDocument({ bytes: Buffer.from(`<html><head>${head}</head><body>${body}</body></html>`), uri, contentType: 'text/html' }))
    .publishedAt;

describe('publication dates in HTML, in htmldate order of evidence', () => {
  it('reads <time itemprop="datePublished"> even inside a footer the cleanup removes', async () => {
    expect(await dateOf(`<article>${ARTICLE}<footer>Posted <time itemprop="datePublished" datetime="2021-03-04">4 March</time></footer></article>`)).toBe(
      '2021-03-04',
    );
  });

  it('prefers JSON-LD and meta over markup, markup over the URL, the URL over a dateline in the text', async () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-02T09:00:00+00:00"}</script>';
    expect(await dateOf(`<time datetime="2020-05-06">6 May</time>${ARTICLE}`, ld)).toBe('2020-01-02');
    expect(await dateOf(`<time datetime="2020-05-06">6 May</time>${ARTICLE}`, '', 'https://x.example/2019/07/08/story')).toBe('2020-05-06');
    expect(await dateOf(`<div>9 October 2018</div>${ARTICLE}`, '', 'https://x.example/2019/07/08/story')).toBe('2019-07-08');
    expect(await dateOf(`<h1>Headline</h1><div>9 October 2018</div>${ARTICLE}`)).toBe('2018-10-09');
  });

  it('tells the updated date from the original one', async () => {
    expect(await dateOf(`<p>Updated: <time datetime="2024-05-20">20 May</time></p><p>Published <time datetime="2024-05-14">14 May</time></p>${ARTICLE}`)).toBe(
      '2024-05-14',
    );
    expect(await dateOf(`<span class="date-modified">20/05/2024</span><span class="date">14/05/2024</span>${ARTICLE}`)).toBe('2024-05-14');
    const meta = '<meta property="article:modified_time" content="2024-05-20T10:00:00Z">';
    expect(await dateOf(`<span class="post-date">14 May 2024</span>${ARTICLE}`, meta)).toBe('2024-05-14');
  });

  it('reads a two-digit year day first in an element classed as a date', async () => {
    expect(await dateOf(`<span class="entry-date">30.11.18</span>${ARTICLE}`)).toBe('2018-11-30');
  });

  it('takes a UTC stamp in the offset the page writes its other stamps in', async () => {
    const head = `<meta property="article:published_time" content="2019-06-07T03:30:00Z">
      <meta property="article:modified_time" content="2019-06-07T10:00:00-04:00">`;
    expect(await dateOf(ARTICLE, head)).toBe('2019-06-06');
    expect(await dateOf(ARTICLE, '<meta property="article:published_time" content="2019-06-06T23:30:00-04:00">')).toBe('2019-06-06');
    expect(await dateOf(ARTICLE, '<meta property="article:published_time" content="2019-06-07T03:30:00Z">')).toBe('2019-06-07');
  });
});

describe('date parsing in other languages and offsets', () => {
  it('reads month names of other languages (data/month-names.json), day first and month first', () => {
    expect(parseDate('le 3 juillet 2018')).toBe('2018-07-03');
    expect(parseDate('14. März 2020')).toBe('2020-03-14');
    expect(parseDate('5 de maio de 2017')).toBe('2017-05-05');
    expect(parseDate('14 октября 2019 г.')).toBe('2019-10-14');
    expect(parseDate('mayo 14, 2019')).toBe('2019-05-14');
    expect(parseDate('12 kasım 2021')).toBe('2021-11-12');
    expect(parseDate('Formai 2019')).toBeNull();
  });

  it('shifts a UTC stamp by a page offset and reads offsets', () => {
    expect(parseTimestamp('2019-06-07T03:30:00Z', -240)).toBe('2019-06-06');
    expect(parseTimestamp('2019-06-06T22:30:00+00:00', 120)).toBe('2019-06-07');
    expect(parseTimestamp('2019-06-06T23:30:00-04:00', 120)).toBe('2019-06-06');
    expect(timestampOffset('2019-06-06T23:30:00-04:00')).toBe(-240);
    expect(timestampOffset('2019-06-06T23:30:00+0530')).toBe(330);
    expect(timestampOffset('2019-06-06T23:30:00Z')).toBeNull();
  });
});

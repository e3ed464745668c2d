import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';

const parse = (html: string, uri = 'https://news.example.co.uk/story/123') =>
  parseDocument({ bytes: Buffer.from(html), uri, contentType: 'text/html; charset=utf-8' });

const NEWS_PAGE = `<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Council given new adviser | Example Gazette</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Example Gazette"},
  {"@type":"NewsArticle","headline":"Council given new adviser","datePublished":"2023-03-09T23:30:00+00:00","dateModified":"2023-03-12T10:00:00+00:00"}]}</script>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept</button></div>
<header class="site-header"><a class="logo" href="/">Example Gazette</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<main>
  <article>
    <h1>Council given new adviser</h1>
    <div class="share-tools"><a href="#">Share on Facebook</a></div>
    <p>A children's services adviser has been appointed to work with Exampleshire County Council.</p>
    <p>The council must send an improvement plan to the department by 30 June 2023.</p>
    <figure><img src="a.jpg" alt="County hall"><figcaption>County hall. Picture: Staff photographer</figcaption></figure>
    <div class="newsletter-signup"><h3>Get our daily briefing</h3><p>Sign up for our free email newsletter today.</p></div>
    <h2>Next steps</h2>
    <p>Progress will be reviewed every six months.</p>
    <section class="comments"><h3>2 comments</h3>
      <div class="comment"><b>Local Parent</b> <time datetime="2023-03-10T08:00">10 March 2023</time><p>About time too.</p></div>
      <div class="comment"><b>Another Reader</b> <time datetime="2023-03-10T09:00">10 March 2023</time><p>Will it make a difference?</p></div>
    </section>
  </article>
  <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Bin collections change</a></li></ul></aside>
</main>
<footer><p>© Example Gazette Ltd</p></footer>
</body></html>`;

describe('HTML news pages', () => {
  it('keeps the article text and takes navigation, banners, promos, share widgets and comments out', async () => {
    const doc = await parse(NEWS_PAGE);
    expect(doc.kind).toBe('news');
    expect(doc.contentType).toBe('text/html');
    expect(doc.title).toBe('Council given new adviser');
    expect(doc.text).toBe(
      [
        "A children's services adviser has been appointed to work with Exampleshire County Council.",
        'The council must send an improvement plan to the department by 30 June 2023.',
        'Next steps',
        'Progress will be reviewed every six months.',
      ].join('\n\n'),
    );
    expect(doc.comments).toEqual(['Local Parent 10 March 2023\nAbout time too.', 'Another Reader 10 March 2023\nWill it make a difference?']);
    expect(doc.links).toEqual([]);
  });

  it('takes datePublished from JSON-LD (inside @graph), as the local date written, never dateModified', async () => {
    expect((await parse(NEWS_PAGE)).publishedAt).toBe('2023-03-09');
  });

  it('falls back to article:published_time', async () => {
    const html = `<html><head><title>T</title><meta property="article:published_time" content="2021-12-20T14:05:00+00:00"></head>
      <body><article><h1>Direction lifted</h1><p>The department has lifted the direction on the council's children's services.</p></article></body></html>`;
    expect((await parse(html)).publishedAt).toBe('2021-12-20');
  });

  it('uses <time> in the article but not times inside comments', async () => {
    const html = `<html><body><article><h1>Notice issued</h1>
      <div class="comments"><div class="comment"><time datetime="2019-05-02">2 May 2019</time><p>First!</p></div></div>
      <p class="meta">By A Reporter | <time datetime="2019-04-30T10:00:00+01:00">Tuesday 30 April 2019</time></p>
      <p>An improvement notice has been issued to the council after an inadequate inspection.</p></article></body></html>`;
    const doc = await parse(html);
    expect(doc.publishedAt).toBe('2019-04-30');
    expect(doc.comments).toEqual(['2 May 2019\nFirst!']);
  });

  it('reads a visible dateline when there is no markup, UK day-first', async () => {
    const html = `<html><body><div id="page"><h1>Inspectors return</h1><span class="byline">By Sam Writer</span><br><span>Tuesday, 14 May 2024</span>
      <div class="body"><p>Inspectors published their report on the council's children's services this morning.</p>
      <p>They found that care leavers still wait too long for suitable housing in the county.</p></div></div></body></html>`;
    expect((await parse(html, 'https://example.org/inspectors-return')).publishedAt).toBe('2024-05-14');
    const numeric = html.replace('Tuesday, 14 May 2024', '03/04/2017');
    expect((await parse(numeric, 'https://example.org/inspectors-return')).publishedAt).toBe('2017-04-03');
  });

  it('falls back to a date in the URL', async () => {
    const html = `<html><body><article><h1>Commissioners sent in</h1><p>Ministers have sent commissioners into the council to oversee its finances.</p></article></body></html>`;
    expect((await parse(html, 'https://example.org/2024/02/22/commissioners-sent-in/')).publishedAt).toBe('2024-02-22');
    expect((await parse(html, 'https://example.org/news/2024-02-23-commissioners')).publishedAt).toBe('2024-02-23');
    expect((await parse(html, 'https://example.org/news/commissioners')).publishedAt).toBeNull();
  });

  it('takes the title from og:title when the body has no heading, keeps it out of the text, and strips the site suffix from <title>', async () => {
    const og = `<html><head><title>Ignored | Site</title><meta property="og:title" content="Trust to run services"></head>
      <body><article><p>An independent trust will run the council's children's social care services from April.</p></article></body></html>`;
    const doc = await parse(og);
    expect(doc.title).toBe('Trust to run services');
    expect(doc.text).toBe("An independent trust will run the council's children's social care services from April.");
    const titleOnly = og.replace(/<meta[^>]+>/, '');
    expect((await parse(titleOnly)).title).toBe('Ignored');
  });

  it('decodes a windows-1252 page declared in <meta charset> and normalises the text', async () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><article><h1>Caf\xe9 closes</h1><p>The \x93caf\xe9\x94\xa0costs   \xa31m a year.</p></article></body></html>';
    const doc = await parseDocument({ bytes: Buffer.from(html, 'latin1'), uri: 'file:///tmp/page.html' });
    expect(doc.text).toBe('Café closes\n\nThe “café” costs £1m a year.');
  });
});

describe('GOV.UK publication pages', () => {
  const GOVUK = `<!DOCTYPE html><html><head><title>Direction issued to Example Council - GOV.UK</title>
<meta name="govuk:first-published-at" content="2020-01-01T10:00:00.000+00:00"></head>
<body class="govuk-template__body">
<div class="gem-c-cookie-banner"><p>Cookies on GOV.UK</p></div>
<main role="main" id="main-content">
<h1 class="gem-c-title__text">Direction issued to Example Council</h1>
<p class="gem-c-lead-paragraph">Statutory direction about children's social care.</p>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd>Department for Education</dd><dt>Published</dt><dd>5 March 2021</dd><dt>Last updated</dt><dd>9 June 2022</dd></dl></div>
<section id="documents"><section class="gem-c-attachment"><h3><a href="/government/uploads/system/uploads/attachment_data/file/1/direction.pdf">Direction: March 2021</a></h3></section>
<p><a href="https://assets.publishing.service.gov.uk/media/abc/annex.odt">Annex</a></p></section>
<div class="govspeak"><p>The council must work with an improvement adviser.</p></div>
<nav class="gem-c-related-navigation"><a href="/government/collections/improvement-notices-and-directions">Related</a></nav>
</main></body></html>`;

  it('is a govuk_publication with the Published date and absolute attachment links', async () => {
    const doc = await parse(GOVUK, 'https://www.gov.uk/government/publications/direction-issued-to-example-council');
    expect(doc.kind).toBe('govuk_publication');
    expect(doc.publishedAt).toBe('2021-03-05');
    expect(doc.links).toEqual([
      'https://www.gov.uk/government/uploads/system/uploads/attachment_data/file/1/direction.pdf',
      'https://assets.publishing.service.gov.uk/media/abc/annex.odt',
    ]);
    expect(doc.text.split('\n\n').slice(0, 2)).toEqual(['Direction issued to Example Council', "Statutory direction about children's social care."]);
    expect(doc.text).toContain('The council must work with an improvement adviser.');
    expect(doc.text).not.toContain('Cookies');
  });

  it('recognises GOV.UK markup from a saved file too', async () => {
    const doc = await parse(GOVUK, 'file:///data/direction.html');
    expect(doc.kind).toBe('govuk_publication');
  });
});

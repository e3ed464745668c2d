import { describe, expect, it } from 'vitest';
import { dropLinkLines, isBodyParagraph, trimHeader } from '../../src/parse/article-edges.js';
import { parseDocument } from '../../src/parse/index.js';

const parse = async (body: string, head = '') =>
  parseDocument({
    bytes: Buffer.from(`<html><head>${head}</head><body>${body}</body></html>`),
    uri: 'https://news.example.org/story',
    contentType: 'text/html',
  });

const P1 = 'The county council has been told to improve its services for children, the department said on Monday.';
const P2 = 'Inspectors found that too many families waited months for help, and that plans were often out of date.';
const P3 = 'A commissioner will report to the minister within three months, after meeting staff and partners.';

describe('content scorer', () => {
  it('finds text split by <br> inside a <div>, not the newsletter box with a <p>', async () => {
    const doc = await parse(`<h1>Council told to improve</h1>
      <div class="story">${P1}<br><br>${P2}<br><br>${P3}</div>
      <div class="box"><p>Sign up to our weekly email for the latest news, offers and events near you.</p></div>`);
    expect(doc.text).toBe([P1, '', P2, '', P3].join('\n'));
  });

  it('keeps a post container whose class says "widget": the class word only breaks ties', async () => {
    const doc = await parse(`<div class="widget Blog"><div class="post-body"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div>
      <div class="widget sidebar"><p>Archive of older posts by month and by year.</p></div>`);
    expect(doc.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('prefers the block of paragraphs over a sidebar block with a positive class word', async () => {
    const doc = await parse(`<div class="content-teaser"><p>Short teaser text for another story here.</p></div>
      <div id="x"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    expect(doc.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('joins article components that are built alike and drops a related-links list inside the article', async () => {
    const doc = await parse(`<div class="page">
        <div class="text-block component"><p>${P1}</p></div>
        <div class="text-block component"><p>${P2}</p><ul class="more"><li><a href="/a">Another story</a></li></ul></div>
        <div class="text-block component v2"><p>${P3}</p></div>
      </div>`);
    expect(doc.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('keeps the standfirst printed above the article, without links', async () => {
    const doc = await parse(`<article><h1>Council told to improve</h1>
      <p class="intro">Ministers step in after two inadequate inspections in a row</p>
      <div class="body"><p>${P1}</p><p>${P2}</p></div></article>`);
    expect(doc.text).toBe(['Ministers step in after two inadequate inspections in a row', P1, P2].join('\n\n'));
  });

  it('keeps a data table inside the article', async () => {
    const doc = await parse(`<div><p>${P1}</p><p>${P2}</p>
      <table><tr><th>Year</th><th>Rating</th></tr><tr><td>2022</td><td>Inadequate</td></tr></table></div>`);
    expect(doc.text).toBe([P1, P2, 'Year Rating', '2022 Inadequate'].join('\n\n'));
  });
});

describe('header and footer blocks', () => {
  it('drops the headline, kicker, byline, date and share labels above the first paragraph', async () => {
    const doc = await parse(`<div class="wrap"><h1>Council told to improve</h1><div>Education</div><div>By Sam Writer, Local Reporter</div>
      <div>Nov. 19, 2024 8:03 am</div><div>Copy Link</div><p>${P1}</p><p>${P2}</p><p>${P3}</p></div>`);
    expect(doc.title).toBe('Council told to improve');
    expect(doc.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('drops the list of other headlines after the last paragraph, and link-only lines inside', async () => {
    const doc = await parse(`<div><p>${P1}</p><p><a href="/x">READ MORE: Another council in trouble</a></p><p>${P2}</p><p>${P3}</p>
      <div><a href="/1">First other headline here</a></div><div><a href="/2">Second other headline here</a></div></div>`);
    expect(doc.text).toBe([P1, P2, P3].join('\n\n'));
  });

  it('isBodyParagraph: running text, not a label or a headline', () => {
    expect(isBodyParagraph(P1)).toBe(true);
    expect(isBodyParagraph('Council told to improve its children services after report')).toBe(false);
    expect(isBodyParagraph('Breaking News')).toBe(false);
  });

  it('trimHeader keeps a short sentence and a long standfirst, and leaves a page without running text alone', () => {
    expect(trimHeader(['Headline here', 'By Jo Bloggs', 'Here is why:', P1], 'Headline here')).toEqual(['Here is why:', P1]);
    expect(trimHeader(['A standfirst of nine words without any full stop', P1], null)).toEqual(['A standfirst of nine words without any full stop', P1]);
    expect(trimHeader(['Menu', 'Contact us'], null)).toEqual(['Menu', 'Contact us']);
  });

  it('dropLinkLines keeps a sign-off line without links after the last paragraph', () => {
    const blocks = [
      { text: P1, linkShare: 0 },
      { text: 'With agency reporting', linkShare: 0 },
      { text: 'Most read story of the day', linkShare: 0.7 },
    ];
    expect(dropLinkLines(blocks).map((b) => b.text)).toEqual([P1, 'With agency reporting']);
  });
});

describe('boilerplate lines', () => {
  it('drops an "Advert" label and an image caption ending in its credit', async () => {
    const doc = await parse(`<div><p>${P1}</p><div>Advert</div><p>County hall in the rain (Image: Staff photographer)</p><p>${P2}</p><p>${P3}</p></div>`);
    expect(doc.text).toBe([P1, P2, P3].join('\n\n'));
  });
});

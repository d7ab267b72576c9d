import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const S = (n: number, lang = 'en') =>
  lang === 'en'
    ? `Sentence number ${n} of the article, which is long enough and has a comma, to count as prose.`
    : `Предложение номер ${n} этой статьи, достаточно длинное и с запятой, чтобы считаться текстом.`;

describe('content selection', () => {
  it('gathers an article whose template boxes every paragraph separately', () => {
    const cards = Array.from(
      { length: 6 },
      (_, i) => `<div class="card"><div class="card-text"><p>${S(i, 'ru')}</p></div></div>`,
    );
    const html = `<body><div class="menu"><a href="/">Главная</a> <a href="/x">Новости</a></div>
      <div class="stream">${cards.join('<div class="card ad-slot"></div>')}</div></body>`;
    const r = extractHtml(html);
    expect(r.paragraphs).toHaveLength(6);
    expect(r.paragraphs[0].text).toContain('номер 0');
    expect(r.paragraphs[5].text).toContain('номер 5');
  });
  it('drops a link list inside the article box, and link-only lines', () => {
    const html = `<article>${[1, 2, 3].map((i) => `<p>${S(i)}</p>`).join('')}
      <ul><li><a href="/a">Another story that has a long linked headline</a></li><li><a href="/b">And a second linked headline here</a></li></ul>
      <p><a href="/c">Read the full report on the website of the ministry</a></p>
      <p>${S(4)}</p></article>`;
    const r = extractHtml(html);
    expect(r.paragraphs.map((p) => p.text)).toEqual([S(1), S(2), S(3), S(4)]);
    expect(r.removed.map((x) => x.reason)).toEqual(expect.arrayContaining(['link-dense box', 'link-dense']));
  });
  it('drops the like button WordPress puts under a post, though its id says "post"', () => {
    const like = `<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper" id="like-post-wrapper-6032">
      <h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span>
      <span class="loading">Loading...</span></div></div>`;
    const html = `<article>${[1, 2, 3].map((i) => `<p>${S(i)}</p>`).join('')}${like}</article>`;
    expect(extractHtml(html).paragraphs.map((p) => p.text)).toEqual([S(1), S(2), S(3)]);
  });
  it('keeps a sentence whose longest part is a link', () => {
    const linked =
      'The investigation had been shelved in 2017 but was <a href="/x">re-opened earlier this year following his eviction from the embassy</a>.';
    const html = `<article><p>${S(1)}</p><p>${linked}</p><p>${S(2)}</p></article>`;
    expect(extractHtml(html).paragraphs[1].text).toMatch(/^The investigation had been shelved/);
  });
  it('drops the byline, "Updated" and the time printed above a wire story (Hearst papers)', () => {
    const html = `<article><p>Robert Burns, Ap National Security Writer</p><p>Updated</p>
      <p>5:27 am CST, Wednesday, November 20, 2019</p>
      <p>HANOI, Vietnam (AP) — ${S(1)}</p><p>${S(2)}</p></article>`;
    const r = extractHtml(html);
    expect(r.paragraphs.map((p) => p.text)).toEqual([`HANOI, Vietnam (AP) — ${S(1)}`, S(2)]);
    // "Updated" alone is a short line at the edge; the other two are named for what they are.
    expect(r.removed.filter((x) => x.reason === 'byline or date').map((x) => x.text)).toEqual([
      'Robert Burns, Ap National Security Writer',
      '5:27 am CST, Wednesday, November 20, 2019',
    ]);
  });
  it('drops spacer paragraphs made only of zero-width spaces', () => {
    const html = `<article><p>${S(1)}</p><p>\u200b</p><p>&#8203;</p><p>\u200b \u2060</p><p>${S(2)}</p></article>`;
    expect(extractHtml(html).paragraphs.map((p) => p.text)).toEqual([S(1), S(2)]);
  });
  it('keeps a first paragraph that only starts like a byline or a date', () => {
    const html = `<article><p>November 20, 2019 will be remembered as the day the talks collapsed, officials said.</p><p>${S(1)}</p></article>`;
    expect(extractHtml(html).paragraphs[0].text).toMatch(/^November 20, 2019 will be remembered/);
  });
  it('drops hidden boxes', () => {
    const html = `<article><p>${S(1)}</p><div style="display: none"><p>${S(99)}</p></div><div hidden><p>${S(98)}</p></div><p>${S(2)}</p></article>`;
    expect(extractHtml(html).paragraphs.map((p) => p.text)).toEqual([S(1), S(2)]);
  });
  it('keeps embedded posts that carry social classes', () => {
    const html = `<article><p>${S(1)}</p><blockquote class="twitter-tweet social-embed"><p>${S(50)}</p></blockquote><p>${S(2)}</p></article>`;
    expect(extractHtml(html).paragraphs).toHaveLength(3);
  });
  it('keeps headings as headings, but not the headline itself or a heading left dangling at the end', () => {
    const html = `<head><title>The headline</title></head><article><h1>The headline</h1><p>${S(1)}</p><h2>Part two</h2><p>${S(2)}</p><h3>More from us</h3></article>`;
    const r = extractHtml(html);
    expect(r.paragraphs).toEqual([
      { text: S(1), kind: 'paragraph' },
      { text: 'Part two', kind: 'heading' },
      { text: S(2), kind: 'paragraph' },
    ]);
  });
  it('keeps short repeated lines but drops a long paragraph printed twice', () => {
    const html = `<article><p>${S(1)}</p><p>Step one.</p><p>${S(2)}</p><p>Step one.</p><p>${S(1)}</p></article>`;
    const r = extractHtml(html);
    expect(r.paragraphs.map((p) => p.text)).toEqual([S(1), 'Step one.', S(2), 'Step one.']);
  });
  it('does not split a sentence at an unknown inline element', () => {
    const html = `<article><p>Shares of <company-link>Home Depot</company-link> fell, on weak guidance, analysts said in a note on Tuesday.</p></article>`;
    expect(extractHtml(html).paragraphs[0].text).toBe(
      'Shares of Home Depot fell, on weak guidance, analysts said in a note on Tuesday.',
    );
  });
  it('drops the hover card a template hangs on a linked name, keeping the name', () => {
    const card = (name: string) =>
      `<span class="person"><a href="/people/x">${name}</a><span class="person-card"><span><img src="/p.jpg" alt="">` +
      `<a href="/people/x">${name} Quinn</a><a href="/n/1">Mayor opens a bridge over the river</a> ` +
      `<a href="/n/2">Council votes on the budget | Rain expected</a> <a class="more" href="/people/x">MORE<span></span></a></span></span></span>`;
    const html = `<article><p>Mayor ${card('Ada Roe')} (D) said the ferry would run again, officials said on Monday.</p>
      <p>${S(1)}</p><p>Her rival ${card('Bo Lee')} agreed, and said the vote was close.</p></article>`;
    const texts = extractHtml(html).paragraphs.map((p) => p.text);
    expect(texts).toEqual([
      'Mayor Ada Roe (D) said the ferry would run again, officials said on Monday.',
      S(1),
      'Her rival Bo Lee agreed, and said the vote was close.',
    ]);
  });
  it('keeps inline links that only end in a capitalised word of the sentence', () => {
    // Words of its own, or no name link right before it: the box is part of the sentence.
    const html = `<article><p>Fans of <a href="/b">the band</a><em> and <a href="/m">MORE</a></em> came early, the organisers said.</p><p>${S(1)}</p>
      <p>The label <span><a href="/a">Acme Records</a> <a href="/m">MORE</a></span> signed them, a spokesman said.</p></article>`;
    expect(extractHtml(html).paragraphs.map((p) => p.text)).toEqual([
      'Fans of the band and MORE came early, the organisers said.',
      S(1),
      'The label Acme Records MORE signed them, a spokesman said.',
    ]);
  });
  it('never lets a class name remove the box that holds the article prose', () => {
    const html = `<body><div class="content-with-sidebar-wrp">${[1, 2, 3, 4].map((i) => `<p>${S(i)}</p>`).join('')}</div>
      <div class="sidebar"><p>${S(90)}</p></div></body>`;
    const r = extractHtml(html);
    expect(r.paragraphs).toHaveLength(4);
  });
});

describe('hidden page behind a dialog', () => {
  it('keeps an article wrapper marked aria-hidden while a consent dialog is open', () => {
    const html = `<body><div role="dialog" class="consent">Accept cookies?</div><div id="page" aria-hidden="true"><article>${[1, 2, 3].map((i) => `<p>${S(i)}</p>`).join('')}<span aria-hidden="true" class="icon">★</span></article></div></body>`;
    expect(extractHtml(html).paragraphs.map((p) => p.text)).toEqual([S(1), S(2), S(3)]);
  });
});

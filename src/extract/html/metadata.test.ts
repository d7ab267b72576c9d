import { describe, expect, it } from 'vitest';
import type { Message } from '../../model/index.js';
import { parseHtml } from './dom.js';
import { extractMetadata } from './metadata.js';

const meta = (html: string, url?: string) => {
  const messages: Message[] = [];
  return { ...extractMetadata(parseHtml(html), { url }, messages), messages };
};

describe('JSON-LD', () => {
  it('prefers the article object over the site and reads nested authors and publisher', () => {
    const m = meta(`<html><head><script type="application/ld+json">[
      {"@type":"WebSite","name":"Site"},
      {"@type":["NewsArticle"],"headline":"Der Titel &amp; mehr","datePublished":"2020-08-19T10:00:00+02:00",
       "author":{"@type":"Person","name":"Anna Müller"},"publisher":{"@type":"NewsMediaOrganization","name":"Die Zeitung"},
       "inLanguage":"de-DE","articleSection":["Ausland","Europa"]}]</script></head><body></body></html>`);
    expect(m.title).toBe('Der Titel & mehr');
    expect(m.published).toBe('2020-08-19T10:00:00+02:00');
    expect(m.bylines).toEqual(['Anna Müller']);
    expect(m.outlet).toBe('Die Zeitung');
    expect(m.lang).toBe('de');
    expect(m.section).toBe('Ausland');
  });
  it('survives raw newlines and trailing commas, and reports blocks it cannot read', () => {
    const m = meta(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Línea
      rota","datePublished":"2020-08-19",}</script><script type="application/ld+json">{oops</script>`);
    expect(m.title).toBe('Línea rota');
    expect(m.published).toBe('2020-08-19');
    expect(m.messages.map((x) => x.message)).toEqual(['unreadable JSON-LD block ignored']);
  });
});

describe('Open Graph and meta tags', () => {
  it('reads og:*, article:* and name=author, and strips the site name from the title', () => {
    const m = meta(`<html lang="pt-BR"><head><title>Manchete do dia | Jornal Exemplo</title>
      <meta property="og:site_name" content="Jornal Exemplo">
      <meta property="article:published_time" content="2020-08-19T08:00:00-03:00">
      <meta name="author" content="João Silva e Maria Souza"></head><body></body></html>`);
    expect(m.title).toBe('Manchete do dia');
    expect(m.outlet).toBe('Jornal Exemplo');
    expect(m.published).toBe('2020-08-19T08:00:00-03:00');
    expect(m.bylines).toEqual(['João Silva', 'Maria Souza']);
    expect(m.lang).toBe('pt');
  });
  it('ignores author meta that holds a URL', () => {
    const m = meta(
      '<meta name="author" content="https://facebook.com/x"><meta property="article:author" content="Jane Roe">',
    );
    expect(m.bylines).toEqual(['Jane Roe']);
  });
  it('takes the language from hreflang of the canonical page when nothing else says it', () => {
    const m =
      meta(`<link rel="canonical" href="https://ex.com/fr/a"><link rel="alternate" hreflang="fr" href="https://ex.com/fr/a">
      <link rel="alternate" hreflang="en" href="https://ex.com/en/a">`);
    expect(m.lang).toBe('fr');
    expect(m.url).toBe('https://ex.com/fr/a');
  });
});

describe('microdata, <time> and plain text', () => {
  it('reads itemprop author and datePublished', () => {
    const m = meta(`<div itemprop="author" itemscope><span itemprop="name">Piotr Nowak</span></div>
      <meta itemprop="datePublished" content="2020-08-19"><h1>Nagłówek artykułu</h1>`);
    expect(m.bylines).toEqual(['Piotr Nowak']);
    expect(m.published).toBe('2020-08-19');
    expect(m.title).toBe('Nagłówek artykułu');
  });
  it('reads <time datetime> and, failing that, a date written in a date box', () => {
    expect(meta('<p>x</p><time datetime="2020-08-19T07:00:00Z">19 Aug</time>').published).toBe(
      '2020-08-19T07:00:00Z',
    );
    expect(meta('<html lang="ru"><div class="post-date">19 августа 2020, 10:15</div></html>').published).toBe(
      '2020-08-19',
    );
  });
  it('reads the date in the URL when the page has none', () => {
    expect(meta('<p>x</p>', 'https://ex.com/2020/08/19/story').published).toBe('2020-08-19');
  });
  it('takes a byline from a byline box and drops the connective', () => {
    expect(meta('<p class="byline">By Jane Roe and John Doe</p>').bylines).toEqual(['Jane Roe', 'John Doe']);
    expect(meta('<span class="author-name">Автор: Иван Иванов</span>').bylines).toEqual(['Иван Иванов']);
  });
  it('prefers the <h1> when the declared title carries extra words', () => {
    const m = meta(`<meta property="og:title" content="Ministers meet in Minsk to discuss the crisis | Live">
      <h1>Ministers meet in Minsk to discuss the crisis</h1>`);
    expect(m.title).toBe('Ministers meet in Minsk to discuss the crisis');
  });
  it('names the outlet by its host when the site name is a web address', () => {
    expect(
      meta('<meta property="og:site_name" content="https://www.gazette-of-nowhere.example/">').outlet,
    ).toBe('gazette-of-nowhere.example');
    expect(meta('<meta property="og:site_name" content="www.nowhere-news.example">').outlet).toBe(
      'nowhere-news.example',
    );
    expect(meta('<meta property="og:site_name" content="Nowhere News">').outlet).toBe('Nowhere News');
  });
  it('names the outlet by its host when the site name is a social handle', () => {
    const page = '<meta property="og:site_name" content="@nowherefacts">';
    expect(meta(page, 'https://www.nowherefacts.example/a').outlet).toBe('nowherefacts.example');
    expect(meta(page).outlet).toBe('nowherefacts');
  });
  it('falls back to the host for the outlet', () => {
    expect(meta('<p>x</p>', 'https://www.example.co.uk/a').outlet).toBe('example.co.uk');
  });
});

describe('JSON-LD Person names', () => {
  it('keeps the name and drops the role after a comma', () => {
    const m = meta(
      '<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"By Tom Krisher, AP Auto Writer"}]}</script>',
    );
    expect(m.bylines).toEqual(['Tom Krisher']);
  });
});

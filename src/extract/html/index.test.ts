import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as door from './index.js';
import { extractHtml } from './index.js';

const fixture = (name: string) =>
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', `${name}.txt`), 'utf8');
const body = (r: door.HtmlExtraction) => r.paragraphs.map((p) => p.text).join('\n\n');

describe('extract/html door', () => {
  it('exports exactly its public surface', () => {
    expect(Object.keys(door).sort()).toEqual(['DEFAULT_MAX_CHARS', 'decodeHtmlBytes', 'extractHtml']);
  });
});

describe('JSON-LD page in Russian, with every kind of furniture', () => {
  const r = extractHtml(fixture('ru-jsonld.html'));
  it('reads metadata from the JSON-LD graph', () => {
    expect(r.title).toBe('Лукашенко заявил о возможности новых выборов');
    expect(r.published).toBe('2020-08-25T14:30:00+03:00');
    expect(r.modified).toBe('2020-08-26T09:00:00+03:00');
    expect(r.bylines).toEqual(['Ирина Петрова', 'Олег Смирнов']);
    expect(r.outlet).toBe('Вечерние новости');
    expect(r.section).toBe('Политика');
    expect(r.lang).toBe('ru');
    expect(r.url).toBe('https://vecher.example.ru/politika/2020/08/25/lukashenko-vybory');
  });
  it('keeps the article paragraphs and the subheading, in order', () => {
    expect(r.paragraphs.map((p) => p.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(r.paragraphs[0].text).toMatch(/^Президент Белоруссии/);
    expect(r.paragraphs[2].text).toBe('Реакция Москвы');
  });
  it('keeps the caption apart from the body', () => {
    expect(r.captions).toEqual(['Акция протеста в Минске 23 августа 2020 года. Фото: архив']);
    expect(body(r)).not.toContain('Акция протеста');
  });
  it('drops navigation, cookie, share, related, newsletter, comments, sidebar and footer', () => {
    const text = body(r);
    for (const junk of [
      'cookie',
      'Экономика',
      'ВКонтакте',
      'Читайте также',
      'Подпишитесь',
      'Иван:',
      'Популярное',
      '©',
      'Ирина Петрова',
    ])
      expect(text).not.toContain(junk);
    const reasons = r.removed.map((x) => x.reason).join(' ');
    expect(reasons).toContain('comments');
    expect(reasons).toContain('<footer>');
  });
});

describe('Open Graph page in Arabic', () => {
  const r = extractHtml(fixture('ar-opengraph.html'));
  it('reads Open Graph and meta tags', () => {
    expect(r.title).toBe('موسكو تحذر من التدخل الأجنبي في بيلاروسيا');
    expect(r.outlet).toBe('أخبار اليوم');
    expect(r.published).toBe('2020-08-19T08:15:00Z');
    expect(r.modified).toBe('2020-08-19T10:40:00Z');
    expect(r.bylines).toEqual(['أحمد خالد']);
    expect(r.lang).toBe('ar');
    expect(r.section).toBe('العالم');
    expect(r.url).toBe('https://akhbar.example.com/world/12345');
  });
  it('extracts the four paragraphs and the caption', () => {
    expect(r.paragraphs).toHaveLength(4);
    expect(r.captions).toEqual(['متظاهرون في وسط مينسك، 16 أغسطس 2020']);
    expect(body(r)).not.toMatch(/فيسبوك|الرئيسية|روسيا بيلاروسيا/);
  });
});

describe('Chinese page with <time> and <br>-separated text', () => {
  const r = extractHtml(fixture('zh-time.html'));
  it('takes the date from <time datetime>', () => {
    expect(r.published).toBe('2020-08-20T09:00:00+08:00');
  });
  it('splits paragraphs at line breaks and leaves out the hot list', () => {
    expect(r.paragraphs).toHaveLength(3);
    expect(body(r)).not.toContain('热点新闻');
    expect(r.title).toBe('俄罗斯外交部：反对外国干涉白俄罗斯内政');
  });
  it('names the language from the script when the page does not', () => {
    expect(r.lang).toBe('zh');
  });
});

describe('Japanese page that declares nothing', () => {
  const r = extractHtml(fixture('ja-plain.html'));
  it('finds date and byline in the text', () => {
    expect(r.published).toBe('2020-08-21');
    expect(r.bylines).toEqual(['山田太郎']);
    expect(r.title).toBe('ベラルーシ情勢、ロシアが欧州をけん制');
    expect(r.lang).toBe('ja');
  });
  it('keeps the three paragraphs and not the menu cell', () => {
    expect(r.paragraphs).toHaveLength(3);
    expect(body(r)).not.toContain('スポーツ');
  });
});

describe('malformed Korean page', () => {
  const r = extractHtml(fixture('ko-malformed.html'));
  it('recovers all four paragraphs despite broken nesting', () => {
    expect(r.paragraphs).toHaveLength(4);
    expect(body(r)).not.toContain('저작권자');
    expect(body(r)).not.toContain('스포츠');
  });
  it('takes the headline from the heading that starts the <title>', () => {
    expect(r.title).toBe('러시아, 벨라루스 내정 간섭 경고');
    expect(r.lang).toBe('ko');
  });
});

describe('page without an article', () => {
  it('treats a section front of linked headlines and teasers as no article', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="item"><h3><a href="/n${i}">Заголовок новости номер ${i} о событиях дня</a></h3><p>Анонс новости номер ${i}, с запятой и парой подробностей. Второе предложение анонса, чтобы он был длиннее заголовка.</p></div>`,
    );
    const r = extractHtml(`<html lang="ru"><body><div class="list">${items.join('')}</div></body></html>`);
    expect(r.paragraphs).toEqual([]);
    expect(r.messages.map((m) => m.message)).toContain('the page is a list of articles, not an article');
  });
  it('treats a single line of text as no article', () => {
    const r = extractHtml(
      '<html><body><p>Die angeforderte Seite wurde leider nicht gefunden.</p></body></html>',
    );
    expect(r.paragraphs).toEqual([]);
    expect(r.messages[0].message).toBe('too little text on the page for an article');
  });
  it('returns an empty body and a warning, not a page of menus', () => {
    const r = extractHtml(fixture('no-article.html'));
    expect(r.paragraphs).toEqual([]);
    expect(r.messages.some((m) => m.kind === 'warning' && /no article/.test(m.message))).toBe(true);
    expect(r.outlet).toBe('Diario Ejemplo');
  });
  it('copes with empty input', () => {
    const r = extractHtml('');
    expect(r.paragraphs).toEqual([]);
    expect(r.title).toBeNull();
  });
});

describe('pages rendered by scripts', () => {
  it('take the body from the JSON-LD articleBody when the HTML has none', () => {
    const html = `<html lang="it"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Titolo",
      "articleBody":"Primo paragrafo dell'articolo, con una virgola.\\nSecondo paragrafo dell'articolo, anche lui con una virgola."}</script></head>
      <body><div id="app"></div><nav><a href="/">Home</a></nav></body></html>`;
    const r = extractHtml(html);
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      "Primo paragrafo dell'articolo, con una virgola.",
      "Secondo paragrafo dell'articolo, anche lui con una virgola.",
    ]);
    expect(r.messages.map((m) => m.message)).toEqual(['body taken from the JSON-LD articleBody']);
    expect(Object.keys(r)).not.toContain('articleBody');
  });
});

describe('huge pages', () => {
  it('reads up to the cap and says so', () => {
    const paras = Array.from(
      { length: 2000 },
      (_, i) => `<p>Absatz ${i} über die Lage in Belarus, mit vielen Wörtern, Kommas und Punkten.</p>`,
    );
    const html = `<html lang="de"><body><article>${paras.join('')}</article></body></html>`;
    const r = extractHtml(html, { maxChars: 10_000 });
    expect(r.messages.some((m) => m.kind === 'warning' && /only the first 10000/.test(m.message))).toBe(true);
    expect(r.paragraphs.length).toBeGreaterThan(50);
    expect(r.paragraphs.length).toBeLessThan(2000);
  });
});

describe('options.url', () => {
  it('resolves a relative canonical link and falls back to the given URL', () => {
    const html =
      '<html><head><link rel="canonical" href="/a/b"></head><body><p>Texte assez long pour être un paragraphe, avec une virgule.</p></body></html>';
    expect(extractHtml(html, { url: 'https://example.fr/x?y=1' }).url).toBe('https://example.fr/a/b');
    expect(extractHtml('<p>x</p>', { url: 'https://example.fr/x' }).url).toBe('https://example.fr/x');
  });
});

describe('pathological markup', () => {
  it('survives tens of thousands of unclosed elements', () => {
    const text =
      'Un paragraphe tout au fond de la page, assez long pour compter comme un article, avec une virgule.';
    const html = `<html><body>${'<div><span>'.repeat(10_000)}<p>${text}</p><p>${text} Encore.</p></body></html>`;
    const r = extractHtml(html);
    expect(r.paragraphs.map((p) => p.text)).toEqual([text, `${text} Encore.`]);
  });
  it('reads text with stray closing tags and unquoted attributes', () => {
    const html = `<body></div></span><article class=main><p>Ein Satz, lang genug für einen Absatz eines Artikels, mit einem Komma.</b></i><p>Noch ein Satz, lang genug für einen Absatz eines Artikels, mit einem Komma.</article></body>`;
    expect(extractHtml(html).paragraphs).toHaveLength(2);
  });
});

describe('more scripts and older layouts', () => {
  it('Hindi: <br>-separated text in a div, "read also" links dropped', () => {
    const r = extractHtml(fixture('hi-br.html'));
    expect(r.title).toBe('रूस ने बेलारूस में विदेशी हस्तक्षेप के खिलाफ चेतावनी दी');
    expect(r.lang).toBe('hi');
    expect(r.paragraphs).toHaveLength(3);
    expect(body(r)).not.toMatch(/ये भी पढ़ें|विज्ञापन|खेल/);
  });
  it('Thai: table layout with <font>, headline not repeated in the body, language from the script', () => {
    const r = extractHtml(fixture('th-table.html'));
    expect(r.title).toBe('รัสเซียเตือนต่างชาติอย่าแทรกแซงเบลารุส');
    expect(r.lang).toBe('th');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.paragraphs[0].text).toMatch(/^กระทรวงการต่างประเทศ/);
    expect(body(r)).not.toMatch(/หน้าแรก|สงวนลิขสิทธิ์/);
  });
  it('Persian: paragraphs as bare <div>s, comments dropped, a Solar Hijri date not misread', () => {
    const r = extractHtml(fixture('fa-divs.html'));
    expect(r.title).toBe('هشدار روسیه درباره دخالت خارجی در بلاروس');
    expect(r.outlet).toBe('خبرگزاری نمونه');
    expect(r.paragraphs).toHaveLength(4);
    expect(body(r)).not.toContain('کاربر');
    expect(r.published).toBeNull();
  });
});

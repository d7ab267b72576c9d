// Page metadata from what the page declares (JSON-LD, Open Graph, meta, <time>, hreflang), then from its text.
import type { Message } from '../../model/index.js';
import { dateFromText, dateFromUrl, normalizeDate } from './dates.js';
import { type El, type ParsedPage, squash, textOf, walk } from './dom.js';

export interface PageMetadata {
  title: string | null;
  /** ISO 8601 date or date-time. */
  published: string | null;
  modified: string | null;
  bylines: string[];
  outlet: string | null;
  /** Canonical URL when the page declares one, else the URL given. */
  url: string | null;
  /** Primary language subtag ("en", "ru", "zh"). */
  lang: string | null;
  section: string | null;
  /** The JSON-LD articleBody, kept for pages whose HTML body is empty (rendered by scripts). */
  articleBody: string | null;
}

const SOURCE = 'extract/html';
type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|ScholarlyArticle|TechArticle|Report|Review)$/;

function typesOf(o: Json): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.replace(/^https?:\/\/schema\.org\//, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function flattenLd(value: unknown, out: Json[], depth = 0): void {
  if (depth > 4 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flattenLd(v, out, depth + 1);
    return;
  }
  const o = value as Json;
  out.push(o);
  if (o['@graph']) flattenLd(o['@graph'], out, depth + 1);
  if (o.mainEntity) flattenLd(o.mainEntity, out, depth + 1);
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return squash(decodeLdEntities(v)) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Json;
    return str(o.name ?? o['@value'] ?? o.url);
  }
  return null;
}

// JSON-LD often arrives HTML-escaped twice by CMS templates.
const decodeLdEntities = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

function names(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object') {
    const o = v as Json;
    const n = str(o.name);
    if (!n) return [];
    // A Person object names one person; what follows a comma is a role or an employer ("Tom Krisher, AP Auto Writer").
    return [typesOf(o).includes('Person') || typesOf(o).includes('person') ? n.split(/\s*[,|]\s*/)[0] : n];
  }
  return [];
}

interface Collected {
  meta: Map<string, string>;
  links: { rel: string; href: string; hreflang?: string }[];
  htmlLang: string | null;
  times: { datetime: string; pubdate: boolean; text: string; hint: string }[];
  h1: string[];
  subheads: string[];
  itemprops: Map<string, El[]>;
  authorEls: El[];
  dateEls: El[];
}

const BYLINE_HINT = /(^|[-_])(byline|author|authors|author-?name|writer|by)($|[-_])/;
const DATE_HINT = /(^|[-_])(date|dateline|timestamp|time|published|pubdate|posted|post-?date)($|[-_])/;

function collect(page: ParsedPage): Collected {
  const c: Collected = {
    meta: new Map(),
    links: [],
    htmlLang: null,
    times: [],
    h1: [],
    subheads: [],
    itemprops: new Map(),
    authorEls: [],
    dateEls: [],
  };
  for (const el of walk(page.root)) {
    const a = el.attrs;
    switch (el.tag) {
      case 'html':
        c.htmlLang ??= a.lang || a['xml:lang'] || null;
        break;
      case 'meta': {
        const key = (a.property || a.name || a.itemprop || a['http-equiv'] || '').toLowerCase().trim();
        const content = a.content;
        if (key && content !== undefined && !c.meta.has(key)) c.meta.set(key, content.trim());
        break;
      }
      case 'link':
        if (a.rel && a.href) c.links.push({ rel: a.rel.toLowerCase(), href: a.href, hreflang: a.hreflang });
        break;
      case 'time':
        c.times.push({
          datetime: a.datetime ?? '',
          pubdate: 'pubdate' in a || a.itemprop === 'datePublished',
          text: squash(textOf(el)),
          hint: `${a.class ?? ''} ${a.id ?? ''} ${el.parent?.attrs.class ?? ''}`.toLowerCase(),
        });
        break;
      case 'h1':
        // A heading that links home is the site logo, not the headline.
        if (!linksHome(el) && !LOGO.test(`${a.class ?? ''} ${a.id ?? ''}`)) c.h1.push(squash(textOf(el)));
        break;
      case 'h2':
      case 'h3':
        if (c.subheads.length < 20) c.subheads.push(squash(textOf(el)));
        break;
    }
    if (a.itemprop) {
      for (const p of a.itemprop.split(/\s+/)) {
        const list = c.itemprops.get(p) ?? [];
        list.push(el);
        c.itemprops.set(p, list);
      }
    }
    if (a.class || a.id || a.rel) {
      const tokens = `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase().split(/\s+/);
      // Commenters and comment forms carry author classes too.
      if ((a.rel === 'author' || tokens.some((t) => BYLINE_HINT.test(t))) && !inComments(el))
        c.authorEls.push(el);
      if (tokens.some((t) => DATE_HINT.test(t) || BYLINE_HINT.test(t))) c.dateEls.push(el);
    }
  }
  return c;
}

function linksHome(el: El): boolean {
  for (const e of walk(el)) {
    if (e.tag !== 'a' || !e.attrs.href) continue;
    if (/^(https?:\/\/[^/]+)?\/?(index\.\w+)?$/i.test(e.attrs.href.trim())) return true;
  }
  return false;
}

const LOGO = /logo|brand|site-?(title|name)|masthead/i;
const COMMENTS = /comment|respond|reply|discussion|disqus/i;
function inComments(el: El): boolean {
  for (let e: El | null = el; e; e = e.parent) {
    if (e.tag === 'form' || e.tag === 'label') return true;
    if (COMMENTS.test(`${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`)) return true;
  }
  return false;
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

const normLang = (l: string | null | undefined): string | null => {
  if (!l) return null;
  const m = /^([a-zA-Z]{2,3})(?:[-_]|$)/.exec(l.trim());
  return m ? m[1].toLowerCase() : null;
};

// Scripts that name their language on their own; Latin, Cyrillic and Arabic are shared by many and are left alone.
function langFromScript(text: string): string | null {
  const sample = text.slice(0, 3000);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const kana = count(/[\u3040-\u30ff]/g);
  const hangul = count(/[\uac00-\ud7af]/g);
  const han = count(/[\u4e00-\u9fff]/g);
  const thai = count(/[\u0e00-\u0e7f]/g);
  const greek = count(/[\u0370-\u03ff]/g);
  const hebrew = count(/[\u0590-\u05ff]/g);
  const georgian = count(/[\u10a0-\u10ff]/g);
  const armenian = count(/[\u0530-\u058f]/g);
  const n = sample.length || 1;
  if (hangul / n > 0.2) return 'ko';
  if (kana / n > 0.05) return 'ja';
  if (han / n > 0.2) return 'zh';
  if (thai / n > 0.2) return 'th';
  if (greek / n > 0.2) return 'el';
  if (hebrew / n > 0.2) return 'he';
  if (georgian / n > 0.2) return 'ka';
  if (armenian / n > 0.2) return 'hy';
  return null;
}

const SEPARATORS = /\s+[|–—·»:-]\s+|\s+[|–—·»]|[|–—·»]\s+/;

/**
 * A site name some templates fill with the site's address ("https://www.hawaiinewsnow.com") or its social handle
 * ("@politifact"): listed and grouped as the host, the way a page without a site name is ("hawaiinewsnow.com").
 */
function outletName(name: string | null, host: string | null): string | null {
  if (name && /^@[\p{L}\p{N}_]+$/u.test(name)) return host ?? name.slice(1);
  if (!name || !/^(?:https?:\/\/|www\.)\S+$/i.test(name)) return name;
  try {
    return new URL(/^https?:/i.test(name) ? name : `http://${name}`).hostname.replace(/^www\d?\./, '');
  } catch {
    return name;
  }
}

function stripSiteName(title: string, outlet: string | null, host: string | null): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim());
  if (parts.length < 2) return title;
  const sitey = (p: string) => {
    const l = p.toLowerCase().replace(/\s+/g, '');
    if (outlet && l === outlet.toLowerCase().replace(/\s+/g, '')) return true;
    if (host && (host.includes(l) || l.includes(host.split('.')[0]))) return true;
    return false;
  };
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (sitey(last)) return title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—·»:-]+$/, '');
  if (sitey(first)) return title.slice(title.indexOf(first) + first.length).replace(/^[\s|–—·»:-]+/, '');
  return title;
}

function cleanByline(raw: string): string[] {
  let s = squash(raw);
  if (!s || /^https?:\/\//.test(s)) return [];
  // A leading connective ("By", "Por", "Von", "Автор:") is not part of the name.
  s = s.replace(/^(by|por|von|par|door|av|af|od|oleh|от|автор|بقلم)\s*[:：]?\s+/iu, '');
  s = s.replace(/^(Автор|Author|Autor|Auteur|Autore|作者|기자)\s*[:：]\s*/iu, '');
  const parts = s
    .split(
      /(?<=\p{Ll}{2})\.\s+|\s*(?:,|;|&|\||\/|\band\b|\bund\b|\bet\b|\by\b|\bи\b|、|،|\s+e\s+|\s+i\s+)\s*/u,
    )
    .map((p) =>
      p
        .trim()
        .replace(/^[-–—:•]+|[-–—:•]+$/g, '')
        .trim(),
    )
    .filter(
      (p) => p.length >= 2 && p.length <= 60 && !/\d|@|https?:|[()]/.test(p) && p.split(/\s+/).length <= 6,
    );
  return parts;
}

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of list) {
    const k = x.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

export function extractMetadata(
  page: ParsedPage,
  options: { url?: string },
  messages: Message[],
): PageMetadata {
  const c = collect(page);
  const ld: Json[] = [];
  for (const raw of page.jsonLd) {
    const text = raw.trim();
    if (!text) continue;
    try {
      flattenLd(JSON.parse(text), ld);
    } catch {
      try {
        // Raw newlines and trailing commas are the usual ways hand-made JSON-LD breaks.
        flattenLd(JSON.parse(text.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), ld);
      } catch {
        messages.push({ kind: 'info', source: SOURCE, message: 'unreadable JSON-LD block ignored' });
      }
    }
  }
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  const webPage = ld.find((o) => typesOf(o).some((t) => /WebPage$/.test(t)));
  const org = ld.find((o) =>
    typesOf(o).some((t) => /^(Organization|NewsMediaOrganization|WebSite)$/.test(t)),
  );
  const m = (k: string) => c.meta.get(k) || null;
  const itemprop = (k: string): string | null => {
    const el = c.itemprops.get(k)?.[0];
    if (!el) return null;
    return el.attrs.content || el.attrs.datetime || squash(textOf(el)) || null;
  };

  // URL
  const canonical = c.links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href;
  const url =
    resolveUrl(canonical, options.url) ??
    resolveUrl(m('og:url'), options.url) ??
    resolveUrl(str(article?.url) ?? undefined, options.url) ??
    (options.url ? resolveUrl(options.url, undefined) : null);
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\d?\./, '') : null;
  } catch {
    host = null;
  }

  // Outlet
  const publisher = article?.publisher ?? webPage?.publisher;
  const outlet = outletName(
    m('og:site_name') ??
      str(publisher) ??
      m('application-name') ??
      m('apple-mobile-web-app-title') ??
      str(org?.name) ??
      host,
    host,
  );

  // Title
  const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // Without an <h1>, the heading that the <title> starts with is the headline (templates that use <h2>/<h3>).
  const titleLoose = page.titleTag ? loose(page.titleTag) : '';
  const h1 =
    c.h1.find((h) => h.length > 0) ??
    c.subheads.find((h) => loose(h).length >= 8 && titleLoose.startsWith(loose(h))) ??
    null;
  const declared = [
    str(article?.headline),
    m('og:title'),
    m('twitter:title'),
    itemprop('headline'),
    m('title'),
  ]
    .filter((t): t is string => !!t)
    .map((t) => stripSiteName(squash(t), outlet, host));
  const tag = page.titleTag ? stripSiteName(squash(page.titleTag), outlet, host) : null;
  let title: string | null = null;
  if (
    h1 &&
    [...declared, tag].some(
      (t) => t && loose(t).includes(loose(h1)) && loose(h1).length >= loose(t).length * 0.5,
    )
  )
    title = h1;
  title ??= declared[0] ?? (h1 && h1.length > 3 ? h1 : null) ?? tag ?? null;

  // Language
  const canonicalHreflang = c.links.find(
    (l) => l.hreflang && l.rel.includes('alternate') && url && resolveUrl(l.href, options.url) === url,
  )?.hreflang;
  const lang =
    normLang(c.htmlLang) ??
    normLang(m('content-language')) ??
    normLang(m('og:locale')) ??
    normLang(str(article?.inLanguage)) ??
    normLang(canonicalHreflang) ??
    normLang(m('language')) ??
    normLang(m('dc.language'));

  // Dates
  const timePub =
    c.times.find((t) => t.pubdate) ??
    c.times.find((t) => t.datetime && /publish|date|time|post/.test(t.hint));
  let published =
    normalizeDate(str(article?.datePublished)) ??
    normalizeDate(m('article:published_time')) ??
    normalizeDate(m('og:published_time')) ??
    normalizeDate(itemprop('datePublished')) ??
    normalizeDate(m('pubdate')) ??
    normalizeDate(m('publishdate')) ??
    normalizeDate(m('publish-date')) ??
    normalizeDate(m('parsely-pub-date')) ??
    normalizeDate(m('sailthru.date')) ??
    normalizeDate(m('dc.date.issued')) ??
    normalizeDate(m('dc.date')) ??
    normalizeDate(m('dcterms.created')) ??
    normalizeDate(m('date')) ??
    normalizeDate(m('article.published')) ??
    normalizeDate(str(article?.dateCreated)) ??
    normalizeDate(timePub?.datetime) ??
    normalizeDate(c.times.find((t) => t.datetime)?.datetime) ??
    dateFromUrl(url) ??
    dateFromUrl(options.url ?? null);
  if (!published) {
    for (const t of c.times) {
      published = dateFromText(t.text, lang);
      if (published) break;
    }
  }
  if (!published) {
    for (const el of c.dateEls.slice(0, 10)) {
      published = dateFromText(squash(textOf(el)), lang);
      if (published) break;
    }
  }
  if (!published && title) {
    // Plain text: the dateline usually sits right under the headline.
    const text = squash(textOf(page.root));
    const at = text.lastIndexOf(title);
    if (at >= 0) published = dateFromText(text.slice(at + title.length, at + title.length + 300), lang);
  }
  const modified =
    normalizeDate(str(article?.dateModified)) ??
    normalizeDate(m('article:modified_time')) ??
    normalizeDate(m('og:updated_time')) ??
    normalizeDate(itemprop('dateModified')) ??
    normalizeDate(m('last-modified')) ??
    normalizeDate(m('dcterms.modified')) ??
    null;

  // Bylines
  let bylines: string[] = [];
  const ldAuthors = names(article?.author ?? article?.creator);
  bylines = ldAuthors.flatMap(cleanByline);
  if (bylines.length === 0) {
    for (const k of [
      'author',
      'article:author',
      'parsely-author',
      'sailthru.author',
      'dc.creator',
      'byl',
      'byline',
    ]) {
      const v = m(k);
      if (v && !/^https?:/.test(v)) bylines = cleanByline(v);
      if (bylines.length) break;
    }
  }
  if (bylines.length === 0) {
    for (const el of (c.itemprops.get('author') ?? []).filter((e) => !inComments(e))) {
      const nameEl = [...walk(el)].find((e) => e.attrs.itemprop === 'name');
      const v = nameEl ? nameEl.attrs.content || textOf(nameEl) : el.attrs.content || textOf(el);
      bylines.push(...cleanByline(v));
    }
  }
  if (bylines.length === 0) {
    for (const el of c.authorEls.slice(0, 6)) {
      const t = squash(textOf(el));
      if (t.length > 0 && t.length < 100) bylines.push(...cleanByline(t));
      if (bylines.length) break;
    }
  }
  // "Jane Roe, Sputnik International": the outlet next to a person's name is not a second author.
  if (bylines.length > 1 && outlet) {
    const o = loose(outlet);
    bylines = bylines.filter((b) => !(o.length >= 4 && (loose(b).includes(o) || o.includes(loose(b)))));
  }
  bylines = uniq(bylines).slice(0, 10);

  const section = m('article:section') ?? str(article?.articleSection) ?? m('section') ?? null;

  const body = article?.articleBody;
  const articleBody = typeof body === 'string' && body.trim() ? decodeLdEntities(body) : null;
  return { title, published, modified, bylines, outlet, url, lang, section, articleBody };
}

export { langFromScript };

// Reads RSS, Atom and sitemap documents into the article links they announce; pure, and lenient with bad feeds.

import { XMLParser } from 'fast-xml-parser';

export interface FeedItem {
  url: string;
  title?: string;
  /** As the feed states it (RSS pubDate, Atom published/updated, sitemap lastmod). */
  published?: string;
}

export interface ParsedFeed {
  kind: 'rss' | 'atom' | 'sitemap' | 'sitemap-index' | 'unknown';
  title?: string;
  /** Article pages (or, for a sitemap index, child sitemaps). */
  items: FeedItem[];
  problems: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // Entities beyond XML's own are not expanded: a feed is hostile input (billion laughs).
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link'].includes(name),
});

type Node = Record<string, unknown>;
const text = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && '#text' in (value as Node)) return text((value as Node)['#text']);
  return undefined;
};
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value ? [value] : []) as Node[];

/** Resolves a link against the feed's own address; only http(s) links are article pages. */
export function absoluteUrl(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

export function parseFeed(xml: string, base: string): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    return {
      kind: 'unknown',
      items: [],
      problems: [`not well-formed XML: ${(error as Error).message.split('\n')[0]}`],
    };
  }
  const problems: string[] = [];
  const push = (items: FeedItem[], item: FeedItem | null) => {
    if (item) items.push(item);
  };
  if (doc.rss || doc.RDF) {
    const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
    const root = channel ?? (doc.RDF as Node);
    const items: FeedItem[] = [];
    for (const item of [...list(root?.item), ...list((doc.RDF as Node | undefined)?.item)]) {
      const url = absoluteUrl(text(list(item.link)[0]) ?? text(item.guid), base);
      if (!url) {
        problems.push('an item without a usable link');
        continue;
      }
      push(items, { url, title: text(item.title), published: text(item.pubDate) ?? text(item.date) });
    }
    return { kind: 'rss', title: text(channel?.title), items, problems };
  }
  if (doc.feed) {
    const feed = doc.feed as Node;
    const items: FeedItem[] = [];
    for (const entry of list(feed.entry)) {
      const links = list(entry.link);
      const chosen =
        links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ??
        links.find((l) => typeof l === 'string');
      const href = chosen ? (typeof chosen === 'string' ? chosen : text(chosen['@href'])) : undefined;
      const url = absoluteUrl(href, base);
      if (!url) {
        problems.push('an entry without a usable link');
        continue;
      }
      push(items, { url, title: text(entry.title), published: text(entry.published) ?? text(entry.updated) });
    }
    return { kind: 'atom', title: text(feed.title), items, problems };
  }
  if (doc.urlset || doc.sitemapindex) {
    const index = Boolean(doc.sitemapindex);
    const root = (doc.urlset ?? doc.sitemapindex) as Node;
    const items: FeedItem[] = [];
    for (const entry of list(index ? root.sitemap : root.url)) {
      const url = absoluteUrl(text(entry.loc), base);
      if (!url) {
        problems.push('an entry without a usable <loc>');
        continue;
      }
      const news = entry.news as Node | undefined;
      push(items, {
        url,
        title: text(news?.title),
        published: text(news?.publication_date) ?? text(entry.lastmod),
      });
    }
    return { kind: index ? 'sitemap-index' : 'sitemap', items, problems };
  }
  return { kind: 'unknown', items: [], problems: ['neither RSS, Atom nor a sitemap'] };
}

// Live feeds against a local HTTP server: RSS, Atom, sitemaps, robots.txt, conditional requests, bad and slow feeds.

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import {
  emptyState,
  FeedWatcher,
  FetchError,
  isPrivateAddress,
  PoliteFetcher,
  parseFeed,
  parseFeedList,
  parseRobots,
  USER_AGENT,
} from '../../src/sources/feeds/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { fakeAnalyzer } from '../store/helpers.js';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const ARTICLES: Record<string, string> = {
  '/a1.html': page(
    'Russia warns against foreign interference in Belarus',
    'Moscow said on Thursday that any pressure on Minsk would be counterproductive, according to TASS.\nThe Kremlin repeated that Belarus must settle its affairs without outside interference.',
  ),
  '/a2.html': page(
    'Lukashenko wins sixth term, EU rejects result',
    'Belarusian officials said President Lukashenko won over 80 percent of the vote.\nThe European Union said it would impose sanctions on those responsible for violence.',
  ),
  '/a3.html': page(
    'Lavrov meets Makei in Moscow',
    'Foreign Minister Sergei Lavrov met his Belarusian counterpart Vladimir Makei in Moscow.\nThey discussed the situation after the presidential election in Belarus, Interfax reported.',
  ),
  '/a4.html': page(
    'Zakharova accuses the West',
    'Maria Zakharova said clear attempts at outside interference are observed in Belarus.\nShe spoke at a weekly briefing of the Russian Foreign Ministry in Moscow.',
  ),
};

interface Logged {
  path: string;
  at: number;
  ua: string | undefined;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

let server: Server;
let base: string;
const log: Logged[] = [];
let active = 0;
let maxActive = 0;

function route(req: IncomingMessage): {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
} {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  switch (path) {
    case '/robots.txt':
      return { status: 200, body: 'User-agent: *\nDisallow: /private/\n\nUser-agent: badbot\nDisallow: /\n' };
    case '/rss.xml': {
      if (req.headers['if-none-match'] === '"rss-v1"') return { status: 304 };
      return {
        status: 200,
        headers: { etag: '"rss-v1"', 'content-type': 'application/rss+xml' },
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>
          <item><title>Russia warns</title><link>${base}/a1.html</link><pubDate>Thu, 20 Aug 2020 10:00:00 GMT</pubDate></item>
          <item><title>Sixth term</title><link>/a2.html</link><pubDate>Fri, 21 Aug 2020 09:30:00 GMT</pubDate></item>
          <item><title>Hidden</title><link>${base}/private/secret.html</link></item>
          <item><title>No link</title></item>
        </channel></rss>`,
      };
    }
    case '/atom.xml': {
      const modified = 'Sat, 22 Aug 2020 08:00:00 GMT';
      if (req.headers['if-modified-since'] === modified) return { status: 304 };
      return {
        status: 200,
        headers: { 'last-modified': modified, 'content-type': 'application/atom+xml' },
        body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
          <entry><title>Lavrov meets Makei</title><link rel="alternate" href="${base}/a3.html"/><published>2020-08-22T07:00:00Z</published></entry>
          <entry><title>Same again</title><link href="${base}/a1.html"/></entry>
        </feed>`,
      };
    }
    case '/sitemap.xml':
      return {
        status: 200,
        body: `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap-1.xml</loc></sitemap></sitemapindex>`,
      };
    case '/sitemap-1.xml':
      return {
        status: 200,
        body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/a4.html</loc><lastmod>2020-08-23</lastmod></url></urlset>`,
      };
    case '/broken.xml':
      return { status: 200, body: 'this is { not a feed' };
    case '/error.xml':
      return { status: 500, body: 'oops' };
    case '/slow.xml':
      return { status: 200, body: '<rss/>', delayMs: 4000 };
    default:
      if (ARTICLES[path])
        return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: ARTICLES[path] };
      return { status: 404, body: 'not found' };
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    active++;
    maxActive = Math.max(maxActive, active);
    log.push({
      path: req.url ?? '',
      at: Date.now(),
      ua: req.headers['user-agent'],
      ifNoneMatch: req.headers['if-none-match'] as string | undefined,
      ifModifiedSince: req.headers['if-modified-since'] as string | undefined,
    });
    const r = route(req);
    res.on('close', () => {
      active--;
    });
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(r.status, r.headers);
      res.end(r.body);
    };
    if (r.delayMs) setTimeout(send, r.delayMs);
    else send();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

describe('feed parsing', () => {
  it('reads RSS items, resolving relative links and skipping items without one', () => {
    const feed = parseFeed(
      '<rss><channel><title>T</title><item><title>A</title><link>/x</link><pubDate>Thu, 20 Aug 2020 10:00:00 GMT</pubDate></item><item><title>B</title></item><item><link>javascript:alert(1)</link></item></channel></rss>',
      'https://news.example/feed',
    );
    expect(feed.kind).toBe('rss');
    expect(feed.title).toBe('T');
    expect(feed.items).toEqual([
      { url: 'https://news.example/x', title: 'A', published: 'Thu, 20 Aug 2020 10:00:00 GMT' },
    ]);
    expect(feed.problems).toHaveLength(2);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const feed = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link rel="self" href="/self"/><link rel="alternate" href="/story"/><updated>2020-08-22T07:00:00Z</updated></entry></feed>',
      'https://news.example/atom',
    );
    expect(feed).toMatchObject({
      kind: 'atom',
      items: [{ url: 'https://news.example/story', title: 'A', published: '2020-08-22T07:00:00Z' }],
    });
  });

  it('reads sitemaps, news sitemaps and sitemap indexes', () => {
    const news = parseFeed(
      '<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://n.example/a</loc><news:news><news:title>A</news:title><news:publication_date>2020-08-20</news:publication_date></news:news></url></urlset>',
      'https://n.example/sitemap.xml',
    );
    expect(news.items).toEqual([{ url: 'https://n.example/a', title: 'A', published: '2020-08-20' }]);
    expect(
      parseFeed('<sitemapindex><sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>', 'https://n.example/')
        .kind,
    ).toBe('sitemap-index');
  });

  it('reports what is not a feed instead of throwing', () => {
    expect(parseFeed('<html><body>hi</body></html>', 'https://x.example/').kind).toBe('unknown');
    expect(parseFeed('<rss><channel><item>', 'https://x.example/').problems.length).toBeGreaterThan(0);
  });

  it('reads a feeds list, ignoring comments and refusing what is not http(s)', () => {
    expect(
      parseFeedList('# wires\nhttps://a.example/rss  # main\n\nftp://b.example/x\nhttps://a.example/rss\n'),
    ).toEqual({
      feeds: ['https://a.example/rss'],
      problems: ['line 4: not an http(s) URL: ftp://b.example/x'],
    });
  });
});

describe('robots.txt', () => {
  const rules = parseRobots(
    'User-agent: *\nDisallow: /private/\nAllow: /private/open$\nCrawl-delay: 2\n\nUser-agent: wiretrace\nUser-agent: other\nDisallow: /no-wiretrace\nAllow: /*.html$\nDisallow: /x/\n',
    'wiretrace',
  );
  it('uses the group naming wiretrace over the * group', () => {
    expect(rules.allow('/no-wiretrace/page')).toBe(false);
    expect(rules.allow('/private/thing')).toBe(true);
    expect(rules.crawlDelay).toBeNull();
  });
  it('lets the longest matching rule win, with wildcards and anchors', () => {
    expect(rules.allow('/x/story.html')).toBe(true);
    expect(rules.allow('/x/story.html?amp=1')).toBe(false);
  });
  it('falls back to the * group and its crawl delay', () => {
    const star = parseRobots(
      'User-agent: *\nDisallow: /private/\nAllow: /private/open$\nCrawl-delay: 2\n',
      'wiretrace',
    );
    expect(star.allow('/private/open')).toBe(true);
    expect(star.allow('/private/open/more')).toBe(false);
    expect(star.crawlDelay).toBe(2);
    expect(parseRobots('', 'wiretrace').allow('/anything')).toBe(true);
  });
});

describe('address guard', () => {
  it('knows private, loopback and reserved addresses from public ones', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      'not-an-ip',
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111'])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses loopback by default, by address and by name, without sending a request', async () => {
    const before = log.length;
    const fetcher = new PoliteFetcher({ timeoutMs: 2000, perHostDelayMs: 0 });
    for (const url of [`${base}/rss.xml`, `${base.replace('127.0.0.1', 'localhost')}/rss.xml`]) {
      const error = await fetcher.get(url).catch((e) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).kind).toBe('private');
    }
    expect(log.length).toBe(before);
  });
});

describe('watching feeds (local server, --allow-private)', () => {
  const store = new SqliteStore(':memory:');
  const state = emptyState();
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const INTERVAL = 60_000;
  const feeds = () =>
    ['rss.xml', 'atom.xml', 'sitemap.xml', 'broken.xml', 'error.xml', 'slow.xml'].map((f) => `${base}/${f}`);
  const sink = async (docs: Parameters<ConstructorParameters<typeof FeedWatcher>[0]['sink']>[0]) => {
    const items = docs.map((raw) => {
      const article = extractDocument(raw);
      return { article, analysis: fakeAnalyzer.analyze(article) };
    });
    return (await store.putArticles(items)).inserted.length;
  };
  let watcher: FeedWatcher;
  const starts: number[] = [];

  beforeAll(() => {
    watcher = new FeedWatcher({
      state,
      sink,
      fetcher: new PoliteFetcher({
        allowPrivate: true,
        perHostDelayMs: 100,
        // Far above what even a loaded machine takes to answer locally (a healthy feed must never time out here),
        // far below the slow feed's 4 s.
        timeoutMs: 1200,
        onRequest: (_url, at) => starts.push(at),
      }),
      intervalMs: INTERVAL,
      now: () => clock,
    });
  });
  afterAll(() => store.close());

  it('stores new articles, honours robots.txt, and records a status per feed', async () => {
    const round = await watcher.pollDue(feeds());
    expect(round).toEqual({ polled: 6, stored: 4, failed: 3 });
    const s = (f: string) => state.feeds[`${base}/${f}`];
    expect(s('rss.xml')).toMatchObject({
      kind: 'rss',
      title: 'Test wire',
      lastResult: 'ok',
      etag: '"rss-v1"',
      articlesStored: 2,
    });
    expect(s('atom.xml')).toMatchObject({ kind: 'atom', lastResult: 'ok', articlesStored: 1 });
    expect(s('sitemap.xml')).toMatchObject({ kind: 'sitemap-index', articlesStored: 1 });
    expect(s('broken.xml')).toMatchObject({ consecutiveFailures: 1 });
    expect(s('broken.xml').lastError).toMatch(/not well-formed XML|neither RSS, Atom nor a sitemap/);
    expect(s('error.xml')).toMatchObject({ lastResult: 'http', consecutiveFailures: 1 });
    expect(s('slow.xml')).toMatchObject({ lastResult: 'timeout', consecutiveFailures: 1 });
    // Failures back off: twice the interval after the first.
    expect(Date.parse(s('error.xml').nextPollAt!) - clock).toBe(2 * INTERVAL);
    expect(Date.parse(s('rss.xml').nextPollAt!) - clock).toBe(INTERVAL);

    const stored = await store.listArticles();
    expect(stored.items.map((a) => a.title).sort()).toEqual([
      'Lavrov meets Makei in Moscow',
      'Lukashenko wins sixth term, EU rejects result',
      'Russia warns against foreign interference in Belarus',
      'Zakharova accuses the West',
    ]);
    const a1 = stored.items.find((a) => a.title?.startsWith('Russia warns'))!;
    expect(a1.published).toBe('2020-08-20T10:00:00Z');
    expect((await store.getArticle(a1.id))?.body).toMatch(/counterproductive/);

    expect(log.some((l) => l.path.startsWith('/private/'))).toBe(false);
    expect(log.every((l) => l.ua === USER_AGENT)).toBe(true);
    expect(log.filter((l) => l.path === '/robots.txt')).toHaveLength(1);
  });

  it('asks again conditionally and stores nothing twice', async () => {
    const before = log.length;
    clock += INTERVAL; // healthy feeds are due again; failed ones wait out their backoff
    const round = await watcher.pollDue(feeds());
    expect(round.polled).toBe(3);
    expect(round.stored).toBe(0);
    const again = log.slice(before);
    expect(again.find((l) => l.path === '/rss.xml')?.ifNoneMatch).toBe('"rss-v1"');
    expect(again.find((l) => l.path === '/atom.xml')?.ifModifiedSince).toBe('Sat, 22 Aug 2020 08:00:00 GMT');
    expect(state.feeds[`${base}/rss.xml`].lastResult).toBe('not-modified');
    expect(again.some((l) => l.path.endsWith('.html'))).toBe(false);
    expect((await store.stats()).articles).toBe(4);
  });

  it('keeps to one request at a time per host, spaced by the delay', () => {
    expect(maxActive).toBe(1);
    expect(starts.length).toBe(log.length);
    // Lower bounds only (a slower machine makes the gaps longer, never shorter); 2 ms for timer rounding.
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(98);
  });
});

// The Hono app: JSON API, HTML pages and static assets, with CSP, size and rate limits, and JSON errors.

import { createHash, timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { Analyzer } from '../analyze/index.js';
import { CITATION_KINDS } from '../model/index.js';
import { quoteArticles, quoteRows } from '../report/quote-rows.js';
import { storeFailure } from '../store/failures.js';
import { ambiguousArticleId } from '../store/id-prefix.js';
import type { Store, StoreStats } from '../store/types.js';
import { buildOpenApi } from './openapi.js';
import {
  articlePage,
  entitiesPage,
  entityPage,
  errorPage,
  outletPage,
  quotesPage,
  sourcesPage,
  storiesPage,
  storyPage,
} from './pages.js';
import {
  articleView,
  entityView,
  outletView,
  quotesView,
  type StoriesQuery,
  type StoriesView,
  sourcesView,
  storiesView,
  storyView,
} from './queries.js';
import {
  articlesQuery,
  citationsQuery,
  claimsQuery,
  entitiesQuery,
  exportQuery,
  idParam,
  ingestBody,
  issuesOf,
  pageQuery,
  quotesQuery,
  reuseQuery,
  storiesQuery,
  storyQuery,
} from './schemas.js';
import { APP_CSS, APP_JS } from './static.js';
import { loadStoryBundle, storyCsv, storyHtmlReport, storyJson, storyMarkdown } from './story-export.js';

export interface ServerOptions {
  store: Store;
  /** Default 127.0.0.1: loopback only. */
  host?: string;
  /** Default 7340; 0 picks any free port. */
  port?: number;
  /** Enables POST /api/articles; default from WIRETRACE_TOKEN. */
  token?: string;
  /** Used by POST ingest; default: `loadAnalyzer` on first use. */
  analyzer?: Analyzer;
  /** How to get an analyzer when none is given; default createAnalyzer() from src/analyze (needs the NER model). */
  loadAnalyzer?: () => Analyzer | Promise<Analyzer>;
  /** Requests a client may make per second (token bucket); default 500, burst of twice that. */
  rateLimit?: number;
  /** Largest request body in bytes; default 4 MiB. */
  maxBodyBytes?: number;
  /** Largest clean text of one posted article (UTF-8 bytes); a larger one is skipped with a warning. Default 5 MiB. */
  maxArticleBytes?: number;
  /**
   * Host names (no port) the server answers to; others get 421. startServer sets the loopback names when it
   * binds loopback, so that a web page cannot reach the API through DNS rebinding. Default: any.
   */
  allowedHosts?: string[];
  /** Seconds the stories lists (the home page) may be served from memory (store counts: at least 60); 0 = never. Default 5. */
  cacheSeconds?: number;
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 421 | 429 | 503,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

/** Query values with empty strings dropped: an empty form field means "no filter". */
function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const raw = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''));
  const result = schema.safeParse(raw);
  if (!result.success) throw new HttpError(400, 'invalid query parameters', issuesOf(result.error));
  return result.data;
}

function param(c: Context, name: string): string {
  const result = idParam.safeParse(c.req.param(name));
  if (!result.success) throw new HttpError(400, `invalid ${name}`, issuesOf(result.error));
  return result.data;
}

const isApi = (c: Context) => c.req.path.startsWith('/api/') || c.req.path === '/openapi.json';

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Per-client token bucket; the map is bounded so that many clients cannot grow it without end. */
function rateLimiter(perSecond: number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client: string, now: number): boolean => {
    let b = buckets.get(client);
    if (!b) {
      if (buckets.size > 10_000) buckets.clear();
      b = { tokens: perSecond * 2, at: now };
      buckets.set(client, b);
    }
    b.tokens = Math.min(perSecond * 2, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
}

function clientOf(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

export function createApp(options: ServerOptions): Hono {
  const { store } = options;
  const token = options.token ?? process.env.WIRETRACE_TOKEN ?? '';
  const allow = rateLimiter(options.rateLimit ?? 500);
  let analyzer: Promise<Analyzer> | null = options.analyzer ? Promise.resolve(options.analyzer) : null;
  const getAnalyzer = () => {
    analyzer ??= options.loadAnalyzer
      ? Promise.resolve().then(options.loadAnalyzer)
      : import('../analyze/index.js').then((m) => m.createAnalyzer());
    return analyzer;
  };
  // Counting every table and sorting every story on each home page load would scan the store;
  // a few seconds' staleness is fine, and an ingest over HTTP clears both at once.
  const ttl = (options.cacheSeconds ?? 5) * 1000;
  let statsCache: { at: number; value: Promise<StoreStats> } | null = null;
  const stats = () => {
    const now = Date.now();
    // The counts scan whole tables (seconds on a big store) and only inform: they may be a minute old.
    if (!statsCache || now - statsCache.at > (ttl > 0 ? Math.max(ttl, 60_000) : 0))
      statsCache = { at: now, value: store.stats() };
    return statsCache.value;
  };
  const listCache = new Map<string, { at: number; value: Promise<StoriesView> }>();
  const stories = (q: StoriesQuery) => {
    if (ttl <= 0) return storiesView(store, q);
    const key = JSON.stringify(q);
    const now = Date.now();
    const hit = listCache.get(key);
    if (hit && now - hit.at <= ttl) return hit.value;
    if (listCache.size >= 500) listCache.clear();
    const value = storiesView(store, q);
    listCache.set(key, { at: now, value });
    // A failed query is not kept.
    value.catch(() => listCache.delete(key));
    return value;
  };
  // Linking is stateful: posted batches are ingested one after another.
  let ingestQueue: Promise<unknown> = Promise.resolve();

  const app = new Hono();

  const hosts = options.allowedHosts && new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  app.use('*', async (c, next) => {
    if (hosts) {
      const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
      if (!hosts.has(host)) throw new HttpError(421, `this server does not answer for host "${host}"`);
    }
    if (!allow(clientOf(c), Date.now())) throw new HttpError(429, 'too many requests: slow down and retry');
    await next();
    c.header('Content-Security-Policy', c.res.headers.get('Content-Security-Policy') ?? CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });

  app.onError((error, c) => {
    // A store failure the operator can act on (a lock held by another writer, a read-only file) is a 503 that says so.
    const storeTrouble = error instanceof HttpError ? null : storeFailure(error);
    const status = error instanceof HttpError ? error.status : storeTrouble ? 503 : 500;
    const message = error instanceof HttpError ? error.message : (storeTrouble ?? 'internal error');
    // Unexpected errors are logged for the operator, never sent to the client.
    if (status === 500 || storeTrouble)
      console.error(`wiretrace serve: ${c.req.method} ${c.req.path}: ${(error as Error).message}`);
    if (isApi(c)) {
      const issues = error instanceof HttpError ? error.issues : undefined;
      return c.json({ error: message, status, ...(issues ? { issues } : {}) }, status);
    }
    const detail =
      error instanceof HttpError && error.issues
        ? `${message}: ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`
        : message;
    return c.html(errorPage(status, detail), status);
  });

  app.notFound((c) => {
    if (isApi(c))
      return c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}`, status: 404 }, 404);
    return c.html(errorPage(404, 'There is no page at this address.'), 404);
  });

  const notFound = (what: string, id: string) => new HttpError(404, `${what} not found: ${id}`);
  /** An article id that names none: a prefix several ids begin with says so and names some of them. */
  const articleNotFound = async (id: string) =>
    new HttpError(404, (await ambiguousArticleId(store, id)) ?? `article not found: ${id}`);

  /**
   * A query's `story` filter as `/api/stories/:id` reads the id: an absorbed id (a merge keeps the ids users hold
   * working) means the story that absorbed it, and an id that names no story is a 404. The filters compared the id
   * with the articles' own story as given, so an absorbed id listed no quotes, sources, claims, copied passages or
   * articles, and a mistyped one an empty page that looked like an answer.
   */
  const withStory = async <T extends { story?: string }>(q: T): Promise<T> => {
    if (!q.story) return q;
    const story = await store.getStory(q.story);
    if (!story) throw notFound('story', q.story);
    return { ...q, story: story.id };
  };

  // Static assets: immutable per process, so the browser may cache them.
  app.get('/static/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/static/app.js', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(APP_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));

  const openapi = buildOpenApi();
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('/healthz', (c) => c.json({ ok: true }));

  // ---- JSON API -------------------------------------------------------------
  app.get('/api/stats', async (c) => c.json(await stats()));

  app.get('/api/stories', async (c) => c.json(await stories(parseQuery(c, storiesQuery))));

  app.get('/api/stories/:id', async (c) => {
    const id = param(c, 'id');
    const q = parseQuery(c, storyQuery);
    const view = await storyView(store, id, pagingOf(q));
    if (!view) throw notFound('story', id);
    return c.json(view);
  });

  app.get('/api/stories/:id/export', async (c) => {
    const id = param(c, 'id');
    const q = parseQuery(c, exportQuery);
    const story = await store.getStory(id);
    if (!story) throw notFound('story', id);
    const bundle = await loadStoryBundle(store, story);
    const name = `story-${story.id}`;
    const attach = (ext: string) => ({ 'Content-Disposition': `attachment; filename="${name}.${ext}"` });
    switch (q.format) {
      case 'json':
        return c.body(storyJson(bundle), 200, {
          'Content-Type': 'application/json; charset=utf-8',
          ...attach('json'),
        });
      case 'csv':
        return c.body(storyCsv(bundle, q.table), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          ...attach(`${q.table}.csv`),
        });
      case 'md':
        return c.body(storyMarkdown(bundle), 200, {
          'Content-Type': 'text/markdown; charset=utf-8',
          ...attach('md'),
        });
      case 'html':
        return c.body(storyHtmlReport(bundle), 200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
          ...attach('html'),
        });
    }
  });

  app.get('/api/articles', async (c) => {
    const q = await withStory(parseQuery(c, articlesQuery));
    const { q: search, ...rest } = q;
    const page = await store.listArticles({ ...rest, search });
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = param(c, 'id');
    const view = await articleView(store, id);
    if (!view) throw await articleNotFound(id);
    return c.json(view);
  });

  app.post(
    '/api/articles',
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 4 * 1024 * 1024,
      onError: () => {
        throw new HttpError(413, `request body over ${options.maxBodyBytes ?? 4 * 1024 * 1024} bytes`);
      },
    }),
    async (c) => {
      if (!token)
        throw new HttpError(
          403,
          'ingest over HTTP is disabled: start the server with a token (WIRETRACE_TOKEN)',
        );
      const auth = c.req.header('Authorization') ?? '';
      const given = /^Bearer\s+(.+)$/i.exec(auth)?.[1] ?? '';
      if (!given || !sameToken(given, token)) {
        c.header('WWW-Authenticate', 'Bearer');
        throw new HttpError(401, 'a valid bearer token is required (Authorization: Bearer <token>)');
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new HttpError(
          400,
          'the body must be JSON: {"articles": [{"text": "...", "outlet": "...", ...}]}',
        );
      }
      const parsed = ingestBody.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'invalid body', issuesOf(parsed.error));
      let ready: Analyzer;
      try {
        ready = await getAnalyzer();
      } catch (error) {
        analyzer = null;
        throw new HttpError(
          503,
          `ingest is unavailable: the analyzer could not be loaded (${(error as Error).message})`,
        );
      }
      // Loaded on first use: serving pages must not depend on the extract stage loading.
      let ingestArticles: typeof import('./ingest.js').ingestArticles;
      try {
        ({ ingestArticles } = await import('./ingest.js'));
      } catch (error) {
        throw new HttpError(
          503,
          `ingest is unavailable: the extract stage could not be loaded (${(error as Error).message})`,
        );
      }
      const run = ingestQueue.then(() =>
        ingestArticles(store, ready, parsed.data.articles, options.maxArticleBytes),
      );
      ingestQueue = run
        .catch(() => undefined)
        .then(() => {
          statsCache = null;
          listCache.clear();
        });
      return c.json(await run, 201);
    },
  );

  app.get('/api/outlets/:name', async (c) => {
    const name = param(c, 'name');
    const view = await outletView(store, name, parseQuery(c, pageQuery));
    if (!view) throw notFound('outlet', name);
    return c.json(view);
  });

  app.get('/api/entities', async (c) => {
    const q = parseQuery(c, entitiesQuery);
    const page = await store.listEntities({ search: q.q, type: q.type, limit: q.limit, offset: q.offset });
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items });
  });

  app.get('/api/entities/:id', async (c) => {
    const id = param(c, 'id');
    const view = await entityView(store, id, parseQuery(c, pageQuery));
    if (!view) throw notFound('entity', id);
    return c.json(view);
  });

  app.get('/api/quotes', async (c) => {
    const { q: text, ...q } = await withStory(parseQuery(c, quotesQuery));
    const page = await store.listQuotes({ ...q, text });
    const items = quoteRows(page.items, await quoteArticles(store, page.items));
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items });
  });

  app.get('/api/citations', async (c) => {
    const { by, ...q } = await withStory(parseQuery(c, citationsQuery));
    const page = await store.listCitationSources({ ...q, byOutlet: by === 'outlet' });
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items });
  });

  app.get('/api/reuse', async (c) => {
    const q = await withStory(parseQuery(c, reuseQuery));
    const page = await store.listReuse(q);
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items });
  });

  app.get('/api/claims', async (c) => {
    const q = await withStory(parseQuery(c, claimsQuery));
    const page = await store.listClaims(q);
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items });
  });

  app.all('/api/*', (c) => {
    throw new HttpError(404, `no such endpoint: ${c.req.method} ${c.req.path}`);
  });

  // ---- Pages ----------------------------------------------------------------
  app.get('/', async (c) => {
    const q = parseQuery(c, storiesQuery);
    const [view, counts] = await Promise.all([stories(q), stats()]);
    return c.html(storiesPage(view, q, counts));
  });

  app.get('/stories/:id', async (c) => {
    const id = param(c, 'id');
    const view = await storyView(store, id, pagingOf(parseQuery(c, storyQuery)));
    if (!view) throw notFound('story', id);
    return c.html(storyPage(view, c.req.path));
  });

  app.get('/articles/:id', async (c) => {
    const id = param(c, 'id');
    const view = await articleView(store, id);
    if (!view) throw await articleNotFound(id);
    return c.html(articlePage(view));
  });

  app.get('/outlets/:name', async (c) => {
    const name = param(c, 'name');
    const view = await outletView(store, name, parseQuery(c, pageQuery));
    if (!view) throw notFound('outlet', name);
    return c.html(outletPage(view, c.req.path));
  });

  app.get('/quotes', async (c) => {
    const { q: text, ...q } = await withStory(parseQuery(c, quotesQuery));
    const view = await quotesView(store, { ...q, text });
    return c.html(quotesPage(view, { ...q, q: text }));
  });

  app.get('/sources', async (c) => {
    const { by, ...q } = await withStory(parseQuery(c, citationsQuery));
    const view = await sourcesView(store, { ...q, byOutlet: by === 'outlet' });
    return c.html(sourcesPage(view, { ...q, by }, CITATION_KINDS));
  });

  app.get('/entities', async (c) => {
    const q = parseQuery(c, entitiesQuery);
    const page = await store.listEntities({ search: q.q, type: q.type, limit: q.limit, offset: q.offset });
    return c.html(
      entitiesPage({ total: page.total, limit: q.limit, offset: q.offset, items: page.items }, q),
    );
  });

  app.get('/entities/:id', async (c) => {
    const id = param(c, 'id');
    const view = await entityView(store, id, parseQuery(c, pageQuery));
    if (!view) throw notFound('entity', id);
    return c.html(entityPage(view, c.req.path));
  });

  return app;
}

const pagingOf = (q: z.infer<typeof storyQuery>) => ({
  offset: q.offset,
  limit: q.limit,
  quoteOffset: q.qoffset,
  quoteLimit: q.qlimit,
  reuseOffset: q.roffset,
  reuseLimit: q.rlimit,
  claimOffset: q.coffset,
  claimLimit: q.climit,
});

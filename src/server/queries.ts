// The data behind every page and API route, read through the Store contract only and always paginated.

import { quoteArticles } from '../report/quote-rows.js';
import { groupBySpeaker, type SpeakerGroup } from '../report/speakers.js';
import type {
  ArticleSummary,
  CitationSourceQuery,
  CitationSourceRecord,
  ClaimRecord,
  EntityRecord,
  Paging,
  QuoteQuery,
  QuoteRecord,
  ReuseRecord,
  Store,
  StoredArticle,
  StoryRecord,
} from '../store/types.js';
import { MAX_LISTING } from '../store/types.js';
import { dateBins } from './charts.js';

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

/** The largest page the store serves; filters the store cannot apply are worked out over this many hits. */
export const MAX_PAGE = MAX_LISTING;
/** Stories ranked when a filter works through the article index (each one is a lookup). */
const MAX_STORIES = 200;

export interface StorySummary {
  id: string;
  title: string | null;
  size: number;
  outlets: string[];
  first_published: string | null;
  last_published: string | null;
  key_entities: string[];
  quotes: number;
}

export interface StoriesQuery {
  q?: string;
  outlet?: string;
  entity?: string;
  lang?: string;
  from?: string;
  to?: string;
  sort?: 'size' | 'recent' | 'spread';
  limit: number;
  offset: number;
}

export interface StoriesView {
  stories: Page<StorySummary>;
  /** True when only part of the matches was ranked: the newest MAX_PAGE articles, at most MAX_STORIES stories. */
  partial: boolean;
  /** Matching articles, when there is a search or a filter on articles. */
  articles: Page<ArticleSummary> | null;
}

/** A story's row in a listing; `quotes` is counted separately, for the rows shown only. */
function summaryOf(s: StoryRecord, quotes = 0): StorySummary {
  return {
    id: s.id,
    title: s.title,
    size: s.articles.length,
    outlets: s.outlets,
    first_published: s.first_published,
    last_published: s.last_published,
    key_entities: s.key_entities,
    quotes,
  };
}

async function summarize(store: Store, s: StoryRecord): Promise<StorySummary> {
  return summaryOf(s, (await store.listQuotes({ story: s.id, limit: 1 })).total);
}

/** An entity id from an id or a name (exact name or alias first, else the most mentioned partial match). */
export async function resolveEntity(store: Store, value: string): Promise<string | null> {
  const byId = await store.getEntity(value);
  if (byId) return byId.id;
  const { items } = await store.listEntities({ search: value, limit: 10 });
  const lower = value.toLowerCase();
  const exact = items.find(
    (e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower),
  );
  return (exact ?? items[0])?.id ?? null;
}

const sorters: Record<NonNullable<StoriesQuery['sort']>, (a: StorySummary, b: StorySummary) => number> = {
  size: (a, b) => b.size - a.size || (b.last_published ?? '').localeCompare(a.last_published ?? ''),
  recent: (a, b) => (b.last_published ?? '').localeCompare(a.last_published ?? '') || b.size - a.size,
  spread: (a, b) => b.outlets.length - a.outlets.length || b.size - a.size,
};

/** Stories list with full-text search and filters; article-level filters go through the article index. */
export async function storiesView(store: Store, q: StoriesQuery): Promise<StoriesView> {
  const sort = q.sort ?? 'size';
  const articleFilter = Boolean(q.entity || q.lang || q.from || q.to);
  // The entity filter takes an id or a name; an unknown name filters everything out.
  const entity = q.entity ? ((await resolveEntity(store, q.entity)) ?? '\u0000none') : undefined;
  const articles =
    q.q || articleFilter
      ? await store.listArticles({
          search: q.q,
          outlet: q.outlet,
          entity,
          lang: q.lang,
          from: q.from,
          to: q.to,
          limit: articleFilter ? MAX_PAGE : Math.min(q.limit, 50),
        })
      : null;
  if (!articleFilter) {
    const page = await store.listStories({
      search: q.q,
      outlet: q.outlet,
      sort,
      limit: q.limit,
      offset: q.offset,
    });
    return {
      stories: {
        total: page.total,
        limit: q.limit,
        offset: q.offset,
        items: await Promise.all(page.items.map((s) => summarize(store, s))),
      },
      partial: false,
      articles: articles && {
        total: articles.total,
        limit: articles.items.length,
        offset: 0,
        items: articles.items,
      },
    };
  }
  const all = [...new Set(articles!.items.flatMap((a) => (a.story ? [a.story] : [])))];
  // Each story costs a lookup: the newest MAX_STORIES stories among the hits are ranked, the rest counted only.
  const ids = all.slice(0, MAX_STORIES);
  const stories = (await Promise.all(ids.map((id) => store.getStory(id)))).filter(
    (s): s is StoryRecord => s !== null,
  );
  const unique = [...new Map(stories.map((s) => [s.id, s])).values()];
  const ranked = unique.map((s) => summaryOf(s));
  ranked.sort(sorters[sort]);
  // Quote counts only for the rows shown.
  const shown = await Promise.all(
    ranked.slice(q.offset, q.offset + q.limit).map(async (r) => ({
      ...r,
      quotes: (await store.listQuotes({ story: r.id, limit: 1 })).total,
    })),
  );
  return {
    stories: { total: ranked.length, limit: q.limit, offset: q.offset, items: shown },
    partial: articles!.total > MAX_PAGE || all.length > MAX_STORIES,
    articles: { total: articles!.total, limit: 50, offset: 0, items: articles!.items.slice(0, 50) },
  };
}

export interface PassageSide {
  article: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  start: number;
  end: number;
  text: string;
}

export interface ReuseView extends ReuseRecord {
  source: PassageSide;
  target: PassageSide;
}

/** Loads articles once per request; the bodies are needed to cut passages out. */
export class ArticleCache {
  private readonly cache = new Map<string, Promise<StoredArticle | null>>();
  constructor(private readonly store: Store) {}
  get(id: string): Promise<StoredArticle | null> {
    let hit = this.cache.get(id);
    if (!hit) {
      hit = this.store.getArticle(id);
      this.cache.set(id, hit);
    }
    return hit;
  }
}

const side = (
  a: StoredArticle | null,
  id: string,
  start: number,
  end: number,
  fallback: string,
): PassageSide => ({
  article: id,
  outlet: a?.outlet ?? null,
  title: a?.title ?? null,
  published: a?.published ?? null,
  start,
  end,
  text: a ? a.body.slice(start, end) : fallback,
});

export async function reuseViews(records: ReuseRecord[], cache: ArticleCache): Promise<ReuseView[]> {
  return Promise.all(
    records.map(async (r) => {
      const [s, t] = await Promise.all([cache.get(r.source_article), cache.get(r.target_article)]);
      return {
        ...r,
        source: side(s, r.source_article, r.source_start, r.source_end, r.text),
        target: side(t, r.target_article, r.target_start, r.target_end, r.text),
      };
    }),
  );
}

export interface StoryView {
  story: StoryRecord;
  articles: Page<ArticleSummary>;
  /** Every article of the story up to MAX_PAGE, for the timeline. */
  timeline: { id: string; published: string | null; outlet: string | null; title: string | null }[];
  quotes: Page<QuoteRecord>;
  speakers: SpeakerGroup[];
  reuse: Page<ReuseView>;
  claims: Page<ClaimRecord>;
  /** The sources the story's articles cite most. */
  sources: CitationSourceRecord[];
}

export interface StoryPaging {
  offset: number;
  limit: number;
  quoteOffset: number;
  quoteLimit: number;
  reuseOffset: number;
  reuseLimit: number;
  claimOffset: number;
  claimLimit: number;
}

export const defaultStoryPaging: StoryPaging = {
  offset: 0,
  limit: 100,
  quoteOffset: 0,
  quoteLimit: 200,
  reuseOffset: 0,
  reuseLimit: 20,
  claimOffset: 0,
  claimLimit: 30,
};

export async function storyView(
  store: Store,
  id: string,
  paging: StoryPaging = defaultStoryPaging,
): Promise<StoryView | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const cache = new ArticleCache(store);
  const [all, quotes, reuse, claims, sources] = await Promise.all([
    store.listArticles({ story: story.id, limit: MAX_PAGE }),
    store.listQuotes({ story: story.id, limit: paging.quoteLimit, offset: paging.quoteOffset }),
    store.listReuse({ story: story.id, limit: paging.reuseLimit, offset: paging.reuseOffset }),
    store.listClaims({ story: story.id, limit: paging.claimLimit, offset: paging.claimOffset }),
    store.listCitationSources({ story: story.id, limit: 20 }),
  ]);
  // Oldest first reads as a story; the store lists newest first.
  const ordered = [...all.items].reverse();
  // A story that fits in one store page reads oldest first; a bigger one is paged newest first by the store.
  const articleItems =
    all.total <= MAX_PAGE
      ? ordered.slice(paging.offset, paging.offset + paging.limit)
      : (await store.listArticles({ story: story.id, limit: paging.limit, offset: paging.offset })).items;
  return {
    story,
    articles: { total: all.total, limit: paging.limit, offset: paging.offset, items: articleItems },
    timeline: ordered.map((a) => ({ id: a.id, published: a.published, outlet: a.outlet, title: a.title })),
    quotes: {
      total: quotes.total,
      limit: paging.quoteLimit,
      offset: paging.quoteOffset,
      items: quotes.items,
    },
    speakers: groupBySpeaker(quotes.items),
    reuse: {
      total: reuse.total,
      limit: paging.reuseLimit,
      offset: paging.reuseOffset,
      items: await reuseViews(reuse.items, cache),
    },
    claims: {
      total: claims.total,
      limit: paging.claimLimit,
      offset: paging.claimOffset,
      items: claims.items,
    },
    sources: sources.items,
  };
}

export interface ArticleView {
  article: StoredArticle;
  story: { id: string; title: string | null } | null;
  /** The article's first MAX_PAGE quotes in text order. */
  quotes: QuoteRecord[];
  /** How many quotes the article holds: more than `quotes` lists when it holds over MAX_PAGE. */
  quotes_total: number;
  citations: { name: string; kind: string; entity: string | null; start: number; end: number }[];
  reuse: ReuseView[];
}

export async function articleView(store: Store, id: string): Promise<ArticleView | null> {
  const article = await store.getArticle(id);
  if (!article) return null;
  const cache = new ArticleCache(store);
  const [quotes, citations, reuse, story] = await Promise.all([
    store.listQuotes({ article: article.id, limit: MAX_PAGE }),
    store.listCitations({ article: article.id, limit: MAX_PAGE }),
    store.listReuse({ article: article.id, limit: 200 }),
    article.story ? store.getStory(article.story) : Promise.resolve(null),
  ]);
  return {
    article,
    story: story ? { id: story.id, title: story.title } : null,
    quotes: quotes.items,
    quotes_total: quotes.total,
    citations: citations.items.map(({ name, kind, entity, start, end }) => ({
      name,
      kind,
      entity,
      start,
      end,
    })),
    reuse: await reuseViews(reuse.items, cache),
  };
}

export interface CountBin {
  from: string;
  to: string;
  label: string;
  count: number;
}

/** Articles per date window, one count query a window (the store has no group-by). */
async function volume(
  store: Store,
  filter: { outlet?: string; entity?: string },
  range: { first: string | null; last: string | null },
  bins = 24,
): Promise<CountBin[]> {
  if (!range.first || !range.last) return [];
  return Promise.all(
    dateBins(range.first.slice(0, 10), range.last.slice(0, 10), bins).map(async (b) => ({
      ...b,
      count: (await store.listArticles({ ...filter, from: b.from, to: b.to, limit: 1 })).total,
    })),
  );
}

/** Newest and oldest dated article matching a filter (the store lists newest first, undated last). */
async function dateRange(store: Store, filter: { outlet?: string; entity?: string }) {
  const newest = await store.listArticles({ ...filter, limit: 1 });
  if (newest.total === 0) return { total: 0, first: null, last: null };
  const dated = await store.listArticles({ ...filter, from: '0000', limit: 1 });
  const oldest =
    dated.total > 0
      ? await store.listArticles({ ...filter, from: '0000', limit: 1, offset: dated.total - 1 })
      : null;
  return {
    total: newest.total,
    first: oldest?.items[0]?.published ?? null,
    last: dated.items[0]?.published ?? null,
  };
}

export interface OutletView {
  outlet: string;
  articles: Page<ArticleSummary>;
  first: string | null;
  last: string | null;
  volume: CountBin[];
  stories: Page<StorySummary>;
  /** Reuse between outlets seen in the outlet's latest `sampled` articles. */
  reuse: { from: string; to: string; weight: number }[];
  speakers: { speaker: string; speaker_entity: string | null; count: number }[];
  sampled: number;
  /** The sources cited most in the outlet's latest `sampled` articles. */
  sources: CitationSourceRecord[];
}

const SAMPLE = 100;

export async function outletView(
  store: Store,
  outlet: string,
  paging: { offset: number; limit: number },
): Promise<OutletView | null> {
  const range = await dateRange(store, { outlet });
  if (range.total === 0) return null;
  const [articles, stories, sample, vol] = await Promise.all([
    store.listArticles({ outlet, limit: paging.limit, offset: paging.offset }),
    store.listStories({ outlet, sort: 'recent', limit: 20 }),
    store.listArticles({ outlet, limit: SAMPLE }),
    volume(store, { outlet }, range),
  ]);
  // Counted over the sample, as the speakers are: over all of a large outlet's articles the count takes too long
  // for a page (about 3 µs a citation in SQLite).
  const sources = await store.listCitationSources({ articles: sample.items.map((a) => a.id), limit: 15 });
  const cache = new ArticleCache(store);
  const edges = new Map<string, { from: string; to: string; weight: number }>();
  const speakers = new Map<string, { speaker: string; speaker_entity: string | null; count: number }>();
  await Promise.all(
    sample.items.map(async (a) => {
      const [reuse, quotes] = await Promise.all([
        store.listReuse({ article: a.id, limit: 50 }),
        store.listQuotes({ article: a.id, limit: 200 }),
      ]);
      for (const r of reuse.items) {
        const other = r.source_article === a.id ? r.target_article : r.source_article;
        const otherOutlet = (await cache.get(other))?.outlet ?? 'unknown';
        const from = r.source_article === a.id ? outlet : otherOutlet;
        const to = r.source_article === a.id ? otherOutlet : outlet;
        const key = `${from}\u0000${to}`;
        const e = edges.get(key) ?? { from, to, weight: 0 };
        e.weight++;
        edges.set(key, e);
      }
      for (const q of quotes.items) {
        if (!q.speaker) continue;
        const key = q.speaker_entity ?? q.speaker.toLowerCase();
        const s = speakers.get(key) ?? { speaker: q.speaker, speaker_entity: q.speaker_entity, count: 0 };
        s.count++;
        speakers.set(key, s);
      }
    }),
  );
  return {
    outlet,
    articles: { total: articles.total, limit: paging.limit, offset: paging.offset, items: articles.items },
    first: range.first,
    last: range.last,
    volume: vol,
    stories: {
      total: stories.total,
      limit: 20,
      offset: 0,
      items: await Promise.all(stories.items.map((s) => summarize(store, s))),
    },
    reuse: [...edges.values()].sort((a, b) => b.weight - a.weight),
    speakers: [...speakers.values()].sort((a, b) => b.count - a.count).slice(0, 20),
    sources: sources.items,
    sampled: sample.items.length,
  };
}

export interface EntityView {
  entity: Omit<EntityRecord, 'articles'> & { article_count: number };
  volume: CountBin[];
  articles: Page<ArticleSummary>;
  stories: StorySummary[];
  said: Page<QuoteRecord>;
  /** Quotes by others that name the entity, in the latest 100 articles mentioning it. */
  about: QuoteRecord[];
}

export async function entityView(
  store: Store,
  id: string,
  paging: { offset: number; limit: number },
): Promise<EntityView | null> {
  const entity = await store.getEntity(id);
  if (!entity) return null;
  const range = await dateRange(store, { entity: entity.id });
  const [articles, hits, vol] = await Promise.all([
    store.listArticles({ entity: entity.id, limit: paging.limit, offset: paging.offset }),
    store.listArticles({ entity: entity.id, limit: 100 }),
    volume(store, { entity: entity.id }, range),
  ]);
  const storyIds = [...new Set(hits.items.flatMap((a) => (a.story ? [a.story] : [])))].slice(0, 20);
  const stories = (await Promise.all(storyIds.map((s) => store.getStory(s)))).filter(
    (s): s is StoryRecord => !!s,
  );
  const names = [entity.name, ...entity.aliases].filter((n) => n.length > 2).map((n) => n.toLowerCase());
  // Quotes are read per article (indexed) rather than by speaker name (a scan of every quote in the store).
  const own: QuoteRecord[] = [];
  const about: QuoteRecord[] = [];
  const perArticle = await Promise.all(
    hits.items.map((a) => store.listQuotes({ article: a.id, limit: 200 })),
  );
  for (const { items } of perArticle) {
    for (const q of items) {
      if (q.speaker_entity === entity.id) own.push(q);
      else if (names.some((n) => q.text.toLowerCase().includes(n))) about.push(q);
    }
  }
  const { articles: ids, ...rest } = entity;
  return {
    entity: { ...rest, article_count: ids.length },
    volume: vol,
    articles: { total: articles.total, limit: paging.limit, offset: paging.offset, items: articles.items },
    stories: await Promise.all(stories.map((s) => summarize(store, s))),
    said: { total: own.length, limit: 100, offset: 0, items: own.slice(0, 100) },
    about: about.slice(0, 50),
  };
}

/**
 * How many of the newest articles the Quotes and Sources pages read when nothing narrows them: over a whole store the
 * sorted listing of quotes, or the grouping of every citation, takes a second or more for 100,000 articles.
 */
const LATEST_QUOTED = 25;
const LATEST_CITING = 500;

export interface QuotesView {
  quotes: Page<QuoteRecord>;
  /** The outlet, date and title of each listed quote's article. */
  articles: Map<string, { outlet: string | null; published: string | null; title: string | null }>;
  /** Set when no filter was given: the quotes are those of this many newest articles, unpaged. */
  latest?: number;
}

/** A page of quotes matching a search, with what the page shows of their articles; unfiltered, the newest quotes. */
export async function quotesView(store: Store, query: QuoteQuery & Required<Paging>): Promise<QuotesView> {
  const filtered = query.text || query.speaker || query.kind || query.outlet || query.story || query.article;
  if (!filtered) {
    const newest = await store.listArticles({ limit: LATEST_QUOTED });
    const perArticle = await Promise.all(
      newest.items.map((a) => store.listQuotes({ article: a.id, limit: 200 })),
    );
    const items = perArticle.flatMap((p) => p.items);
    return {
      quotes: { total: items.length, limit: items.length, offset: 0, items },
      articles: new Map(
        newest.items.map((a) => [a.id, { outlet: a.outlet, published: a.published, title: a.title }]),
      ),
      latest: newest.items.length,
    };
  }
  const page = await store.listQuotes(query);
  const articles = await quoteArticles(store, page.items);
  return {
    quotes: { total: page.total, limit: query.limit, offset: query.offset, items: page.items },
    articles,
  };
}

export interface SourcesView {
  sources: Page<CitationSourceRecord>;
  /** Set when no filter was given: the sources are counted over this many newest articles. */
  latest?: number;
}

/** Sources cited most, over the articles a filter picks; unfiltered, over the newest articles. */
export async function sourcesView(
  store: Store,
  query: CitationSourceQuery & Required<Paging>,
): Promise<SourcesView> {
  const filtered = query.kind || query.outlet || query.story;
  const newest = filtered ? null : await store.listArticles({ limit: LATEST_CITING });
  const page = await store.listCitationSources(
    newest ? { ...query, articles: newest.items.map((a) => a.id) } : query,
  );
  return {
    sources: { total: page.total, limit: query.limit, offset: query.offset, items: page.items },
    latest: newest?.items.length,
  };
}

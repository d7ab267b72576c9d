// The store's contract: what every backend (SQLite by default, PostgreSQL for teams) must provide.

import type { Analysis, Article, EntityType, QuoteKind } from '../model/index.js';

/** An article as stored: the extract output, its analysis, and where linking put it. */
export interface StoredArticle extends Article {
  story: string | null;
  analysis: Analysis | null;
  /** Ingest order, 1-based, assigned by the store. */
  seq: number;
  ingestedAt: string;
}

export interface ArticleSummary {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string | null;
  story: string | null;
  seq: number;
}

export interface StoryRecord {
  id: string;
  title: string | null;
  articles: string[];
  outlets: string[];
  first_published: string | null;
  last_published: string | null;
  /** Ids of stories merged into this one; they resolve to it. */
  absorbed: string[];
  key_entities: string[];
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  articles: string[];
}

export interface QuoteRecord {
  id: string;
  article: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speaker_entity: string | null;
  via: string | null;
  start: number;
  end: number;
}

export interface CitationRecord {
  article: string;
  /** The source as the article names it. */
  name: string;
  kind: string;
  /** The entity the source resolved to, when the text names one. */
  entity: string | null;
  start: number;
  end: number;
}

/** A source and how much the articles asked about rely on it (see Store.listCitationSources). */
export interface CitationSourceRecord {
  /** The entity's name, else the name as the first article citing it wrote it. */
  source: string;
  entity: string | null;
  kind: string;
  /** The citing outlet, when sources are counted per outlet. */
  outlet?: string | null;
  citations: number;
  articles: number;
  outlets: number;
}

export interface ReuseRecord {
  source_article: string;
  target_article: string;
  source_start: number;
  source_end: number;
  target_start: number;
  target_end: number;
  text: string;
  similarity: number;
  direction: 'forward' | 'unknown';
  whole_copy: boolean;
}

export interface ClaimRecord {
  id: string;
  text: string;
  key: string;
  articles: string[];
  outlets: string[];
  first_article: string | null;
  first_published: string | null;
  timeline: {
    article: string;
    published: string | null;
    outlet: string | null;
    start: number;
    end: number;
    text: string;
  }[];
}

export interface ReuseDocRecord {
  id: string;
  body: string;
  published: string | null;
  outlet: string | null;
}

/**
 * A saved reuse index (see src/link/reuse/snapshot.ts): named binary parts under a version that says which code wrote
 * them. The store keeps one, replaced whole in one transaction, so a crash leaves the one before.
 */
export interface ReuseSnapshotRecord {
  version: string;
  parts: { name: string; data: Uint8Array }[];
}

/**
 * What one linking step decided for a run of articles (given in publication order); written in one transaction with
 * their link batch number (the next one), which keeps the order they were linked in for a restart to replay.
 */
/** A stored claim core (Store.claimCoresAmong) and the article that stated it first (null when not recorded). */
export interface ClaimCoreSeen {
  core: string;
  article: string | null;
}

export interface LinkBatch {
  articles: string[];
  articleStories: { article: string; story: string }[];
  stories: StoryRecord[];
  /** Story ids absorbed by a merge: their articles move to the absorbing story. */
  mergedStories: { from: string; into: string }[];
  entities: Omit<EntityRecord, 'articles'>[];
  articleEntities: { article: string; entity: string; local: string }[];
  reuse: ReuseRecord[];
  /**
   * Claims created or extended. Sightings are appended (one per claim and article; one already stored is left as
   * it is), so passing a whole timeline again is harmless and passing only the new ones is enough. With `size` (the
   * members in all), `articles` lists only the members new to the store; without it, every member.
   */
  claims: (ClaimRecord & { size?: number })[];
  /**
   * Claim cores seen for the first time (one-article ones too), with that time (ms, null when undated): what lets a
   * restore skip the articles before the claim window. A core already stored keeps its first time. `article`: the
   * article that stated it first (null or absent when not known), so that a restart replaying that article again
   * (a backlog older than the window, linked last) knows the core was new there.
   */
  claimCores?: { core: string; t: number | null; article?: string | null }[];
  /**
   * Those of `stories` written with the summary (title, key entities) of an earlier sample than their articles: the
   * store keeps them listed (`staleStories`) until a batch writes them fresh, so that a run stopped before its end
   * leaves the next run a list to bring up to date. Every other story written in the batch is fresh.
   */
  staleStories?: string[];
}

export interface ArticleQuery {
  limit?: number;
  offset?: number;
  outlet?: string;
  story?: string;
  lang?: string;
  entity?: string;
  from?: string;
  to?: string;
  /** Full-text search over title and body. */
  search?: string;
}

export interface PutResult {
  inserted: string[];
  /** Already stored: same document read again, or the same clean text under another name. */
  unchanged: { id: string; duplicateOf: string }[];
}

export interface StoreStats {
  articles: number;
  outlets: number;
  stories: number;
  entities: number;
  quotes: number;
  citations: number;
  reuse: number;
  claims: number;
  unlinked: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

/** The most rows one listing returns, whatever it is asked for (the CLI's --limit and the API's limit say so). */
export const MAX_LISTING = 1000;

/** Which rows of a listing: `limit` 1 to MAX_LISTING (50 when unsaid) from `offset`. */
export interface Paging {
  limit?: number;
  offset?: number;
}

export interface StoryQuery extends Paging {
  sort?: 'size' | 'recent' | 'spread';
  outlet?: string;
  /** Stories with an article that matches this full-text search. */
  search?: string;
}

export interface EntityQuery extends Paging {
  type?: string;
  /** A text the name or an alias contains, case aside. */
  search?: string;
}

export interface QuoteQuery extends Paging {
  /** An entity id, or a text the speaker's name contains. */
  speaker?: string;
  story?: string;
  article?: string;
  /** A text the quote contains, case aside (a scan of the quotes: an analyst's query, not a page's). */
  text?: string;
  kind?: QuoteKind;
  /** Quotes in articles of this outlet. */
  outlet?: string;
}

export interface CitationQuery extends Paging {
  article?: string;
  /** Only these articles (a page's sample of an outlet's latest, say). */
  articles?: string[];
  story?: string;
  kind?: string;
  /** Articles of this outlet. */
  outlet?: string;
}

export interface CitationSourceQuery extends CitationQuery {
  /** Count each source once per citing outlet instead of once over all. */
  byOutlet?: boolean;
}

export interface ReuseQuery extends Paging {
  article?: string;
  story?: string;
}

export interface ClaimQuery extends Paging {
  story?: string;
}

/** What `Store.exportRows` gives for each table it streams. */
export interface ExportedRows {
  stories: StoryRecord;
  entities: EntityRecord;
  quotes: QuoteRecord;
  citations: CitationRecord;
  reuse: ReuseRecord;
  claims: ClaimRecord;
}

/** How `Store.iterateArticles` streams: which articles, in which order, how many a read, and which fields. */
export interface ArticleStreamOptions {
  linked?: boolean;
  order?: 'ingest' | 'published' | 'linked';
  batchSize?: number;
  fields?: 'link';
}

/** What `Store.linkedKeys` gives of a linked article. */
export interface LinkedKey {
  id: string;
  published: string | null;
  story: string | null;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores a batch in one transaction: all of it or none of it. */
  putArticles(items: { article: Article; analysis: Analysis | null }[]): Promise<PutResult>;
  /** The article with this id, or with the one id this prefix of an id begins (`ID_PREFIX`); null if none or several. */
  getArticle(id: string): Promise<StoredArticle | null>;
  /** How many article ids begin with `prefix`, and the first `limit` of them in id order. */
  articleIdsWithPrefix(prefix: string, limit: number): Promise<{ total: number; ids: string[] }>;
  listArticles(query?: ArticleQuery): Promise<{ total: number; items: ArticleSummary[] }>;
  /**
   * Streams articles in ingest order (or publication order, undated last; or link order: the order they were linked
   * in, by link batch (each `saveLinks` is one) and in publication order within a batch, the unlinked first),
   * `linked` filtering linked/unlinked ones. With `fields: 'link'` a store may leave out what the link stage never
   * reads (paragraphs, bylines, meta, messages, url, section, modified; of the analysis all but its entities and
   * sentences), so that a run rebuilds its linking state faster.
   */
  iterateArticles(options?: ArticleStreamOptions): AsyncIterable<StoredArticle>;
  /**
   * The narrow keys of every linked article (id, publication date, story), in the link order of
   * `iterateArticles({ linked: true, order: 'linked' })`, a batch at a time: read from an index alone, so that a
   * restored linker walks the whole store without reading a row, and reads whole (`readArticles`) only those it needs.
   */
  linkedKeys(options?: { batchSize?: number }): AsyncIterable<LinkedKey[]>;
  /**
   * The stored articles of `ids`, in the order asked, read as `iterateArticles` reads them with the same `fields`;
   * unknown ids are left out.
   */
  readArticles(ids: string[], options?: { fields?: 'link' }): Promise<StoredArticle[]>;
  saveLinks(batch: LinkBatch): Promise<void>;
  listStories(query?: StoryQuery): Promise<{ total: number; items: StoryRecord[] }>;
  getStory(id: string): Promise<StoryRecord | null>;
  listEntities(query?: EntityQuery): Promise<{ total: number; items: EntityRecord[] }>;
  getEntity(id: string): Promise<EntityRecord | null>;
  allEntities(): Promise<Omit<EntityRecord, 'articles'>[]>;
  listQuotes(query?: QuoteQuery): Promise<{ total: number; items: QuoteRecord[] }>;
  listCitations(query?: CitationQuery): Promise<{ total: number; items: CitationRecord[] }>;
  /**
   * The sources cited, one row per source, most cited first; with `byOutlet` one row per citing outlet and source,
   * by outlet name, the articles that name no outlet last.
   */
  listCitationSources(query?: CitationSourceQuery): Promise<{ total: number; items: CitationSourceRecord[] }>;
  listReuse(query?: ReuseQuery): Promise<{ total: number; items: ReuseRecord[] }>;
  /**
   * Every row of a table for the export, in the order of its key, a batch at a time after the last key read: linear
   * in the table's size, where listings paged by offset (and sorted for display) cost a pass over the table a page.
   */
  exportRows<T extends keyof ExportedRows>(table: T): AsyncIterable<ExportedRows[T]>;
  /** Claims that travelled furthest first: by how many outlets repeated them, then how many articles. */
  listClaims(query?: ClaimQuery): Promise<{ total: number; items: ClaimRecord[] }>;
  allClaims(): Promise<ClaimRecord[]>;
  /**
   * The claims a claim tracker still holds open at `sinceMs` (ms since 1970): those with a sighting dated then or
   * later, and those with no dated sighting at all. In id order.
   */
  openClaims(sinceMs: number): Promise<ClaimRecord[]>;
  /** The latest publication date among linked articles (null when none is dated): where a restored linker stands. */
  lastLinkedPublished(): Promise<string | null>;
  /**
   * The stories of the linked articles published on or after `day` (a date, compared as text) or undated: the only
   * stories a restored linker can still add to, so the only ones whose earlier articles it needs to know.
   */
  storiesLinkedSince(day: string): Promise<Set<string>>;
  /**
   * The stories of the last `articles` linked articles in link order (`linkedKeys`'s): what one run still held as
   * candidates whatever their dates (a backlog older than the replay horizon), until its story linker next swept.
   */
  storiesLinkedLast(articles: number): Promise<Set<string>>;
  /**
   * Those of `cores` saved with link batches (`claimCores`) first seen before `beforeMs` (undated ones left out): what
   * a restored linker looks up of the cores an article states, instead of loading every core at open.
   */
  claimCoresAmong(cores: string[], beforeMs: number): Promise<ClaimCoreSeen[]>;
  /**
   * The claims stated by any of `articles` (a member of each), in id order: what a restart replaying articles older
   * than the claim window (a backlog linked last, whose claims one run still held open) reloads for them.
   */
  claimsStatedBy(articles: string[]): Promise<ClaimRecord[]>;
  /** Whether any claim core was ever saved (a store written before they were has none). */
  hasClaimCores(): Promise<boolean>;
  /**
   * The stories whose stored summary is older than their articles (LinkBatch.staleStories), in id order: left by a
   * link run that stopped before its end, brought up to date by the next one. Empty after any run that finished.
   */
  staleStories(): Promise<string[]>;
  /**
   * The text and date of stored articles, by id, for the reuse linker, which keeps fingerprints in memory and reads
   * the bodies of the few candidates it compares from here. Unknown ids are left out; the order is not specified.
   */
  reuseDocs(ids: string[]): Promise<ReuseDocRecord[]>;
  /**
   * Replaces the saved reuse index with this one, in one transaction (a failure keeps the one before). Written by a
   * link run at its end, so that the next run loads it instead of fingerprinting every stored article again.
   */
  saveReuseSnapshot(snapshot: ReuseSnapshotRecord): Promise<void>;
  /** The saved reuse index, or null when none was saved (a new store, or one an older wiretrace wrote). */
  loadReuseSnapshot(): Promise<ReuseSnapshotRecord | null>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

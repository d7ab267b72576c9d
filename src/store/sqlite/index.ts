// The embedded default store: one SQLite file (better-sqlite3, WAL, FTS5) behind the async Store interface.

import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { type Analysis, type Article, emptyAnalysis, type Paragraph } from '../../model/index.js';
import { claimMembersToWrite } from '../claim-members.js';
import { OPEN_CLAIMS_SQL, sightingRow, sightingTime } from '../claim-sightings.js';
import { ID_PREFIX } from '../id-prefix.js';
import { sqliteMigrations } from '../migrations/sqlite.js';
import { asBuffer, snapshotOfSized, snapshotRows } from '../reuse-snapshot.js';
import {
  articleFilters,
  CLAIMS_OF_STORY,
  citationFilters,
  citationListSql,
  citationSourcesSql,
  EXPORT_BATCH,
  entityFilters,
  exportSql,
  page,
  parseJson as parse,
  QUOTE_COLUMNS,
  QUOTES_FROM,
  quoteFilters,
  reuseFilters,
  sourcesPage,
  storyOrder,
  whereClause,
} from '../sql.js';
import type {
  ArticleQuery,
  ArticleStreamOptions,
  ArticleSummary,
  CitationQuery,
  CitationRecord,
  CitationSourceQuery,
  CitationSourceRecord,
  ClaimCoreSeen,
  ClaimQuery,
  ClaimRecord,
  EntityQuery,
  EntityRecord,
  ExportedRows,
  LinkBatch,
  LinkedKey,
  PutResult,
  QuoteQuery,
  QuoteRecord,
  ReuseDocRecord,
  ReuseQuery,
  ReuseRecord,
  ReuseSnapshotRecord,
  Store,
  StoredArticle,
  StoreStats,
  StoryQuery,
  StoryRecord,
} from '../types.js';

type Row = Record<string, unknown>;

/**
 * The link batch numbers in use (`articles.linked` above 0), as a table `b(n)`: one probe of the index per batch, so
 * that a read by date within each batch starts its own range of the (linked, publication order) index.
 */
const LINK_BATCHES = `WITH RECURSIVE b(n) AS (
  SELECT min(linked) FROM articles WHERE linked > 0
  UNION ALL SELECT (SELECT min(linked) FROM articles WHERE linked > b.n) FROM b WHERE b.n IS NOT NULL)`;

const json = (value: unknown): string => JSON.stringify(value);

export const bodyHash = (article: Pick<Article, 'title' | 'body'>): string =>
  createHash('sha256')
    .update(`${article.title ?? ''}\u0000${article.body}`)
    .digest('hex')
    .slice(0, 16);

/** Turns user text into an FTS5 query of quoted terms, so that no input can be FTS syntax. */
export function ftsQuery(search: string): string | null {
  const terms = search.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"`).join(' ');
}

/**
 * Paragraphs are the body split on blank lines; storing them again would double the text. Only the heading
 * positions are kept, unless the split would not give the paragraphs back exactly.
 */
export function packParagraphs(article: Pick<Article, 'body' | 'paragraphs'>): number[] | Paragraph[] {
  const texts = article.body ? article.body.split('\n\n') : [];
  const exact =
    texts.length === article.paragraphs.length && article.paragraphs.every((p, i) => p.text === texts[i]);
  if (!exact) return article.paragraphs;
  return article.paragraphs.flatMap((p, i) => (p.kind === 'heading' ? [i] : []));
}

export function unpackParagraphs(body: string, packed: number[] | Paragraph[]): Paragraph[] {
  if (packed.length > 0 && typeof packed[0] === 'object') return packed as Paragraph[];
  const headings = new Set(packed as number[]);
  return body
    ? body.split('\n\n').map((text, i) => ({ text, kind: headings.has(i) ? 'heading' : 'paragraph' }))
    : [];
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('cache_size = -65536');
    // Used by migration 3 to give the sightings it moves the same sort key the store gives new ones.
    this.db.function('wiretrace_time', { deterministic: true }, (p) =>
      sightingTime(typeof p === 'string' ? p : null),
    );
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > sqliteMigrations.length) {
      throw new Error(
        `database ${this.path} has schema version ${version}, newer than this wiretrace knows (${sqliteMigrations.length}); upgrade wiretrace`,
      );
    }
    for (let v = version; v < sqliteMigrations.length; v++) {
      this.db.transaction(() => {
        this.db.exec(sqliteMigrations[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async putArticles(items: { article: Article; analysis: Analysis | null }[]): Promise<PutResult> {
    const byId = this.db.prepare('SELECT id FROM articles WHERE id = ?');
    const byHash = this.db.prepare('SELECT id FROM articles WHERE body_hash = ? LIMIT 1');
    const insert = this.db.prepare(`INSERT INTO articles
      (id, body_hash, source, outlet, title, published, modified, lang, url, section, bylines, body, paragraphs,
       captions, removed, meta, messages, analysis, ingested_at)
      VALUES (@id, @body_hash, @source, @outlet, @title, @published, @modified, @lang, @url, @section, @bylines,
       @body, @paragraphs, @captions, @removed, @meta, @messages, @analysis, @ingested_at)`);
    const insertQuote = this.db.prepare(`INSERT OR REPLACE INTO quotes
      (id, article, text, kind, speaker, speaker_local, via, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertCitation = this.db.prepare(
      'INSERT INTO citations (article, name, kind, local, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    const result: PutResult = { inserted: [], unchanged: [] };
    this.db.transaction(() => {
      for (const { article, analysis } of items) {
        const existing = byId.get(article.id) as Row | undefined;
        if (existing) {
          result.unchanged.push({ id: article.id, duplicateOf: article.id });
          continue;
        }
        const hash = bodyHash(article);
        const twin = article.body ? (byHash.get(hash) as Row | undefined) : undefined;
        if (twin) {
          result.unchanged.push({ id: article.id, duplicateOf: String(twin.id) });
          continue;
        }
        insert.run({
          id: article.id,
          body_hash: hash,
          source: article.source,
          outlet: article.outlet,
          title: article.title,
          published: article.published,
          modified: article.modified,
          lang: article.lang,
          url: article.url,
          section: article.section,
          bylines: json(article.bylines),
          body: article.body,
          paragraphs: json(packParagraphs(article)),
          captions: json(article.captions),
          removed: json(article.removed),
          meta: json(article.meta),
          messages: json(article.messages),
          analysis: analysis ? json(analysis) : null,
          ingested_at: now,
        });
        for (const [i, q] of (analysis?.quotes ?? []).entries()) {
          insertQuote.run(
            `${article.id}-q${i + 1}`,
            article.id,
            q.text,
            q.kind,
            q.speaker,
            q.speakerEntity,
            q.via,
            q.start,
            q.end,
          );
        }
        for (const c of analysis?.citations ?? [])
          insertCitation.run(article.id, c.name, c.kind, c.entity ?? null, c.start, c.end);
        result.inserted.push(article.id);
      }
    })();
    return result;
  }

  private toArticle(row: Row): StoredArticle {
    return {
      id: String(row.id),
      source: String(row.source),
      outlet: (row.outlet as string | null) ?? null,
      title: (row.title as string | null) ?? null,
      published: (row.published as string | null) ?? null,
      modified: (row.modified as string | null) ?? null,
      lang: (row.lang as string | null) ?? null,
      url: (row.url as string | null) ?? null,
      section: (row.section as string | null) ?? null,
      bylines: parse(row.bylines, []),
      body: String(row.body),
      // A row read without its paragraphs (LINK_COLUMNS) has none: the link stage reads the body.
      paragraphs:
        row.paragraphs === undefined ? [] : unpackParagraphs(String(row.body), parse(row.paragraphs, [])),
      captions: parse(row.captions, []),
      removed: parse(row.removed, []),
      meta: parse(row.meta, {}),
      messages: parse(row.messages, []),
      analysis: parse(row.analysis, null),
      story: (row.story as string | null) ?? null,
      seq: Number(row.seq),
      ingestedAt: String(row.ingested_at),
    };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (row) return this.toArticle(row);
    // Users may type a unique prefix of an id, as with git.
    if (ID_PREFIX.test(id)) {
      const rows = this.db
        .prepare("SELECT * FROM articles WHERE id >= ? AND id < ? || 'g' LIMIT 2")
        .all(id, id) as Row[];
      if (rows.length === 1) return this.toArticle(rows[0]);
    }
    return null;
  }

  async articleIdsWithPrefix(prefix: string, limit: number): Promise<{ total: number; ids: string[] }> {
    const range = "FROM articles WHERE id >= ? AND id < ? || 'g'";
    const total = (this.db.prepare(`SELECT count(*) AS n ${range}`).get(prefix, prefix) as Row).n as number;
    const ids = this.db
      .prepare(`SELECT id ${range} ORDER BY id LIMIT ?`)
      .all(prefix, prefix, limit)
      .map((r) => String((r as Row).id));
    return { total, ids };
  }

  async listArticles(query: ArticleQuery = {}): Promise<{ total: number; items: ArticleSummary[] }> {
    const { where, params } = articleFilters(query);
    const { limit, offset } = page(query.limit, query.offset);
    if (query.search) {
      const fts = ftsQuery(query.search);
      if (!fts) return { total: 0, items: [] };
      // A search alone is answered from the full-text index, newest ingested first: no sort of every hit.
      if (where.length === 0) return this.searchArticles(fts, limit, offset);
      where.push('a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(fts);
    }
    const clause = whereClause(where);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM articles a ${clause}`).get(...params) as Row)
      .n as number;
    const items = this.db
      .prepare(
        `SELECT a.id, a.source, a.outlet, a.title, a.published, a.lang, a.story, a.seq FROM articles a ${clause}
         ORDER BY coalesce(a.published, '') DESC, a.seq DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as ArticleSummary[];
    return { total, items };
  }

  private searchArticles(
    fts: string,
    limit: number,
    offset: number,
  ): { total: number; items: ArticleSummary[] } {
    const total = (
      this.db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(fts) as Row
    ).n as number;
    const items = this.db
      .prepare(
        `SELECT a.id, a.source, a.outlet, a.title, a.published, a.lang, a.story, a.seq
         FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?) f
         JOIN articles a ON a.seq = f.rowid ORDER BY a.seq DESC`,
      )
      .all(fts, limit, offset) as ArticleSummary[];
    return { total, items };
  }

  /**
   * What the link stage reads of an article (`fields: 'link'` of iterateArticles): the analysis is cut down in
   * SQLite, which parses its JSON faster than a JavaScript parse builds every mention, quote and citation only to
   * drop them.
   */
  private static readonly LINK_COLUMNS =
    `id, source, outlet, title, published, lang, body, captions, removed, story,
    seq, ingested_at, analysis IS NOT NULL AS analyzed, json_extract(analysis, '$.entities') AS entities,
    json_extract(analysis, '$.sentences') AS sentences`;

  /**
   * An article read with LINK_COLUMNS: the columns left out are missing from the row and read as toArticle's empty
   * values, the analysis as its entities and sentences.
   */
  private toLinkArticle(row: Row): StoredArticle {
    const analysis = row.analyzed
      ? // A key the stored analysis lacks stays missing, as a whole parse would leave it.
        ({
          ...emptyAnalysis(),
          entities: parse<Analysis['entities'] | undefined>(row.entities, undefined),
          sentences: parse<Analysis['sentences'] | undefined>(row.sentences, undefined),
        } as Analysis)
      : null;
    return { ...this.toArticle(row), analysis };
  }

  async *iterateArticles(options: ArticleStreamOptions = {}): AsyncIterable<StoredArticle> {
    const batch = options.batchSize ?? 500;
    const filter = options.linked === undefined ? '' : `AND ${options.linked ? 'linked > 0' : 'linked = 0'}`;
    const columns = options.fields === 'link' ? SqliteStore.LINK_COLUMNS : '*';
    const read = (row: Row) => (options.fields === 'link' ? this.toLinkArticle(row) : this.toArticle(row));
    if (options.order === 'linked') {
      for (const rows of this.inLinkOrder(columns, options.linked, batch))
        for (const row of rows) yield read(row);
      return;
    }
    if (options.order === 'published') {
      // Undated articles keep their ingest order after the dated ones they came with.
      let cursor: [string, number] = ['', 0];
      for (;;) {
        const rows = this.db
          .prepare(
            // The date alone starts the index range (linkedKeys says why).
            `SELECT ${columns} FROM articles
             WHERE coalesce(published, '~') >= ? AND (coalesce(published, '~'), seq) > (?, ?) ${filter}
             ORDER BY coalesce(published, '~'), seq LIMIT ?`,
          )
          .all(cursor[0], cursor[0], cursor[1], batch) as Row[];
        if (rows.length === 0) return;
        for (const row of rows) yield read(row);
        const last = rows.at(-1)!;
        cursor = [(last.published as string | null) ?? '~', Number(last.seq)];
      }
    }
    let after = 0;
    for (;;) {
      const rows = this.db
        .prepare(`SELECT ${columns} FROM articles WHERE seq > ? ${filter} ORDER BY seq LIMIT ?`)
        .all(after, batch) as Row[];
      if (rows.length === 0) return;
      for (const row of rows) yield read(row);
      after = Number(rows.at(-1)!.seq);
    }
  }

  /**
   * Rows of `columns` in link order (`linked`: the link batch, 0 for none; then publication order, undated last),
   * `size` at a time: the index (linked, coalesce(published, '~'), seq) walked one batch at a time, each page a range
   * started from its batch and date (SQLite starts no range from a row value; a range started from the batch alone
   * would walk the whole batch again for every page of it), and the next batch found by one probe of the same index.
   */
  private *inLinkOrder(columns: string, linked: boolean | undefined, size: number): Generator<Row[]> {
    const page = this.db.prepare(
      `SELECT ${columns}, linked AS link_batch, coalesce(published, '~') AS link_key, seq AS link_seq FROM articles
       WHERE linked = ? AND coalesce(published, '~') >= ? AND (coalesce(published, '~'), seq) > (?, ?)
       ORDER BY coalesce(published, '~'), seq LIMIT ?`,
    );
    const nextBatch = this.db.prepare('SELECT min(linked) FROM articles WHERE linked > ?').pluck();
    let batch = (linked ? nextBatch.get(0) : 0) as number | null;
    let cursor: [string, number] = ['', 0];
    while (batch !== null) {
      const rows = page.all(batch, cursor[0], cursor[0], cursor[1], size) as Row[];
      if (rows.length > 0) {
        yield rows;
        const last = rows.at(-1)!;
        cursor = [String(last.link_key), Number(last.link_seq)];
      }
      if (rows.length < size) {
        batch = linked === false ? null : (nextBatch.get(batch) as number | null);
        cursor = ['', 0];
      }
    }
  }

  async *linkedKeys(options: { batchSize?: number } = {}): AsyncIterable<LinkedKey[]> {
    // The link-order index holds id and story too (migration 6): the walk reads no article row.
    const size = options.batchSize ?? 4096;
    const keys: LinkedKey[] = [];
    for (const rows of this.inLinkOrder('id, story', true, size)) {
      for (const row of rows) {
        const key = String(row.link_key);
        keys.push({
          id: String(row.id),
          published: key === '~' ? null : key,
          story: (row.story as string | null) ?? null,
        });
      }
      // A page ends where its batch ends too: pages are joined, and handed on `size` at a time.
      while (keys.length >= size) yield keys.splice(0, size);
    }
    if (keys.length > 0) yield keys;
  }

  async readArticles(ids: string[], options: { fields?: 'link' } = {}): Promise<StoredArticle[]> {
    const link = options.fields === 'link';
    const read = this.db.prepare(
      `SELECT ${link ? SqliteStore.LINK_COLUMNS : '*'} FROM articles WHERE id = ?`,
    );
    return ids.flatMap((id) => {
      const row = read.get(id) as Row | undefined;
      return row ? [link ? this.toLinkArticle(row) : this.toArticle(row)] : [];
    });
  }

  async saveLinks(batch: LinkBatch): Promise<void> {
    const db = this.db;
    // An article row holds its body and analysis, and SQLite rewrites the whole row on any update: its story and
    // its linked flag are set in one statement.
    // `linked` is the number of the link batch (1 + the highest so far): a restart replays the articles in the order
    // they were linked (`iterateArticles({ order: 'linked' })`), which a backlog older than them does not keep. An
    // article linked already keeps its number.
    const setStoryLinked = db.prepare(
      'UPDATE articles SET story = ?, linked = CASE WHEN linked > 0 THEN linked ELSE ? END WHERE id = ?',
    );
    const setStory = db.prepare('UPDATE articles SET story = ? WHERE id = ?');
    const moveStory = db.prepare('UPDATE articles SET story = ? WHERE story = ?');
    const markMerged = db.prepare('UPDATE stories SET merged_into = ?, stale = 0 WHERE id = ?');
    const upsertStory =
      db.prepare(`INSERT INTO stories (id, title, outlets, first_published, last_published, absorbed, key_entities, size, stale)
      VALUES (@id, @title, @outlets, @first_published, @last_published, @absorbed, @key_entities, @size, @stale)
      ON CONFLICT(id) DO UPDATE SET title = excluded.title, outlets = excluded.outlets, first_published = excluded.first_published,
        last_published = excluded.last_published, absorbed = excluded.absorbed, key_entities = excluded.key_entities, size = excluded.size,
        merged_into = NULL, stale = excluded.stale`);
    const upsertEntity =
      db.prepare(`INSERT INTO entities (id, name, type, aliases, roles) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases, roles = excluded.roles`);
    const linkEntity = db.prepare(
      'INSERT OR REPLACE INTO article_entities (article, local, entity) VALUES (?, ?, ?)',
    );
    const insertReuse =
      db.prepare(`INSERT OR REPLACE INTO reuse (source_article, target_article, source_start, source_end,
      target_start, target_end, text, similarity, direction, whole_copy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const upsertClaim =
      db.prepare(`INSERT INTO claims (id, text, key, outlets, first_article, first_published, timeline, size)
      VALUES (@id, @text, @key, @outlets, @first_article, @first_published, '[]', @size)
      ON CONFLICT(id) DO UPDATE SET text = excluded.text, outlets = excluded.outlets, first_article = excluded.first_article,
        first_published = excluded.first_published, size = excluded.size`);
    const appendSighting =
      db.prepare(`INSERT OR IGNORE INTO claim_sightings (claim, article, published, t, outlet, start, "end", text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const claimArticle = db.prepare('INSERT OR IGNORE INTO claim_articles (claim, article) VALUES (?, ?)');
    const claimSize = db.prepare('SELECT size FROM claims WHERE id = ?');
    const claimCore = db.prepare('INSERT OR IGNORE INTO claim_cores (core, t, article) VALUES (?, ?, ?)');
    const inBatch = new Set(batch.articles);
    const stale = new Set(batch.staleStories);
    const markLinked = db.prepare('UPDATE articles SET linked = ? WHERE id = ? AND linked = 0');
    const lastBatch = db.prepare('SELECT max(linked) FROM articles').pluck();

    db.transaction(() => {
      const number = Number(lastBatch.get() ?? 0) + 1;
      const storyOf = new Map(batch.articleStories.map((a) => [a.article, a.story]));
      for (const [article, story] of storyOf)
        if (inBatch.has(article)) setStoryLinked.run(story, number, article);
        else setStory.run(story, article);
      for (const { from, into } of batch.mergedStories) {
        moveStory.run(into, from);
        markMerged.run(into, from);
      }
      for (const s of batch.stories) {
        upsertStory.run({
          id: s.id,
          title: s.title,
          outlets: json(s.outlets),
          first_published: s.first_published,
          last_published: s.last_published,
          absorbed: json(s.absorbed),
          key_entities: json(s.key_entities),
          size: s.articles.length,
          stale: stale.has(s.id) ? 1 : 0,
        });
      }
      for (const e of batch.entities) upsertEntity.run(e.id, e.name, e.type, json(e.aliases), json(e.roles));
      for (const l of batch.articleEntities) linkEntity.run(l.article, l.local, l.entity);
      for (const r of batch.reuse) {
        insertReuse.run(
          r.source_article,
          r.target_article,
          r.source_start,
          r.source_end,
          r.target_start,
          r.target_end,
          r.text,
          r.similarity,
          r.direction,
          r.whole_copy ? 1 : 0,
        );
      }
      for (const c of batch.claims) {
        const stored = c.size === undefined ? (claimSize.get(c.id) as Row | undefined) : undefined;
        const members =
          c.size === undefined
            ? claimMembersToWrite(c.articles, stored ? Number(stored.size) : undefined, inBatch)
            : c.articles;
        upsertClaim.run({
          id: c.id,
          text: c.text,
          key: c.key,
          outlets: json(c.outlets),
          first_article: c.first_article,
          first_published: c.first_published,
          size: c.size ?? c.articles.length,
        });
        for (const a of members) claimArticle.run(c.id, a);
        for (const t of c.timeline) appendSighting.run(...sightingRow(c.id, t));
      }
      for (const { core, t, article } of batch.claimCores ?? []) claimCore.run(core, t, article ?? null);
      for (const id of batch.articles) if (!storyOf.has(id)) markLinked.run(number, id);
    })();
  }

  private toStory(row: Row): StoryRecord {
    const articles = (
      this.db
        .prepare("SELECT id FROM articles WHERE story = ? ORDER BY coalesce(published, '~'), seq")
        .all(row.id) as Row[]
    ).map((r) => String(r.id));
    return {
      id: String(row.id),
      title: (row.title as string | null) ?? null,
      articles,
      outlets: parse(row.outlets, []),
      first_published: (row.first_published as string | null) ?? null,
      last_published: (row.last_published as string | null) ?? null,
      absorbed: parse(row.absorbed, []),
      key_entities: parse(row.key_entities, []),
    };
  }

  async listStories(query: StoryQuery = {}): Promise<{ total: number; items: StoryRecord[] }> {
    const where = ['merged_into IS NULL'];
    const params: unknown[] = [];
    if (query.outlet) {
      where.push('EXISTS (SELECT 1 FROM json_each(stories.outlets) WHERE value = ?)');
      params.push(query.outlet);
    }
    if (query.search) {
      const fts = ftsQuery(query.search);
      if (!fts) return { total: 0, items: [] };
      where.push(
        'id IN (SELECT story FROM articles WHERE seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))',
      );
      params.push(fts);
    }
    const order = storyOrder(query.sort, 'json_array_length(outlets)');
    const { limit, offset } = page(query.limit, query.offset);
    const clause = `WHERE ${where.join(' AND ')}`;
    const total = (this.db.prepare(`SELECT count(*) AS n FROM stories ${clause}`).get(...params) as Row)
      .n as number;
    const rows = this.db
      .prepare(`SELECT * FROM stories ${clause} ORDER BY ${order}, id LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Row[];
    return { total, items: rows.map((r) => this.toStory(r)) };
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    let row = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as Row | undefined;
    // An absorbed id keeps working: it resolves to the story that absorbed it.
    for (let hops = 0; row?.merged_into && hops < 10; hops++) {
      row = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(row.merged_into) as Row | undefined;
    }
    return row ? this.toStory(row) : null;
  }

  private toEntity(row: Row, withArticles = true): EntityRecord {
    return {
      id: String(row.id),
      name: String(row.name),
      type: row.type as EntityRecord['type'],
      aliases: parse(row.aliases, []),
      roles: parse(row.roles, []),
      articles: withArticles
        ? (
            this.db
              .prepare('SELECT DISTINCT article FROM article_entities WHERE entity = ? ORDER BY article')
              .all(row.id) as Row[]
          ).map((r) => String(r.article))
        : [],
    };
  }

  async listEntities(query: EntityQuery = {}): Promise<{ total: number; items: EntityRecord[] }> {
    const { where, params } = entityFilters(query, 'LIKE');
    const clause = whereClause(where);
    const { limit, offset } = page(query.limit, query.offset);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM entities ${clause}`).get(...params) as Row)
      .n as number;
    const rows = this.db
      .prepare(
        `SELECT e.*, (SELECT count(DISTINCT article) FROM article_entities ae WHERE ae.entity = e.id) AS n
         FROM entities e ${clause} ORDER BY n DESC, name LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as Row[];
    return { total, items: rows.map((r) => this.toEntity(r)) };
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    const row = this.db.prepare('SELECT * FROM entities WHERE id = ?').get(id) as Row | undefined;
    return row ? this.toEntity(row) : null;
  }

  async allEntities(): Promise<Omit<EntityRecord, 'articles'>[]> {
    const rows = this.db.prepare('SELECT * FROM entities ORDER BY id').all() as Row[];
    return rows.map((r) => {
      const { articles: _unused, ...entity } = this.toEntity(r, false);
      return entity;
    });
  }

  async listQuotes(query: QuoteQuery = {}): Promise<{ total: number; items: QuoteRecord[] }> {
    const isEntity =
      !!query.speaker && !!this.db.prepare('SELECT 1 FROM entities WHERE id = ?').get(query.speaker);
    const { where, params } = quoteFilters(query, isEntity);
    const clause = whereClause(where);
    const from = QUOTES_FROM;
    const { limit, offset } = page(query.limit, query.offset);
    const total = (this.db.prepare(`SELECT count(*) AS n ${from} ${clause}`).get(...params) as Row)
      .n as number;
    const items = this.db
      .prepare(
        `SELECT ${QUOTE_COLUMNS} ${from} ${clause}
         ORDER BY coalesce(a.published, '~'), a.seq, q.start, q.rowid LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as QuoteRecord[];
    return { total, items };
  }

  async listCitations(query: CitationQuery = {}): Promise<{ total: number; items: CitationRecord[] }> {
    const { params, ...sql } = citationListSql(query, 'c.rowid');
    const { limit, offset } = page(query.limit, query.offset);
    const total = (this.db.prepare(sql.count).get(...params) as Row).n as number;
    const items = this.db.prepare(sql.select).all(...params, limit, offset) as CitationRecord[];
    return { total, items };
  }

  async listCitationSources(
    query: CitationSourceQuery = {},
  ): Promise<{ total: number; items: CitationSourceRecord[] }> {
    const { where, params } = citationFilters(query);
    const sql = citationSourcesSql(query, whereClause(where));
    const { limit, offset } = page(query.limit, query.offset);
    const rows = this.db.prepare(`${sql.select} LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    const { total, items } = sourcesPage(rows, offset);
    return { total: total ?? ((this.db.prepare(sql.count).get(...params) as Row).n as number), items };
  }

  async *exportRows<T extends keyof ExportedRows>(table: T): AsyncIterable<ExportedRows[T]> {
    const { sql, key, first } = exportSql(table, 'rowid');
    const read = this.db.prepare(sql);
    for (let after = first; ; ) {
      const rows = read.all(after, EXPORT_BATCH) as Row[];
      for (const { row_key: _key, ...row } of rows) yield this.exported(table, row) as ExportedRows[T];
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1][key] as string | number;
    }
  }

  /** One row of an export table in its record shape. */
  private exported(table: keyof ExportedRows, row: Row): ExportedRows[keyof ExportedRows] {
    if (table === 'stories') return this.toStory(row);
    if (table === 'entities') return this.toEntity(row);
    if (table === 'claims') return this.toClaim(row);
    if (table === 'reuse') return { ...(row as unknown as ReuseRecord), whole_copy: row.whole_copy === 1 };
    return row as unknown as QuoteRecord | CitationRecord;
  }

  async listReuse(query: ReuseQuery = {}): Promise<{ total: number; items: ReuseRecord[] }> {
    const { where, params } = reuseFilters(query);
    const clause = whereClause(where);
    const { limit, offset } = page(query.limit, query.offset);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM reuse ${clause}`).get(...params) as Row)
      .n as number;
    const rows = this.db
      .prepare(`SELECT * FROM reuse ${clause} ORDER BY rowid LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Row[];
    return {
      total,
      items: rows.map((r) => ({ ...(r as unknown as ReuseRecord), whole_copy: r.whole_copy === 1 })),
    };
  }

  private toClaim(row: Row): ClaimRecord {
    const articles = (
      this.db
        .prepare('SELECT article FROM claim_articles WHERE claim = ? ORDER BY article')
        .all(row.id) as Row[]
    ).map((r) => String(r.article));
    return {
      id: String(row.id),
      text: String(row.text),
      key: String(row.key),
      articles,
      outlets: parse(row.outlets, []),
      first_article: (row.first_article as string | null) ?? null,
      first_published: (row.first_published as string | null) ?? null,
      timeline: this.db
        .prepare(
          `SELECT article, published, outlet, start, "end", text FROM claim_sightings WHERE claim = ?
           ORDER BY t IS NULL, t, rowid`,
        )
        .all(row.id) as ClaimRecord['timeline'],
    };
  }

  async listClaims(query: ClaimQuery = {}) {
    const clause = query.story ? CLAIMS_OF_STORY : '';
    const params = query.story ? [query.story] : [];
    const { limit, offset } = page(query.limit, query.offset);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM claims ${clause}`).get(...params) as Row)
      .n as number;
    const rows = this.db
      .prepare(
        `SELECT * FROM claims ${clause} ORDER BY json_array_length(outlets) DESC, size DESC, id LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as Row[];
    return { total, items: rows.map((r) => this.toClaim(r)) };
  }

  async reuseDocs(ids: string[]): Promise<ReuseDocRecord[]> {
    if (ids.length === 0) return [];
    const read = this.db.prepare('SELECT id, body, published, outlet FROM articles WHERE id = ?');
    return ids.flatMap((id) => {
      const row = read.get(id) as ReuseDocRecord | undefined;
      return row ? [row] : [];
    });
  }

  async saveReuseSnapshot(snapshot: ReuseSnapshotRecord): Promise<void> {
    const insert = this.db.prepare('INSERT INTO reuse_snapshot (part, chunk, data) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM reuse_snapshot').run();
      for (const row of snapshotRows(snapshot)) insert.run(row.part, row.chunk, asBuffer(row.data));
    })();
  }

  async loadReuseSnapshot(): Promise<ReuseSnapshotRecord | null> {
    // Sizes first (a blob's length is in its record header: no chunk is read for it), then the rows one at a time,
    // each copied into its part; one read transaction, so that a save in between cannot mix two snapshots.
    return this.db.transaction(() => {
      const sizes = this.db
        .prepare('SELECT part, sum(length(data)) FROM reuse_snapshot GROUP BY part')
        .raw()
        .all() as [string, number][];
      const rows = this.db.prepare('SELECT part, data FROM reuse_snapshot ORDER BY part, chunk').raw();
      return snapshotOfSized(
        new Map(sizes),
        (function* () {
          for (const [part, data] of rows.iterate() as IterableIterator<[string, Buffer]>)
            yield { part, data };
        })(),
      );
    })();
  }

  async allClaims(): Promise<ClaimRecord[]> {
    return (this.db.prepare('SELECT * FROM claims ORDER BY id').all() as Row[]).map((r) => this.toClaim(r));
  }

  async openClaims(sinceMs: number): Promise<ClaimRecord[]> {
    const rows = this.db.prepare(OPEN_CLAIMS_SQL).all(sinceMs) as Row[];
    return rows.map((r) => this.toClaim(r));
  }

  async lastLinkedPublished(): Promise<string | null> {
    // The latest date of each link batch, read backwards from its range of the index (linked, coalesce(published,
    // '~'), seq): one probe per batch, where a filter on linked > 0 would sort every linked article.
    const row = this.db
      .prepare(
        `${LINK_BATCHES} SELECT max((SELECT coalesce(published, '~') AS k FROM articles
           WHERE linked = b.n AND coalesce(published, '~') < '~' ORDER BY k DESC LIMIT 1)) AS published FROM b`,
      )
      .get() as Row | undefined;
    return (row?.published as string | null | undefined) ?? null;
  }

  async storiesLinkedSince(day: string): Promise<Set<string>> {
    // Two ranges of each link batch in the publication-order index, which holds the story too: no article row is
    // read. Undated articles sort last ('~'), ones dated '' first.
    const ids = this.db
      .prepare(
        `${LINK_BATCHES} SELECT a.story FROM b JOIN articles a ON a.linked = b.n
           WHERE coalesce(a.published, '~') >= ? AND a.story IS NOT NULL
         UNION SELECT a.story FROM b JOIN articles a ON a.linked = b.n
           WHERE coalesce(a.published, '~') = '' AND a.story IS NOT NULL`,
      )
      .pluck()
      .all(day) as string[];
    return new Set(ids);
  }

  async storiesLinkedLast(articles: number): Promise<Set<string>> {
    // The link-order index read backwards, which holds the story: no article row is read.
    const ids = this.db
      .prepare(
        `SELECT story FROM articles INDEXED BY articles_publication_order WHERE linked > 0
         ORDER BY linked DESC, coalesce(published, '~') DESC, seq DESC LIMIT ?`,
      )
      .pluck()
      .all(articles) as (string | null)[];
    return new Set(ids.filter((id) => id !== null));
  }

  async claimCoresAmong(cores: string[], beforeMs: number): Promise<ClaimCoreSeen[]> {
    // One primary-key probe per core: a batch states a few thousand at most, most of them found in memory already.
    const read = this.db.prepare('SELECT core, article FROM claim_cores WHERE core = ? AND t < ?');
    return cores.flatMap((core) => {
      const row = read.get(core, beforeMs) as Row | undefined;
      return row ? [{ core, article: row.article === null ? null : String(row.article) }] : [];
    });
  }

  async claimsStatedBy(articles: string[]): Promise<ClaimRecord[]> {
    // Through the members' article index, a chunk of ids at a time (SQLite bounds the parameters of a statement).
    const ids = new Set<string>();
    for (let i = 0; i < articles.length; i += 500) {
      const chunk = articles.slice(i, i + 500);
      const sql = `SELECT DISTINCT claim FROM claim_articles WHERE article IN (${chunk.map(() => '?').join(', ')})`;
      for (const id of this.db
        .prepare(sql)
        .pluck()
        .all(...chunk) as string[])
        ids.add(id);
    }
    const read = this.db.prepare('SELECT * FROM claims WHERE id = ?');
    return [...ids].sort().flatMap((id) => {
      const row = read.get(id) as Row | undefined;
      return row ? [this.toClaim(row)] : [];
    });
  }

  async hasClaimCores(): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM claim_cores LIMIT 1').get() !== undefined;
  }

  async staleStories(): Promise<string[]> {
    // The partial index of stale stories (migration 7): the stories table is not scanned.
    return this.db.prepare('SELECT id FROM stories WHERE stale = 1 ORDER BY id').pluck().all() as string[];
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => this.db.prepare(sql).get() as Row;
    // One indexed query per figure: a single combined aggregate would scan every article row.
    const a = {
      n: one('SELECT count(*) AS n FROM articles').n,
      o: one('SELECT count(*) AS n FROM (SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL)').n,
      f: one('SELECT min(published) AS v FROM articles').v,
      l: one('SELECT max(published) AS v FROM articles').v,
      u: one('SELECT count(*) AS n FROM articles WHERE linked = 0').n,
    };
    const n = (table: string) => (one(`SELECT count(*) AS n FROM ${table}`).n as number) ?? 0;
    return {
      articles: a.n as number,
      outlets: a.o as number,
      stories: one('SELECT count(*) AS n FROM stories WHERE merged_into IS NULL').n as number,
      entities: n('entities'),
      quotes: n('quotes'),
      citations: n('citations'),
      reuse: n('reuse'),
      claims: n('claims'),
      unlinked: (a.u as number) ?? 0,
      firstPublished: (a.f as string | null) ?? null,
      lastPublished: (a.l as string | null) ?? null,
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

// The shared store for teams: PostgreSQL (pg) behind the same async Store interface as SQLite, tsvector full-text search.

import pg from 'pg';
import type { Analysis, Article } from '../../model/index.js';
import { claimMembersToWrite } from '../claim-members.js';
import { OPEN_CLAIMS_SQL, sightingRow } from '../claim-sightings.js';
import { ID_PREFIX } from '../id-prefix.js';
import { postgresMigrations } from '../migrations/postgres.js';
import {
  asBuffer,
  SNAPSHOT_ROWS_PER_INSERT,
  type SnapshotRow,
  snapshotOf,
  snapshotRows,
} from '../reuse-snapshot.js';
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
import { bodyHash, ftsQuery } from '../sqlite/index.js';
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
type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

const json = (value: unknown): string => JSON.stringify(value);
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** Writes SQL with `?` placeholders (as the SQLite store does) and numbers them for pg. */
export const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Any one wiretrace process migrating at a time; the key is arbitrary but fixed. */
const MIGRATION_LOCK = 7_310_420_001;

/** The words of a search as a tsquery source: the same terms FTS5 gets, so both backends find the same. */
export const tsQueryText = (search: string): string | null => {
  const fts = ftsQuery(search);
  return fts ? fts.replace(/"/g, '').toLowerCase() : null;
};

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, migrates the schema to the newest version, and returns the store. */
  static async connect(url: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4 });
    // An idle client losing its server must not crash the process; the next query reports it instead.
    pool.on('error', () => {});
    const store = new PostgresStore(pool);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (db) => {
      await db.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await db.query('CREATE TABLE IF NOT EXISTS wiretrace_schema (version INTEGER NOT NULL)');
      const rows = (await db.query('SELECT version FROM wiretrace_schema')).rows as Row[];
      if (rows.length === 0) await db.query('INSERT INTO wiretrace_schema (version) VALUES (0)');
      const version = rows.length ? Number(rows[0].version) : 0;
      if (version > postgresMigrations.length) {
        throw new Error(
          `database has schema version ${version}, newer than this wiretrace knows (${postgresMigrations.length}); upgrade wiretrace`,
        );
      }
      for (let v = version; v < postgresMigrations.length; v++) {
        await db.query(postgresMigrations[v]);
        await db.query('UPDATE wiretrace_schema SET version = $1', [v + 1]);
      }
    });
  }

  /** Runs fn in one transaction on one connection: all of it or none of it. */
  private async transaction<T>(fn: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async all(sql: string, params: unknown[] = [], db: Queryable = this.pool): Promise<Row[]> {
    return (await db.query(numbered(sql), params)).rows as Row[];
  }

  private async one(
    sql: string,
    params: unknown[] = [],
    db: Queryable = this.pool,
  ): Promise<Row | undefined> {
    return (await this.all(sql, params, db))[0];
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    return Number((await this.one(sql, params))?.n ?? 0);
  }

  async putArticles(items: { article: Article; analysis: Analysis | null }[]): Promise<PutResult> {
    const now = new Date().toISOString();
    if (items.length === 0) return { inserted: [], unchanged: [] };
    return this.transaction(async (db) => {
      const hashes = items.map(({ article }) => bodyHash(article));
      // Two writers storing twins at once must not both win: the batch's hashes are locked until commit,
      // in one fixed order so that two batches sharing hashes wait for each other instead of deadlocking.
      await db.query(
        'SELECT count(pg_advisory_xact_lock(hashtextextended(h, 0))) FROM (SELECT DISTINCT unnest($1::text[]) AS h ORDER BY 1) s',
        [hashes],
      );
      const ids = items.map(({ article }) => article.id);
      const known = new Set(
        (await db.query('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids])).rows.map((r) =>
          String(r.id),
        ),
      );
      const twins = new Map<string, string>(
        (
          await db.query(
            `SELECT h AS body_hash, t.id FROM unnest($1::text[]) AS h,
               LATERAL (SELECT id FROM article_rows WHERE body_hash = h ORDER BY seq LIMIT 1) t`,
            [hashes],
          )
        ).rows.map((r) => [String(r.body_hash), String(r.id)]),
      );
      // The same decisions, in the same order, as SQLite's row-by-row checks (earlier items of the batch count).
      const result: PutResult = { inserted: [], unchanged: [] };
      const fresh: { article: Article; analysis: Analysis | null; hash: string }[] = [];
      items.forEach(({ article, analysis }, i) => {
        if (known.has(article.id)) {
          result.unchanged.push({ id: article.id, duplicateOf: article.id });
          return;
        }
        const twin = article.body ? twins.get(hashes[i]) : undefined;
        if (twin) {
          result.unchanged.push({ id: article.id, duplicateOf: twin });
          return;
        }
        known.add(article.id);
        if (article.body) twins.set(hashes[i], article.id);
        fresh.push({ article, analysis, hash: hashes[i] });
      });
      if (fresh.length === 0) return result;

      const columns = (pick: (x: (typeof fresh)[number]) => unknown[]) => {
        const rows = fresh.map(pick);
        return rows[0].map((_, c) => rows.map((r) => r[c]));
      };
      const inserted = await db.query(
        `WITH stored AS (INSERT INTO article_rows (id, body_hash, source, outlet, title, published, modified, lang, url,
           section, bylines, body, paragraphs, captions, removed, meta, messages, analysis, ingested_at)
         SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19
         FROM unnest(${Array.from({ length: 19 }, (_, i) => `$${i + 1}::text[]`).join(', ')})
           WITH ORDINALITY AS v(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, n)
         ORDER BY n
         ON CONFLICT (id) DO NOTHING RETURNING id, seq, published)
         INSERT INTO article_links (id, seq, published_key) SELECT id, seq, coalesce(published, '~') FROM stored
         RETURNING id`,
        columns(({ article: a, analysis, hash }) => [
          a.id,
          hash,
          a.source,
          a.outlet,
          a.title,
          a.published,
          a.modified,
          a.lang,
          a.url,
          a.section,
          json(a.bylines),
          a.body,
          json(a.paragraphs),
          json(a.captions),
          json(a.removed),
          json(a.meta),
          json(a.messages),
          analysis ? json(analysis) : null,
          now,
        ]),
      );
      const stored = new Set(inserted.rows.map((r) => String(r.id)));
      const quotes: unknown[][] = [];
      const citations: unknown[][] = [];
      for (const { article, analysis } of fresh) {
        if (!stored.has(article.id)) {
          // Another writer stored the same id between our check and our insert.
          result.unchanged.push({ id: article.id, duplicateOf: article.id });
          continue;
        }
        result.inserted.push(article.id);
        for (const [i, q] of (analysis?.quotes ?? []).entries())
          quotes.push([
            `${article.id}-q${i + 1}`,
            article.id,
            q.text,
            q.kind,
            q.speaker,
            q.speakerEntity,
            q.via,
            q.start,
            q.end,
          ]);
        for (const c of analysis?.citations ?? [])
          citations.push([article.id, c.name, c.kind, c.entity ?? null, c.start, c.end]);
      }
      const transpose = (rows: unknown[][]) => rows[0].map((_, c) => rows.map((r) => r[c]));
      if (quotes.length) {
        await db.query(
          `INSERT INTO quotes (id, article, text, kind, speaker, speaker_local, via, start, "end")
           SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],
             $5::text[], $6::text[], $7::text[], $8::int[], $9::int[]) WITH ORDINALITY AS v(c1, c2, c3, c4, c5, c6, c7, c8, c9, n)
           ORDER BY n
           ON CONFLICT (id) DO UPDATE SET article = excluded.article, text = excluded.text, kind = excluded.kind,
             speaker = excluded.speaker, speaker_local = excluded.speaker_local, via = excluded.via,
             start = excluded.start, "end" = excluded."end", rid = nextval('quotes_rid')`,
          transpose(quotes),
        );
      }
      if (citations.length) {
        await db.query(
          `INSERT INTO citations (article, name, kind, local, start, "end")
           SELECT c1, c2, c3, c4, c5, c6 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[],
             $6::int[]) WITH ORDINALITY AS v(c1, c2, c3, c4, c5, c6, n) ORDER BY n`,
          transpose(citations),
        );
      }
      return result;
    });
  }

  private toArticle(row: Row): StoredArticle {
    return {
      id: String(row.id),
      source: String(row.source),
      outlet: str(row.outlet),
      title: str(row.title),
      published: str(row.published),
      modified: str(row.modified),
      lang: str(row.lang),
      url: str(row.url),
      section: str(row.section),
      bylines: parse(row.bylines, []),
      body: String(row.body),
      paragraphs: parse(row.paragraphs, []),
      captions: parse(row.captions, []),
      removed: parse(row.removed, []),
      meta: parse(row.meta, {}),
      messages: parse(row.messages, []),
      analysis: parse(row.analysis, null),
      story: str(row.story),
      seq: Number(row.seq),
      ingestedAt: String(row.ingested_at),
    };
  }

  /** Every article column but the tsvector, which nobody outside the database needs. */
  private static readonly ARTICLE_COLUMNS =
    `seq, id, source, outlet, title, published, modified, lang, url, section,
    bylines, body, paragraphs, captions, removed, meta, messages, analysis, story, ingested_at`;

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = await this.one(`SELECT ${PostgresStore.ARTICLE_COLUMNS} FROM articles WHERE id = ?`, [id]);
    if (row) return this.toArticle(row);
    // Users may type a unique prefix of an id, as with git.
    if (ID_PREFIX.test(id)) {
      const rows = await this.all(
        `SELECT ${PostgresStore.ARTICLE_COLUMNS} FROM articles WHERE id >= ? AND id < ? || 'g' LIMIT 2`,
        [id, id],
      );
      if (rows.length === 1) return this.toArticle(rows[0]);
    }
    return null;
  }

  async articleIdsWithPrefix(prefix: string, limit: number): Promise<{ total: number; ids: string[] }> {
    const range = "FROM articles WHERE id >= ? AND id < ? || 'g'";
    const total = await this.count(`SELECT count(*) AS n ${range}`, [prefix, prefix]);
    const rows = await this.all(`SELECT id ${range} ORDER BY id LIMIT ?`, [prefix, prefix, limit]);
    return { total, ids: rows.map((r) => String(r.id)) };
  }

  async listArticles(query: ArticleQuery = {}): Promise<{ total: number; items: ArticleSummary[] }> {
    const { where, params } = articleFilters(query);
    if (query.search) {
      const ts = tsQueryText(query.search);
      if (!ts) return { total: 0, items: [] };
      where.push("a.fts @@ plainto_tsquery('simple', ?)");
      params.push(ts);
    }
    const clause = whereClause(where);
    const { limit, offset } = page(query.limit, query.offset);
    const total = await this.count(`SELECT count(*) AS n FROM articles a ${clause}`, params);
    // As in SQLite: a search alone lists the newest ingested first (no sort of every hit by date).
    const order =
      query.search && where.length === 1 ? 'a.seq DESC' : "coalesce(a.published, '') DESC, a.seq DESC";
    const rows = await this.all(
      `SELECT a.id, a.source, a.outlet, a.title, a.published, a.lang, a.story, a.seq FROM articles a ${clause}
       ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total, items: rows.map((r) => ({ ...(r as unknown as ArticleSummary), seq: Number(r.seq) })) };
  }

  async *iterateArticles(
    // `fields: 'link'` is read as a whole article: what the link stage reads is all there.
    options: ArticleStreamOptions = {},
  ): AsyncIterable<StoredArticle> {
    const batch = options.batchSize ?? 500;
    // Undated articles keep their ingest order after the dated ones they came with.
    const published = options.order === 'published';
    const linkOrder = options.order === 'linked';
    const order = linkOrder
      ? "linked, coalesce(published, '~'), seq"
      : published
        ? "coalesce(published, '~'), seq"
        : 'seq';
    const which = options.linked === undefined ? '' : options.linked ? 'linked > 0 AND' : 'linked = 0 AND';
    let page: string;
    if (options.linked === false || linkOrder) {
      // The few unlinked articles among a million linked ones come by the partial indexes of article_links; the
      // linked ones in link order by its (linked, published_key, seq) index (migration 8).
      const after = linkOrder
        ? '(linked, published_key, seq) > (?, ?, ?)'
        : published
          ? '(published_key, seq) > (?, ?)'
          : 'seq > ?';
      const linksOrder = linkOrder ? 'linked, published_key, seq' : published ? 'published_key, seq' : 'seq';
      page = `id IN (SELECT id FROM article_links WHERE ${which} ${after} ORDER BY ${linksOrder} LIMIT ?)
        ORDER BY ${order}`;
    } else {
      const after = published ? "(coalesce(published, '~'), seq) > (?, ?)" : 'seq > ?';
      page = `${after} ${options.linked ? 'AND linked > 0' : ''} ORDER BY ${order} LIMIT ?`;
    }
    let cursor: unknown[] = linkOrder ? [0, '', 0] : published ? ['', 0] : [0];
    for (;;) {
      const rows = await this.all(
        `SELECT ${PostgresStore.ARTICLE_COLUMNS}${linkOrder ? ', linked' : ''} FROM articles WHERE ${page}`,
        [...cursor, batch],
      );
      if (rows.length === 0) return;
      for (const row of rows) yield this.toArticle(row);
      const last = rows.at(-1)!;
      const key = str(last.published) ?? '~';
      cursor = linkOrder
        ? [Number(last.linked), key, Number(last.seq)]
        : published
          ? [key, Number(last.seq)]
          : [Number(last.seq)];
    }
  }

  async *linkedKeys(options: { batchSize?: number } = {}): AsyncIterable<LinkedKey[]> {
    // The narrow link rows alone, through their link-order index (migration 8); published_key is
    // coalesce(published, '~').
    const batch = options.batchSize ?? 4096;
    let cursor: [number, string, number] = [0, '', 0];
    for (;;) {
      const rows = await this.all(
        `SELECT id, linked, published_key, seq, story FROM article_links
         WHERE linked > 0 AND (linked, published_key, seq) > (?, ?, ?)
         ORDER BY linked, published_key, seq LIMIT ?`,
        [...cursor, batch],
      );
      if (rows.length === 0) return;
      yield rows.map((r) => ({
        id: String(r.id),
        published: r.published_key === '~' ? null : String(r.published_key),
        story: str(r.story),
      }));
      const last = rows.at(-1)!;
      cursor = [Number(last.linked), String(last.published_key), Number(last.seq)];
    }
  }

  async readArticles(ids: string[]): Promise<StoredArticle[]> {
    // Whole articles whatever the fields asked, as iterateArticles reads them.
    if (ids.length === 0) return [];
    const rows = await this.all(
      `SELECT ${PostgresStore.ARTICLE_COLUMNS} FROM articles WHERE id = ANY(?::text[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [String(row.id), row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [this.toArticle(row)] : [];
    });
  }

  async saveLinks(batch: LinkBatch): Promise<void> {
    const inBatch = new Set(batch.articles);
    const stale = new Set(batch.staleStories);
    await this.transaction(async (db) => {
      // Row-by-row SQLite statements become one statement per kind of row. Where SQLite would overwrite a
      // row written earlier in the same batch, only the last version is sent (the outcome is the same).
      const lastBy = <T>(rows: T[], key: (row: T) => string): T[] => [
        ...new Map(rows.map((row) => [key(row), row])).values(),
      ];
      const bulk = async (sql: string, types: string[], rows: unknown[][]) => {
        if (rows.length === 0) return;
        const params = types.map((_, c) => rows.map((r) => r[c]));
        const list = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
        const names = types.map((_, i) => `c${i + 1}`).join(', ');
        await db.query(
          sql.replace(
            '$ROWS',
            `SELECT ${names} FROM unnest(${list}) WITH ORDINALITY AS v(${names}, n) ORDER BY n`,
          ),
          params,
        );
      };

      // Story and linked flag in one write to the narrow article_links rows (schema version 3 says why they are
      // not columns of the article row).
      // `linked` is the number of the link batch (1 + the highest so far): a restart replays the articles in the
      // order they were linked (linkedKeys), which a backlog older than them does not keep. An article linked already
      // keeps its number. Two transactions may take the same number only when they link different articles at once
      // (language partitions, each under its own lock), and each partition replays only its own.
      const { rows: numbered } = await db.query(
        'SELECT coalesce(max(linked), 0) + 1 AS n FROM article_links WHERE linked > 0',
      );
      const number = Number(numbered[0].n);
      const storyOf = new Map(batch.articleStories.map((a) => [a.article, a.story]));
      const touched = new Set([...storyOf.keys(), ...inBatch]);
      await bulk(
        `UPDATE article_links l SET story = coalesce(v.c2, l.story),
           linked = CASE WHEN l.linked > 0 THEN l.linked WHEN v.c3 THEN ${number} ELSE 0 END
         FROM ($ROWS) v WHERE l.id = v.c1`,
        ['text', 'text', 'bool'],
        [...touched].map((id) => [id, storyOf.get(id) ?? null, inBatch.has(id)]),
      );
      // Merges chain (a into b, then b into c): in order, one at a time; there are few.
      for (const { from, into } of batch.mergedStories) {
        await db.query('UPDATE article_links SET story = $1 WHERE story = $2', [into, from]);
        await db.query('UPDATE stories SET merged_into = $1, stale = false WHERE id = $2', [into, from]);
      }
      await bulk(
        `INSERT INTO stories (id, title, outlets, first_published, last_published, absorbed, key_entities, size, stale) $ROWS
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlets = excluded.outlets,
           first_published = excluded.first_published, last_published = excluded.last_published,
           absorbed = excluded.absorbed, key_entities = excluded.key_entities, size = excluded.size, merged_into = NULL,
           stale = excluded.stale`,
        ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'bool'],
        lastBy(batch.stories, (s) => s.id).map((s) => [
          s.id,
          s.title,
          json(s.outlets),
          s.first_published,
          s.last_published,
          json(s.absorbed),
          json(s.key_entities),
          s.articles.length,
          stale.has(s.id),
        ]),
      );
      await bulk(
        `INSERT INTO entities (id, name, type, aliases, roles) $ROWS
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
           roles = excluded.roles`,
        ['text', 'text', 'text', 'text', 'text'],
        lastBy(batch.entities, (e) => e.id).map((e) => [
          e.id,
          e.name,
          e.type,
          json(e.aliases),
          json(e.roles),
        ]),
      );
      await bulk(
        `INSERT INTO article_entities (article, local, entity) $ROWS
         ON CONFLICT (article, local) DO UPDATE SET entity = excluded.entity`,
        ['text', 'text', 'text'],
        lastBy(batch.articleEntities, (l) => `${l.article}\u0000${l.local}`).map((l) => [
          l.article,
          l.local,
          l.entity,
        ]),
      );
      // SQLite's INSERT OR REPLACE gives a replaced row a new rowid; a new rid keeps the same listing order.
      await bulk(
        `INSERT INTO reuse (source_article, target_article, source_start, source_end, target_start, target_end, text,
           similarity, direction, whole_copy) $ROWS
         ON CONFLICT (source_article, target_article, source_start, target_start) DO UPDATE SET
           source_end = excluded.source_end, target_end = excluded.target_end, text = excluded.text,
           similarity = excluded.similarity, direction = excluded.direction, whole_copy = excluded.whole_copy,
           rid = nextval('reuse_rid')`,
        ['text', 'text', 'int', 'int', 'int', 'int', 'text', 'float8', 'text', 'bool'],
        lastBy(
          batch.reuse,
          (r) => `${r.source_article}\u0000${r.target_article}\u0000${r.source_start}\u0000${r.target_start}`,
        ).map((r) => [
          r.source_article,
          r.target_article,
          r.source_start,
          r.source_end,
          r.target_start,
          r.target_end,
          r.text,
          r.similarity,
          r.direction,
          r.whole_copy,
        ]),
      );
      const claims = lastBy(batch.claims, (c) => c.id);
      const storedSizes = new Map<string, number>();
      if (claims.length) {
        const found = await db.query('SELECT id, size FROM claims WHERE id = ANY($1::text[])', [
          claims.filter((c) => c.size === undefined).map((c) => c.id),
        ]);
        for (const r of found.rows) storedSizes.set(String(r.id), Number(r.size));
      }
      await bulk(
        `INSERT INTO claims (id, text, key, outlets, first_article, first_published, timeline, size)
         SELECT c1, c2, c3, c4, c5, c6, '[]', c7 FROM ($ROWS) v
         ON CONFLICT (id) DO UPDATE SET text = excluded.text, outlets = excluded.outlets,
           first_article = excluded.first_article, first_published = excluded.first_published, size = excluded.size`,
        ['text', 'text', 'text', 'text', 'text', 'text', 'int'],
        claims.map((c) => [
          c.id,
          c.text,
          c.key,
          json(c.outlets),
          c.first_article,
          c.first_published,
          c.size ?? c.articles.length,
        ]),
      );
      await bulk(
        `INSERT INTO claim_sightings (claim, article, published, t, outlet, start, "end", text) $ROWS
         ON CONFLICT DO NOTHING`,
        ['text', 'text', 'text', 'float8', 'text', 'int', 'int', 'text'],
        claims.flatMap((c) => c.timeline.map((t) => [...sightingRow(c.id, t)])),
      );
      await bulk(
        'INSERT INTO claim_articles (claim, article) $ROWS ON CONFLICT DO NOTHING',
        ['text', 'text'],
        claims.flatMap((c) =>
          (c.size === undefined
            ? claimMembersToWrite(c.articles, storedSizes.get(c.id), inBatch)
            : c.articles
          ).map((a) => [c.id, a]),
        ),
      );
      await bulk(
        'INSERT INTO claim_cores (core, t, article) $ROWS ON CONFLICT DO NOTHING',
        ['text', 'float8', 'text'],
        lastBy(batch.claimCores ?? [], (c) => c.core).map((c) => [c.core, c.t, c.article ?? null]),
      );
    });
  }

  /** Children of many parents in one query (instead of one query per parent), grouped in the query's order. */
  private async childrenOf(sql: string, parents: unknown[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (parents.length === 0) return map;
    for (const r of await this.all(sql, [parents.map(String)])) {
      const key = String(r.parent);
      const list = map.get(key) ?? [];
      list.push(String(r.child));
      map.set(key, list);
    }
    return map;
  }

  private async toStories(rows: Row[]): Promise<StoryRecord[]> {
    const articles = await this.childrenOf(
      "SELECT story AS parent, id AS child FROM articles WHERE story = ANY(?::text[]) ORDER BY story, coalesce(published, '~'), seq",
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      id: String(row.id),
      title: str(row.title),
      articles: articles.get(String(row.id)) ?? [],
      outlets: parse(row.outlets, []),
      first_published: str(row.first_published),
      last_published: str(row.last_published),
      absorbed: parse(row.absorbed, []),
      key_entities: parse(row.key_entities, []),
    }));
  }

  private async toEntities(rows: Row[], withArticles = true): Promise<EntityRecord[]> {
    const articles = withArticles
      ? await this.childrenOf(
          'SELECT DISTINCT entity AS parent, article AS child FROM article_entities WHERE entity = ANY(?::text[]) ORDER BY entity, article',
          rows.map((r) => r.id),
        )
      : new Map<string, string[]>();
    return rows.map((row) => ({
      id: String(row.id),
      name: String(row.name),
      type: row.type as EntityRecord['type'],
      aliases: parse(row.aliases, []),
      roles: parse(row.roles, []),
      articles: articles.get(String(row.id)) ?? [],
    }));
  }

  private async toClaims(rows: Row[]): Promise<ClaimRecord[]> {
    const articles = await this.childrenOf(
      'SELECT claim AS parent, article AS child FROM claim_articles WHERE claim = ANY(?::text[]) ORDER BY claim, article',
      rows.map((r) => r.id),
    );
    const timelines = new Map<string, ClaimRecord['timeline']>();
    if (rows.length > 0) {
      const sightings = await this.all(
        `SELECT claim, article, published, outlet, start, "end", text FROM claim_sightings
         WHERE claim = ANY(?::text[]) ORDER BY claim, t NULLS LAST, seq`,
        [rows.map((r) => String(r.id))],
      );
      for (const r of sightings) {
        const claim = String(r.claim);
        const list = timelines.get(claim) ?? [];
        list.push({
          article: String(r.article),
          published: str(r.published),
          outlet: str(r.outlet),
          start: Number(r.start),
          end: Number(r.end),
          text: String(r.text),
        });
        timelines.set(claim, list);
      }
    }
    return rows.map((row) => ({
      id: String(row.id),
      text: String(row.text),
      key: String(row.key),
      articles: articles.get(String(row.id)) ?? [],
      outlets: parse(row.outlets, []),
      first_article: str(row.first_article),
      first_published: str(row.first_published),
      timeline: timelines.get(String(row.id)) ?? [],
    }));
  }

  async listStories(query: StoryQuery = {}): Promise<{ total: number; items: StoryRecord[] }> {
    const where = ['merged_into IS NULL'];
    const params: unknown[] = [];
    if (query.outlet) {
      where.push('jsonb_exists(stories.outlets::jsonb, ?)');
      params.push(query.outlet);
    }
    if (query.search) {
      const ts = tsQueryText(query.search);
      if (!ts) return { total: 0, items: [] };
      where.push("id IN (SELECT story FROM articles WHERE fts @@ plainto_tsquery('simple', ?))");
      params.push(ts);
    }
    const order = storyOrder(query.sort, 'json_array_length(outlets::json)');
    const { limit, offset } = page(query.limit, query.offset);
    const clause = `WHERE ${where.join(' AND ')}`;
    const total = await this.count(`SELECT count(*) AS n FROM stories ${clause}`, params);
    const rows = await this.all(`SELECT * FROM stories ${clause} ORDER BY ${order}, id LIMIT ? OFFSET ?`, [
      ...params,
      limit,
      offset,
    ]);
    return { total, items: await this.toStories(rows) };
  }

  async getStory(id: string): Promise<StoryRecord | null> {
    let row = await this.one('SELECT * FROM stories WHERE id = ?', [id]);
    // An absorbed id keeps working: it resolves to the story that absorbed it.
    for (let hops = 0; row?.merged_into && hops < 10; hops++) {
      row = await this.one('SELECT * FROM stories WHERE id = ?', [row.merged_into]);
    }
    return row ? (await this.toStories([row]))[0] : null;
  }

  async listEntities(query: EntityQuery = {}): Promise<{ total: number; items: EntityRecord[] }> {
    // ILIKE: SQLite's LIKE ignores case too.
    const { where, params } = entityFilters(query, 'ILIKE');
    const clause = whereClause(where);
    const { limit, offset } = page(query.limit, query.offset);
    const total = await this.count(`SELECT count(*) AS n FROM entities ${clause}`, params);
    const rows = await this.all(
      `SELECT e.*, (SELECT count(DISTINCT article) FROM article_entities ae WHERE ae.entity = e.id) AS n
       FROM entities e ${clause} ORDER BY n DESC, name, rid LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total, items: await this.toEntities(rows) };
  }

  async getEntity(id: string): Promise<EntityRecord | null> {
    const row = await this.one('SELECT * FROM entities WHERE id = ?', [id]);
    return row ? (await this.toEntities([row]))[0] : null;
  }

  async allEntities(): Promise<Omit<EntityRecord, 'articles'>[]> {
    const rows = await this.all('SELECT * FROM entities ORDER BY id');
    return (await this.toEntities(rows, false)).map(({ articles: _unused, ...entity }) => entity);
  }

  async listQuotes(query: QuoteQuery = {}): Promise<{ total: number; items: QuoteRecord[] }> {
    const isEntity =
      !!query.speaker && !!(await this.one('SELECT 1 AS x FROM entities WHERE id = ?', [query.speaker]));
    const { where, params } = quoteFilters(query, isEntity);
    const clause = whereClause(where);
    const from = QUOTES_FROM;
    const { limit, offset } = page(query.limit, query.offset);
    const total = await this.count(`SELECT count(*) AS n ${from} ${clause}`, params);
    const items = (await this.all(
      `SELECT ${QUOTE_COLUMNS} ${from} ${clause}
       ORDER BY coalesce(a.published, '~'), a.seq, q.start, q.rid LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    )) as unknown as QuoteRecord[];
    return { total, items };
  }

  async listCitations(query: CitationQuery = {}): Promise<{ total: number; items: CitationRecord[] }> {
    const { params, ...sql } = citationListSql(query, 'c.rid');
    const { limit, offset } = page(query.limit, query.offset);
    const total = await this.count(sql.count, params);
    const items = (await this.all(sql.select, [...params, limit, offset])) as unknown as CitationRecord[];
    return { total, items };
  }

  async listCitationSources(
    query: CitationSourceQuery = {},
  ): Promise<{ total: number; items: CitationSourceRecord[] }> {
    const { where, params } = citationFilters(query);
    const sql = citationSourcesSql(query, whereClause(where));
    const { limit, offset } = page(query.limit, query.offset);
    const rows = await this.all(`${sql.select} LIMIT ? OFFSET ?`, [...params, limit, offset]);
    const { total, items } = sourcesPage(rows, offset);
    return { total: total ?? (await this.count(sql.count, params)), items };
  }

  async *exportRows<T extends keyof ExportedRows>(table: T): AsyncIterable<ExportedRows[T]> {
    const { sql, key, first } = exportSql(table, 'rid');
    for (let after: unknown = first; ; ) {
      const rows = await this.all(sql, [after, EXPORT_BATCH]);
      const bare = rows.map(({ row_key: _key, ...row }) => row);
      yield* (await this.exported(table, bare)) as ExportedRows[T][];
      if (rows.length < EXPORT_BATCH) return;
      after = rows[rows.length - 1][key];
    }
  }

  /** A batch of an export table's rows in their record shape. */
  private async exported(
    table: keyof ExportedRows,
    rows: Row[],
  ): Promise<ExportedRows[keyof ExportedRows][]> {
    if (table === 'stories') return this.toStories(rows);
    if (table === 'entities') return this.toEntities(rows);
    if (table === 'claims') return this.toClaims(rows);
    return rows as unknown as (QuoteRecord | CitationRecord | ReuseRecord)[];
  }

  async listReuse(query: ReuseQuery = {}): Promise<{ total: number; items: ReuseRecord[] }> {
    const { where, params } = reuseFilters(query);
    const clause = whereClause(where);
    const { limit, offset } = page(query.limit, query.offset);
    const total = await this.count(`SELECT count(*) AS n FROM reuse ${clause}`, params);
    const items = (await this.all(
      `SELECT source_article, target_article, source_start, source_end, target_start, target_end, text, similarity,
         direction, whole_copy FROM reuse ${clause} ORDER BY rid LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    )) as unknown as ReuseRecord[];
    return { total, items };
  }

  async listClaims(query: ClaimQuery = {}): Promise<{ total: number; items: ClaimRecord[] }> {
    const clause = query.story ? CLAIMS_OF_STORY : '';
    const params = query.story ? [query.story] : [];
    const { limit, offset } = page(query.limit, query.offset);
    const total = await this.count(`SELECT count(*) AS n FROM claims ${clause}`, params);
    const rows = await this.all(
      `SELECT * FROM claims ${clause} ORDER BY json_array_length(outlets::json) DESC, size DESC, id LIMIT ? OFFSET ?`,
      [...params, limit, offset],
    );
    return { total, items: await this.toClaims(rows) };
  }

  async reuseDocs(ids: string[]): Promise<ReuseDocRecord[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query(
      'SELECT id, body, published, outlet FROM articles WHERE id = ANY($1::text[])',
      [ids],
    );
    return rows as ReuseDocRecord[];
  }

  async saveReuseSnapshot(snapshot: ReuseSnapshotRecord): Promise<void> {
    await this.transaction(async (db) => {
      await db.query('DELETE FROM reuse_snapshot');
      const rows = snapshotRows(snapshot);
      for (let i = 0; i < rows.length; i += SNAPSHOT_ROWS_PER_INSERT) {
        const some = rows.slice(i, i + SNAPSHOT_ROWS_PER_INSERT);
        await db.query(
          'INSERT INTO reuse_snapshot (part, chunk, data) SELECT * FROM unnest($1::text[], $2::int[], $3::bytea[])',
          [some.map((r) => r.part), some.map((r) => r.chunk), some.map((r) => asBuffer(r.data))],
        );
      }
    });
  }

  async loadReuseSnapshot(): Promise<ReuseSnapshotRecord | null> {
    const { rows } = await this.pool.query(
      'SELECT part, chunk, data FROM reuse_snapshot ORDER BY part, chunk',
    );
    return snapshotOf(rows as SnapshotRow[]);
  }

  async allClaims(): Promise<ClaimRecord[]> {
    return this.toClaims(await this.all('SELECT * FROM claims ORDER BY id'));
  }

  async openClaims(sinceMs: number): Promise<ClaimRecord[]> {
    return this.toClaims(await this.all(OPEN_CLAIMS_SQL, [sinceMs]));
  }

  async lastLinkedPublished(): Promise<string | null> {
    const row = await this.one(
      `SELECT published FROM articles WHERE linked > 0 AND coalesce(published, '~') < '~'
       ORDER BY coalesce(published, '~') DESC LIMIT 1`,
    );
    return str(row?.published);
  }

  async storiesLinkedSince(day: string): Promise<Set<string>> {
    const rows = await this.all(
      // The narrow link rows alone: published_key is coalesce(published, '~').
      `SELECT DISTINCT story FROM article_links WHERE linked > 0 AND story IS NOT NULL
         AND (published_key >= ? OR published_key = '')`,
      [day],
    );
    return new Set(rows.map((r) => String(r.story)));
  }

  async storiesLinkedLast(articles: number): Promise<Set<string>> {
    // The narrow link rows alone, through their link-order index (migration 8) read backwards.
    const rows = await this.all(
      `SELECT story FROM article_links WHERE linked > 0 ORDER BY linked DESC, published_key DESC, seq DESC LIMIT ?`,
      [articles],
    );
    return new Set(rows.flatMap((r) => (r.story === null ? [] : [String(r.story)])));
  }

  async claimCoresAmong(cores: string[], beforeMs: number): Promise<ClaimCoreSeen[]> {
    if (cores.length === 0) return [];
    const rows = await this.all(
      'SELECT core, article FROM claim_cores WHERE core = ANY(?::text[]) AND t < ?',
      [cores, beforeMs],
    );
    return rows.map((r) => ({
      core: String(r.core),
      article: r.article === null ? null : String(r.article),
    }));
  }

  async claimsStatedBy(articles: string[]): Promise<ClaimRecord[]> {
    if (articles.length === 0) return [];
    // Through the members' article index.
    return this.toClaims(
      await this.all(
        `SELECT * FROM claims WHERE id IN (SELECT claim FROM claim_articles WHERE article = ANY(?::text[]))
         ORDER BY id`,
        [articles],
      ),
    );
  }

  async hasClaimCores(): Promise<boolean> {
    return (await this.one('SELECT 1 AS one FROM claim_cores LIMIT 1')) !== undefined;
  }

  async staleStories(): Promise<string[]> {
    return (await this.all('SELECT id FROM stories WHERE stale ORDER BY id')).map((r) => String(r.id));
  }

  async stats(): Promise<StoreStats> {
    const a = (await this.one(
      `SELECT count(*) AS n, count(DISTINCT outlet) AS o, min(published) AS f, max(published) AS l,
         (SELECT count(*) FROM article_links WHERE linked = 0) AS u FROM article_rows`,
    ))!;
    const n = async (table: string) => this.count(`SELECT count(*) AS n FROM ${table}`, []);
    return {
      articles: Number(a.n),
      outlets: Number(a.o),
      stories: await this.count('SELECT count(*) AS n FROM stories WHERE merged_into IS NULL', []),
      entities: await n('entities'),
      quotes: await n('quotes'),
      citations: await n('citations'),
      reuse: await n('reuse'),
      claims: await n('claims'),
      unlinked: Number(a.u ?? 0),
      firstPublished: str(a.f),
      lastPublished: str(a.l),
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

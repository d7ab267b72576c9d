// SQL both stores share: WHERE terms with "?" placeholders (the PostgreSQL store numbers them), paging, and the
// quote listing's join. Where the dialects differ (case-insensitive LIKE, JSON arrays, row order) the caller says how.

import type {
  ArticleQuery,
  CitationQuery,
  CitationSourceQuery,
  CitationSourceRecord,
  EntityQuery,
  QuoteQuery,
  ReuseQuery,
  StoryQuery,
} from './types.js';
import { MAX_LISTING } from './types.js';

/** Row ranges a listing may ask for: 1 to MAX_LISTING rows, 50 when unsaid. */
export const page = (limit?: number, offset?: number) => ({
  limit: Math.min(Math.max(limit ?? 50, 1), MAX_LISTING),
  offset: Math.max(offset ?? 0, 0),
});

/** JSON text columns read back, with a fallback for NULL. */
export const parseJson = <T>(value: unknown, fallback: T): T =>
  typeof value === 'string' ? (JSON.parse(value) as T) : fallback;

/** "WHERE a AND b", or nothing when there are no terms. */
export const whereClause = (where: string[]): string => (where.length ? `WHERE ${where.join(' AND ')}` : '');

/** A LIKE pattern (with ESCAPE '\\') that matches any text containing `text` as it is, % and _ included. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** WHERE terms and their parameters for every filter of an article query except full-text search. */
export function articleFilters(query: ArticleQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.outlet) {
    where.push('a.outlet = ?');
    params.push(query.outlet);
  }
  if (query.story) {
    where.push('a.story = ?');
    params.push(query.story);
  }
  if (query.lang) {
    where.push('a.lang = ?');
    params.push(query.lang);
  }
  if (query.from) {
    where.push('a.published >= ?');
    params.push(query.from);
  }
  if (query.to) {
    // Dates and date-times alike: everything on the "to" day is in.
    where.push('a.published <= ?');
    params.push(`${query.to}\uffff`);
  }
  if (query.entity) {
    where.push('a.id IN (SELECT article FROM article_entities WHERE entity = ?)');
    params.push(query.entity);
  }
  return { where, params };
}

/** Entities of a type, or whose name or aliases contain a search text (`like`: the dialect's case-blind LIKE). */
export function entityFilters(
  query: EntityQuery,
  like: 'LIKE' | 'ILIKE',
): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.type) {
    where.push('type = ?');
    params.push(query.type);
  }
  if (query.search) {
    where.push(`(name ${like} ? ESCAPE '\\' OR aliases ${like} ? ESCAPE '\\')`);
    const pattern = containsPattern(query.search);
    params.push(pattern, pattern);
  }
  return { where, params };
}

/** Quotes with their article and the entity their speaker resolved to, if any. */
export const QUOTES_FROM = `FROM quotes q JOIN articles a ON a.id = q.article
  LEFT JOIN article_entities ae ON ae.article = q.article AND ae.local = q.speaker_local
  LEFT JOIN entities e ON e.id = ae.entity`;

export const QUOTE_COLUMNS = `q.id, q.article, q.text, q.kind, coalesce(e.name, q.speaker) AS speaker,
  ae.entity AS speaker_entity, q.via, q.start, q."end"`;

/**
 * Quotes of a speaker, story, article or outlet, of a kind, holding a text. `speakerIsEntity`: the store found the speaker text as an entity id, which
 * then means that entity; anything else is a name substring.
 */
export function quoteFilters(
  query: QuoteQuery,
  speakerIsEntity: boolean,
): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.speaker && speakerIsEntity) {
    where.push('ae.entity = ?');
    params.push(query.speaker);
  } else if (query.speaker) {
    where.push("lower(coalesce(e.name, q.speaker)) LIKE ? ESCAPE '\\'");
    params.push(containsPattern(query.speaker.toLowerCase()));
  }
  if (query.story) {
    where.push('a.story = ?');
    params.push(query.story);
  }
  if (query.article) {
    where.push('q.article = ?');
    params.push(query.article);
  }
  if (query.text) {
    where.push("lower(q.text) LIKE ? ESCAPE '\\'");
    params.push(containsPattern(query.text.toLowerCase()));
  }
  if (query.kind) {
    where.push('q.kind = ?');
    params.push(query.kind);
  }
  if (query.outlet) {
    where.push('a.outlet = ?');
    params.push(query.outlet);
  }
  return { where, params };
}

/** The entity a citation's source resolved to, if any. */
const CITATION_ENTITY = `LEFT JOIN article_entities ae ON ae.article = c.article AND ae.local = c.local
  LEFT JOIN entities e ON e.id = ae.entity`;

/** Citations with their article and the entity their source resolved to, if any. */
const CITATIONS_FROM = `FROM citations c JOIN articles a ON a.id = c.article ${CITATION_ENTITY}`;

/**
 * A page of citations in stored order (`order`: the dialect's row order column) and their count. The page is cut
 * before the entity is joined, and the count joins articles only when a filter asks: the export reads every
 * citation page by page, and a join done for every row an OFFSET skips made that quadratic in earnest.
 */
export function citationListSql(
  query: CitationQuery,
  order: string,
): { select: string; count: string; params: unknown[] } {
  const { where, params } = citationFilters(query);
  const from =
    query.story || query.outlet ? 'FROM citations c JOIN articles a ON a.id = c.article' : 'FROM citations c';
  const clause = whereClause(where);
  return {
    // The entity comes last: it was added to the export after the rest, and CSV columns keep their places.
    select: `SELECT c.article, c.name, c.kind, c.start, c."end", ae.entity AS entity
      FROM (SELECT c.*, ${order} AS row_order ${from} ${clause} ORDER BY ${order} LIMIT ? OFFSET ?) c ${CITATION_ENTITY}
      ORDER BY c.row_order`,
    count: `SELECT count(*) AS n ${from} ${clause}`,
    params,
  };
}

/** Citations of an article, a story, an outlet's articles, or of one kind. */
export function citationFilters(query: CitationQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, value] of [
    ['c.article', query.article],
    ['a.story', query.story],
    ['a.outlet', query.outlet],
    ['c.kind', query.kind],
  ] as const) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  if (query.articles) {
    where.push(
      query.articles.length ? `c.article IN (${query.articles.map(() => '?').join(', ')})` : '1 = 0',
    );
    params.push(...query.articles);
  }
  return { where, params };
}

/**
 * The name a source is counted under: an agency's own (its citations give one name for "AP" and "Associated
 * Press"), else the entity's where the text named one, else the name as written.
 */
const SOURCE_NAME = "CASE WHEN c.kind = 'agency' THEN c.name ELSE coalesce(e.name, c.name) END";

/**
 * Rows of `citationSourcesSql`'s select as records, and the number of sources in all, which each row carries
 * (`source_count`: one grouping a page instead of two). Null where the page is empty past the first: no row carries
 * it, and the caller runs `count`.
 */
export function sourcesPage(
  rows: Record<string, unknown>[],
  offset: number,
): { total: number | null; items: CitationSourceRecord[] } {
  const items = rows.map(({ source_count: _count, ...row }) => row as unknown as CitationSourceRecord);
  const total = rows.length > 0 ? Number(rows[0].source_count) : offset === 0 ? 0 : null;
  return { total, items };
}

/**
 * Sources with their counts, one per name case aside (an entity's name stands for all its spellings) and kind.
 * (min() picks one spelling and entity where a group holds several; both dialects accept it.) By outlet, the
 * articles that name no outlet come last: "(unknown outlet)" heading the listing read as the largest outlet.
 */
export function citationSourcesSql(
  query: CitationSourceQuery,
  clause: string,
): { select: string; count: string } {
  const outlet = query.byOutlet ? 'a.outlet, ' : '';
  const group = `GROUP BY ${outlet}lower(${SOURCE_NAME}), c.kind`;
  return {
    select: `SELECT min(${SOURCE_NAME}) AS source, min(ae.entity) AS entity, c.kind AS kind, ${
      query.byOutlet ? 'a.outlet AS outlet, ' : ''
    }CAST(count(*) AS INTEGER) AS citations, CAST(count(DISTINCT c.article) AS INTEGER) AS articles,
      CAST(count(DISTINCT a.outlet) AS INTEGER) AS outlets, CAST(count(*) OVER () AS INTEGER) AS source_count
      ${CITATIONS_FROM} ${clause} ${group}
      ORDER BY ${query.byOutlet ? 'a.outlet IS NULL, a.outlet, ' : ''}count(*) DESC, min(${SOURCE_NAME})`,
    count: `SELECT count(*) AS n FROM (SELECT 1 ${CITATIONS_FROM} ${clause} ${group}) g`,
  };
}

/** Copied passages an article took or gave, or whose copying article is in a story. */
export function reuseFilters(query: ReuseQuery): {
  where: string[];
  params: unknown[];
} {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.article) {
    where.push('(source_article = ? OR target_article = ?)');
    params.push(query.article, query.article);
  }
  if (query.story) {
    where.push('target_article IN (SELECT id FROM articles WHERE story = ?)');
    params.push(query.story);
  }
  return { where, params };
}

/** Claims seen in an article of a story. */
export const CLAIMS_OF_STORY =
  'WHERE id IN (SELECT claim FROM claim_articles WHERE article IN (SELECT id FROM articles WHERE story = ?))';

/** Story order by sort key; `outletCount` is the dialect's length of the outlets JSON array. */
export function storyOrder(sort: StoryQuery['sort'], outletCount: string): string {
  if (sort === 'recent') return "coalesce(last_published, '') DESC, size DESC";
  if (sort === 'spread') return `${outletCount} DESC, size DESC`;
  return "size DESC, coalesce(last_published, '') DESC";
}

/** Rows the export reads at a time. */
export const EXPORT_BATCH = 500;

/**
 * The export's reads, a batch after a key (see Store.exportRows): `key` names each row's key column (`row_key`
 * where it is the dialect's row order, `rowKey`: SQLite's rowid, PostgreSQL's rid), the two parameters are the
 * last key read and the batch size. Stories, entities, quotes and claims go by id; citations and copied passages by
 * the order they were stored in.
 */
export function exportSql(
  table: 'stories' | 'entities' | 'quotes' | 'citations' | 'reuse' | 'claims',
  rowKey: string,
): { sql: string; key: string; first: string | number } {
  const byRow = { key: 'row_key', first: 0 };
  const byId = { key: 'id', first: '' };
  switch (table) {
    case 'stories':
      return {
        sql: 'SELECT * FROM stories WHERE merged_into IS NULL AND id > ? ORDER BY id LIMIT ?',
        ...byId,
      };
    case 'entities':
      return { sql: 'SELECT * FROM entities WHERE id > ? ORDER BY id LIMIT ?', ...byId };
    case 'quotes':
      return {
        sql: `SELECT ${QUOTE_COLUMNS} FROM quotes q
          LEFT JOIN article_entities ae ON ae.article = q.article AND ae.local = q.speaker_local
          LEFT JOIN entities e ON e.id = ae.entity
          WHERE q.id > ? ORDER BY q.id LIMIT ?`,
        ...byId,
      };
    case 'citations':
      return {
        sql: `SELECT c.article, c.name, c.kind, c.start, c."end", ae.entity AS entity, c.${rowKey} AS row_key
          FROM citations c ${CITATION_ENTITY} WHERE c.${rowKey} > ? ORDER BY c.${rowKey} LIMIT ?`,
        ...byRow,
      };
    case 'reuse':
      return {
        sql: `SELECT source_article, target_article, source_start, source_end, target_start, target_end, text,
          similarity, direction, whole_copy, ${rowKey} AS row_key FROM reuse WHERE ${rowKey} > ? ORDER BY ${rowKey} LIMIT ?`,
        ...byRow,
      };
    case 'claims':
      return { sql: 'SELECT * FROM claims WHERE id > ? ORDER BY id LIMIT ?', ...byId };
  }
}

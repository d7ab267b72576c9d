// Export format v1 (DESIGN.md): the whole store as one JSON object, JSON Lines, or CSV tables, streamed.

import type { Store, StoredArticle, StoryRecord } from '../store/types.js';

export const EXPORT_TABLES = [
  'articles',
  'stories',
  'entities',
  'quotes',
  'citations',
  'reuse',
  'claims',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The v1 article record: exactly the contract's fields (others may be added, never renamed). */
export function exportArticle(a: StoredArticle) {
  return {
    id: a.id,
    source: a.source,
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    lang: a.lang,
    body: a.body,
    captions: a.captions,
    story: a.story,
    url: a.url,
    section: a.section,
    bylines: a.bylines,
  };
}

/** A story in v1 shape. */
export function exportStory(s: StoryRecord) {
  return {
    id: s.id,
    title: s.title,
    articles: s.articles,
    outlets: s.outlets,
    first_published: s.first_published,
    last_published: s.last_published,
    absorbed: s.absorbed,
    key_entities: s.key_entities,
  };
}

/** Records of one table in v1 shape. */
export async function* exportRecords(
  store: Store,
  table: ExportTable,
): AsyncGenerator<Record<string, unknown>> {
  switch (table) {
    case 'articles':
      for await (const a of store.iterateArticles({ order: 'ingest' })) yield exportArticle(a);
      return;
    case 'stories':
      for await (const s of store.exportRows('stories')) yield exportStory(s);
      return;
    case 'entities':
    case 'quotes':
    case 'citations':
    case 'reuse':
      yield* store.exportRows(table) as AsyncIterable<Record<string, unknown>>;
      return;
    case 'claims':
      for await (const c of store.exportRows('claims')) {
        yield {
          id: c.id,
          text: c.text,
          articles: c.articles,
          outlets: c.outlets,
          first_article: c.first_article,
          first_published: c.first_published,
          timeline: c.timeline,
        };
      }
      return;
  }
}

/** `export --format json`: one object, written as a stream of chunks so that a big store never sits in memory. */
export async function* exportJson(store: Store): AsyncGenerator<string> {
  yield '{"version":1';
  for (const table of EXPORT_TABLES) {
    yield `,\n"${table}":[`;
    let first = true;
    for await (const record of exportRecords(store, table)) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
      first = false;
    }
    yield ']';
  }
  yield '}\n';
}

/** What `type` says of a record of each table in JSON Lines. */
const RECORD_TYPE: Record<ExportTable, string> = {
  articles: 'article',
  stories: 'story',
  entities: 'entity',
  quotes: 'quote',
  citations: 'citation',
  reuse: 'reuse',
  claims: 'claim',
};

/**
 * `export --format jsonl`: one record a line, each tagged with its table in `type`. An entity's own type
 * (person, place ...) would overwrite that tag, so in this format it is `entity_type`.
 */
export async function* exportJsonl(store: Store): AsyncGenerator<string> {
  yield `${JSON.stringify({ type: 'header', version: 1 })}\n`;
  for (const table of EXPORT_TABLES) {
    for await (const record of exportRecords(store, table)) {
      const { type: entityType, ...rest } = record as { type?: string };
      const line = entityType === undefined ? rest : { entity_type: entityType, ...rest };
      yield `${JSON.stringify({ type: RECORD_TYPE[table], ...line })}\n`;
    }
  }
}

/** One CSV cell: lists joined by |, objects as JSON, quoted when needed, formulas defused. */
export const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((v) => typeof v !== 'object')
        ? value.join('|')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  // Cells that a spreadsheet would run as a formula are defused with a leading quote (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** `export --format csv`: one table (articles by default), header row first. */
export async function* exportCsv(store: Store, table: ExportTable = 'articles'): AsyncGenerator<string> {
  let columns: string[] | null = null;
  for await (const record of exportRecords(store, table)) {
    if (!columns) {
      columns = Object.keys(record);
      yield `${columns.join(',')}\n`;
    }
    yield `${columns.map((c) => csvCell(record[c])).join(',')}\n`;
  }
  if (!columns) yield `${EMPTY_HEADERS[table]}\n`;
}

const EMPTY_HEADERS: Record<ExportTable, string> = {
  articles: 'id,source,outlet,title,published,lang,body,captions,story,url,section,bylines',
  stories: 'id,title,articles,outlets,first_published,last_published,absorbed,key_entities',
  entities: 'id,name,type,aliases,roles,articles',
  quotes: 'id,article,text,kind,speaker,speaker_entity,via,start,end',
  citations: 'article,name,kind,start,end,entity',
  reuse:
    'source_article,target_article,source_start,source_end,target_start,target_end,text,similarity,direction,whole_copy',
  claims: 'id,text,articles,outlets,first_article,first_published,timeline',
};

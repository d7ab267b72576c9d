// Plain-text renderings of stories, articles, quotes, reuse and claims for the terminal.

import type {
  CitationSourceRecord,
  ClaimRecord,
  QuoteRecord,
  ReuseRecord,
  StoredArticle,
  StoreStats,
  StoryRecord,
} from '../store/types.js';
import { groupBySpeaker } from './speakers.js';
import { groupByStatement } from './statements.js';
import { counted } from './words.js';

const span = (first: string | null, last: string | null): string =>
  first || last ? `${first?.slice(0, 10) ?? '?'} → ${last?.slice(0, 10) ?? '?'}` : 'undated';

const clip = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Strips control characters so that hostile text cannot drive the terminal (escape sequences). */
export const safe = (text: string | null | undefined): string =>
  (text ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

/**
 * Safe text on one line, clipped to `n` characters: a quote that runs over paragraphs or a title with a line break
 * must not break the layout of a listing (nor pass for a line of its own).
 */
export const oneLine = (text: string | null | undefined, n: number): string => clip(flat(text), n);

/**
 * Safe text on one line, whole: for names and labels inside a line (an outlet, a title, a source path). An outlet
 * stored with a line break ("Harbour\nfake-id  2026-01-01  Spoofed line", from JSON Lines) otherwise printed a forged
 * row in `list`, `story` and `quotes`, whose output scripts read a line at a time.
 */
export const flat = (text: string | null | undefined): string => safe(text).replace(/\s+/g, ' ').trim();

/**
 * A column of names (outlets) padded to the longest of them, at least `min` and at most `max` characters (longer
 * ones clipped), so that what follows lines up: a fixed 14 let "AutoIndustriya.com" push its row's title along.
 */
export function column(
  values: (string | null)[],
  min: number,
  max: number,
): (value: string | null) => string {
  const width = Math.min(max, Math.max(min, ...values.map((v) => flat(v ?? '?').length)));
  return (value) => oneLine(value ?? '?', width).padEnd(width);
}

export function formatStats(s: StoreStats): string {
  return [
    `articles   ${s.articles}${s.unlinked ? ` (${s.unlinked} not linked yet)` : ''}`,
    `outlets    ${s.outlets}`,
    `stories    ${s.stories}`,
    `entities   ${s.entities}`,
    `quotes     ${s.quotes}`,
    `citations  ${s.citations}`,
    `reuse      ${counted(s.reuse, 'passage')}`,
    `claims     ${s.claims}`,
    `published  ${span(s.firstPublished, s.lastPublished)}`,
  ].join('\n');
}

/** Width of a story line's publication span: "2026-11-05 → 2026-11-07". */
const SPAN_WIDTH = 23;

export function formatStoryLine(s: StoryRecord, idWidth = s.id.length): string {
  const outlets = s.outlets.length === 1 ? 'outlet ' : 'outlets';
  return `${s.id.padEnd(idWidth)}  ${String(s.articles.length).padStart(4)} art  ${String(s.outlets.length).padStart(2)} ${outlets}  ${span(s.first_published, s.last_published).padEnd(SPAN_WIDTH)}  ${oneLine(s.title ?? '(untitled)', 80)}`;
}

/**
 * Stories one a line under a line of column heads (none when there is no story): the span read as one date range
 * with nothing to say it is the first and last article's publication.
 */
export function formatStoryLines(stories: StoryRecord[]): string[] {
  if (stories.length === 0) return [];
  const idWidth = Math.max(...stories.map((s) => s.id.length));
  const head = `${'story'.padEnd(idWidth)}  ${'articles'}  ${'outlets'.padEnd(10)}  ${'published: first → last'.padEnd(SPAN_WIDTH)}  title`;
  return [head, ...stories.map((s) => formatStoryLine(s, idWidth))];
}

export function formatStory(
  s: StoryRecord,
  articles: StoredArticle[],
  quotes: QuoteRecord[],
  sources: CitationSourceRecord[] = [],
  quotesTotal = quotes.length,
): string {
  const lines = [
    flat(s.title ?? '(untitled)'),
    `story ${s.id} · ${counted(s.articles.length, 'article')} · ${counted(s.outlets.length, 'outlet')} (${s.outlets.map(flat).join(', ') || 'unknown'}) · ${span(s.first_published, s.last_published)}`,
  ];
  if (s.absorbed.length) lines.push(`absorbed: ${s.absorbed.join(', ')}`);
  if (s.key_entities.length) lines.push(`entities: ${s.key_entities.map(flat).join(', ')}`);
  lines.push('', 'Timeline');
  const outlet = column(
    articles.map((a) => a.outlet),
    14,
    30,
  );
  for (const a of articles) {
    lines.push(
      `  ${(a.published ?? 'undated').slice(0, 10).padEnd(10)}  ${outlet(a.outlet)}  ${a.id}  ${oneLine(a.title ?? '', 70)}`,
    );
  }
  if (quotes.length) {
    lines.push('', 'Who said what');
    lines.push(
      ...formatQuotesBySpeaker(quotes, new Map(articles.map((a) => [a.id, a]))).map((l) => `  ${l}`),
    );
    // A story holds more quotes than one listing reads: say so and how to read the rest, rather than let the
    // speakers' counts pass for the story's.
    if (quotesTotal > quotes.length)
      lines.push(
        `  ${quotes.length} of ${quotesTotal} quotes shown, the oldest; the rest: wiretrace quotes --story ${s.id} --offset ${quotes.length}`,
      );
  }
  if (sources.length) lines.push('', 'Sources cited', ...formatCitationSources(sources).map((l) => `  ${l}`));
  return lines.join('\n');
}

export function formatQuotesBySpeaker(
  quotes: QuoteRecord[],
  articles: Map<string, Pick<StoredArticle, 'published' | 'outlet' | 'title'>>,
): string[] {
  const lines: string[] = [];
  for (const { speaker, quotes: list } of groupBySpeaker(quotes)) {
    lines.push(`${oneLine(speaker ?? '(speaker unknown)', 80)} (${list.length})`);
    for (const q of list) {
      const a = articles.get(q.article);
      const where = [a?.published?.slice(0, 10), a?.outlet, q.article].filter(Boolean).join(', ');
      lines.push(
        `  [${q.kind}${q.via ? ` via ${flat(q.via)}` : ''}] “${oneLine(q.text, 160)}” (${flat(where)})`,
      );
    }
  }
  return lines;
}

export function formatArticle(a: StoredArticle, options: { removed?: boolean } = {}): string {
  const lines = [
    flat(a.title ?? '(untitled)'),
    [a.outlet, a.published, a.lang, a.section && `section ${a.section}`, a.story && `story ${a.story}`]
      .filter(Boolean)
      .map((x) => flat(String(x)))
      .join(' · '),
    `id ${a.id} · source ${flat(a.source)}${a.url ? ` · ${flat(a.url)}` : ''}`,
    '',
    ...a.paragraphs.map((p) => (p.kind === 'heading' ? `## ${safe(p.text)}\n` : `${safe(p.text)}\n`)),
  ];
  if (a.captions.length) lines.push('Captions', ...a.captions.map((c) => `  - ${flat(c)}`), '');
  if (options.removed) {
    lines.push(`Removed (${a.removed.length})`);
    for (const r of a.removed) lines.push(`  - [${r.reason}] ${oneLine(r.text, 100)}`);
  }
  for (const m of a.messages) lines.push(`${m.kind}: ${safe(m.message)}`);
  return lines.join('\n').trimEnd();
}

/**
 * One copied passage: the two articles, and when `articles` knows them their outlet and day, so that who copied whom
 * reads off the line instead of needing a `show` per id.
 */
export function formatReuse(
  r: ReuseRecord,
  articles: Map<string, Pick<StoredArticle, 'published' | 'outlet'>> = new Map(),
): string {
  const arrow = r.direction === 'forward' ? '→' : '↔';
  const side = (id: string) => {
    const a = articles.get(id);
    if (!a) return id;
    return `${id} (${flat(a.outlet ?? 'unknown outlet')}, ${a.published?.slice(0, 10) ?? 'undated'})`;
  };
  return `${side(r.source_article)} ${arrow} ${side(r.target_article)}  sim ${r.similarity.toFixed(2)}${r.whole_copy ? '  WHOLE COPY' : ''}\n  “${oneLine(r.text, 200)}”`;
}

/** Claims, one entry per statement (see `groupByStatement`), each naming its checkable cores. */
export function formatClaims(claims: ClaimRecord[]): string[] {
  return groupByStatement(claims).map((group) => {
    const c = group[0];
    const ids = group.map((g) => g.id).join(', ');
    const cores = group.map((g) => flat(g.key)).join(', ');
    return `${ids}  ${counted(c.articles.length, 'article')}, ${counted(c.outlets.length, 'outlet')}, first ${c.first_published?.slice(0, 10) ?? 'undated'} (${c.first_article ?? '?'}), core ${cores}\n  “${oneLine(c.text, 200)}”`;
  });
}

/**
 * Sources an analyst can count: kind, name, and how often and how widely they are cited. Per outlet (`outlet` set on
 * each row), each citing outlet heads its own list.
 */
export function formatCitationSources(rows: CitationSourceRecord[]): string[] {
  const lines: string[] = [];
  let outlet: string | null | undefined;
  for (const r of rows) {
    const grouped = r.outlet !== undefined;
    if (grouped && (lines.length === 0 || r.outlet !== outlet)) {
      outlet = r.outlet;
      lines.push(oneLine(outlet ?? '(unknown outlet)', 80));
    }
    // Articles with no outlet named count in no outlet: say nothing rather than "0 outlets".
    const spread =
      grouped || r.outlets === 0
        ? counted(r.articles, 'article')
        : `${counted(r.articles, 'article')}, ${counted(r.outlets, 'outlet')}`;
    lines.push(
      `${grouped ? '  ' : ''}${r.kind.padEnd(10)} ${oneLine(r.source, 50).padEnd(50)} ${counted(r.citations, 'citation')} in ${spread}`,
    );
  }
  return lines;
}

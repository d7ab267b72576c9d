// Per-story downloads: JSON (export v1 shapes), CSV tables, Markdown, and one self-contained offline HTML report.

import { csvCell, exportArticle, exportStory } from '../report/export.js';
import { groupBySpeaker } from '../report/speakers.js';
import { groupByStatement } from '../report/statements.js';
import { counted } from '../report/words.js';
import type {
  ClaimRecord,
  QuoteRecord,
  ReuseRecord,
  Store,
  StoredArticle,
  StoryRecord,
} from '../store/types.js';
import { timelineChart } from './charts.js';
import { wordDiff } from './diff.js';
import { html, safeUrl } from './html.js';
import { APP_CSS } from './static.js';

export interface StoryBundle {
  story: StoryRecord;
  articles: StoredArticle[];
  quotes: QuoteRecord[];
  reuse: ReuseRecord[];
  claims: ClaimRecord[];
}

const PAGE = 1000;

async function all<T>(fetch: (offset: number) => Promise<{ items: T[] }>, cap = 20_000): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < cap; offset += PAGE) {
    const { items } = await fetch(offset);
    out.push(...items);
    if (items.length < PAGE) break;
  }
  return out;
}

/** Everything about one story, loaded page by page (a story is bounded; the store is not). */
export async function loadStoryBundle(store: Store, story: StoryRecord): Promise<StoryBundle> {
  const ids = story.articles;
  const articles: StoredArticle[] = [];
  for (let i = 0; i < ids.length; i += 50) {
    const batch = await Promise.all(ids.slice(i, i + 50).map((id) => store.getArticle(id)));
    for (const a of batch) if (a) articles.push(a);
  }
  const [quotes, reuse, claims] = await Promise.all([
    all((offset) => store.listQuotes({ story: story.id, limit: PAGE, offset })),
    all((offset) => store.listReuse({ story: story.id, limit: PAGE, offset })),
    all((offset) => store.listClaims({ story: story.id, limit: PAGE, offset })),
  ]);
  return { story, articles, quotes, reuse, claims };
}

export function storyJson(b: StoryBundle): string {
  const { story: s } = b;
  return `${JSON.stringify({
    version: 1,
    story: exportStory(s),
    articles: b.articles.map(exportArticle),
    quotes: b.quotes,
    reuse: b.reuse,
    claims: b.claims.map(({ key: _key, ...c }) => c),
  })}\n`;
}

const csv = (columns: string[], rows: Record<string, unknown>[]): string =>
  `${[columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\n')}\n`;

export const CSV_TABLES = ['articles', 'quotes', 'reuse', 'claims'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export function storyCsv(b: StoryBundle, table: CsvTable = 'articles'): string {
  switch (table) {
    case 'articles':
      return csv(
        ['id', 'published', 'outlet', 'title', 'url', 'source', 'lang'],
        b.articles as unknown as Record<string, unknown>[],
      );
    case 'quotes':
      return csv(
        ['id', 'article', 'speaker', 'speaker_entity', 'kind', 'via', 'text', 'start', 'end'],
        b.quotes as unknown as Record<string, unknown>[],
      );
    case 'reuse':
      return csv(
        [
          'source_article',
          'target_article',
          'direction',
          'similarity',
          'whole_copy',
          'source_start',
          'source_end',
          'target_start',
          'target_end',
          'text',
        ],
        b.reuse as unknown as Record<string, unknown>[],
      );
    case 'claims':
      return csv(
        ['id', 'text', 'first_published', 'first_article', 'outlets', 'articles'],
        b.claims as unknown as Record<string, unknown>[],
      );
  }
}

const day = (d: string | null | undefined) => (d ? d.slice(0, 10) : 'undated');
/** Markdown has no escaping that covers everything; neutralise the characters that make links, HTML or emphasis. */
const md = (text: string | null | undefined) =>
  (text ?? '').replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

export function storyMarkdown(b: StoryBundle): string {
  const s = b.story;
  const byId = new Map(b.articles.map((a) => [a.id, a]));
  const lines = [
    `# ${md(s.title ?? 'Untitled story')}`,
    '',
    `${counted(b.articles.length, 'article')} · ${counted(s.outlets.length, 'outlet')} (${s.outlets.map(md).join(', ')}) · ${day(s.first_published)} → ${day(s.last_published)}`,
    '',
    '## Articles',
    '',
    '| Date | Outlet | Title |',
    '| --- | --- | --- |',
    ...b.articles.map((a) => `| ${day(a.published)} | ${md(a.outlet ?? '?')} | ${md(a.title ?? a.id)} |`),
    '',
    '## Who said what',
    '',
  ];
  const groups = groupBySpeaker(b.quotes);
  if (groups.length === 0) lines.push('No quotes found.', '');
  for (const g of groups) {
    lines.push(`### ${md(g.speaker ?? 'Speaker unknown')} (${g.quotes.length})`, '');
    for (const q of g.quotes) {
      const a = byId.get(q.article);
      lines.push(
        `> ${md(q.text)}`,
        `> — ${q.kind}, ${md(a?.outlet ?? '?')}, ${day(a?.published)}${q.via ? `, via ${md(q.via)}` : ''}`,
        '',
      );
    }
  }
  lines.push('## Copied passages', '');
  if (b.reuse.length === 0) lines.push('No copied passages found.', '');
  for (const r of b.reuse) {
    const src = byId.get(r.source_article);
    const tgt = byId.get(r.target_article);
    lines.push(
      `- ${md(src?.outlet ?? r.source_article)} (${day(src?.published)}) ${r.direction === 'forward' ? '→' : '↔'} ${md(tgt?.outlet ?? r.target_article)} (${day(tgt?.published)}), similarity ${Math.round(r.similarity * 100)}%: “${md(r.text)}”`,
    );
  }
  lines.push('', '## Claims', '');
  if (b.claims.length === 0) lines.push('No travelling claims found.');
  for (const [c] of groupByStatement(b.claims))
    lines.push(
      `- **${md(c.text)}** — ${counted(c.articles.length, 'article')}, ${counted(c.outlets.length, 'outlet')}, first ${day(c.first_published)}`,
    );
  return `${lines.join('\n')}\n`;
}

/** A report that opens from disk: styles inline, no script, a CSP meta that forbids everything else. */
export function storyHtmlReport(b: StoryBundle): string {
  const s = b.story;
  const byId = new Map(b.articles.map((a) => [a.id, a]));
  const anchor = (id: string) => `#a-${id}`;
  const doc = html`<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.title ?? 'Story'} · wiretrace report</title>
<style>${APP_CSS.replace(/<\//g, '<\\/')}</style></head><body><main>
<h1>${s.title ?? 'Untitled story'}</h1>
<p class="meta">${counted(b.articles.length, 'article')} · ${s.outlets.join(', ')} · ${day(s.first_published)} → ${day(s.last_published)} · wiretrace story ${s.id}</p>
<h2>Timeline</h2>
${timelineChart(
  b.articles.map((a) => ({
    date: a.published ?? '',
    lane: a.outlet ?? 'unknown',
    label: a.title ?? a.id,
    href: anchor(a.id),
  })),
  { title: 'Articles by outlet over time' },
)}
<h2>Who said what</h2>
${groupBySpeaker(b.quotes).map((g) => html`<section class="speaker"><h3>${g.speaker ?? 'Speaker unknown'} (${g.quotes.length})</h3>${g.quotes.map((q) => html`<blockquote>${q.text}<a class="meta" href="${anchor(q.article)}">${q.kind} · ${byId.get(q.article)?.outlet ?? '?'} · ${day(byId.get(q.article)?.published)}</a></blockquote>`)}</section>`)}
${b.quotes.length ? null : html`<p class="muted">No quotes found.</p>`}
<h2>Copied passages</h2>
${b.reuse.length ? null : html`<p class="muted">No copied passages found.</p>`}
${b.reuse.map((r) => {
  const src = byId.get(r.source_article);
  const tgt = byId.get(r.target_article);
  const { left, right } = wordDiff(
    src?.body.slice(r.source_start, r.source_end) ?? r.text,
    tgt?.body.slice(r.target_start, r.target_end) ?? r.text,
  );
  const pane = (parts: typeof left) =>
    parts.map((p) =>
      p.op === 'same' ? p.text : p.op === 'del' ? html`<del>${p.text}</del>` : html`<ins>${p.text}</ins>`,
    );
  return html`<div class="card"><p class="direction">${src?.outlet ?? r.source_article} ${r.direction === 'forward' ? '→' : '↔'} ${tgt?.outlet ?? r.target_article} · ${Math.round(r.similarity * 100)}%</p><div class="side-by-side"><div class="pane">${pane(left)}</div><div class="pane">${pane(right)}</div></div></div>`;
})}
<h2>Claims</h2>
${b.claims.length ? groupByStatement(b.claims).map(([c]) => html`<div class="card"><strong>${c.text}</strong><p class="meta">${counted(c.articles.length, 'article')} · ${c.outlets.join(', ')} · first ${day(c.first_published)}</p></div>`) : html`<p class="muted">No travelling claims found.</p>`}
<h2>Articles</h2>
${b.articles.map((a) => {
  const link = safeUrl(a.url);
  return html`<details class="card" id="a-${a.id}"><summary>${day(a.published)} · ${a.outlet ?? '?'} · ${a.title ?? a.id}</summary>${link ? html`<p class="meta">${link}</p>` : null}<div class="body">${a.body}</div></details>`;
})}
</main></body></html>`;
  return `<!doctype html>\n${doc.value}\n`;
}

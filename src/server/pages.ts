// Server-rendered HTML pages: every value from the store goes through html`` (escaped) and links through seg/safeUrl.

import type { SpeakerGroup } from '../report/speakers.js';
import { groupByStatement } from '../report/statements.js';
import type {
  ArticleSummary,
  CitationSourceRecord,
  ClaimRecord,
  EntityRecord,
  QuoteRecord,
  StoreStats,
} from '../store/types.js';
import { barChart, networkChart, timelineChart } from './charts.js';
import { wordDiff } from './diff.js';
import { type HtmlValue, html, query, type SafeHtml, safeUrl, seg } from './html.js';
import type {
  ArticleView,
  EntityView,
  OutletView,
  Page,
  QuotesView,
  ReuseView,
  SourcesView,
  StoriesQuery,
  StoriesView,
  StorySummary,
  StoryView,
} from './queries.js';

const day = (d: string | null | undefined) => (d ? d.slice(0, 10) : 'undated');
const span = (a: string | null, b: string | null) => (a || b ? `${day(a)} → ${day(b)}` : 'undated');
const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const storyHref = (id: string) => `/stories/${seg(id)}`;
export const articleHref = (id: string) => `/articles/${seg(id)}`;
export const outletHref = (name: string) => `/outlets/${seg(name)}`;
export const entityHref = (id: string) => `/entities/${seg(id)}`;
export const quoteAnchor = (id: string) => `q-${id}`;

/** Who said it: a link to the speaker's entity page when the speaker resolved to one. */
const speakerName = (q: { speaker: string | null; speaker_entity: string | null }) =>
  q.speaker_entity
    ? html`<a href="${entityHref(q.speaker_entity)}">${q.speaker}</a>`
    : (q.speaker ?? 'Speaker unknown');

export function layout(title: string, body: HtmlValue, options: { q?: string } = {}): string {
  return `<!doctype html>${
    html`<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · wiretrace</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head><body>
<header class="top"><a class="brand" href="/">wiretrace</a><a href="/">Stories</a><a href="/quotes">Quotes</a><a href="/sources">Sources</a><a href="/entities">Entities</a>
<form action="/" method="get" role="search"><input type="search" name="q" value="${options.q ?? ''}" placeholder="Search articles" aria-label="Search articles"><button type="submit">Search</button></form>
</header>
<main>${body}</main>
</body></html>`.value
  }`;
}

export function errorPage(status: number, message: string): string {
  return layout(
    status === 404 ? 'Not found' : 'Error',
    html`<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1><p class="notice">${message}</p><p><a href="/">Back to the stories</a></p>`,
  );
}

function pager(
  p: Page<unknown>,
  base: string,
  params: Record<string, string | number | undefined>,
  key = 'offset',
) {
  if (p.total <= p.limit && p.offset === 0) return null;
  const prev = p.offset > 0 ? Math.max(0, p.offset - p.limit) : null;
  const next = p.offset + p.limit < p.total ? p.offset + p.limit : null;
  return html`<nav class="pager" aria-label="pages">
${prev !== null ? html`<a rel="prev" href="${base}${query({ ...params, [key]: prev || undefined })}">← previous</a>` : null}
<span class="meta">${p.offset + 1}–${Math.min(p.offset + p.limit, p.total)} of ${p.total}</span>
${next !== null ? html`<a rel="next" href="${base}${query({ ...params, [key]: next })}">next →</a>` : null}
</nav>`;
}

const outletLinks = (outlets: string[]) =>
  outlets.length
    ? outlets.map((o, i) => html`${i ? ', ' : ''}<a href="${outletHref(o)}">${o}</a>`)
    : html`<span class="muted">unknown</span>`;

function articleTable(items: ArticleSummary[], options: { story?: boolean } = {}) {
  if (items.length === 0) return html`<p class="muted">No articles.</p>`;
  return html`<div class="table-wrap"><table class="articles"><thead><tr><th>Date</th><th>Outlet</th><th>Title</th>${options.story ? html`<th class="hide-narrow">Story</th>` : null}</tr></thead><tbody>
${items.map(
  (
    a,
  ) => html`<tr data-article="${a.id}"><td>${day(a.published)}</td><td>${a.outlet ? html`<a href="${outletHref(a.outlet)}">${a.outlet}</a>` : html`<span class="muted">?</span>`}</td>
<td><a href="${articleHref(a.id)}">${a.title || a.id}</a></td>${options.story ? html`<td class="hide-narrow">${a.story ? html`<a href="${storyHref(a.story)}">story</a>` : null}</td>` : null}</tr>`,
)}
</tbody></table></div>`;
}

function storyTable(items: StorySummary[]) {
  if (items.length === 0)
    return html`<p class="muted">No stories yet. Ingest and link articles to see them here.</p>`;
  return html`<div class="table-wrap"><table class="stories"><thead><tr><th>Story</th><th>Outlets</th><th>Span</th><th class="num">Articles</th><th class="num hide-narrow">Quotes</th></tr></thead><tbody>
${items.map(
  (
    s,
  ) => html`<tr data-story="${s.id}"><td><a href="${storyHref(s.id)}">${s.title || '(untitled story)'}</a>${s.key_entities.length ? html`<div class="meta">${s.key_entities.slice(0, 5).join(' · ')}</div>` : null}</td>
<td>${outletLinks(s.outlets)}</td><td>${span(s.first_published, s.last_published)}</td><td class="num">${s.size}</td><td class="num hide-narrow">${s.quotes}</td></tr>`,
)}
</tbody></table></div>`;
}

export function storiesPage(view: StoriesView, q: StoriesQuery, stats: StoreStats): string {
  const params = {
    q: q.q,
    outlet: q.outlet,
    entity: q.entity,
    lang: q.lang,
    from: q.from,
    to: q.to,
    sort: q.sort,
  };
  const sortOption = (value: string, label: string) =>
    html`<option value="${value}"${(q.sort ?? 'size') === value ? html` selected` : null}>${label}</option>`;
  const body = html`<h1>${q.q ? html`Search: “${q.q}”` : 'Stories'}</h1>
<p class="meta">${plural(stats.articles, 'article')} from ${plural(stats.outlets, 'outlet')} · ${plural(stats.stories, 'story', 'stories')} · ${plural(stats.quotes, 'quote')} · ${plural(stats.reuse, 'copied passage')} · ${plural(stats.claims, 'claim')}${stats.unlinked ? ` · ${stats.unlinked} not linked yet` : ''}</p>
<form class="filters" action="/" method="get">
<label>Search<input type="search" name="q" value="${q.q ?? ''}"></label>
<label>Outlet<input name="outlet" value="${q.outlet ?? ''}"></label>
<label>Entity<input name="entity" value="${q.entity ?? ''}" placeholder="name or id"></label>
<label>Language<input name="lang" value="${q.lang ?? ''}" maxlength="12"></label>
<label>From<input type="date" name="from" value="${q.from ?? ''}"></label>
<label>To<input type="date" name="to" value="${q.to ?? ''}"></label>
<label>Sort<select name="sort" data-autosubmit>${sortOption('size', 'size')}${sortOption('recent', 'recency')}${sortOption('spread', 'spread (outlets)')}</select></label>
<button type="submit">Apply</button>
</form>
${view.partial ? html`<p class="notice">Stories ranked from the newest 1,000 matching articles (at most 200 stories); narrow the filters to see all.</p>` : null}
<h2>Stories <span class="meta">(${view.stories.total})</span></h2>
${storyTable(view.stories.items)}
${pager(view.stories, '/', params)}
${view.articles ? html`<h2>Matching articles <span class="meta">(${view.articles.total})</span></h2>${articleTable(view.articles.items, { story: true })}` : null}`;
  return layout(q.q ? `Search ${q.q}` : 'Stories', body, { q: q.q });
}

function quoteLink(
  q: QuoteRecord,
  articles: Map<string, { outlet: string | null; published: string | null }>,
) {
  const a = articles.get(q.article);
  return html`<blockquote class="quote" data-kind="${q.kind}">${q.kind === 'direct' ? `“${q.text}”` : q.text}
<a class="meta" href="${articleHref(q.article)}#${quoteAnchor(q.id)}">${q.kind} · ${a?.outlet ?? 'article'} · ${day(a?.published)}${q.via ? ` · via ${q.via}` : ''} → in context</a></blockquote>`;
}

function speakerSection(
  groups: SpeakerGroup[],
  articles: Map<string, { outlet: string | null; published: string | null }>,
) {
  if (groups.length === 0) return html`<p class="muted">No quotes found in this story yet.</p>`;
  return groups.map(
    (
      g,
    ) => html`<section class="speaker" data-speaker="${g.speaker ?? ''}"><h3>${speakerName(g)} <span class="meta">(${g.quotes.length})</span></h3>
${g.quotes.map((q) => quoteLink(q, articles))}</section>`,
  );
}

function diffPane(parts: { op: string; text: string }[]) {
  return parts.map((p) =>
    p.op === 'same' ? p.text : p.op === 'del' ? html`<del>${p.text}</del>` : html`<ins>${p.text}</ins>`,
  );
}

function reuseSection(items: ReuseView[], options: { focus?: string } = {}) {
  if (items.length === 0) return html`<p class="muted">No copied passages found.</p>`;
  return items.map((r) => {
    const { left, right } = wordDiff(r.source.text, r.target.text);
    const who = (s: ReuseView['source']) =>
      html`<a href="${articleHref(s.article)}">${s.outlet ?? s.article}</a> <span class="meta">${day(s.published)}</span>`;
    const arrow = r.direction === 'forward' ? '→ copied into →' : '↔ shared with (direction unknown) ↔';
    return html`<article class="card reuse" data-source="${r.source_article}" data-target="${r.target_article}">
<p class="direction">${who(r.source)} ${arrow} ${who(r.target)} <span class="meta">· similarity ${Math.round(r.similarity * 100)}%${r.whole_copy ? ' · whole article' : ''}${options.focus ? (options.focus === r.source_article ? ' · this article is the source' : ' · this article is the copy') : ''}</span></p>
<div class="side-by-side"><div class="pane source"><div class="meta">${r.direction === 'forward' ? 'earlier' : 'one'}: ${r.source.title ?? ''}</div>${diffPane(left)}</div>
<div class="pane target"><div class="meta">${r.direction === 'forward' ? 'later' : 'other'}: ${r.target.title ?? ''}</div>${diffPane(right)}</div></div>
</article>`;
  });
}

/** Claims that get a spread chart (the most widespread come first); the rest list where they appear. */
const CLAIM_CHARTS = 8;

function claimSection(claims: ClaimRecord[]) {
  if (claims.length === 0) return html`<p class="muted">No travelling claims found in this story yet.</p>`;
  return groupByStatement(claims).map((group, i) => {
    const c = group[0];
    return html`<article class="card claim"><p><strong>${c.text}</strong></p>
<p class="meta">${plural(c.articles.length, 'article')} · ${plural(c.outlets.length, 'outlet')} (${c.outlets.join(', ')}) · first ${day(c.first_published)}${c.first_article ? html` in <a href="${articleHref(c.first_article)}">this article</a>` : null}</p>
${
  c.timeline.length > 1 && i < CLAIM_CHARTS
    ? timelineChart(
        c.timeline.map((t) => ({
          date: t.published ?? '',
          lane: t.outlet ?? 'unknown',
          label: t.text,
          href: articleHref(t.article),
        })),
        { title: `Spread of the claim: ${clip(c.text, 60)}`, maxLanes: 8 },
      )
    : null
}
<details><summary>Where it appears</summary><ul>${c.timeline.map((t) => html`<li>${day(t.published)} · ${t.outlet ?? '?'}: <a href="${articleHref(t.article)}">${clip(t.text, 200)}</a></li>`)}</ul></details>
</article>`;
  });
}

export function storyPage(v: StoryView, base: string): string {
  const s = v.story;
  const articles = new Map(v.timeline.map((a) => [a.id, a]));
  const body = html`<h1>${s.title || '(untitled story)'}</h1>
<p class="meta">${plural(v.articles.total, 'article')} · ${plural(s.outlets.length, 'outlet')}: ${outletLinks(s.outlets)} · ${span(s.first_published, s.last_published)}</p>
<p class="downloads">Download: <a href="/api/stories/${seg(s.id)}/export?format=json">JSON</a><a href="/api/stories/${seg(s.id)}/export?format=csv">CSV</a><a href="/api/stories/${seg(s.id)}/export?format=md">Markdown</a><a href="/api/stories/${seg(s.id)}/export?format=html">HTML report</a><a href="/api/stories/${seg(s.id)}">API</a></p>
<h2>Timeline</h2>
${timelineChart(
  v.timeline.map((a) => ({
    date: a.published ?? '',
    lane: a.outlet ?? 'unknown',
    label: `${day(a.published)} ${a.outlet ?? ''}: ${a.title ?? a.id}`,
    href: articleHref(a.id),
  })),
  { title: 'Articles of the story by outlet over time' },
)}
${v.timeline.length < v.articles.total ? html`<p class="meta">Timeline shows the latest ${v.timeline.length} articles.</p>` : null}
<h2>Articles <span class="meta">(${v.articles.total}, ${v.articles.total > v.timeline.length ? 'newest' : 'oldest'} first)</span></h2>
${articleTable(v.articles.items)}
${pager(v.articles, base, {})}
<h2>Who said what <span class="meta">(${v.quotes.total} · <a href="/quotes${query({ story: v.story.id })}">search them</a>)</span></h2>
${v.quotes.items.length < v.quotes.total ? html`<p class="meta">Quotes ${v.quotes.offset + 1}–${v.quotes.offset + v.quotes.items.length} of ${v.quotes.total}, oldest first: each speaker's count is of these.</p>` : null}
${speakerSection(v.speakers, articles)}
${pager(v.quotes, base, {}, 'qoffset')}
<h2>Copied passages <span class="meta">(${v.reuse.total})</span></h2>
${reuseSection(v.reuse.items)}
${pager(v.reuse, base, {}, 'roffset')}
<h2>Claims <span class="meta">(${v.claims.total})</span></h2>
${claimSection(v.claims.items)}
${pager(v.claims, base, {}, 'coffset')}
<h2>Sources cited most <span class="meta">(<a href="/sources${query({ story: v.story.id })}">all</a>)</span></h2>
${sourcesTable(v.sources)}
<h2>Entities</h2>
${s.key_entities.length ? html`<ul class="tags">${s.key_entities.map((e) => html`<li><a href="/entities${query({ q: e })}">${e}</a></li>`)}</ul>` : html`<p class="muted">No key entities recorded for this story yet.</p>`}`;
  return layout(s.title || 'Story', body);
}

interface Mark {
  start: number;
  end: number;
  cls: string;
  title?: string;
  anchor?: string;
}

/** The body with marked spans; overlapping marks are cut at every boundary so that the markup stays well nested. */
export function markBody(body: string, marks: Mark[]): SafeHtml {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= body.length && m.start < m.end);
  const cuts = new Set<number>([0, body.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: HtmlValue[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const text = body.slice(a, b);
    for (const m of valid)
      if (m.anchor && m.start === a) parts.push(html`<span class="anchor" id="${m.anchor}"></span>`);
    const active = valid.filter((m) => m.start <= a && m.end >= b);
    if (active.length === 0) {
      parts.push(text);
      continue;
    }
    const title = active.flatMap((m) => (m.title ? [m.title] : [])).join(' · ');
    parts.push(
      html`<span class="${active.map((m) => m.cls).join(' ')}"${title ? html` title="${title}"` : null}>${text}</span>`,
    );
  }
  return html`${parts}`;
}

export function articlePage(v: ArticleView): string {
  const a = v.article;
  const marks: Mark[] = [];
  for (const m of a.analysis?.mentions ?? []) {
    if (m.caption !== undefined) continue;
    marks.push({ start: m.start, end: m.end, cls: `m m-${m.type}`, title: `${m.type}: ${m.text}` });
  }
  for (const q of v.quotes) {
    marks.push({
      start: q.start,
      end: q.end,
      cls: 'q',
      title: `quote (${q.kind})${q.speaker ? ` by ${q.speaker}` : ''}`,
      anchor: quoteAnchor(q.id),
    });
  }
  for (const r of v.reuse) {
    const mine = r.target_article === a.id ? r.target : r.source;
    const other = r.target_article === a.id ? r.source : r.target;
    marks.push({
      start: mine.start,
      end: mine.end,
      cls: 'r',
      title: `shared with ${other.outlet ?? other.article}`,
    });
  }
  const link = safeUrl(a.url);
  const body = html`<h1>${a.title || '(untitled)'}</h1>
<p class="meta">${a.outlet ? html`<a href="${outletHref(a.outlet)}">${a.outlet}</a>` : 'unknown outlet'} · ${day(a.published)}${a.lang ? ` · ${a.lang}` : ''}${a.bylines.length ? ` · by ${a.bylines.join(', ')}` : ''}${v.story ? html` · story: <a href="${storyHref(v.story.id)}">${v.story.title || v.story.id}</a>` : null}</p>
<p class="meta">Source: ${link ? html`<a href="${link}" rel="noopener noreferrer nofollow">${a.url}</a>` : a.source} · <a href="/api/articles/${seg(a.id)}">JSON</a></p>
<p class="legend meta"><span class="m m-person">person</span><span class="m m-organization">organization</span><span class="m m-place">place</span><span class="q">quote</span><span class="r">copied passage</span></p>
<div class="body" id="body">${markBody(a.body, marks)}</div>
${a.captions.length ? html`<h2>Captions</h2><ul class="captions">${a.captions.map((c) => html`<li>${c}</li>`)}</ul>` : null}
<h2>Quotes <span class="meta">(${v.quotes_total > v.quotes.length ? `the first ${v.quotes.length} of ${v.quotes_total}` : v.quotes.length})</span></h2>
${v.quotes.length ? html`<ul>${v.quotes.map((q) => html`<li><a href="#${quoteAnchor(q.id)}">${q.speaker ?? 'unknown speaker'}</a>: ${clip(q.text, 200)}${q.via ? html` <span class="meta">via ${q.via}</span>` : null}</li>`)}</ul>` : html`<p class="muted">No quotes found.</p>`}
${v.citations.length ? html`<h2>Cited sources</h2><ul class="tags">${v.citations.map((c) => html`<li>${c.entity ? html`<a href="${entityHref(c.entity)}">${c.name}</a>` : c.name} <span class="meta">${c.kind}</span></li>`)}</ul>` : null}
<h2>Copied passages <span class="meta">(${v.reuse.length})</span></h2>
${reuseSection(v.reuse, { focus: a.id })}
<h2>Removed boilerplate <span class="meta">(${a.removed.length})</span></h2>
${a.removed.length ? html`<details><summary>Show the ${plural(a.removed.length, 'line')} the cleaner removed, with reasons</summary><div class="table-wrap"><table class="removed"><thead><tr><th>Text</th><th>Reason</th></tr></thead><tbody>${a.removed.map((r) => html`<tr><td>${r.text}</td><td>${r.reason}</td></tr>`)}</tbody></table></div></details>` : html`<p class="muted">Nothing was removed.</p>`}
${a.messages.length ? html`<h2>Messages</h2><ul>${a.messages.map((m) => html`<li>${m.kind} (${m.source}): ${m.message}</li>`)}</ul>` : null}`;
  return layout(a.title || 'Article', body);
}

/**
 * Cited sources with their counts; a source the text named as an entity links to its page. `byOutlet`: each row is a
 * source as one outlet cites it.
 */
function sourcesTable(sources: CitationSourceRecord[], options: { byOutlet?: boolean } = {}) {
  if (sources.length === 0)
    return html`<p class="muted">No agencies, outlets, officials, documents or anonymous sources found.</p>`;
  return html`<div class="table-wrap"><table class="sources"><thead><tr>${options.byOutlet ? html`<th>Citing outlet</th>` : null}<th>Source</th><th>Kind</th><th class="num">Citations</th><th class="num">Articles</th></tr></thead><tbody>${sources.map((s) => html`<tr>${options.byOutlet ? html`<td>${s.outlet ? html`<a href="${outletHref(s.outlet)}">${s.outlet}</a>` : html`<span class="muted">?</span>`}</td>` : null}<td>${s.entity ? html`<a href="${entityHref(s.entity)}">${s.source}</a>` : s.source}</td><td>${s.kind}</td><td class="num">${s.citations}</td><td class="num">${s.articles}</td></tr>`)}</tbody></table></div>`;
}

export function outletPage(v: OutletView, base: string): string {
  const body = html`<h1>${v.outlet}</h1>
<p class="meta">${plural(v.articles.total, 'article')} · ${span(v.first, v.last)} · <a href="/api/outlets/${seg(v.outlet)}">JSON</a></p>
<h2>Volume over time</h2>
${barChart(
  v.volume.map((b) => ({ label: b.label, value: b.count })),
  { title: `Articles from ${v.outlet} over time`, unit: 'articles' },
)}
<div class="grid2"><section><h2>Reuse in and out</h2>
${networkChart(
  v.reuse.filter((e) => e.from !== e.to),
  { title: `Copied passages to and from ${v.outlet}`, focus: v.outlet },
)}
${v.reuse.filter((e) => e.from === e.to).map((e) => html`<p class="meta">${plural(e.weight, 'passage')} shared between articles of ${e.from === v.outlet ? 'this outlet' : e.from}.</p>`)}
<p class="meta">Arrows point from the earlier outlet to the one that copied; from the latest ${v.sampled} articles.</p></section>
<section><h2>Most quoted speakers</h2>
${v.speakers.length ? html`<table><tbody>${v.speakers.map((s) => html`<tr><td>${speakerName(s)}</td><td class="num">${s.count}</td></tr>`)}</tbody></table>` : html`<p class="muted">No quotes found.</p>`}
<p class="meta">In the latest ${v.sampled} articles.</p></section></div>
<h2>Sources cited most <span class="meta">(in the latest ${v.sampled} articles · <a href="/sources${query({ outlet: v.outlet })}">all</a>)</span></h2>
${sourcesTable(v.sources)}
<h2>Stories covered <span class="meta">(${v.stories.total})</span></h2>
${storyTable(v.stories.items)}
<h2>Articles</h2>
${articleTable(v.articles.items, { story: true })}
${pager(v.articles, base, {})}`;
  return layout(v.outlet, body);
}

export function entitiesPage(p: Page<EntityRecord>, q: { q?: string; type?: string }): string {
  const body = html`<h1>Entities</h1>
<form class="filters" action="/entities" method="get"><label>Name<input type="search" name="q" value="${q.q ?? ''}"></label>
<label>Type<select name="type" data-autosubmit>${['', 'person', 'organization', 'place', 'other'].map((t) => html`<option value="${t}"${q.type === t ? html` selected` : null}>${t || 'any'}</option>`)}</select></label><button type="submit">Find</button></form>
${p.items.length ? html`<div class="table-wrap"><table><thead><tr><th>Name</th><th>Type</th><th class="num">Articles</th></tr></thead><tbody>${p.items.map((e) => html`<tr><td><a href="${entityHref(e.id)}">${e.name}</a>${e.roles.length ? html` <span class="meta">${e.roles.slice(0, 3).join(', ')}</span>` : null}</td><td>${e.type}</td><td class="num">${e.articles.length}</td></tr>`)}</tbody></table></div>` : html`<p class="muted">No entities${q.q ? ' match' : ' yet'}.</p>`}
${pager(p, '/entities', { q: q.q, type: q.type })}`;
  return layout('Entities', body);
}

export function entityPage(v: EntityView, base: string): string {
  const e = v.entity;
  const body = html`<h1>${e.name}</h1>
<p class="meta">${e.type} · ${plural(e.article_count, 'article')}${e.roles.length ? ` · ${e.roles.join(', ')}` : ''}${e.aliases.length ? ` · also: ${e.aliases.join(', ')}` : ''} · <a href="/api/entities/${seg(e.id)}">JSON</a></p>
<h2>Mentions over time</h2>
${barChart(
  v.volume.map((b) => ({ label: b.label, value: b.count })),
  { title: `Articles mentioning ${e.name} over time`, unit: 'articles' },
)}
<h2>Stories</h2>
${storyTable(v.stories)}
<h2>What ${e.name} said <span class="meta">(${v.said.total} in the latest articles · <a href="/quotes${query({ speaker: e.id })}">all</a>)</span></h2>
${v.said.items.length ? v.said.items.map((q) => html`<blockquote>${q.text} <a class="meta" href="${articleHref(q.article)}#${quoteAnchor(q.id)}">in context →</a></blockquote>`) : html`<p class="muted">No quotes attributed.</p>`}
<h2>What was said about ${e.name} <span class="meta">(${v.about.length})</span></h2>
${v.about.length ? v.about.map((q) => html`<blockquote>${q.text} <a class="meta" href="${articleHref(q.article)}#${quoteAnchor(q.id)}">${q.speaker ?? 'unknown speaker'} →</a></blockquote>`) : html`<p class="muted">No quotes by others naming them.</p>`}
<h2>Articles</h2>
${articleTable(v.articles.items, { story: true })}
${pager(v.articles, base, {})}`;
  return layout(e.name, body);
}

export interface QuotesSearch {
  q?: string;
  speaker?: string;
  kind?: string;
  outlet?: string;
  story?: string;
}

/** Who said what across the store: quotes found by their words, speaker, kind, outlet or story. */
export function quotesPage(v: QuotesView, q: QuotesSearch): string {
  const kindOption = (value: string) =>
    html`<option value="${value}"${(q.kind ?? '') === value ? html` selected` : null}>${value || 'any'}</option>`;
  const body = html`<h1>Who said what</h1>
<form class="filters" action="/quotes" method="get">
<label>Words<input type="search" name="q" value="${q.q ?? ''}" placeholder="in the quote"></label>
<label>Speaker<input name="speaker" value="${q.speaker ?? ''}" placeholder="name or id"></label>
<label>Kind<select name="kind" data-autosubmit>${['', 'direct', 'indirect', 'partial'].map(kindOption)}</select></label>
<label>Outlet<input name="outlet" value="${q.outlet ?? ''}"></label>
${q.story ? html`<input type="hidden" name="story" value="${q.story}">` : null}
<button type="submit">Find</button>
</form>
${q.story ? html`<p class="meta">In <a href="${storyHref(q.story)}">one story</a> only.</p>` : null}
${v.latest !== undefined ? html`<h2>Latest quotes <span class="meta">(from the newest ${plural(v.latest, 'article')}; search to list them all)</span></h2>` : html`<h2>Quotes <span class="meta">(${v.quotes.total})</span></h2>`}
${
  v.quotes.items.length
    ? v.quotes.items.map((quote) => {
        const title = v.articles.get(quote.article)?.title;
        return html`<section class="quote-hit" data-quote="${quote.id}"><h3>${speakerName(quote)}${title ? html` <span class="meta">in ${title}</span>` : null}</h3>
${quoteLink(quote, v.articles)}</section>`;
      })
    : html`<p class="muted">No quotes match.</p>`
}
${pager(v.quotes, '/quotes', { q: q.q, speaker: q.speaker, kind: q.kind, outlet: q.outlet, story: q.story })}`;
  return layout('Who said what', body);
}

export interface SourcesSearch {
  kind?: string;
  outlet?: string;
  story?: string;
  by?: string;
}

/** The sources articles rely on, most cited first: agencies, outlets, officials, documents, anonymous sources. */
export function sourcesPage(v: SourcesView, q: SourcesSearch, kinds: readonly string[]): string {
  const p = v.sources;
  const byOutlet = q.by === 'outlet';
  const body = html`<h1>Sources cited</h1>
<form class="filters" action="/sources" method="get">
<label>Kind<select name="kind" data-autosubmit>${['', ...kinds].map((k) => html`<option value="${k}"${(q.kind ?? '') === k ? html` selected` : null}>${k || 'any'}</option>`)}</select></label>
<label>Citing outlet<input name="outlet" value="${q.outlet ?? ''}"></label>
<label>Count<select name="by" data-autosubmit><option value="">over all outlets</option><option value="outlet"${byOutlet ? html` selected` : null}>per citing outlet</option></select></label>
${q.story ? html`<input type="hidden" name="story" value="${q.story}">` : null}
<button type="submit">Show</button>
</form>
${q.story ? html`<p class="meta">In <a href="${storyHref(q.story)}">one story</a> only.</p>` : null}
<h2>Sources <span class="meta">(${p.total}${v.latest !== undefined ? `, in the newest ${plural(v.latest, 'article')}; pick a kind, outlet or story to count over all` : ''})</span></h2>
${sourcesTable(p.items, { byOutlet })}
${pager(p, '/sources', { kind: q.kind, outlet: q.outlet, story: q.story, by: q.by })}`;
  return layout('Sources cited', body);
}

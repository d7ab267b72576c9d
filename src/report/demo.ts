// The quick-start report: what wiretrace found in a (small) store, story by story, in plain text.

import type { Store, StoredArticle } from '../store/types.js';
import {
  flat,
  formatCitationSources,
  formatClaims,
  formatQuotesBySpeaker,
  formatReuse,
  formatStats,
  formatStory,
} from './terminal.js';

export async function demoReport(store: Store, options: { stories?: number } = {}): Promise<string> {
  const out: string[] = [formatStats(await store.stats())];
  const stories = await store.listStories({ limit: options.stories ?? 3, sort: 'size' });
  for (const story of stories.items) {
    const articles: StoredArticle[] = [];
    for (const id of story.articles) {
      const a = await store.getArticle(id);
      if (a) articles.push(a);
    }
    const quotes = (await store.listQuotes({ story: story.id, limit: 1000 })).items;
    out.push('', '═'.repeat(100), formatStory(story, articles, []));
    const byId = new Map(articles.map((a) => [a.id, a]));
    if (quotes.length) {
      out.push(
        '',
        'Who said what',
        ...formatQuotesBySpeaker(
          quotes.filter((q) => q.kind !== 'partial'),
          byId,
        ).map((l) => `  ${l}`),
      );
    }
    const sources = (await store.listCitationSources({ story: story.id, limit: 30 })).items;
    if (sources.length) out.push('', 'Sources cited', ...formatCitationSources(sources).map(indent));
    const reuse = (await store.listReuse({ story: story.id, limit: 20 })).items;
    if (reuse.length) out.push('', 'Copied passages', ...reuse.map((r) => indent(formatReuse(r, byId))));
    const claims = (await store.listClaims({ story: story.id, limit: 10 })).items;
    if (claims.length) out.push('', 'Repeated claims', ...formatClaims(claims).map(indent));
    const removed = articles.reduce((n, a) => n + a.removed.length, 0);
    out.push(
      '',
      `Cleaning: ${removed} lines of page furniture removed (see: wiretrace show ID --removed), ${articles.reduce((n, a) => n + a.captions.length, 0)} captions kept apart`,
    );
    for (const a of articles)
      if (a.outlet === null) out.push(`  ${a.id} names no outlet in its text: ${flat(a.source)}`);
  }
  return out.join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

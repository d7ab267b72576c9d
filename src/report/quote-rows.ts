// Quotes as a user listing who said what reads them: each with the outlet, date and title of its article.

import type { QuoteRecord, Store } from '../store/types.js';

/** What a listing names of a quote's article besides its id. */
export interface QuoteArticle {
  outlet: string | null;
  published: string | null;
  title: string | null;
}

/** A quote with its article's outlet, publication date and title beside the article id it always carried. */
export type QuoteRow = QuoteRecord & QuoteArticle;

/** The outlet, date and title of the articles some quotes come from, each article read once. */
export async function quoteArticles(store: Store, quotes: QuoteRecord[]): Promise<Map<string, QuoteArticle>> {
  const ids = [...new Set(quotes.map((q) => q.article))];
  const found = await Promise.all(ids.map((id) => store.getArticle(id)));
  const articles = new Map<string, QuoteArticle>();
  for (const a of found)
    if (a) articles.set(a.id, { outlet: a.outlet, published: a.published, title: a.title });
  return articles;
}

/**
 * Each quote with its article's outlet, date and title (null where the store has no such article): an article id
 * alone sent whoever listed who said what to a lookup per quote to learn where and when it was said.
 */
export function quoteRows(quotes: QuoteRecord[], articles: Map<string, QuoteArticle>): QuoteRow[] {
  return quotes.map((q) => {
    const a = articles.get(q.article);
    return { ...q, outlet: a?.outlet ?? null, published: a?.published ?? null, title: a?.title ?? null };
  });
}

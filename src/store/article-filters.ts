// The article filters both stores share, as SQL with "?" placeholders over the `articles a` table.

import type { ArticleQuery } from './types.js';

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

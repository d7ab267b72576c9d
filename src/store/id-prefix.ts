// Article ids typed short, as with git: what a prefix may look like, and what to say when it names several articles.

import type { Store } from './types.js';

/** Text a store reads as the beginning of an article id (ids are 16 lower-case hex digits). */
export const ID_PREFIX = /^[0-9a-f]{1,15}$/;

/** How many of the ids an ambiguous prefix begins are named. */
const NAMED = 5;

/**
 * Why `id` found no article when it is a prefix several ids begin with, or null when it is not (none begins with it,
 * or it is no prefix): "no article with id 4" for a prefix of 12 ids sent users looking for a typing error.
 */
export async function ambiguousArticleId(store: Store, id: string): Promise<string | null> {
  if (!ID_PREFIX.test(id)) return null;
  const { total, ids } = await store.articleIdsWithPrefix(id, NAMED);
  if (total < 2) return null;
  const more = total > ids.length ? `, and ${total - ids.length} more` : '';
  return `article id ${id} is ambiguous: ${total} articles have ids beginning with it (${ids.join(', ')}${more}); give more of the id`;
}

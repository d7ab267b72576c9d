// Article ids typed short, on SQLite and PostgreSQL: a prefix that begins one id finds it, one that begins several
// says which.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainArticle } from '../../src/model/index.js';
import { ambiguousArticleId } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { postgresUnavailable, storeBackends } from './helpers.js';

const pgSkip = await postgresUnavailable();
if (pgSkip) console.warn(`id prefixes: PostgreSQL half skipped: ${pgSkip}`);

const IDS = ['4a00000000000001', '4b00000000000002', '4c00000000000003', '7d00000000000004'];

for (const backend of storeBackends(pgSkip)) {
  describe.skipIf(backend.skip !== null)(`id prefixes: ${backend.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await backend.open());
      await store.putArticles(
        IDS.map((id) => ({
          article: plainArticle({
            id,
            source: `mem/${id}.txt`,
            title: `Ferry ${id}`,
            body: `The ferry to Kelmarsh Island left late on day ${id}.`,
          }),
          analysis: null,
        })),
      );
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('counts and names the ids a prefix begins, in id order', async () => {
      expect(await store.articleIdsWithPrefix('4', 2)).toEqual({ total: 3, ids: IDS.slice(0, 2) });
      expect(await store.articleIdsWithPrefix('4b', 5)).toEqual({ total: 1, ids: [IDS[1]] });
      expect(await store.articleIdsWithPrefix('9', 5)).toEqual({ total: 0, ids: [] });
    });

    it('finds an article by a unique prefix however short, and none by an ambiguous one', async () => {
      expect((await store.getArticle('7'))?.id).toBe(IDS[3]);
      expect((await store.getArticle('4c'))?.id).toBe(IDS[2]);
      expect(await store.getArticle('4')).toBeNull();
    });

    it('says that a prefix of several ids is ambiguous and names them', async () => {
      expect(await ambiguousArticleId(store, '4')).toBe(
        `article id 4 is ambiguous: 3 articles have ids beginning with it (${IDS.slice(0, 3).join(', ')}); give more of the id`,
      );
      expect(await ambiguousArticleId(store, '9')).toBeNull();
      expect(await ambiguousArticleId(store, 'x4')).toBeNull();
    });
  });
}

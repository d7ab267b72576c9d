// Store answers a user reads as they come: the order of per-outlet sources, on SQLite and PostgreSQL.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyAnalysis, plainArticle } from '../../src/model/index.js';
import type { Store } from '../../src/store/types.js';
import { postgresUnavailable, storeBackends } from './helpers.js';

const pgSkip = await postgresUnavailable();
if (pgSkip) console.warn(`listing order: PostgreSQL half skipped: ${pgSkip}`);

/** An invented article citing `names` (an agency each), under `outlet`. */
const citing = (id: string, outlet: string | null, names: string[]) => {
  const body = `${names.join(' and ')} reported that the ferry to Kelmarsh Island was cancelled.`;
  let at = 0;
  const citations = names.map((name) => {
    const start = body.indexOf(name, at);
    at = start + name.length;
    return { start, end: at, name, kind: 'agency' as const, entity: null };
  });
  return {
    article: plainArticle({ id, source: `mem/${id}.txt`, outlet, title: `Ferry ${id}`, body }),
    analysis: { ...emptyAnalysis(), citations },
  };
};

for (const backend of storeBackends(pgSkip)) {
  describe.skipIf(backend.skip !== null)(`listing order: ${backend.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await backend.open());
      await store.putArticles([
        // The unknown outlet cites the most, so that neither count nor name puts it last by chance.
        citing('a100000000000001', null, ['Harbour Wire', 'Harbour Wire', 'Coastline Press']),
        citing('a100000000000002', 'Zephyr Tribune', ['Coastline Press']),
        citing('a100000000000003', 'Abbey Courier', ['Harbour Wire']),
      ]);
    });
    afterAll(async () => {
      await dispose?.();
    });

    it('lists sources per outlet by outlet name, the articles that name no outlet last', async () => {
      const { items } = await store.listCitationSources({ byOutlet: true });
      expect(items.map((r) => [r.outlet, r.source, r.citations])).toEqual([
        ['Abbey Courier', 'Harbour Wire', 1],
        ['Zephyr Tribune', 'Coastline Press', 1],
        [null, 'Harbour Wire', 2],
        [null, 'Coastline Press', 1],
      ]);
    });
  });
}

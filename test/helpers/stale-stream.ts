// A generated stream whose stories' summaries change as they grow, and a store that stops a link run after some batches:
// what the tests of a link run stopped mid-way (restart-stale.test.ts, queue/stale-stories.test.ts) share.

import { generateStream, storedReport } from '../../bench/stories/generate.js';
import type { Analysis, Article } from '../../src/model/index.js';
import type { LinkBatch, Store } from '../../src/store/types.js';

export type Item = { article: Article; analysis: Analysis };

/** An invented place name of its own for each event: "Varbel", "Tosk", ... */
const placeOf = (event: number): string => {
  let name = '';
  for (let n = event + 30; n > 0; n = Math.floor(n / 5)) name += ['var', 'tos', 'bel', 'kim', 'dro'][n % 5];
  return name[0].toUpperCase() + name.slice(1);
};

/**
 * 400 generated reports over 40 days, each naming its event's person. The first two reports of an event also name
 * its council, the later ones its police: a story's key entities change as its sample grows, so a summary of an
 * earlier sample reads differently from the final one.
 */
export const staleStream: Item[] = (() => {
  const seen = new Map<number, number>();
  return [...generateStream(400, 5, 40)].map((g, i) => {
    const item = storedReport(g, `outlet${(g.event * 3 + i) % 7}.example`);
    const nth = seen.get(g.event) ?? 0;
    seen.set(g.event, nth + 1);
    const name = `${placeOf(g.event)} ${nth < 2 ? 'Council' : 'Police'}`;
    item.analysis.entities.push({ id: 'e2', name, type: 'organization', aliases: [], roles: [] });
    return item;
  });
})();

/** Articles per link transaction in these tests: 10 batches for the stream. */
export const BATCH = 40;

export class Stopped extends Error {}

/**
 * The store, failing the link transaction after `batches` were saved: a run that stops there (killed, or its lock
 * lost). It fails once; the transactions after are saved again, as the next run's are.
 */
export function stoppingAfter(store: Store, batches: number): Store {
  let saved = 0;
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'saveLinks')
        return async (batch: LinkBatch) => {
          if (saved++ === batches) throw new Stopped(`stopped after ${batches} batches`);
          await target.saveLinks(batch);
        };
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { ReuseIndex } from '../src/link/reuse/index.js';
import { ingest, link } from '../src/pipeline/index.js';
import { SqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';

const topics = ['harbour', 'railway', 'hospital', 'library', 'stadium', 'bridge'];

/** Writes `n` distinct small articles as JSON Lines. */
function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-pipe-'));
  const path = join(dir, 'articles.jsonl');
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      title: `Council votes on the ${topics[i % topics.length]} plan, item ${i}`,
      text: `The city council voted on Tuesday on plan number ${i} for the ${topics[i % topics.length]}, officials said. The mayor said work would start within ${i % 12} months if the money arrived.`,
      outlet: `Outlet ${i % 3}`,
      published: `2021-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    }),
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** A store that fails on its N-th call of one method, as a crash mid-run would. */
function failingOn<K extends 'putArticles' | 'saveLinks' | 'saveReuseSnapshot'>(
  store: Store,
  method: K,
  call: number,
): Store {
  let calls = 0;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === method) {
        return async (...args: unknown[]) => {
          calls++;
          if (calls === call) throw new Error('simulated crash');
          return (target[method] as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('ingest and link survive a crash and resume', () => {
  it('keeps the committed batches, then resumes without adding anything twice', async () => {
    const input = corpus(1200);
    const db = join(mkdtempSync(join(tmpdir(), 'wiretrace-crash-')), 'news.db');
    const store = new SqliteStore(db);
    await expect(ingest(failingOn(store, 'putArticles', 2), [input], { batchSize: 500 })).rejects.toThrow(
      'simulated crash',
    );
    expect((await store.stats()).articles).toBe(500);

    const resumed = await ingest(store, [input], { batchSize: 500 });
    expect(resumed).toMatchObject({ read: 1200, ingested: 700, unchanged: 500, skipped: 0 });
    expect((await store.stats()).articles).toBe(1200);
    await store.close();
  });

  it('links in batches and picks up where an interrupted link stopped', async () => {
    const input = corpus(900);
    const db = join(mkdtempSync(join(tmpdir(), 'wiretrace-link-')), 'news.db');
    const store = new SqliteStore(db);
    await ingest(store, [input]);
    await expect(link(failingOn(store, 'saveLinks', 2), { batchSize: 400 })).rejects.toThrow(
      'simulated crash',
    );
    expect((await store.stats()).unlinked).toBe(500);

    const resumed = await link(store, { batchSize: 400 });
    expect(resumed.linked).toBe(500);
    const stats = await store.stats();
    expect(stats.unlinked).toBe(0);
    // Every article sits in exactly one story that exists.
    const stories = await store.listStories({ limit: 1000 });
    const members = stories.items.flatMap((s) => s.articles);
    expect(members).toHaveLength(900);
    expect(new Set(members).size).toBe(900);
    await store.close();
  });

  it('completes a claim in a later run from an article linked in an earlier one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-claims-'));
    const write = (name: string, record: object) => {
      writeFileSync(join(dir, name), `${JSON.stringify(record)}\n`);
      return join(dir, name);
    };
    const first = write('a.jsonl', {
      title: 'Incumbent declared winner',
      text: 'The incumbent won the presidential election, taking over 80 percent of the vote, officials said on Monday.',
      outlet: 'Wire One',
      published: '2020-08-10',
    });
    const second = write('b.jsonl', {
      title: 'Protests after the vote',
      // Says enough of the same besides the number (official, presidential, election, incumbent) to be the same
      // claim even if the two articles do not end up in one story.
      text: 'Protesters rejected the official result of the presidential election, which gave the incumbent more than 80% of the votes.',
      outlet: 'Wire Two',
      published: '2020-08-11',
    });
    const store = new SqliteStore(join(dir, 'news.db'));
    await ingest(store, [first]);
    await link(store);
    expect((await store.stats()).claims).toBe(0);
    await ingest(store, [second]);
    await link(store);
    const claims = await store.listClaims();
    expect(claims.total).toBe(1);
    expect(claims.items[0].articles).toHaveLength(2);
    expect(claims.items[0].outlets.sort()).toEqual(['Wire One', 'Wire Two']);
    await store.close();
  });

  it('stores the same stories, titles included, whatever the batch size', async () => {
    // Small batches write growing stories many times with summaries of an earlier sample; the end of the run
    // brings every one up to date, so the result matches one big batch. Over 100 days and 1,200 articles, stories
    // idle past the window are also sealed mid-run (their sample dropped), some of them while still stale.
    // The story linker's look-ahead within a batch stays off (its default): with it, what a batch may still change
    // depends on its size.
    const input = eventsCorpus();
    const stories = async (batchSize: number) => {
      const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wiretrace-batch-')), 'news.db'));
      await ingest(store, [input]);
      await link(store, { batchSize, stories: { deferSize: 0, resettleLone: false } });
      const { items } = await store.listStories({ limit: 1000 });
      await store.close();
      return items;
    };
    const whole = await stories(1000);
    expect(whole.filter((s) => s.articles.length > 4).length).toBeGreaterThan(10);
    expect(await stories(3)).toEqual(whole);
  });

  it('never renames a story of an earlier run: a later run adds to it or records it as absorbed', async () => {
    const lines = readFileSync(eventsCorpus(), 'utf8').trim().split('\n');
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-runs-'));
    const store = new SqliteStore(join(dir, 'news.db'));
    const runOn = async (part: string[], name: string) => {
      const path = join(dir, name);
      writeFileSync(path, `${part.join('\n')}\n`);
      await ingest(store, [path]);
      // The look-ahead on (off by default): it must leave the stories of the first run as they were.
      await link(store, { batchSize: 97, stories: { deferSize: 5, resettleLone: true } });
      return (await store.listStories({ limit: 10_000 })).items;
    };
    const before = await runOn(lines.slice(0, 400), 'first.jsonl');
    const after = await runOn(lines.slice(400), 'second.jsonl');
    const storyOf = new Map(after.flatMap((s) => s.articles.map((a) => [a, s])));
    let grown = 0;
    for (const old of before) {
      for (const article of old.articles) {
        const now = storyOf.get(article)!;
        expect(now.id === old.id || now.absorbed.includes(old.id)).toBe(true);
      }
      if (storyOf.get(old.articles[0])!.articles.length > old.articles.length) grown++;
    }
    // The later run joined articles to stories of the earlier one.
    expect(grown).toBeGreaterThan(0);
    await store.close();
  });

  it('keeps a story open in a later run as long as in one run, though its first articles are not replayed', async () => {
    // A story's window is as long as its coverage has run (25 days here, 01-01 to 01-26). A later run replays only
    // the last 30 days before its newest article (02-05), which leaves out 01-01: rebuilt from the rest the story
    // would have run 20 days and refuse the article of 02-18 that one long run takes.
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-span-'));
    const record = (day: string, i: number) => ({
      title: `Glacier lake in the Karakoram keeps rising, update ${i}`,
      text: `Engineers monitoring the Shisper glacier lake in the Karakoram said the water kept rising, update ${i}. Villagers in Hassanabad were told to stay away from the Hunza valley bridge.`,
      outlet: 'Wire One',
      published: `2021-${day}`,
    });
    const filler = {
      title: 'Bakery wins regional bread prize',
      text: 'A family bakery in Lyon won the regional prize for its sourdough, the jury announced.',
      outlet: 'Wire Two',
      published: '2021-02-05',
    };
    const days = ['01-01', '01-06', '01-11', '01-16', '01-21', '01-26'];
    const first = join(dir, 'first.jsonl');
    writeFileSync(first, `${[...days.map(record), filler].map((r) => JSON.stringify(r)).join('\n')}\n`);
    const later = join(dir, 'later.jsonl');
    writeFileSync(later, `${JSON.stringify(record('02-18', 9))}\n`);
    const storyCount = async (runs: string[][]) => {
      const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wiretrace-span-db-')), 'news.db'));
      for (const inputs of runs) {
        await ingest(store, inputs);
        await link(store);
      }
      const { items } = await store.listStories({ limit: 100 });
      await store.close();
      return items.map((s) => s.articles.length).sort();
    };
    expect(await storyCount([[first, later]])).toEqual([1, 7]);
    expect(await storyCount([[first], [later]])).toEqual([1, 7]);
  });
});

/** 1,200 reports of three recurring events over 100 days, as JSON Lines (20 rounds of each event). */
function eventsCorpus(): string {
  const events = [
    'An earthquake struck Valparaiso, damaging the port of Valparaiso and the Chilean coast',
    'Flooding in Dhaka displaced thousands as the Buriganga river burst its banks in Bangladesh',
    'The Kenyan parliament in Nairobi passed the Mombasa railway budget after a long debate',
  ];
  const rounds =
    'amber birch cedar delta ember fjord garnet harbor indigo juniper kestrel lagoon marble nectar onyx pepper quartz raven saffron tundra'.split(
      ' ',
    );
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-events-'));
  const input = join(dir, 'events.jsonl');
  const lines = Array.from({ length: 60 * rounds.length }, (_, n) => {
    const i = n % 60;
    const round = rounds[Math.floor(n / 60)];
    const event = `${events[i % events.length]}, ${round} ${round}`;
    const day = 5 * Math.floor(n / 60) + Math.floor(i / 12);
    return JSON.stringify({
      title: `${event.split(',')[0]} ${round} (report ${n})`,
      // Only the last reports name Bachelet: a summary of the earlier sample alone would miss her.
      text: `${event}, officials said on day ${day}. Report ${n} from correspondent ${n % 7}: ${event.toLowerCase()}.${i >= 48 ? ' Bachelet toured the damage. Bachelet promised aid, Bachelet said.' : ''}`,
      outlet: `Outlet ${n % 4}`,
      published: new Date(Date.UTC(2021, 0, 1 + day)).toISOString().slice(0, 10),
    });
  });
  writeFileSync(input, `${lines.join('\n')}\n`);
  return input;
}

describe('claims over months, linked in one run or in many', () => {
  it('stores the same claims, ids included, when later runs restore only the claim window', async () => {
    // 300 days: a core recurring every 30 days stays one open claim; one recurring every ~110 days is forgotten in
    // between (its next sighting starts `core@date`), which a restore from the window alone must still know; the bulbs
    // of the last article of one run and the first of the next make a claim across the two runs.
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-months-'));
    const parts = Array.from({ length: 4 }, (_, p) => {
      const lines = Array.from({ length: 100 }, (_, j) => {
        const i = p * 100 + j;
        return JSON.stringify({
          title: `Council report ${i}`,
          text: `The council met on report ${i}. The mayor said ${i % 40} buses would be bought. Officials counted ${(i * 13) % 150} trees in the park. Volunteers planted ${5000 + Math.floor((i + 1) / 2)} bulbs.`,
          outlet: `Outlet ${i % 3}`,
          published: new Date(Date.UTC(2021, 0, 1 + Math.floor(i * 0.75))).toISOString().slice(0, 10),
        });
      });
      const path = join(dir, `part-${p}.jsonl`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return path;
    });
    const claimsOf = async (runs: string[][]) => {
      const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wiretrace-months-db-')), 'news.db'));
      for (const inputs of runs) {
        await ingest(store, inputs);
        await link(store);
      }
      const claims = await store.allClaims();
      const cores = await store.hasClaimCores();
      await store.close();
      return { claims, cores };
    };
    const one = await claimsOf([parts]);
    const many = await claimsOf(parts.map((p) => [p]));
    expect(one.claims.some((c) => c.key.includes('@'))).toBe(true);
    expect(many.cores).toBe(true);
    expect(many.claims).toEqual(one.claims);
  });
});

describe('a restart long after the first articles', () => {
  it('links a new batch as one run over all the articles does: stories, reuse and claims alike', async () => {
    // Two years of articles: a story whose coverage ended long before the restart's horizon, others ongoing, and a
    // wire report copied by a second outlet (reuse), so the restart reads articles it no longer needs to track.
    // The first three ports' coverage ends after the first year; the last three's runs through the restart.
    const places = ['Tromso', 'Valdivia', 'Mombasa', 'Hobart', 'Cusco', 'Tartu'];
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-restart-'));
    const record = (i: number) => {
      const place = places[(i % 3) + (i < 90 ? 0 : 3)];
      const day = 4 * i;
      const report = `The ferry terminal in ${place} reopened after repairs that cost ${40 + (i % 5)} million crowns, the port authority said on day ${day}. Ferry crews in ${place} expect ${1000 + i} passengers a week once the winter timetable starts.`;
      return {
        title: `${place} ferry terminal reopens, report ${i}`,
        text: i % 7 === 3 ? `${report} Copied by a partner outlet.` : report,
        outlet: `Outlet ${i % 4}`,
        published: new Date(Date.UTC(2021, 0, 1 + day)).toISOString().slice(0, 10),
      };
    };
    const lines = Array.from({ length: 180 }, (_, i) => JSON.stringify(record(i)));
    const early = join(dir, 'early.jsonl');
    writeFileSync(early, `${lines.slice(0, 160).join('\n')}\n`);
    const late = join(dir, 'late.jsonl');
    writeFileSync(late, `${lines.slice(160).join('\n')}\n`);
    const outcome = async (runs: string[][]) => {
      const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'wiretrace-restart-db-')), 'news.db'));
      for (const inputs of runs) {
        await ingest(store, inputs);
        await link(store);
      }
      const stories = (await store.listStories({ limit: 1000 })).items;
      const reuse = (await store.listReuse({ limit: 1000 })).items;
      const claims = await store.allClaims();
      await store.close();
      return { stories, reuse, claims };
    };
    const one = await outcome([[early, late]]);
    const two = await outcome([[early], [late]]);
    expect(one.stories.length).toBeGreaterThan(1);
    expect(one.claims.length).toBeGreaterThan(0);
    expect(one.reuse.length).toBeGreaterThan(0);
    expect(two).toEqual(one);
  });
});

describe('the reuse index saved at the end of a link run', () => {
  // Invented reports, a day apart: two wire stories (one in the first run, one in the second) that other outlets copy
  // a run later, amid unrelated ones.
  const wires: Record<number, string> = {
    2: 'Lighthouse keepers on the island of Varn will be replaced by automatic lamps next year, the maritime office said on Friday, ending a service that has run since 1821. The last two keepers are to stay on as guides for visitors in the summer.',
    45: 'The glassworks at Orla will close its second furnace in March after gas prices tripled, the owners told the workers on Monday. About ninety of the three hundred staff are to be offered places at the plant in the neighbouring valley.',
  };
  const copies: Record<number, number> = { 65: 2, 70: 45 };
  const trades = ['plumbers', 'bakers', 'tailors', 'welders', 'printers', 'potters', 'roofers'];
  const record = (i: number) => {
    const own = `The guild of ${trades[i % 7]} in district ${i} elected a new chair on day ${i}, who promised ${i + 3} apprenticeships and a review of fees by spring.`;
    const text =
      wires[i] ?? (copies[i] !== undefined ? `Readers asked us about it. ${wires[copies[i]]}` : own);
    return {
      title: `Report ${i}`,
      text,
      outlet: `Outlet ${i % 5}`,
      published: new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10),
    };
  };
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-reuse-snap-'));
  const part = (name: string, from: number, to: number) => {
    const path = join(dir, `${name}.jsonl`);
    const lines = Array.from({ length: to - from }, (_, i) => JSON.stringify(record(from + i)));
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  const [a, b, c] = [part('a', 0, 40), part('b', 40, 60), part('c', 60, 80)];
  const newDb = () => join(mkdtempSync(join(tmpdir(), 'wiretrace-reuse-snap-db-')), 'news.db');
  const result = async (store: Store) => ({
    reuse: (await store.listReuse({ limit: 1000 })).items,
    stories: (await store.listStories({ limit: 1000 })).items,
  });
  /** Each run ingests its files and links; `between` acts on the store after that many runs (an upgrade, say). */
  const outcome = async (
    runs: string[][],
    between?: { after: number; act: (db: string) => Promise<void> },
  ) => {
    const db = newDb();
    let store = new SqliteStore(db);
    for (const [n, inputs] of runs.entries()) {
      if (between && n === between.after) {
        await store.close();
        await between.act(db);
        store = new SqliteStore(db);
      }
      await ingest(store, inputs);
      await link(store);
    }
    const out = await result(store);
    await store.close();
    return out;
  };
  /** The articles fingerprinted again by a restart (not found in the saved index), while `run` runs. */
  const restored = async (run: () => Promise<unknown>) => {
    const spy = vi.spyOn(ReuseIndex.prototype, 'restore');
    try {
      await run();
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  };
  const pairs = (reuse: { source_article: string; target_article: string }[]) =>
    reuse.map((r) => `${r.source_article}>${r.target_article}`).sort();

  it('lets a restarted link find the passage an uninterrupted one finds, fingerprinting no stored article again', async () => {
    const one = await outcome([[a, b, c]]);
    expect(one.reuse).toHaveLength(2);
    const db = newDb();
    const store = new SqliteStore(db);
    await ingest(store, [a]);
    await link(store);
    const snapshot = await store.loadReuseSnapshot();
    expect(snapshot?.parts.map((p) => p.name)).toContain('ids');
    for (const input of [b, c]) {
      await ingest(store, [input]);
      expect(await restored(() => link(store))).toBe(0);
    }
    const two = await result(store);
    await store.close();
    expect(pairs(two.reuse)).toEqual(pairs(one.reuse));
    expect(two).toEqual(one);
  });

  it('saves the index again only once it has grown by a share: the next open indexes the few articles since', async () => {
    const one = await outcome([[a, b, c]]);
    const store = new SqliteStore(newDb());
    const savedIds = async () => {
      const ids = (await store.loadReuseSnapshot())?.parts.find((p) => p.name === 'ids');
      return ids ? (JSON.parse(new TextDecoder().decode(ids.data)) as string[]).length : 0;
    };
    await ingest(store, [a, b]);
    await link(store);
    expect(await savedIds()).toBe(60);
    // Two articles are 3% of 62, under REUSE_RESAVE_SHARE: the index of 60 stays.
    await ingest(store, [part('c-head', 60, 62)]);
    expect(await restored(() => link(store))).toBe(0);
    expect(await savedIds()).toBe(60);
    await ingest(store, [part('c-tail', 62, 80)]);
    expect(await restored(() => link(store))).toBe(2);
    expect(await savedIds()).toBe(80);
    expect(await result(store)).toEqual(one);
    await store.close();
  });

  it('lets the run after one that stopped before saving index what that one linked, and no more', async () => {
    const one = await outcome([[a, b, c]]);
    const store = new SqliteStore(newDb());
    await ingest(store, [a]);
    await link(store);
    await ingest(store, [b]);
    await expect(link(failingOn(store, 'saveReuseSnapshot', 1))).rejects.toThrow('simulated crash');
    expect((await store.stats()).unlinked).toBe(0);
    await ingest(store, [c]);
    // The second run's 20 articles, missing from the index the first saved; the copy in c of one of them is found.
    expect(await restored(() => link(store))).toBe(20);
    expect(await result(store)).toEqual(one);
    await store.close();
  });

  it('opens a store an older wiretrace wrote (no saved index) and links the same, then saves one', async () => {
    const one = await outcome([[a, b, c]]);
    const older = async (db: string) => {
      const raw = new Database(db);
      raw.exec('DROP TABLE reuse_snapshot');
      // Nor the stale stories of version 7.
      raw.exec('DROP INDEX stories_stale; ALTER TABLE stories DROP COLUMN stale');
      // Nor the first article of a claim core of version 8.
      raw.exec('ALTER TABLE claim_cores DROP COLUMN article');
      raw.pragma('user_version = 4');
      raw.close();
    };
    expect(await outcome([[a, b], [c]], { after: 1, act: older })).toEqual(one);
    // Saved by that run: the one after fingerprints nothing stored again.
    const db = newDb();
    let store = new SqliteStore(db);
    await ingest(store, [a]);
    await link(store);
    await store.close();
    await older(db);
    store = new SqliteStore(db);
    expect(await store.loadReuseSnapshot()).toBeNull();
    await ingest(store, [b]);
    expect(await restored(() => link(store))).toBe(40);
    await ingest(store, [c]);
    expect(await restored(() => link(store))).toBe(0);
    expect(await result(store)).toEqual(one);
    await store.close();
  });

  it('rebuilds the index from the articles when the saved one is of other code or of another store', async () => {
    const one = await outcome([[a, b, c]]);
    const other = new SqliteStore(newDb());
    await ingest(other, [c]);
    await link(other);
    const foreign = (await other.loadReuseSnapshot())!;
    await other.close();
    const replace = (snapshot: typeof foreign) => async (db: string) => {
      const store = new SqliteStore(db);
      await store.saveReuseSnapshot(snapshot);
      await store.close();
    };
    // Article ids come from their text: the other store's index names c's articles, unlinked here when the run
    // opens, so it is not this store's; kept, it would have the run skip them as indexed already.
    let result2: unknown;
    const foreignRun = await restored(async () => {
      result2 = await outcome([[a, b], [c]], { after: 1, act: replace(foreign) });
    });
    expect(result2).toEqual(one);
    // The second run's open: the foreign index is dropped before the replay, which indexes a and b's 60 articles
    // once (not into the foreign index first and then again into a new one).
    expect(foreignRun).toBe(60);
    const mine = new SqliteStore(newDb());
    await ingest(mine, [a, b]);
    await link(mine);
    const own = (await mine.loadReuseSnapshot())!;
    await mine.close();
    const stale = { ...own, version: own.version.replace(/^reuse-index\/\d+/, 'reuse-index/0') };
    let result3: unknown;
    const staleRun = await restored(async () => {
      result3 = await outcome([[a, b], [c]], { after: 1, act: replace(stale) });
    });
    expect(result3).toEqual(one);
    expect(staleRun).toBe(60);
  });
});

// Restart cost of the link stage: how long `CorpusLinker.open` takes to rebuild its state from a SQLite store of N
// linked articles, and how long the next 1,000 articles then take to link.
// Run: node --expose-gc --import tsx bench/stories/restart.ts [--sizes 10000,30000,100000] [--dir /tmp/restart]
//   [--tree /tmp/base] [--days 730] [--next 1000] [--prof]
// The stores are filled once through the real link path (`link` of src/pipeline/link.ts: stories, entities, reuse
// and claims, committed batch by batch) with generated articles (generate.ts, each event naming a person in its
// headline, 730 days for the whole stream so that the store outgrows the linker's 90-day replay), and kept in --dir:
// a later run (another tree with --tree, for an A/B on the same files) reads them again. The articles carry the
// entity stage's person and sentence spans, not the rest of an analysis (quotes, mentions): the link stage reads no
// more. Each measurement works on a copy of the store, so the stores stay as filled.
// Prints per size: open CPU and wall seconds, the heap when opened (after a collection) and the peak seen while
// opening, the articles the open read whole, then the CPU and wall of linking the next articles, and an md5 of what
// that link wrote (stories, reuse, claims: equal across trees when the restart rebuilt the same state).
// A tree that saves the reuse index at the end of a run (Store.saveReuseSnapshot), given stores an older tree filled,
// first opens the copy as the first run after the upgrade does (replaying every article) and saves the index as a
// run's end does: that open and save are printed below the row, and the row times the open after it.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Analysis, Article } from '../../src/model/index.js';
import type { LinkBatch, StoredArticle } from '../../src/store/types.js';
import { generateStream, storedReport } from './generate.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const SIZES = opt('--sizes', '10000,30000,100000').split(',').map(Number);
const DIR = opt('--dir', '/tmp/wiretrace-restart');
const TREE = resolve(opt('--tree', '.'));
const DAYS = Number(opt('--days', '730'));
const NEXT = Number(opt('--next', '1000'));
const OUTLETS = 40;

const { CorpusLinker } = (await import(
  resolve(TREE, 'src/link/index.ts')
)) as typeof import('../../src/link/index.js');
const { link } = (await import(
  resolve(TREE, 'src/pipeline/link.ts')
)) as typeof import('../../src/pipeline/link.js');
const { SqliteStore } = (await import(
  resolve(TREE, 'src/store/index.ts')
)) as typeof import('../../src/store/index.js');

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (b: number) => (b / 1048576).toFixed(0);

/** The stream is one for every size: the last size plus the articles linked after it. */
const total = Math.max(...SIZES) + NEXT;
const stream = generateStream(total, 7, DAYS);
let taken = 0;
/** The generator plans its events for the whole stream: a store is kept under the length of the stream it came from. */
const storePath = (size: number) => `${DIR}/stream${total}-store-${size}.db`;
/** The articles that follow each size in the stream: what a restart at that size links next. */
const following = new Map<number, { article: Article; analysis: Analysis }[]>(SIZES.map((s) => [s, []]));

/** A generated article as the ingest stage stores it, with the spans the link stage reads of its analysis. */
function item(): { article: Article; analysis: Analysis } {
  const g = stream.next().value!;
  taken++;
  const out = storedReport(g, `outlet${(g.event * 7 + taken) % OUTLETS}.example`);
  for (const [size, list] of following) if (taken > size && taken <= size + NEXT) list.push(out);
  return out;
}

async function put(path: string, n: number): Promise<void> {
  const store = new SqliteStore(path);
  for (let left = n; left > 0; ) {
    const items = Array.from({ length: Math.min(left, 1000) }, item);
    left -= items.length;
    await store.putArticles(items);
  }
  await store.close();
}

/** Fills the stores in turn, each from the one before, through the real link path (skipped when kept in DIR). */
async function fill(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  let prev: string | null = null;
  let prevSize = 0;
  for (const size of SIZES) {
    const path = storePath(size);
    if (!existsSync(path)) {
      if (prev) copyFileSync(prev, path);
      await put(path, size - prevSize);
      const t = Date.now();
      const store = new SqliteStore(path);
      await link(store);
      await store.close();
      console.error(`filled ${path} in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    } else while (taken < size) item();
    prev = path;
    prevSize = size;
  }
}

/** Times the open of a copy of the store of `size`, then links the next articles on it. */
async function measure(size: number) {
  const next = following.get(size)!;
  const copy = `${DIR}/work-${process.pid}.db`;
  copyFileSync(storePath(size), copy);
  let store = new SqliteStore(copy);
  // A tree that saves the reuse index at the end of a run, on a store an older tree filled: the first open after the
  // upgrade replays every article, then the index is saved as a run's end saves it; the open timed below is the next.
  let upgrade: { openCpu: number; saveCpu: number; mb: number } | null = null;
  if ('loadReuseSnapshot' in store && !(await store.loadReuseSnapshot())) {
    const c0 = cpuMs();
    const first = await CorpusLinker.open(store);
    const c1 = cpuMs();
    await first.saveReuseIndex();
    const saved = await store.loadReuseSnapshot();
    upgrade = {
      openCpu: c1 - c0,
      saveCpu: cpuMs() - c1,
      mb: saved!.parts.reduce((n, p) => n + p.data.length, 0) / 1048576,
    };
    await store.close();
    store = new SqliteStore(copy);
  }
  // The peak heap while opening, sampled as the store hands out articles (the open runs without yielding to timers):
  // streamed in publication order, or read by id after a walk of the keys (a tree with Store.readArticles).
  let peak = 0;
  let seen = 0;
  const sample = () => {
    if (++seen % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const iterate = store.iterateArticles.bind(store);
  store.iterateArticles = async function* (o) {
    for await (const a of iterate(o)) {
      sample();
      yield a;
    }
  };
  const byId = 'readArticles' in store ? store.readArticles.bind(store) : null;
  if (byId)
    store.readArticles = async (ids, o) => {
      const read = await byId(ids, o);
      for (const _ of read) sample();
      return read;
    };
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const c0 = cpuMs();
  const w0 = performance.now();
  const linker = await CorpusLinker.open(store);
  const openCpu = cpuMs() - c0;
  const openWall = performance.now() - w0;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc();
  const heap = process.memoryUsage().heapUsed - heap0;
  store.iterateArticles = iterate;
  if (byId) store.readArticles = byId;

  await store.putArticles(next);
  const pending: StoredArticle[] = [];
  for await (const a of store.iterateArticles({ linked: false, order: 'published' })) pending.push(a);
  const hash = createHash('md5');
  // What the link wrote, without the list of stale stories (a tree that records them lists them): comparable across trees.
  // Nor the first article of each new claim core (a tree that stores it names it).
  const written = ({ staleStories: _, ...batch }: LinkBatch) =>
    JSON.stringify({ ...batch, claimCores: batch.claimCores?.map(({ core, t }) => ({ core, t })) });
  const c1 = cpuMs();
  const w1 = performance.now();
  for (let i = 0; i < pending.length; i += 500) {
    const batch = await linker.link(pending.slice(i, i + 500));
    await store.saveLinks(batch);
    hash.update(written(batch));
  }
  const last = linker.finish();
  await store.saveLinks(last);
  hash.update(written(last));
  const linkCpu = cpuMs() - c1;
  const linkWall = performance.now() - w1;
  await store.close();
  for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
  return {
    openCpu,
    openWall,
    heap,
    peak: peak - heap0,
    seen,
    linkCpu,
    linkWall,
    linked: pending.length,
    md5: hash.digest('hex'),
    upgrade,
  };
}

await fill();
while (taken < total) item();
console.log(`tree ${TREE}`);
console.log(
  '| stored | open CPU s | open wall s | heap after open MB | peak while opening MB | read whole by the open | next articles | link CPU s | link wall s | md5 of the link output |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const size of SIZES) {
  const r = await measure(size);
  console.log(
    `| ${size.toLocaleString('en')} | ${(r.openCpu / 1000).toFixed(2)} | ${(r.openWall / 1000).toFixed(2)} | ${mb(r.heap)} | ${mb(r.peak)} | ${r.seen.toLocaleString('en')} | ${r.linked} | ${(r.linkCpu / 1000).toFixed(2)} | ${(r.linkWall / 1000).toFixed(2)} | ${r.md5.slice(0, 12)} |`,
  );
  if (r.upgrade)
    console.log(
      `  (the open before, first after the upgrade: ${(r.upgrade.openCpu / 1000).toFixed(2)} CPU s replaying, then ${(r.upgrade.saveCpu / 1000).toFixed(2)} CPU s saving a ${r.upgrade.mb.toFixed(0)} MB reuse index)`,
    );
}

// The claims half of linking on its own, with its store writes: the claim tracker over the generated stream, each
// batch's claims saved, CPU per article as the store grows. Run it against another checkout of wiretrace (the code
// before a change) with --root, to compare in one sitting: that checkout's tracker and store are used.
// Usage: node --import tsx bench/scale/claims-store.ts <sqlite-file> [total=100000] [step=20000] [--root DIR]

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { root: { type: 'string' } } });
const [file, totalArg, stepArg] = positionals;
const total = Number(totalArg ?? 100_000);
const step = Number(stepArg ?? 20_000);
const root = resolve(values.root ?? new URL('../..', import.meta.url).pathname);
const BATCH = 500;

const { openStore, emptyLinkBatch } = await import(`${root}/src/store/index.js`);
const { ClaimTracker } = await import(`${root}/src/link/claims/index.js`);
const { claimRecordOf } = await import(`${root}/src/link/index.js`);
const { fakeAnalyzer } = await import(`${root}/test/store/helpers.js`);
const { generateArticles } = await import('./generate.js');

const store = await openStore(file);
// The linker's own settings where the checkout has them (append-only sightings, no timelines in memory).
const appends = typeof ClaimTracker.prototype.addBatch === 'function';
const tracker = appends ? new ClaimTracker([], { timelines: false }) : new ClaimTracker();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let batch: { id: string; body: string; sentences: unknown; published: string; outlet: string }[] = [];
let done = 0;
let mark = cpu();
let wall = performance.now();
const flush = async () => {
  const claims = appends ? tracker.addBatch(batch) : tracker.addAll(batch);
  const links = { ...emptyLinkBatch(), claims: claims.map(claimRecordOf) };
  if (appends) links.claimCores = tracker.newCores();
  await store.saveLinks(links);
  done += batch.length;
  batch = [];
  if (done % step === 0) {
    const now = cpu();
    console.log(
      JSON.stringify({
        root,
        articles: done,
        cpuMsPerArticle: +((now - mark) / step).toFixed(3),
        seconds: +((performance.now() - wall) / 1000).toFixed(1),
        heapMB: Math.round(process.memoryUsage().heapUsed / 1048576),
      }),
    );
    mark = now;
    wall = performance.now();
  }
};
for (const g of generateArticles(total, 13)) {
  const body = g.paragraphs.join('\n\n');
  const id = createHash('sha256').update(`${g.id}\u0000${body}`).digest('hex').slice(0, 16);
  const analysis = fakeAnalyzer.analyze({ body, paragraphs: [], title: g.title } as never);
  batch.push({ id, body, sentences: analysis.sentences, published: g.published, outlet: g.outlet });
  if (batch.length === BATCH) await flush();
}
if (batch.length) await flush();
await store.close();

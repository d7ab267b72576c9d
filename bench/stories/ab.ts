// Same-process A/B of the story link step: another tree's linker against this one's, on the same generated
// articles and the same signals, so that a busy machine slows both sides alike.
// Run: git archive main src | tar -x -C /tmp/base && npx tsx bench/stories/ab.ts /tmp/base [--stop 100000] [--alloc]
// [--people] (--people: every event names a person in its headline, see generate.ts namingPeople; the stories each
// side holds at the end are printed too)
// Prints link CPU per side (article batches alternate which side goes first), the wall time of the collections
// that ran inside each side's batches, and whether both sides put every article in the same story. With --alloc it
// also samples what each side allocates over the second half of the run (V8's sampling heap profiler), in bytes
// per article: a figure that does not move with the machine's load.

import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import * as here from '../../src/link/stories/index.js';
import type { TokenCache } from '../../src/link/stories/signals.js';
import { LINK_BATCH_SIZE } from '../../src/pipeline/link.js';
import { generateStream, namingPeople } from './generate.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const baseRoot = args[0];
if (!baseRoot || baseRoot.startsWith('--')) throw new Error('usage: ab.ts <other tree> [--stop N] [--alloc]');
const STOP = opt('--stop', 100_000);
const ALLOC = args.includes('--alloc');
const PEOPLE = args.includes('--people');
const base = (await import(resolve(baseRoot, 'src/link/stories/index.ts'))) as typeof here;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sides = [
  {
    name: `base (${baseRoot})`,
    linker: new base.StoryLinker(),
    cpu: 0,
    gc: 0,
    bytes: 0,
    out: [] as string[],
  },
  { name: 'this tree', linker: new here.StoryLinker(), cpu: 0, gc: 0, bytes: 0, out: [] as string[] },
];
// Collections are attributed to the side whose batch was running when they started.
const gcs: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
const spans: { from: number; to: number; side: number }[] = [];
const session = new Session();
session.connect();

async function runSide(side: number, docs: here.StoryDoc[], sigs: here.DocSignals[], sample: boolean) {
  const s = sides[side];
  // Objects already collected count too: what the link step throws away is what the scavenger pays for.
  if (sample)
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    } as never);
  const w0 = performance.now();
  const c0 = cpuMs();
  // The base tree may predate batches (the method is missing there at run time, whatever the types say).
  if (typeof (s.linker as Partial<here.StoryLinker>).linkBatchSignals === 'function') {
    // A tree with batches links as the pipeline does: a batch of LINK_BATCH_SIZE articles at a time.
    for (let at = 0; at < docs.length; at += LINK_BATCH_SIZE) {
      const items = docs.slice(at, at + LINK_BATCH_SIZE).map((d, i) => ({ id: d.id, sig: sigs[at + i] }));
      s.out.push(...s.linker.linkBatchSignals(items).stories);
    }
  } else for (let i = 0; i < docs.length; i++) s.out.push(s.linker.addSignals(docs[i].id, sigs[i]).story);
  s.cpu += cpuMs() - c0;
  spans.push({ from: w0, to: performance.now(), side });
  if (sample) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    const sum = (n: { selfSize: number; children: unknown[] }): number =>
      n.selfSize + (n.children as (typeof n)[]).reduce((a, c) => a + sum(c), 0);
    s.bytes += sum(profile.head as never);
    if (side === 0) sampled += docs.length;
  }
}

const cache: TokenCache = new Map();
let batch: here.StoryDoc[] = [];
let n = 0;
let round = 0;
let sampled = 0;
async function flush() {
  const sigs = batch.map((d) => here.extractSignals(d, cache));
  const sample = ALLOC && n > STOP / 2;
  const order = round++ % 2 === 0 ? [0, 1] : [1, 0];
  for (const side of order) await runSide(side, batch, sigs, sample);
  batch = [];
}
for (const g of generateStream(1_000_000)) {
  if (n === STOP) break;
  batch.push(PEOPLE ? namingPeople(g) : g.doc);
  n++;
  if (batch.length === 2000) await flush();
}
await flush();
await new Promise((r) => setTimeout(r, 100));
let at = 0;
for (const g of gcs) {
  while (at < spans.length && spans[at].to < g.start) at++;
  if (at < spans.length && g.start >= spans[at].from) sides[spans[at].side].gc += g.ms;
}
for (const s of sides) {
  const bytes = ALLOC ? `, ${(s.bytes / sampled / 1024).toFixed(1)} KB allocated per article` : '';
  console.log(
    `${s.name}: ${Math.round((n / s.cpu) * 1000)} articles/CPU-s link only, collections ${(s.gc / 1000).toFixed(1)} s wall${bytes}, ${s.linker.activeStories} stories held`,
  );
}
let same = 0;
for (let i = 0; i < n; i++) if (sides[0].out[i] === sides[1].out[i]) same++;
console.log(
  `${n.toLocaleString('en')} articles at the 1M density; this tree / base: ${(sides[0].cpu / sides[1].cpu).toFixed(3)}x; same story for ${((same / n) * 100).toFixed(2)}% of articles`,
);

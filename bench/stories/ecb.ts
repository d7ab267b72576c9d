// ECB+ loading, clustering metrics (BCubed, pairwise) and the TF-IDF peers the story linker is compared with.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeEntities } from '../../src/analyze/entities/index.js';
import { createAnalyzer } from '../../src/analyze/index.js';
import { loadNerModel } from '../../src/analyze/ner/index.js';
import { BoilerplateProfile } from '../../src/extract/index.js';
import { storyDocOf } from '../../src/link/docs.js';
import { extractSignals, type StoryDoc } from '../../src/link/stories/index.js';
import { extractWindow } from '../../src/pipeline/ingest.js';
import { recordToItem } from '../../src/sources/records.js';

export interface EcbDoc {
  doc: StoryDoc;
  cluster: string;
  topic: number;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared data folder: WIRETRACE_DATA overrides ../shared/data relative to the repo root. */
export function dataDir(): string {
  return process.env.WIRETRACE_DATA ?? join(repoRoot, '../shared/data');
}

/** One line of ECB+'s file: a document, its gold event and its topic. */
interface EcbRecord {
  id: string;
  text: string;
  cluster: string;
  topic: number;
}

const ecbPath = (): string => join(dataDir(), 'ecbplus/ecbplus_documents.jsonl');

/** ECB+'s records in the file's order. */
function readEcbRecords(): EcbRecord[] {
  return readFileSync(ecbPath(), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbRecord);
}

/**
 * ECB+ has no title field; with `headline` the first line (usually the headline) becomes the title, as the
 * extract stage would give it for a real article. With `entities` (default; STORIES_NER=0 turns it off) each
 * document carries the entity stage's names (analyzeEntities with the shipped NER model), as src/link passes them.
 */
export function loadEcb(headline: boolean, entities = process.env.STORIES_NER !== '0'): EcbDoc[] {
  const ner = entities ? loadNerModel() : null;
  const out: EcbDoc[] = [];
  for (const r of readEcbRecords()) {
    const nl = r.text.indexOf('\n');
    const title = headline && nl > 0 ? r.text.slice(0, nl) : null;
    const body = headline && nl > 0 ? r.text.slice(nl + 1) : r.text;
    // The pipeline hands the linker the entity stage's names (src/link/index.ts), so the benchmark does too.
    const ents = ner
      ? analyzeEntities({ title, body, captions: [] }, ner)
          .entities.filter((e) => !e.captionOnly)
          .map((e) => ({ name: e.name, type: e.type }))
      : undefined;
    out.push({
      doc: { id: r.id, title, body, published: null, outlet: null, lang: 'en', entities: ents },
      cluster: r.cluster,
      topic: r.topic,
    });
  }
  return out;
}

/**
 * ECB+ as the pipeline hands it to the story linker (`bench/stories/pipeline.ts` ingests the same records): each
 * record read as a JSON Lines record, extracted and cleaned in one window (datelines leave the body and become
 * `published`), analyzed, then read by `storyDocOf`. With `headline` the first line is given as the record's title,
 * as pipeline.ts's second input does; without it cleaning finds a headline only where one reads like it. Documents
 * keep ECB+'s ids (two records share a text, so the content hash would not tell them apart).
 */
export function loadEcbAsPipeline(headline: boolean): EcbDoc[] {
  const path = ecbPath();
  const records = readEcbRecords();
  const raws = records.map((r, i) => {
    const nl = r.text.indexOf('\n');
    const record =
      headline && nl > 0
        ? { id: r.id, title: r.text.slice(0, nl), text: r.text.slice(nl + 1) }
        : { id: r.id, text: r.text };
    const item = recordToItem(record, `${path}#${i + 1}`);
    if (item.kind !== 'document') throw new Error(`ECB+ record ${r.id} not read`);
    return item.doc;
  });
  // One window, as ingest reads the 496 records (its windows hold 500).
  const articles = extractWindow(new BoilerplateProfile(), raws);
  const analyzer = createAnalyzer();
  return articles.map((article, i) => ({
    doc: {
      ...storyDocOf({
        ...article,
        story: null,
        analysis: analyzer.analyze(article),
        seq: i + 1,
        ingestedAt: '',
      }),
      id: records[i].id,
    },
    cluster: records[i].cluster,
    topic: records[i].topic,
  }));
}

/** The ECB+ documents the story benches read: the raw text (`loadEcb(true)`) or what the pipeline hands the linker. */
export function loadEcbDocs(docs: 'raw' | 'pipeline' | 'pipeline-titled'): EcbDoc[] {
  if (docs === 'raw') return loadEcb(true);
  if (docs !== 'pipeline' && docs !== 'pipeline-titled') throw new Error(`no ECB+ documents "${docs}"`);
  return loadEcbAsPipeline(docs === 'pipeline-titled');
}

/** The two halves of the topics that the held-out figures train on and test on, in turn: topics 1 and 3 mod 4. */
export function topicHalves(docs: EcbDoc[]): [EcbDoc[], EcbDoc[]] {
  return [docs.filter((d) => d.topic % 4 === 1), docs.filter((d) => d.topic % 4 === 3)];
}

/** Deterministic shuffle (mulberry32), so every run streams the same orders. */
export function shuffled<T>(xs: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Scores {
  bcubedP: number;
  bcubedR: number;
  bcubedF1: number;
  pairP: number;
  pairR: number;
  pairF1: number;
  clusters: number;
}

/** BCubed (Bagga & Baldwin) and pairwise precision/recall/F1 of predicted against gold labels. */
export function score(pred: string[], gold: string[]): Scores {
  const n = pred.length;
  const byPred = new Map<string, number[]>();
  const byGold = new Map<string, number[]>();
  pred.forEach((p, i) => {
    const l = byPred.get(p);
    if (l) l.push(i);
    else byPred.set(p, [i]);
  });
  gold.forEach((g, i) => {
    const l = byGold.get(g);
    if (l) l.push(i);
    else byGold.set(g, [i]);
  });
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = `${pred[i]}\u0000${gold[i]}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const both = joint.get(`${pred[i]}\u0000${gold[i]}`)!;
    p += both / byPred.get(pred[i])!.length;
    r += both / byGold.get(gold[i])!.length;
  }
  p /= n;
  r /= n;
  let tp = 0;
  for (const c of joint.values()) tp += (c * (c - 1)) / 2;
  let predPairs = 0;
  for (const l of byPred.values()) predPairs += (l.length * (l.length - 1)) / 2;
  let goldPairs = 0;
  for (const l of byGold.values()) goldPairs += (l.length * (l.length - 1)) / 2;
  const pp = predPairs ? tp / predPairs : 1;
  const pr = goldPairs ? tp / goldPairs : 1;
  return {
    bcubedP: p,
    bcubedR: r,
    bcubedF1: (2 * p * r) / (p + r),
    pairP: pp,
    pairR: pr,
    pairF1: pp + pr ? (2 * pp * pr) / (pp + pr) : 0,
    clusters: byPred.size,
  };
}

/** Plain TF-IDF unit vectors with IDF over the given documents (the batch peers may see them all). */
export function tfidfVectors(docs: EcbDoc[]): Map<string, number>[] {
  const sigs = docs.map((d) => extractSignals({ ...d.doc, title: d.doc.title, entities: undefined }));
  // Peers use every token class as plain words: a fair bag-of-words baseline.
  const bags = sigs.map((s) => {
    const m = new Map<string, number>(s.words);
    for (const [k, v] of s.numbers) m.set(`#${k}`, v);
    return m;
  });
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = bags.length;
  return bags.map((b) => {
    const v = new Map<string, number>();
    let ss = 0;
    for (const [k, tf] of b) {
      const w = tf * Math.log(n / df.get(k)!);
      v.set(k, w);
      ss += w * w;
    }
    const inv = ss > 0 ? 1 / Math.sqrt(ss) : 0;
    for (const [k, w] of v) v.set(k, w * inv);
    return v;
  });
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, v] of a) {
    const u = b.get(k);
    if (u !== undefined) s += v * u;
  }
  return s;
}

/** Peer 1: single-pass clustering, each document joins the most similar centroid above the threshold. */
export function singlePass(vecs: Map<string, number>[], order: number[], threshold: number): string[] {
  const centroids: { sum: Map<string, number>; norm: number }[] = [];
  const label = new Array<string>(vecs.length);
  for (const i of order) {
    let best = -1;
    let bestSim = -1;
    for (let c = 0; c < centroids.length; c++) {
      const sim = dot(vecs[i], centroids[c].sum) / centroids[c].norm;
      if (sim > bestSim) {
        bestSim = sim;
        best = c;
      }
    }
    if (best < 0 || bestSim < threshold) {
      centroids.push({ sum: new Map(vecs[i]), norm: 1 });
      label[i] = `c${centroids.length - 1}`;
    } else {
      const c = centroids[best];
      for (const [k, v] of vecs[i]) c.sum.set(k, (c.sum.get(k) ?? 0) + v);
      let ss = 0;
      for (const v of c.sum.values()) ss += v * v;
      c.norm = Math.sqrt(ss);
      label[i] = `c${best}`;
    }
  }
  return label;
}

/** Pairwise cosine matrix, computed once for the average-link peer. */
export function similarityMatrix(vecs: Map<string, number>[]): Float64Array {
  const n = vecs.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) m[i * n + j] = m[j * n + i] = dot(vecs[i], vecs[j]);
  return m;
}

/** Peer 2: agglomerative average-link clustering (batch), merging while the best average exceeds the threshold. */
export function averageLink(sim: Float64Array, n: number, threshold: number): string[] {
  const members: number[][] = [];
  for (let i = 0; i < n; i++) members.push([i]);
  // Sum of pairwise similarities between live clusters, updated on merge (Lance–Williams for sums).
  const sums = new Float64Array(sim);
  const alive = new Array<boolean>(n).fill(true);
  for (;;) {
    let bi = -1;
    let bj = -1;
    let best = threshold;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!alive[j]) continue;
        const avg = sums[i * n + j] / (members[i].length * members[j].length);
        if (avg > best) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const s = sums[bi * n + k] + sums[bj * n + k];
      sums[bi * n + k] = sums[k * n + bi] = s;
    }
    members[bi].push(...members[bj]);
    members[bj] = [];
    alive[bj] = false;
  }
  const label = new Array<string>(n);
  members.forEach((m, c) => {
    for (const i of m) label[i] = `a${c}`;
  });
  return label;
}

/** The threshold from 0.05 to 0.5 (steps of 0.0125) at which `f1` is highest, the lowest one on ties. */
function bestThreshold(f1: (threshold: number) => number): number {
  let best = 0;
  let bestF = -1;
  for (let t = 0.05; t < 0.5; t += 0.0125) {
    const f = f1(t);
    if (f > bestF) {
      bestF = f;
      best = t;
    }
  }
  return best;
}

/** The threshold a peer would pick on the training documents (summed over the stream orders). */
export function tuneSinglePass(docs: EcbDoc[], orders: number[]): number {
  const vecs = tfidfVectors(docs);
  const gold = docs.map((d) => d.cluster);
  return bestThreshold((t) =>
    orders.reduce(
      (f, seed) => f + score(singlePass(vecs, shuffled([...docs.keys()], seed), t), gold).bcubedF1,
      0,
    ),
  );
}

export function tuneAverageLink(docs: EcbDoc[]): number {
  const sim = similarityMatrix(tfidfVectors(docs));
  const gold = docs.map((d) => d.cluster);
  return bestThreshold((t) => score(averageLink(sim, docs.length, t), gold).bcubedF1);
}

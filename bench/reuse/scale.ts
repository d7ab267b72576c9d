// Reuse at scale: a generated corpus with planted passages streamed through ReuseIndex; recall, precision, time per 100k.

import {
  type CandidateIndex,
  MemoryCandidateIndex,
  type ReuseDoc,
  type ReuseDocStore,
  ReuseIndex,
  type ReusePassage,
} from '../../src/link/reuse/index.js';
import { Corpus, type GeneratedArticle, type Segment } from './generate.js';

/** Times the candidate lookups (the part that must grow linearly, not quadratically). */
class TimedIndex implements CandidateIndex {
  lookupNs = 0n;
  addNs = 0n;
  candidates = 0;
  constructor(private readonly inner: CandidateIndex) {}
  add(doc: number, hashes: Int32Array, outlet: number): void {
    const t = process.hrtime.bigint();
    this.inner.add(doc, hashes, outlet);
    this.addNs += process.hrtime.bigint() - t;
  }
  lookup(hashes: Int32Array, common: Uint8Array, commonFound?: Map<number, number>): Map<number, number> {
    const t = process.hrtime.bigint();
    const m = this.inner.lookup(hashes, common, commonFound);
    this.lookupNs += process.hrtime.bigint() - t;
    // ReuseIndex looks up twice for documents that are mostly common fingerprints; count each document once.
    if (!commonFound) this.candidates += m.size;
    return m;
  }
  size(): number {
    return this.inner.size();
  }
}

/** Regenerates earlier articles on demand, like a database read, so memory holds the index only. */
class GeneratedStore implements ReuseDocStore {
  constructor(private readonly corpus: Corpus) {}
  put(): void {}
  get(key: number): ReuseDoc | undefined {
    const a = this.corpus.article(key);
    return { id: a.id, body: a.body, published: a.published, outlet: a.outlet };
  }
}

export interface ScaleBlock {
  docs: number;
  seconds: number;
  /** Process CPU time in the block (scoring included; wall time excludes it). */
  cpuSeconds: number;
  lookupSeconds: number;
  indexSeconds: number;
  candidatesPerDoc: number;
  postings: number;
  heapMb: number;
  rssMb: number;
}

export interface ScaleResult {
  docs: number;
  blocks: ScaleBlock[];
  planted200: number;
  found200: number;
  plantedAll: number;
  foundAll: number;
  detections: number;
  correct: number;
  wholeCopies: number;
  wholeCopiesFlagged: number;
  falseWholeCopies: number;
  seconds: number;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** A detection is right when both sides hold text of one origin article's same sentences. */
function correct(p: ReusePassage, src: Segment[], tgt: Segment[]): boolean {
  for (const a of src) {
    if (a.origin < 0 || overlap(a.start, a.end, p.sourceStart, p.sourceEnd) === 0) continue;
    for (const b of tgt) {
      if (b.origin !== a.origin || overlap(b.start, b.end, p.targetStart, p.targetEnd) === 0) continue;
      if (a.from < b.to && b.from < a.to) return true;
    }
  }
  return false;
}

export function runScale(docs: number, block = 100_000, log: (s: string) => void = console.log): ScaleResult {
  const corpus = new Corpus();
  const timed = new TimedIndex(new MemoryCandidateIndex({ capacity: 1 << 20 }));
  const index = new ReuseIndex({ index: timed, store: new GeneratedStore(corpus) });
  const byId = (id: string): number => Number(id.slice(1));
  const res: ScaleResult = {
    docs,
    blocks: [],
    planted200: 0,
    found200: 0,
    plantedAll: 0,
    foundAll: 0,
    detections: 0,
    correct: 0,
    wholeCopies: 0,
    wholeCopiesFlagged: 0,
    falseWholeCopies: 0,
    seconds: 0,
  };
  // Sources are regenerated for scoring, which is not part of the timed work; keep a small cache of segments.
  const segCache = new Map<number, Segment[]>();
  const segmentsOf = (i: number, a?: GeneratedArticle): Segment[] => {
    let s = segCache.get(i);
    if (!s) {
      s = (a ?? corpus.article(i)).segments;
      segCache.set(i, s);
      if (segCache.size > 5000) segCache.delete(segCache.keys().next().value as number);
    }
    return s;
  };
  let blockStart = process.hrtime.bigint();
  let blockCpu = process.cpuUsage();
  let blockLookup = 0n;
  let blockAdd = 0n;
  let blockCand = 0;
  let scoringNs = 0n;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < docs; i++) {
    const a = corpus.article(i);
    const found = index.add({ id: a.id, body: a.body, published: a.published, outlet: a.outlet });
    const ts = process.hrtime.bigint();
    const tgtSegs = segmentsOf(i, a);
    for (const p of found) {
      res.detections++;
      const s = byId(p.sourceArticle);
      if (correct(p, segmentsOf(s), tgtSegs)) res.correct++;
      if (p.wholeCopy && a.wholeCopyOf === null) res.falseWholeCopies++;
    }
    if (a.wholeCopyOf !== null) {
      res.wholeCopies++;
      if (found.some((p) => p.wholeCopy && byId(p.sourceArticle) === a.wholeCopyOf)) res.wholeCopiesFlagged++;
    }
    for (const seg of a.planted) {
      const hit = found.some(
        (p) =>
          overlap(p.targetStart, p.targetEnd, seg.start, seg.end) >= 0.5 * (seg.end - seg.start) &&
          correct(p, segmentsOf(byId(p.sourceArticle)), [seg]),
      );
      res.plantedAll++;
      if (hit) res.foundAll++;
      if (seg.end - seg.start >= 200) {
        res.planted200++;
        if (hit) res.found200++;
      }
    }
    scoringNs += process.hrtime.bigint() - ts;
    if ((i + 1) % block === 0 || i + 1 === docs) {
      const now = process.hrtime.bigint();
      const mem = process.memoryUsage();
      const b: ScaleBlock = {
        docs: i + 1,
        seconds: Number(now - blockStart - scoringNs) / 1e9,
        cpuSeconds: (() => {
          const c = process.cpuUsage(blockCpu);
          return (c.user + c.system) / 1e6;
        })(),
        lookupSeconds: Number(timed.lookupNs - blockLookup) / 1e9,
        indexSeconds: Number(timed.addNs - blockAdd) / 1e9,
        candidatesPerDoc: (timed.candidates - blockCand) / ((i % block) + 1),
        postings: timed.size(),
        heapMb: Math.round(mem.heapUsed / 1e6),
        rssMb: Math.round(mem.rss / 1e6),
      };
      res.blocks.push(b);
      log(
        `  ${String(b.docs).padStart(8)} docs  block ${b.seconds.toFixed(1)} s wall, ${b.cpuSeconds.toFixed(1)} s CPU (lookup ${b.lookupSeconds.toFixed(2)} s, index ${b.indexSeconds.toFixed(2)} s, ${b.candidatesPerDoc.toFixed(2)} candidates/doc)  postings ${b.postings}  rss ${b.rssMb} MB`,
      );
      blockStart = process.hrtime.bigint();
      blockCpu = process.cpuUsage();
      blockLookup = timed.lookupNs;
      blockAdd = timed.addNs;
      blockCand = timed.candidates;
      scoringNs = 0n;
    }
  }
  res.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return res;
}

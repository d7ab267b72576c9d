// Online story clustering: each document joins its best candidate story or starts one; ids never reshuffle.

import type { EntityType } from '../../model/index.js';
import { DEFAULT_MODEL, type FeatureVector, probability, type StoryModel } from './model.js';
import { type DocSignals, extractSignals } from './signals.js';

export interface StoryDoc {
  id: string;
  title: string | null;
  body: string;
  published: string | null;
  outlet: string | null;
  lang: string | null;
  /** Canonical names, when the entity stage ran. */
  entities?: { name: string; type: EntityType }[];
}

export interface StoryAssignment {
  story: string;
  created: boolean;
  /** Story ids merged into this one now. */
  absorbed: string[];
}

export interface StoryOptions {
  /** A story takes no new article once its last one is older than this, against the newest dated article. */
  windowDays?: number;
  /** For undated streams: a story that took nothing in this many articles is evicted. */
  maxIdleDocs?: number;
  /** Stories scored in full per article, the best by the index's quick score. */
  candidates?: number;
  /** Query keys per group taken from an article (its highest-weighted words and names). */
  queryTerms?: number;
  /** Keys above this document-frequency share are too common to retrieve candidates with. */
  maxDfShare?: number;
  /** Terms kept per story centroid and group. */
  maxStoryTerms?: number;
  /** A second candidate at or above this probability is tested for a merge with the chosen story. */
  mergeThreshold?: number;
  model?: StoryModel;
}

interface ResolvedOptions {
  windowDays: number;
  maxIdleDocs: number;
  candidates: number;
  queryTerms: number;
  maxDfShare: number;
  maxStoryTerms: number;
  mergeThreshold: number;
  model: StoryModel;
}

const GROUPS = 3; // words, names, numbers

interface Bag {
  topNames: [string, number][];
  vecs: Map<string, number>[];
  years: Map<number, number>;
  firstDay: number | null;
  lastDay: number | null;
  size: number;
}

interface Story extends Bag {
  id: string;
  seq: number;
  lastSeq: number;
  alive: boolean;
  /** Keys this story is listed under, per group. */
  indexed: Set<string>[];
  normCache: number[] | null;
  normAtDocs: number;
  /** The story's strongest names by weight·idf, refreshed with the norms. */
  topNames: [string, number][];
}

/** What the linker decided and how sure it was, for diagnostics and training. */
export interface LinkTrace {
  best: number;
  candidates: number;
}

const DAY_UNKNOWN = null;
/** Names compared for coverage: an event's main actors, not every name it mentions. */
const COVER_KEYS = 8;

export class StoryLinker {
  private readonly o: ResolvedOptions;
  private readonly df: Map<string, number>[] = [new Map(), new Map(), new Map()];
  private readonly postings: Map<string, Story[]>[] = [new Map(), new Map(), new Map()];
  private readonly byId = new Map<string, Story>();
  private docs = 0;
  private seq = 0;
  private clockDay: number | null = DAY_UNKNOWN;
  private sinceSweep = 0;
  /** Last decision, exposed for the benchmark and training harness. */
  lastTrace: LinkTrace = { best: 0, candidates: 0 };

  constructor(options: StoryOptions = {}) {
    this.o = {
      windowDays: options.windowDays ?? 30,
      maxIdleDocs: options.maxIdleDocs ?? 200_000,
      candidates: options.candidates ?? 8,
      queryTerms: options.queryTerms ?? 12,
      maxDfShare: options.maxDfShare ?? 0.05,
      maxStoryTerms: options.maxStoryTerms ?? 300,
      mergeThreshold: options.mergeThreshold ?? 0.9,
      model: options.model ?? DEFAULT_MODEL,
    };
  }

  /** Stories currently held in memory (not evicted). */
  get activeStories(): number {
    return this.byId.size;
  }

  /** Takes the next document in publication order and places it in a story. */
  add(doc: StoryDoc): StoryAssignment {
    return this.addSignals(doc.id, extractSignals(doc));
  }

  /** Same as add, for signals computed elsewhere (e.g. in a worker thread). */
  addSignals(docId: string, sig: DocSignals): StoryAssignment {
    this.observe(sig);
    const dBag = docBag(sig);
    dBag.topNames = topKeys(sig.names, this.df[1], this.docs, COVER_KEYS, Number.POSITIVE_INFINITY);
    const dNorms = this.norms(dBag);
    const cands = this.candidates(sig);
    let best: Story | null = null;
    let bestP = 0;
    const probs: number[] = [];
    for (const s of cands) {
      const p = probability(this.o.model, this.features(dBag, dNorms, s, this.storyNorms(s)));
      probs.push(p);
      if (p > bestP) {
        bestP = p;
        best = s;
      }
    }
    this.lastTrace = { best: bestP, candidates: cands.length };
    let target: Story;
    let created = false;
    if (best && bestP >= this.o.model.threshold) {
      target = best;
    } else {
      target = this.create(docId);
      created = true;
    }
    this.absorbDoc(target, sig);
    const absorbed: string[] = [];
    if (!created) {
      for (let i = 0; i < cands.length; i++) {
        const other = cands[i];
        if (other === target || !other.alive || probs[i] < this.o.mergeThreshold) continue;
        const p = probability(
          this.o.model,
          this.features(target, this.storyNorms(target), other, this.storyNorms(other)),
        );
        if (p < this.o.mergeThreshold) continue;
        const [keep, gone] = other.seq < target.seq ? [other, target] : [target, other];
        this.merge(keep, gone);
        absorbed.push(gone.id);
        target = keep;
      }
    }
    this.maybeSweep();
    return { story: target.id, created, absorbed };
  }

  /** Rebuilds state from the store: puts the document in the given story without deciding anything. */
  restore(doc: StoryDoc, story: string): void {
    this.restoreSignals(extractSignals(doc), story);
  }

  /**
   * For training the decision model: the features of each candidate story for this document, computed exactly
   * as add() would, after which the document is placed in the story the caller names (the gold one).
   */
  trainingStep(sig: DocSignals, story: string): { story: string; features: FeatureVector }[] {
    this.observe(sig);
    const dBag = docBag(sig);
    dBag.topNames = topKeys(sig.names, this.df[1], this.docs, COVER_KEYS, Number.POSITIVE_INFINITY);
    const dNorms = this.norms(dBag);
    const out = this.candidates(sig).map((s) => ({
      story: s.id,
      features: this.features(dBag, dNorms, s, this.storyNorms(s)),
    }));
    this.place(sig, story);
    return out;
  }

  restoreSignals(sig: DocSignals, story: string): void {
    this.observe(sig);
    this.place(sig, story);
  }

  private place(sig: DocSignals, story: string): void {
    let s = this.byId.get(story);
    if (!s) {
      s = this.newStory(story);
      this.byId.set(story, s);
    }
    this.absorbDoc(s, sig);
    this.maybeSweep();
  }

  private observe(sig: DocSignals): void {
    this.docs++;
    this.seq++;
    const vecs = [sig.words, sig.names, sig.numbers];
    for (let g = 0; g < GROUPS; g++) {
      const df = this.df[g];
      for (const k of vecs[g].keys()) df.set(k, (df.get(k) ?? 0) + 1);
    }
    if (sig.day !== null && (this.clockDay === null || sig.day > this.clockDay)) this.clockDay = sig.day;
  }

  private idf(g: number, k: string): number {
    return Math.log((this.docs + 1) / ((this.df[g].get(k) ?? 0) + 1)) + 1;
  }

  private norms(b: Bag): number[] {
    const out: number[] = [];
    for (let g = 0; g < GROUPS; g++) {
      let ss = 0;
      for (const [k, v] of b.vecs[g]) {
        const w = v * this.idf(g, k);
        ss += w * w;
      }
      out.push(Math.sqrt(ss));
    }
    return out;
  }

  /** IDF drifts slowly, so a story's norms are reused until it changes or the corpus grows by 5%. */
  private storyNorms(s: Story): number[] {
    if (s.normCache && this.docs <= s.normAtDocs * 1.05 + 5) return s.normCache;
    s.normCache = this.norms(s);
    s.normAtDocs = this.docs;
    s.topNames = topKeys(s.vecs[1], this.df[1], this.docs, COVER_KEYS, Number.POSITIVE_INFINITY);
    return s.normCache;
  }

  private candidates(sig: DocSignals): Story[] {
    const score = new Map<Story, number>();
    const vecs = [sig.words, sig.names, sig.numbers];
    const limit = this.docs > 200 ? this.docs * this.o.maxDfShare : Number.POSITIVE_INFINITY;
    for (let g = 0; g < GROUPS; g++) {
      for (const [k, w] of topKeys(vecs[g], this.df[g], this.docs, this.o.queryTerms, limit)) {
        const list = this.postings[g].get(k);
        if (!list) continue;
        for (const s of list) {
          if (!s.alive) continue;
          score.set(s, (score.get(s) ?? 0) + w);
        }
      }
    }
    if (score.size <= this.o.candidates) return [...score.keys()];
    return [...score.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, this.o.candidates)
      .map((e) => e[0]);
  }

  private features(a: Bag, an: number[], b: Bag, bn: number[]): FeatureVector {
    const cos: number[] = [];
    for (let g = 0; g < GROUPS; g++) {
      if (an[g] === 0 || bn[g] === 0) {
        cos.push(0);
        continue;
      }
      let [small, large] = [a.vecs[g], b.vecs[g]];
      if (small.size > large.size) [small, large] = [large, small];
      let dot = 0;
      for (const [k, v] of small) {
        const u = large.get(k);
        if (u === undefined) continue;
        const idf = this.idf(g, k);
        dot += v * u * idf * idf;
      }
      cos.push(dot / (an[g] * bn[g]));
    }
    let yearMatch = 0;
    let yearConflict = 0;
    if (a.years.size > 0 && b.years.size > 0) {
      yearConflict = 1;
      for (const y of a.years.keys()) {
        if (b.years.has(y)) {
          yearMatch = 1;
          yearConflict = 0;
          break;
        }
      }
    }
    let gap = 0;
    if (a.firstDay !== null && b.firstDay !== null) {
      const d = Math.max(0, b.firstDay - a.lastDay!, a.firstDay - b.lastDay!);
      gap = Math.log1p(d);
    }
    return [
      cos[0],
      cos[1],
      cos[2],
      cos[0] * cos[1],
      yearMatch,
      yearConflict,
      gap,
      Math.log(b.size),
      coverage(a.topNames, b.vecs[1]),
      coverage(b.topNames, a.vecs[1]),
      this.protagonist(a.topNames, b),
      this.protagonist(b.topNames, a),
    ];
  }

  /**
   * How prominent one side's two main names are on the other side, relative to its own main name: two
   * same-kind events (two DUI arrests of players of one team) share the setting but not the protagonist.
   */
  private protagonist(top: [string, number][], other: Bag): number {
    const lead = other.topNames[0];
    if (top.length === 0 || !lead) return 0;
    let sum = 0;
    const n = Math.min(2, top.length);
    for (let i = 0; i < n; i++) {
      const k = top[i][0];
      const w = other.vecs[1].get(k);
      if (w !== undefined) sum += Math.min(1, (w * this.idf(1, k)) / lead[1]);
    }
    return sum / n;
  }

  private create(docId: string): Story {
    const base = `s-${docId.slice(0, 12)}`;
    let id = base;
    for (let k = 2; this.byId.has(id); k++) id = `${base}-${k}`;
    const s = this.newStory(id);
    this.byId.set(id, s);
    return s;
  }

  private newStory(id: string): Story {
    return {
      id,
      seq: this.seq,
      lastSeq: this.seq,
      alive: true,
      vecs: [new Map(), new Map(), new Map()],
      years: new Map(),
      firstDay: null,
      lastDay: null,
      size: 0,
      indexed: [new Set(), new Set(), new Set()],
      normCache: null,
      normAtDocs: 0,
      topNames: [],
    };
  }

  private absorbDoc(s: Story, sig: DocSignals): void {
    const vecs = [sig.words, sig.names, sig.numbers];
    for (let g = 0; g < GROUPS; g++) {
      const into = s.vecs[g];
      for (const [k, v] of vecs[g]) into.set(k, (into.get(k) ?? 0) + v);
      if (into.size > this.o.maxStoryTerms * 2) prune(into, this.o.maxStoryTerms);
      // Listed under the article's strongest keys only: enough to be found, few enough to stay cheap.
      for (const [k] of topKeys(vecs[g], this.df[g], this.docs, this.o.queryTerms, Number.POSITIVE_INFINITY)) {
        if (s.indexed[g].has(k)) continue;
        s.indexed[g].add(k);
        const list = this.postings[g].get(k);
        if (list) list.push(s);
        else this.postings[g].set(k, [s]);
      }
    }
    for (const y of sig.years) s.years.set(y, (s.years.get(y) ?? 0) + 1);
    if (sig.day !== null) {
      if (s.firstDay === null || sig.day < s.firstDay) s.firstDay = sig.day;
      if (s.lastDay === null || sig.day > s.lastDay) s.lastDay = sig.day;
    }
    s.size++;
    s.lastSeq = this.seq;
    s.normCache = null;
  }

  private merge(keep: Story, gone: Story): void {
    for (let g = 0; g < GROUPS; g++) {
      const into = keep.vecs[g];
      for (const [k, v] of gone.vecs[g]) into.set(k, (into.get(k) ?? 0) + v);
      if (into.size > this.o.maxStoryTerms * 2) prune(into, this.o.maxStoryTerms);
      for (const k of gone.indexed[g]) {
        if (keep.indexed[g].has(k)) continue;
        keep.indexed[g].add(k);
        const list = this.postings[g].get(k);
        if (list) list.push(keep);
        else this.postings[g].set(k, [keep]);
      }
    }
    for (const [y, c] of gone.years) keep.years.set(y, (keep.years.get(y) ?? 0) + c);
    if (gone.firstDay !== null && (keep.firstDay === null || gone.firstDay < keep.firstDay))
      keep.firstDay = gone.firstDay;
    if (gone.lastDay !== null && (keep.lastDay === null || gone.lastDay > keep.lastDay)) keep.lastDay = gone.lastDay;
    keep.size += gone.size;
    keep.lastSeq = Math.max(keep.lastSeq, gone.lastSeq);
    keep.normCache = null;
    this.evict(gone);
  }

  private evict(s: Story): void {
    s.alive = false;
    this.byId.delete(s.id);
    for (let g = 0; g < GROUPS; g++) {
      for (const k of s.indexed[g]) {
        const list = this.postings[g].get(k);
        if (!list) continue;
        const kept = list.filter((x) => x.alive);
        if (kept.length === 0) this.postings[g].delete(k);
        else this.postings[g].set(k, kept);
      }
    }
  }

  /** Evicts stories past the window every so often, so memory and posting lengths stay bounded. */
  private maybeSweep(): void {
    if (++this.sinceSweep < 1024) return;
    this.sinceSweep = 0;
    const dead: Story[] = [];
    for (const s of this.byId.values()) {
      const old =
        this.clockDay !== null && s.lastDay !== null && s.lastDay < this.clockDay - this.o.windowDays;
      if (old || this.seq - s.lastSeq > this.o.maxIdleDocs) dead.push(s);
    }
    if (dead.length === 0) return;
    const touched: Set<string>[] = [new Set(), new Set(), new Set()];
    for (const s of dead) {
      s.alive = false;
      this.byId.delete(s.id);
      for (let g = 0; g < GROUPS; g++) for (const k of s.indexed[g]) touched[g].add(k);
    }
    for (let g = 0; g < GROUPS; g++) {
      for (const k of touched[g]) {
        const list = this.postings[g].get(k);
        if (!list) continue;
        const kept = list.filter((x) => x.alive);
        if (kept.length === 0) this.postings[g].delete(k);
        else this.postings[g].set(k, kept);
      }
    }
  }
}

function docBag(sig: DocSignals): Bag {
  const years = new Map<number, number>();
  for (const y of sig.years) years.set(y, 1);
  return {
    topNames: [],
    vecs: [sig.words, sig.names, sig.numbers],
    years,
    firstDay: sig.day,
    lastDay: sig.day,
    size: 1,
  };
}

/** The n keys with the highest tf·idf, skipping keys too common to discriminate. */
function topKeys(
  vec: Map<string, number>,
  df: Map<string, number>,
  docs: number,
  n: number,
  maxDf: number,
): [string, number][] {
  const out: [string, number][] = [];
  for (const [k, v] of vec) {
    const d = df.get(k) ?? 0;
    if (d > maxDf) continue;
    out.push([k, v * (Math.log((docs + 1) / (d + 1)) + 1)]);
  }
  if (out.length > n) {
    out.sort((a, b) => b[1] - a[1]);
    out.length = n;
  }
  return out;
}

/** Share of the weight of one side's main names that the other side mentions at all. */
function coverage(top: [string, number][], other: Map<string, number>): number {
  let all = 0;
  let hit = 0;
  for (const [k, w] of top) {
    all += w;
    if (other.has(k)) hit += w;
  }
  return all > 0 ? hit / all : 0;
}

function prune(m: Map<string, number>, keep: number): void {
  const entries = [...m.entries()].sort((a, b) => b[1] - a[1]);
  m.clear();
  for (let i = 0; i < keep && i < entries.length; i++) m.set(entries[i][0], entries[i][1]);
}

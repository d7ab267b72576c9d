// Text reuse: passages an article shares with earlier ones, found incrementally through a candidate index.

import { hashString } from '../../analyze/ner/hash.js';
import { type AlignOptions, alignTokenized } from './align.js';
import {
  type CandidateIndex,
  MemoryCandidateIndex,
  type MemoryIndexOptions,
  type MemoryIndexState,
} from './candidate-index.js';
import { type Fingerprints, fingerprint } from './fingerprint.js';
import { type TokenizedText, tokenize } from './text.js';

export { type Alignment, type AlignOptions, alignTexts, alignTokenized } from './align.js';
export {
  type CandidateIndex,
  MemoryCandidateIndex,
  type MemoryIndexOptions,
  type MemoryIndexState,
} from './candidate-index.js';
export { type Fingerprints, fingerprint } from './fingerprint.js';
export { type TokenizedText, tokenize } from './text.js';

export interface ReuseDoc {
  id: string;
  body: string;
  published: string | null;
  outlet: string | null;
}

export interface ReusePassage {
  /** The earlier published article; when either is undated, the one indexed first. */
  sourceArticle: string;
  targetArticle: string;
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
  /** The target-side passage. */
  text: string;
  similarity: number;
  /** 'unknown' when either date is missing. */
  direction: 'forward' | 'unknown';
  /** Syndicated or republished copy: the passage is (nearly) all of both articles. */
  wholeCopy: boolean;
}

/** Bodies of indexed documents by their dense index number; a store-backed one reads them from the database. */
export interface ReuseDocStore {
  put(key: number, doc: ReuseDoc): void;
  get(key: number): ReuseDoc | undefined;
}

export class MemoryDocStore implements ReuseDocStore {
  private readonly docs: ReuseDoc[] = [];
  put(key: number, doc: ReuseDoc): void {
    this.docs[key] = doc;
  }
  get(key: number): ReuseDoc | undefined {
    return this.docs[key];
  }
}

export interface ReuseOptions {
  align?: AlignOptions;
  /** Content words per fingerprinted k-gram. */
  k?: number;
  /** Winnowing window: shared runs of window + k - 1 content words are always seen. */
  window?: number;
  /** A candidate must share this many usable fingerprints before it is aligned. */
  minSharedFingerprints?: number;
  /** At most this many candidates (the best by shared fingerprints) are aligned per new document. */
  maxCandidates?: number;
  /** Passages covering at least this share of the later body (and this less 0.2 of the earlier) make a whole copy. */
  wholeCopyShare?: number;
  /** A passage whose fingerprints are mostly too common (boilerplate, stock phrases) is dropped above this share. */
  maxCommonShare?: number;
  /** A cross-outlet passage at least this long (characters) is kept even when its fingerprints are common. */
  longPassage?: number;
  /** Limits that make a fingerprint "too common", for the default in-memory index. */
  commonness?: MemoryIndexOptions;
  index?: CandidateIndex;
  /** Where earlier bodies are kept for `add`; by default in memory. */
  store?: ReuseDocStore;
  /** false: keep no bodies (memory bounded by the index); use `candidates` + `addWith` with bodies from the store. */
  keepBodies?: boolean;
}

/** What `ReuseIndex.snapshot` saves: the documents in indexing order, the index's state and the options it was built with. */
export interface ReuseIndexState {
  /** k and window: fingerprints taken otherwise do not match new ones. */
  options: number[];
  ids: string[];
  index: MemoryIndexState;
}

interface Resolved {
  align: AlignOptions;
  k: number;
  window: number;
  minSharedFingerprints: number;
  maxCandidates: number;
  wholeCopyShare: number;
  maxCommonShare: number;
  longPassage: number;
}

interface Prepared {
  id: string;
  body: string;
  tok: TokenizedText;
  fp: Fingerprints;
  common: Uint8Array;
  /** Index keys of the earlier documents to compare, in indexing order. */
  candidates: number[];
}

/** Keeps nothing: for runs whose earlier bodies come from the store through `candidates`/`addWith`. */
class NoDocStore implements ReuseDocStore {
  put(): void {}
  get(): ReuseDoc | undefined {
    return undefined;
  }
}

/**
 * A copy of a syndicated article matches every earlier copy; only the earliest source is worth reporting (the rest
 * are its siblings). Partial passages and passages where `doc` is the source are kept as they are.
 */
function earliestCopyOnly(doc: string, passages: ReusePassage[], dates: Map<string, number>): ReusePassage[] {
  let first: string | null = null;
  let firstTime = Number.POSITIVE_INFINITY;
  // Passages come in indexing order, so among undated or same-day sources the first indexed wins.
  for (const p of passages) {
    if (!p.wholeCopy || p.targetArticle !== doc) continue;
    const d = dates.get(p.sourceArticle);
    const t = d === undefined || Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
    if (first === null || t < firstTime) {
      first = p.sourceArticle;
      firstTime = t;
    }
  }
  if (first === null) return passages;
  return passages.filter((p) => !p.wholeCopy || p.targetArticle !== doc || p.sourceArticle === first);
}

/** Share of a new document's fingerprints an earlier one must hold, counting common ones, to be a candidate copy. */
const COPY_SHARE = 0.5;
/**
 * Share of a new document's fingerprints that must be common before their (capped) lists are walked for copies:
 * wire copy republished everywhere is nearly all common, an ordinary article only in its stock phrases.
 */
const WALK_COMMON_SHARE = 0.6;

/** Characters a same-outlet passage may sit from both bodies' edges before it counts as that outlet's template. */
const TEMPLATE_EDGE = 24;

const outletKey = (outlet: string | null): number =>
  outlet === null ? -1 : hashString(outlet.toLowerCase()) >>> 1;

const dateOf = (s: string | null): number => (s === null ? Number.NaN : Date.parse(s));

/** First token whose start is at or after `offset`. */
function tokenAt(tok: TokenizedText, offset: number): number {
  let lo = 0;
  let hi = tok.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tok.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Share of the fingerprints inside a token range that are too common to count. */
function commonShare(positions: Int32Array, common: Uint8Array, from: number, to: number): number {
  let all = 0;
  let bad = 0;
  for (let x = 0; x < positions.length; x++) {
    if (positions[x] < from || positions[x] >= to) continue;
    all++;
    bad += common[x];
  }
  return all === 0 ? 0 : bad / all;
}

/**
 * Incremental reuse finder: each new document is fingerprinted, its candidates are looked up in the index, and
 * only those candidates are aligned with it, so the work per document does not grow with the corpus.
 */
export class ReuseIndex {
  private readonly o: Resolved;
  private readonly index: CandidateIndex;
  private readonly store: ReuseDocStore;
  private keys = new Map<string, number>();
  private readonly ids: string[] = [];
  private next = 0;
  private last: Prepared | null = null;

  constructor(options: ReuseOptions = {}) {
    this.o = {
      align: options.align ?? {},
      k: options.k ?? 3,
      window: options.window ?? 6,
      minSharedFingerprints: options.minSharedFingerprints ?? 2,
      maxCandidates: options.maxCandidates ?? 20,
      wholeCopyShare: options.wholeCopyShare ?? 0.8,
      maxCommonShare: options.maxCommonShare ?? 0.5,
      longPassage: options.longPassage ?? 400,
    };
    this.index = options.index ?? new MemoryCandidateIndex(options.commonness);
    this.store = options.store ?? (options.keepBodies === false ? new NoDocStore() : new MemoryDocStore());
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.next;
  }

  /** Indexes `doc` and returns the passages it shares with documents added before it. */
  add(doc: ReuseDoc): ReusePassage[] {
    if (this.keys.has(doc.id)) return [];
    const p = this.prepare(doc);
    const passages: ReusePassage[] = [];
    const dates = new Map<string, number>();
    for (const key of p.candidates) {
      const other = this.store.get(key);
      if (!other) continue;
      dates.set(other.id, dateOf(other.published));
      passages.push(...this.compare(other, doc, p));
    }
    this.register(doc, p.fp.hashes);
    return earliestCopyOnly(doc.id, passages, dates);
  }

  /**
   * First half of `add` for a store-backed run, where earlier bodies are not kept in memory (`keepBodies: false`):
   * the ids of the earlier documents worth comparing with `doc`, to be loaded from the store.
   */
  candidates(doc: ReuseDoc): string[] {
    if (this.keys.has(doc.id)) return [];
    return this.prepare(doc).candidates.map((key) => this.ids[key]);
  }

  /** Second half: compares `doc` with the earlier documents loaded for `candidates(doc)`, then indexes it. */
  addWith(doc: ReuseDoc, earlier: ReuseDoc[]): ReusePassage[] {
    if (this.keys.has(doc.id)) return [];
    const p = this.prepare(doc);
    const given = new Map(earlier.map((d) => [d.id, d]));
    const passages: ReusePassage[] = [];
    const dates = new Map<string, number>();
    // In indexing order, whatever order the store returned them in, so results match `add`.
    for (const key of p.candidates) {
      const other = given.get(this.ids[key]);
      if (!other) continue;
      dates.set(other.id, dateOf(other.published));
      passages.push(...this.compare(other, doc, p));
    }
    this.register(doc, p.fp.hashes);
    return earliestCopyOnly(doc.id, passages, dates);
  }

  /** Tokens, fingerprints and candidates of `doc`; the last one is kept, since `candidates` and `addWith` share it. */
  private prepare(doc: ReuseDoc): Prepared {
    if (this.last && this.last.id === doc.id && this.last.body === doc.body) return this.last;
    const tok = tokenize(doc.body);
    const fp = fingerprint(tok, this.o.k, this.o.window);
    const common = new Uint8Array(fp.hashes.length);
    let found = this.index.lookup(fp.hashes, common);
    // Candidates share enough distinctive fingerprints, or so many fingerprints in all that they are a copy of
    // text that has become common by being republished everywhere. Only a document that is itself mostly common
    // fingerprints can be such a copy, so only then are the common fingerprints' documents walked.
    const copyShare = Math.max(this.o.minSharedFingerprints, Math.ceil(COPY_SHARE * fp.hashes.length));
    const viaCommon = new Map<number, number>();
    let commonCount = 0;
    for (let x = 0; x < common.length; x++) commonCount += common[x];
    if (commonCount > 0 && commonCount >= WALK_COMMON_SHARE * fp.hashes.length) {
      found = this.index.lookup(fp.hashes, common, viaCommon);
    }
    const scored = new Map<number, number>();
    for (const [key, n] of found)
      if (n >= this.o.minSharedFingerprints) scored.set(key, n + (viaCommon.get(key) ?? 0));
    for (const [key, n] of viaCommon) {
      if (scored.has(key)) continue;
      const total = n + (found.get(key) ?? 0);
      if (total >= copyShare) scored.set(key, total);
    }
    const candidates = [...scored]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.o.maxCandidates)
      .map(([key]) => key)
      .sort((a, b) => a - b);
    this.last = { id: doc.id, body: doc.body, tok, fp, common, candidates };
    return this.last;
  }

  /** Whether `id` is indexed. */
  has(id: string): boolean {
    return this.keys.has(id);
  }

  /** Indexes `doc` without comparing it (rebuilding the index from the store at the start of a run). */
  restore(doc: ReuseDoc): void {
    if (this.keys.has(doc.id)) return;
    this.register(doc, fingerprint(tokenize(doc.body), this.o.k, this.o.window).hashes);
  }

  /**
   * The state to save at the end of a run, copied out; null when the candidate index is not the in-memory one or
   * bodies are kept (neither can be saved as arrays).
   */
  snapshot(): ReuseIndexState | null {
    if (!(this.index instanceof MemoryCandidateIndex) || !(this.store instanceof NoDocStore)) return null;
    return { options: [this.o.k, this.o.window], ids: this.ids.slice(), index: this.index.state() };
  }

  /**
   * Starts from a saved state instead of empty: afterwards the index is what it was when the state was saved, its
   * documents in the same order. False, changing nothing, when this index is not empty, keeps bodies, or was built
   * otherwise (another k, window or commonness limits).
   */
  loadSnapshot(state: ReuseIndexState): boolean {
    if (this.next > 0 || !(this.index instanceof MemoryCandidateIndex) || !(this.store instanceof NoDocStore))
      return false;
    if (state.options.join() !== [this.o.k, this.o.window].join()) return false;
    const keys = new Map(state.ids.map((id, key) => [id, key]));
    if (keys.size !== state.ids.length || !this.index.load(state.index)) return false;
    this.keys = keys;
    this.ids.push(...state.ids);
    this.next = state.ids.length;
    return true;
  }

  private register(doc: ReuseDoc, hashes: Int32Array): void {
    const key = this.next++;
    this.keys.set(doc.id, key);
    this.ids.push(doc.id);
    this.last = null;
    this.store.put(key, doc);
    this.index.add(key, hashes, outletKey(doc.outlet));
  }

  private compare(earlier: ReuseDoc, doc: ReuseDoc, p: Prepared): ReusePassage[] {
    const { tok, common } = p;
    const positions = p.fp.positions;
    const out: ReusePassage[] = [];
    const sameOutlet = earlier.outlet !== null && earlier.outlet === doc.outlet;
    const de = dateOf(earlier.published);
    const dn = dateOf(doc.published);
    const dated = !Number.isNaN(de) && !Number.isNaN(dn);
    const flip = dated && dn < de;
    const all = alignTokenized(earlier.body, tokenize(earlier.body), doc.body, tok, this.o.align);
    // A republished article may come back in a few pieces (an inserted paragraph, a dropped one): the pair is a
    // whole copy when its passages together cover most of both bodies.
    let srcCovered = 0;
    let tgtCovered = 0;
    for (const a of all) {
      srcCovered += a.sourceEnd - a.sourceStart;
      tgtCovered += a.targetEnd - a.targetStart;
    }
    // The later side must be nearly all copy; the earlier may have lost a little more (its own inserts, footers).
    const wholeCopy =
      srcCovered >= (this.o.wholeCopyShare - 0.2) * earlier.body.trim().length &&
      tgtCovered >= this.o.wholeCopyShare * doc.body.trim().length;
    // Passages made of common fingerprints are boilerplate or stock phrases, unless they are syndicated copy: a
    // whole copy, or a long passage shared across outlets (wire copy is common precisely because it is everywhere).
    const aligned = all.filter(
      (a) =>
        wholeCopy ||
        (!sameOutlet && a.targetEnd - a.targetStart >= this.o.longPassage) ||
        commonShare(positions, common, tokenAt(tok, a.targetStart), tokenAt(tok, a.targetEnd)) <=
          this.o.maxCommonShare,
    );
    for (const a of aligned) {
      if (sameOutlet && !wholeCopy && this.atEdges(a, earlier.body, doc.body)) continue;
      out.push(
        flip
          ? {
              sourceArticle: doc.id,
              targetArticle: earlier.id,
              sourceStart: a.targetStart,
              sourceEnd: a.targetEnd,
              targetStart: a.sourceStart,
              targetEnd: a.sourceEnd,
              text: earlier.body.slice(a.sourceStart, a.sourceEnd),
              similarity: a.similarity,
              direction: 'forward',
              wholeCopy,
            }
          : {
              sourceArticle: earlier.id,
              targetArticle: doc.id,
              sourceStart: a.sourceStart,
              sourceEnd: a.sourceEnd,
              targetStart: a.targetStart,
              targetEnd: a.targetEnd,
              text: doc.body.slice(a.targetStart, a.targetEnd),
              similarity: a.similarity,
              direction: dated ? 'forward' : 'unknown',
              wholeCopy,
            },
      );
    }
    return out;
  }

  /** A same-outlet passage flush with the start or the end of both bodies is the outlet's template. */
  private atEdges(
    a: { sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number },
    src: string,
    tgt: string,
  ): boolean {
    const srcTail = src.trimEnd().length;
    const tgtTail = tgt.trimEnd().length;
    const atEnd = srcTail - a.sourceEnd <= TEMPLATE_EDGE && tgtTail - a.targetEnd <= TEMPLATE_EDGE;
    const srcHead = src.length - src.trimStart().length;
    const tgtHead = tgt.length - tgt.trimStart().length;
    const atStart = a.sourceStart - srcHead <= TEMPLATE_EDGE && a.targetStart - tgtHead <= TEMPLATE_EDGE;
    return atEnd || atStart;
  }
}

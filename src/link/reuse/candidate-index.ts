// Where fingerprints live between documents: a small interface, and an in-memory implementation on typed arrays.

/** Candidate generation behind an interface, so a store-backed index can replace the in-memory one. */
export interface CandidateIndex {
  /**
   * Records that document `doc` (a dense number the caller assigns in indexing order) holds these fingerprints.
   * `outlet` is a small hash of the outlet name (or -1 when unknown), used to spot outlet templates.
   */
  add(doc: number, hashes: Int32Array, outlet: number): void;
  /**
   * Earlier documents sharing at least one usable fingerprint with `hashes`, with how many they share.
   * `common[i]` is set to 1 for every fingerprint too common to be evidence of reuse (boilerplate, stock phrase).
   */
  lookup(hashes: Int32Array, common: Uint8Array): Map<number, number>;
  /** Number of fingerprints held (postings). */
  size(): number;
}

export interface MemoryIndexOptions {
  /** A fingerprint seen in more documents than this is a stock phrase and stops counting. */
  maxDocs?: number;
  /** A fingerprint seen in about this many outlets or more is a stock phrase. */
  maxOutlets?: number;
  /** A fingerprint seen this often within one outlet only is that outlet's template. */
  maxSameOutletDocs?: number;
  /** Initial capacity in fingerprints; the tables grow by doubling. */
  capacity?: number;
}

const popcount = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/**
 * Open-addressing hash table from fingerprint to a linked list of postings, all in typed arrays so that tens of
 * millions of fingerprints fit without a JavaScript object each. Per fingerprint it keeps a document count and a
 * 32-bit mask of outlet hashes, whose population count estimates how many outlets use it.
 */
export class MemoryCandidateIndex implements CandidateIndex {
  private keys: Int32Array;
  private used: Uint8Array;
  private head: Int32Array;
  private count: Uint32Array;
  private outlets: Uint32Array;
  private lastDoc: Int32Array;
  private mask: number;
  private slots = 0;
  private postDoc: Int32Array;
  private postNext: Int32Array;
  private postings = 0;
  private readonly maxDocs: number;
  private readonly maxOutlets: number;
  private readonly maxSameOutletDocs: number;

  constructor(options: MemoryIndexOptions = {}) {
    this.maxDocs = options.maxDocs ?? 50;
    this.maxOutlets = options.maxOutlets ?? 8;
    this.maxSameOutletDocs = options.maxSameOutletDocs ?? 4;
    let cap = 1024;
    const want = options.capacity ?? 1 << 14;
    while (cap < want * 2) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.head = new Int32Array(cap);
    this.count = new Uint32Array(cap);
    this.outlets = new Uint32Array(cap);
    this.lastDoc = new Int32Array(cap);
    this.postDoc = new Int32Array(want);
    this.postNext = new Int32Array(want);
  }

  size(): number {
    return this.postings;
  }

  private slotOf(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) & this.mask;
    while (this.used[i] && this.keys[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  private growTable(): void {
    const { keys, used, head, count, outlets, lastDoc } = this;
    const cap = keys.length * 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.used = new Uint8Array(cap);
    this.head = new Int32Array(cap);
    this.count = new Uint32Array(cap);
    this.outlets = new Uint32Array(cap);
    this.lastDoc = new Int32Array(cap);
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue;
      const j = this.slotOf(keys[i]);
      this.used[j] = 1;
      this.keys[j] = keys[i];
      this.head[j] = head[i];
      this.count[j] = count[i];
      this.outlets[j] = outlets[i];
      this.lastDoc[j] = lastDoc[i];
    }
  }

  private isCommon(slot: number): boolean {
    const docs = this.count[slot];
    if (docs > this.maxDocs) return true;
    const spread = popcount(this.outlets[slot]);
    if (spread >= this.maxOutlets) return true;
    return spread === 1 && this.outlets[slot] !== 0 && docs >= this.maxSameOutletDocs;
  }

  add(doc: number, hashes: Int32Array, outlet: number): void {
    const bit = outlet < 0 ? 0 : 1 << (outlet & 31);
    for (let x = 0; x < hashes.length; x++) {
      if ((this.slots + 1) * 2 > this.keys.length) this.growTable();
      const h = hashes[x];
      const s = this.slotOf(h);
      if (!this.used[s]) {
        this.used[s] = 1;
        this.keys[s] = h;
        this.head[s] = -1;
        this.lastDoc[s] = -1;
        this.slots++;
      }
      if (this.lastDoc[s] === doc) continue;
      this.lastDoc[s] = doc;
      this.count[s]++;
      this.outlets[s] |= bit;
      // Past the limit the postings are useless (the fingerprint is ignored), so they are not stored.
      if (this.count[s] > this.maxDocs) continue;
      if (this.postings === this.postDoc.length) {
        const grow = (a: Int32Array): Int32Array => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.postDoc = grow(this.postDoc);
        this.postNext = grow(this.postNext);
      }
      const p = this.postings++;
      this.postDoc[p] = doc;
      this.postNext[p] = this.head[s];
      this.head[s] = p;
    }
  }

  lookup(hashes: Int32Array, common: Uint8Array): Map<number, number> {
    const found = new Map<number, number>();
    for (let x = 0; x < hashes.length; x++) {
      const s = this.slotOf(hashes[x]);
      if (!this.used[s]) continue;
      if (this.isCommon(s)) {
        common[x] = 1;
        continue;
      }
      for (let p = this.head[s]; p !== -1; p = this.postNext[p]) {
        const d = this.postDoc[p];
        found.set(d, (found.get(d) ?? 0) + 1);
      }
    }
    return found;
  }
}

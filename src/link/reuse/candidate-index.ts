// Where fingerprints live between documents: a small interface, and an in-memory implementation on typed arrays.

/** Candidate generation behind an interface, so a store-backed index can replace the in-memory one. */
export interface CandidateIndex {
  /**
   * Records that document `doc` (a dense number the caller assigns in increasing indexing order) holds these
   * fingerprints. `outlet` is a small hash of the outlet name (or -1 when unknown), used to spot outlet templates.
   */
  add(doc: number, hashes: Int32Array, outlet: number): void;
  /**
   * Earlier documents sharing at least one usable fingerprint with `hashes`, with how many they share.
   * `common[i]` is set to 1 for every fingerprint too common to be evidence of reuse (boilerplate, stock phrase).
   * When `commonFound` is given, the documents reached through common fingerprints are counted there (an index may
   * keep only the first documents of such a fingerprint): syndicated copy is common too, but shares all of them.
   */
  lookup(hashes: Int32Array, common: Uint8Array, commonFound?: Map<number, number>): Map<number, number>;
  /** Number of postings held. */
  size(): number;
}

export interface MemoryIndexOptions {
  /** A fingerprint seen in more documents than this is common; its list keeps only the first this many documents. */
  maxDocs?: number;
  /** A fingerprint seen in about this many outlets or more is a stock phrase. */
  maxOutlets?: number;
  /** A fingerprint seen this often within one outlet only is that outlet's template. */
  maxSameOutletDocs?: number;
  /** Initial capacity in fingerprints; the tables grow by doubling. */
  capacity?: number;
}

/**
 * A MemoryCandidateIndex's whole state, compact: the used slots of its table only, and each slot's postings in list
 * order, one slot after the other (the live arrays are a third empty slots, and link postings through `postNext`).
 * Saved at the end of a run and loaded at the start of the next instead of indexing every stored document again.
 */
export interface MemoryIndexState {
  /** maxDocs, maxOutlets, maxSameOutletDocs: an index loads only a state kept under its own limits. */
  limits: number[];
  /** Slots of the table the state was taken from: it is rebuilt as large. */
  capacity: number;
  /** Per used slot: its fingerprint, document count and outlet mask. */
  keys: Int32Array;
  count: Uint16Array;
  outlets: Uint32Array;
  /** The documents of each used slot's list, newest first: min(count, maxDocs) of them (the list stops there). */
  postDoc: Int32Array;
}

const popcount = (v: number): number => {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
};

const grow = (a: Int32Array): Int32Array => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/**
 * Open-addressing hash table from fingerprint to a linked list of postings, all in typed arrays so that tens of
 * millions of fingerprints fit without a JavaScript object each (about 14 bytes a slot and 8 a posting). Per
 * fingerprint it keeps a document count and a 32-bit mask of outlet hashes, whose population count estimates how
 * many outlets use it. Postings are 1-based in `head`/`postNext` (0 ends a list and marks an empty slot).
 */
export class MemoryCandidateIndex implements CandidateIndex {
  private keys: Int32Array;
  /** First posting + 1; 0 marks an empty slot, so no separate "used" array is needed. */
  private head: Int32Array;
  private count: Uint16Array;
  private outlets: Uint32Array;
  private mask: number;
  private slots = 0;
  private postDoc: Int32Array;
  private postNext: Int32Array;
  private postings = 0;
  private readonly maxDocs: number;
  private readonly maxOutlets: number;
  private readonly maxSameOutletDocs: number;

  constructor(options: MemoryIndexOptions = {}) {
    this.maxDocs = Math.min(options.maxDocs ?? 50, 0xfffe);
    this.maxOutlets = options.maxOutlets ?? 8;
    this.maxSameOutletDocs = options.maxSameOutletDocs ?? 4;
    const want = Math.max(options.capacity ?? 1 << 14, 16);
    let cap = 1024;
    while (cap * 3 < want * 4) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.head = new Int32Array(cap);
    this.count = new Uint16Array(cap);
    this.outlets = new Uint32Array(cap);
    this.postDoc = new Int32Array(want);
    this.postNext = new Int32Array(want);
  }

  size(): number {
    return this.postings;
  }

  private get limits(): number[] {
    return [this.maxDocs, this.maxOutlets, this.maxSameOutletDocs];
  }

  /** The state, copied out (the index goes on unchanged). */
  state(): MemoryIndexState {
    const keys = new Int32Array(this.slots);
    const count = new Uint16Array(this.slots);
    const outlets = new Uint32Array(this.slots);
    const postDoc = new Int32Array(this.postings);
    let u = 0;
    let at = 0;
    for (let i = 0; i < this.keys.length; i++) {
      if (this.head[i] === 0) continue;
      keys[u] = this.keys[i];
      count[u] = this.count[i];
      outlets[u++] = this.outlets[i];
      for (let p = this.head[i]; p > 0; p = this.postNext[p - 1]) postDoc[at++] = this.postDoc[p - 1];
    }
    return { limits: this.limits, capacity: this.keys.length, keys, count, outlets, postDoc };
  }

  /**
   * Rebuilds the index from a saved state, replacing what it held: afterwards it finds and counts what the saved one
   * did. False, leaving the index as it was, when the state was kept under other limits or does not hold together.
   */
  load(s: MemoryIndexState): boolean {
    const cap = s.capacity;
    const used = s.keys.length;
    let postings = 0;
    for (let u = 0; u < s.count.length; u++) postings += Math.min(s.count[u], this.maxDocs);
    const fits =
      s.limits.join() === this.limits.join() &&
      cap >= 1024 &&
      (cap & (cap - 1)) === 0 &&
      used * 4 <= cap * 3 &&
      s.count.length === used &&
      s.outlets.length === used &&
      postings === s.postDoc.length;
    if (!fits) return false;
    const was = {
      keys: this.keys,
      head: this.head,
      count: this.count,
      outlets: this.outlets,
      mask: this.mask,
    };
    this.keys = new Int32Array(cap);
    this.head = new Int32Array(cap);
    this.count = new Uint16Array(cap);
    this.outlets = new Uint32Array(cap);
    this.mask = cap - 1;
    // The saved postings are taken over rather than copied: they are never written, since the first posting added
    // to a full array grows it into a new one (add).
    const postDoc = postings >= 16 ? s.postDoc : new Int32Array(16);
    if (postDoc !== s.postDoc) postDoc.set(s.postDoc);
    const postNext = new Int32Array(postDoc.length);
    let at = 0;
    for (let u = 0; u < used; u++) {
      const slot = this.slotOf(s.keys[u]);
      if (this.head[slot] !== 0) {
        // A fingerprint saved twice: not a state this index wrote.
        Object.assign(this, was);
        return false;
      }
      const length = Math.min(s.count[u], this.maxDocs);
      this.keys[slot] = s.keys[u];
      this.count[slot] = s.count[u];
      this.outlets[slot] = s.outlets[u];
      // The list laid out in order: each posting points at the next (1-based), the last at none.
      this.head[slot] = at + 1;
      for (let j = 0; j < length - 1; j++) postNext[at + j] = at + j + 2;
      at += length;
    }
    this.slots = used;
    this.postDoc = postDoc;
    this.postNext = postNext;
    this.postings = postings;
    return true;
  }

  private slotOf(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) & this.mask;
    while (this.head[i] !== 0 && this.keys[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  private growTable(): void {
    const { keys, head, count, outlets } = this;
    const cap = keys.length * 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(cap);
    this.head = new Int32Array(cap);
    this.count = new Uint16Array(cap);
    this.outlets = new Uint32Array(cap);
    for (let i = 0; i < keys.length; i++) {
      if (head[i] === 0) continue;
      const j = this.slotOf(keys[i]);
      this.keys[j] = keys[i];
      this.head[j] = head[i];
      this.count[j] = count[i];
      this.outlets[j] = outlets[i];
    }
  }

  private isCommon(slot: number): boolean {
    const docs = this.count[slot];
    if (docs > this.maxDocs) return true;
    const spread = popcount(this.outlets[slot]);
    if (spread >= this.maxOutlets) return true;
    return spread === 1 && docs >= this.maxSameOutletDocs;
  }

  add(doc: number, hashes: Int32Array, outlet: number): void {
    const bit = outlet < 0 ? 0 : 1 << (outlet & 31);
    for (let x = 0; x < hashes.length; x++) {
      if ((this.slots + 1) * 4 > this.keys.length * 3) this.growTable();
      const h = hashes[x];
      const s = this.slotOf(h);
      if (this.head[s] === 0) {
        this.keys[s] = h;
        this.slots++;
      } else if (this.count[s] <= this.maxDocs && this.postDoc[this.head[s] - 1] === doc) {
        // Documents arrive in increasing order, so a repeat within one document sits at the head of the list.
        continue;
      }
      if (this.count[s] < 0xffff) this.count[s]++;
      this.outlets[s] |= bit;
      // Past the limit the list keeps its first documents only: enough to find the source of a syndicated copy.
      if (this.count[s] > this.maxDocs) continue;
      if (this.postings === this.postDoc.length) {
        this.postDoc = grow(this.postDoc);
        this.postNext = grow(this.postNext);
      }
      const p = this.postings++;
      this.postDoc[p] = doc;
      this.postNext[p] = this.head[s];
      this.head[s] = p + 1;
    }
  }

  lookup(hashes: Int32Array, common: Uint8Array, commonFound?: Map<number, number>): Map<number, number> {
    const found = new Map<number, number>();
    for (let x = 0; x < hashes.length; x++) {
      const s = this.slotOf(hashes[x]);
      if (this.head[s] === 0) continue;
      let into = found;
      if (this.isCommon(s)) {
        common[x] = 1;
        if (!commonFound) continue;
        into = commonFound;
      }
      for (let p = this.head[s]; p > 0; p = this.postNext[p - 1]) {
        const d = this.postDoc[p - 1];
        into.set(d, (into.get(d) ?? 0) + 1);
      }
    }
    return found;
  }
}

// A story's term weights: keys map to a slot, weights live in a typed array, so updating a weight allocates nothing.

/** What the similarity features read of a weight vector: a document's Map and a story's TermVector both fit. */
export interface Weights {
  get(key: string): number | undefined;
  has(key: string): boolean;
}

/**
 * A Map<string, number> would box every weight it is given as a heap number: a story lives long, so each update
 * was a young object written into an old map, kept alive and copied by the next scavenge (GC was over a quarter
 * of a link profile). Here a key's slot is a small integer and its weight is written in place.
 */
export class TermVector implements Weights {
  private slots = new Map<string, number>();
  private keyAt: string[] = [];
  private values = new Float64Array(8);
  /** An integer the owner keeps with each key, given when the key is first added (-1 when none was). */
  private tags = new Int32Array(8);

  get size(): number {
    return this.keyAt.length;
  }

  get(key: string): number | undefined {
    const i = this.slots.get(key);
    return i === undefined ? undefined : this.values[i];
  }

  has(key: string): boolean {
    return this.slots.has(key);
  }

  /** The key's slot, -1 when absent: a hot loop reads the weight as weights()[slot], with no number returned boxed. */
  slotOf(key: string): number {
    return this.slots.get(key) ?? -1;
  }

  /** The weights by slot; valid until the next add or prune. */
  weights(): Float64Array {
    return this.values;
  }

  /** The i-th key in insertion order (after a prune: heaviest first), for walking the vector by index. */
  keyOf(i: number): string {
    return this.keyAt[i];
  }

  valueOf(i: number): number {
    return this.values[i];
  }

  /** The i-th key's tag (see slotFor). */
  tagOf(i: number): number {
    return this.tags[i];
  }

  /** Adds to a key's weight (a new key starts at 0, with `tag`) and returns the weight it had before. */
  add(key: string, by: number, tag = -1): number {
    const i = this.slotFor(key, tag);
    const old = this.values[i];
    this.values[i] = old + by;
    return old;
  }

  /**
   * The key's slot, made (weight 0) when absent; weights() may be a new array after this. A new key keeps `tag`
   * (the linker: the slot of its document frequency, so that an IDF costs no lookup by key).
   */
  slotFor(key: string, tag = -1): number {
    const i = this.slots.get(key);
    if (i !== undefined) return i;
    const n = this.keyAt.length;
    if (n === this.values.length) {
      const grown = new Float64Array(n * 2);
      grown.set(this.values);
      this.values = grown;
      const tags = new Int32Array(n * 2);
      tags.set(this.tags);
      this.tags = tags;
    }
    this.slots.set(key, n);
    this.keyAt.push(key);
    this.values[n] = 0;
    this.tags[n] = tag;
    return n;
  }

  /** Keeps the `keep` heaviest keys, heaviest first (ties in insertion order). */
  prune(keep: number): void {
    const order = Array.from({ length: this.keyAt.length }, (_, i) => i).sort(
      (a, b) => this.values[b] - this.values[a],
    );
    if (order.length > keep) order.length = keep;
    const keys = order.map((i) => this.keyAt[i]);
    const values = new Float64Array(Math.max(8, keys.length * 2));
    const tags = new Int32Array(values.length);
    for (let i = 0; i < order.length; i++) {
      values[i] = this.values[order[i]];
      tags[i] = this.tags[order[i]];
    }
    this.slots = new Map(keys.map((k, i) => [k, i]));
    this.keyAt = keys;
    this.values = values;
    this.tags = tags;
  }
}

// Document frequencies of the linker's keys: one hash lookup to count a key, counts in a typed array.

import { KeyIds } from './key-ids.js';

/**
 * How many documents held each key. A Map<string, number> needs a get and a set to count a key the stream has seen
 * before (nearly every key of every article), and counting an article's keys was the link step's largest share of
 * time; here a key maps to a slot once, and counting it again is one lookup and a write in place.
 */
export class DocFrequencies {
  private readonly slots = new KeyIds();
  private counts = new Int32Array(1024);

  /** Counts one more document holding `key` and returns the key's slot (see countAt). */
  bump(key: string): number {
    return this.bumpId(this.slots.idOf(key));
  }

  /**
   * Counts one more document holding the key whose dense id the caller gives (KeyIds), and returns it as the slot:
   * no lookup at all. A table is counted by key (bump) or by id, never both.
   */
  bumpId(id: number): number {
    if (id >= this.counts.length) this.grow(id);
    this.counts[id]++;
    return id;
  }

  /** Counts `n` more documents (fewer, below 0) holding the key whose dense id is given, as bumpId counts one. */
  addId(id: number, n: number): number {
    if (id >= this.counts.length) this.grow(id);
    this.counts[id] += n;
    return id;
  }

  private grow(id: number): void {
    let size = this.counts.length;
    while (size <= id) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.counts);
    this.counts = grown;
  }

  /** Counts `n` more documents holding `key` and returns its slot, as bump does for one (0: the slot only). */
  add(key: string, n: number): number {
    return this.addId(this.slots.idOf(key), n);
  }

  /** How many documents held the key in `slot` (as bump or bumpId returned it): no lookup by key. */
  countAt(slot: number): number {
    return this.counts[slot];
  }

  /**
   * Every key this table's own slots hold (bump), with its count, in slot order: loaded back in that order (add), the
   * keys get the same slots again.
   */
  *entries(): IterableIterator<[string, number]> {
    yield* this.entriesBy(this.slots);
  }

  /** Every key `ids` hands out (a table counted by id, bumpId), with its count (0 for none), in id order. */
  *entriesBy(ids: KeyIds): IterableIterator<[string, number]> {
    for (const [key, id] of ids.entries()) yield [key, id < this.counts.length ? this.counts[id] : 0];
  }

  /** How many documents held `key` (0 for a key never counted). */
  get(key: string): number {
    const i = this.slots.seen(key);
    return i === undefined ? 0 : this.counts[i];
  }
}

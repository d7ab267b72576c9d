// A fixed set of words looked up straight from a range of the text: a word that is not there costs a hash and a
// probe, and no substring is cut out of the text for it (most words the quote finder reads are no cue).

import { codeAt } from './text.js';

/** FNV-1a over text[start, end), folding A–Z to lowercase, so that "Said" and "said" hash alike. */
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = codeAt(text, i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

export class WordTable<V> {
  private readonly mask: number;
  /** Per slot: the word's hash, its index in `words` plus one (0: empty slot). */
  private readonly hashes: Int32Array;
  private readonly slots: Int32Array;
  private readonly words: string[] = [];
  private readonly values: V[] = [];

  /** Words are stored as given; `get` compares them with the text exactly or with A–Z folded. */
  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 2) size <<= 1;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (const [word, value] of list) {
      const h = hashRange(word, 0, word.length) | 0;
      let i = h & this.mask;
      while (this.slots[i] !== 0) {
        if (this.hashes[i] === h && this.words[this.slots[i] - 1] === word) break;
        i = (i + 1) & this.mask;
      }
      if (this.slots[i] === 0) {
        this.words.push(word);
        this.values.push(value);
        this.hashes[i] = h;
        this.slots[i] = this.words.length;
      } else this.values[this.slots[i] - 1] = value;
    }
  }

  /**
   * The value of the word text[start, end), or undefined. `foldCase`: A–Z in the text match their lowercase
   * (the stored words are lowercase); otherwise the text must spell the word exactly. `hash`: hashRange of the
   * range, when the caller has it already.
   */
  get(
    text: string,
    start: number,
    end: number,
    foldCase = false,
    hash = hashRange(text, start, end),
  ): V | undefined {
    const h = hash | 0;
    const len = end - start;
    for (let i = h & this.mask; this.slots[i] !== 0; i = (i + 1) & this.mask) {
      if (this.hashes[i] !== h) continue;
      const w = this.words[this.slots[i] - 1];
      if (w.length === len && sameWord(text, start, w, foldCase)) return this.values[this.slots[i] - 1];
    }
    return undefined;
  }
}

function sameWord(text: string, start: number, word: string, foldCase: boolean): boolean {
  for (let k = 0; k < word.length; k++) {
    let c = codeAt(text, start + k);
    if (foldCase && c >= 65 && c <= 90) c += 32;
    if (c !== codeAt(word, k)) return false;
  }
  return true;
}

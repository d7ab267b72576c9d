// Builds the tagger's lexical resources (gazetteer, capitalization profile, word clusters) from text; pure.

import { tokenize } from '../text/index.js';
import type { LabeledDocument } from './conll.js';
import { normalizeWord } from './features.js';
import { ENTITY_TYPES } from './tags.js';

/** Entity phrases of the given documents, lowercased, with a bitmask of their types. */
export function buildGazetteer(
  docs: LabeledDocument[],
  maxLength = 6,
): { map: Map<string, number>; maxLength: number } {
  const map = new Map<string, number>();
  for (const d of docs)
    for (const s of d.sentences)
      for (const sp of s.spans) {
        if (sp.end - sp.start > maxLength) continue;
        const phrase = s.words.slice(sp.start, sp.end).map(normalizeWord).join(' ');
        map.set(phrase, (map.get(phrase) ?? 0) | (1 << ENTITY_TYPES.indexOf(sp.type)));
      }
  return { map, maxLength };
}

/** Counts of capitalized vs lowercase mid-sentence uses per word. */
export class CapitalizationCounter {
  readonly counts = new Map<string, [number, number]>();

  addWords(words: string[]): void {
    for (let i = 1; i < words.length; i++) {
      const prev = words[i - 1];
      if (!/[\p{L}\p{N},]$/u.test(prev)) continue;
      const w = words[i];
      const first = w.charAt(0);
      if (!/\p{L}/u.test(first)) continue;
      const isUpper = first !== first.toLowerCase();
      // ALL-CAPS tokens say nothing about how the word is normally written.
      if (isUpper && w.length > 1 && w === w.toUpperCase()) continue;
      const key = normalizeWord(w);
      let c = this.counts.get(key);
      if (!c) {
        c = [0, 0];
        this.counts.set(key, c);
      }
      c[isUpper ? 0 : 1]++;
    }
  }

  addText(text: string): void {
    for (const line of text.split('\n')) this.addWords(tokenize(line).map((t) => t.text));
  }

  /** word -> bin 0..4 (0: almost always lowercase .. 4: almost always capitalized); rare words left out. */
  bins(minCount: number): Map<string, number> {
    const out = new Map<string, number>();
    for (const [w, [up, low]] of this.counts) {
      const n = up + low;
      if (n < minCount) continue;
      const r = up / n;
      out.set(w, r < 0.05 ? 0 : r < 0.3 ? 1 : r < 0.7 ? 2 : r < 0.95 ? 3 : 4);
    }
    return out;
  }
}

/**
 * Words seen inside multi-word names of the given documents, at least `minCount` times per type, with one bit per
 * type from `firstBit` on: "Rovers", "Inc", "Bank" generalize to names the phrase gazetteer does not hold.
 */
export function entityWordLists(
  docs: LabeledDocument[],
  firstBit: number,
  minCount = 2,
): Map<string, number> {
  const counts = new Map<string, number[]>();
  for (const d of docs)
    for (const s of d.sentences)
      for (const sp of s.spans) {
        if (sp.end - sp.start < 2) continue;
        const type = ENTITY_TYPES.indexOf(sp.type);
        for (let i = sp.start; i < sp.end; i++) {
          const word = normalizeWord(s.words[i]);
          let c = counts.get(word);
          if (!c) {
            c = [0, 0, 0, 0];
            counts.set(word, c);
          }
          c[type]++;
        }
      }
  const out = new Map<string, number>();
  for (const [word, c] of counts) {
    let bits = 0;
    for (let t = 0; t < c.length; t++) if (c[t] >= minCount) bits |= 1 << (firstBit + t);
    if (bits) out.set(word, bits);
  }
  return out;
}

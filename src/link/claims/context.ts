// What a sentence says around its checkable core: its content words, so that two sentences sharing "24 hours" but
// nothing else ("battery life of up to 24 hours", "re-evaluate him within 24 hours") are not one claim.

import { hashString } from '../../analyze/ner/hash.js';
import { STOPWORDS, stem } from '../reuse/text.js';

/** Besides function words, words that say nothing about which statement a sentence makes. */
const FILLER = new Set(['told', 'according', 'percent', 'per', 'cent', 'year', 'years']);

/** At most this many words describe a claim: enough for its first sentences, bounded for a tracker of millions. */
export const CONTEXT_WORDS = 32;

/** Words of three letters or more, and numbers (another number two sentences share says much: "584 deaths"). */
const WORD = /\p{L}{3,}|\d+(?:[.,]\d+)*/gu;

/** A sentence's content words, read once for all the cores it holds: stem hash and offsets of each. */
export interface SentenceWords {
  ids: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

export function sentenceWords(sentence: string): SentenceWords {
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of sentence.toLowerCase().matchAll(WORD)) {
    if (STOPWORDS.has(m[0]) || FILLER.has(m[0])) continue;
    const s = /\d/.test(m[0]) ? m[0].replace(/,/g, '') : stem(m[0]);
    ids.push(hashString(s) >>> 0);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { ids: Uint32Array.from(ids), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/**
 * The content words of a sentence as sorted, distinct hashes of their stems, leaving out what every sighting of the
 * core shares by definition: the core's own words (`from`–`to` in the sentence) and `head`, the word it counts.
 */
export function contextOf(words: SentenceWords, head: string, from = 0, to = 0): Uint32Array {
  const skip = hashString(head) >>> 0;
  const ids = new Set<number>();
  for (let i = 0; i < words.ids.length && ids.size < CONTEXT_WORDS; i++) {
    if (words.ids[i] === skip || (words.starts[i] < to && words.ends[i] > from)) continue;
    ids.add(words.ids[i]);
  }
  return Uint32Array.from(ids).sort();
}

/** How many words two contexts share (both sorted). */
export function sharedWords(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** The union of two contexts, cut to `CONTEXT_WORDS` (the first's words kept first): what a claim grows into. */
export function widen(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length >= CONTEXT_WORDS) return a;
  const out = new Set(a);
  for (const x of b) {
    if (out.size >= CONTEXT_WORDS) break;
    out.add(x);
  }
  return out.size === a.length ? a : Uint32Array.from(out).sort();
}

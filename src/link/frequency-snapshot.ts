// The story linker's document frequencies saved beside the reuse index (as parts of its snapshot record), so that a
// restart counts the articles of stories it no longer restores without reading them again.

import type { ReuseSnapshotRecord } from '../store/types.js';
import type { StoryFrequencies } from './stories/index.js';

/** Raised by hand when what the parts mean changes. */
const FORMAT = 1;
const META = 'df';
const keysPart = (g: number) => `df-keys-${g}`;
const countsPart = (g: number) => `df-counts-${g}`;

interface Meta {
  format: number;
  docs: number;
  groups: number;
}

/**
 * The parts that hold `f`. They go in the same record as the reuse index, saved in one transaction with it: the
 * frequencies count exactly the articles that index holds (its ids), which is how a restart knows which to count.
 */
export function frequencyParts(f: StoryFrequencies): ReuseSnapshotRecord['parts'] {
  const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const meta: Meta = { format: FORMAT, docs: f.docs, groups: f.groups.length };
  return [
    { name: META, data: text(meta) },
    ...f.groups.flatMap(({ keys, counts }, g) => [
      { name: keysPart(g), data: text(keys) },
      { name: countsPart(g), data: new Uint8Array(counts.buffer, counts.byteOffset, counts.byteLength) },
    ]),
  ];
}

/**
 * The frequencies saved in `record`; null when it holds none (saved before they were), or other code's. Parts that
 * cannot be read back (bytes damaged on disk or in transit: JSON that does not parse, or does not hold what was
 * written) give null too, after one call of `unreadable` saying why: the caller then counts the stored articles
 * again, as for a store saved without them, instead of failing to open the store at all.
 */
export function frequenciesOf(
  record: ReuseSnapshotRecord,
  unreadable: (reason: string) => void = () => {},
): StoryFrequencies | null {
  try {
    return decode(record);
  } catch (error) {
    unreadable(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** Parses JSON from bytes; a decoder that rejects invalid UTF-8, so that damage shows as an error, not as U+FFFD. */
const json = (bytes: Uint8Array): unknown =>
  JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

function decode(record: ReuseSnapshotRecord): StoryFrequencies | null {
  const parts = new Map(record.parts.map((p) => [p.name, p.data]));
  const metaBytes = parts.get(META);
  if (!metaBytes) return null;
  const meta = json(metaBytes) as Partial<Meta> | null;
  if (meta?.format !== FORMAT) {
    if (typeof meta?.format === 'number') return null;
    throw new Error(`part ${META} holds no format`);
  }
  if (!isCount(meta.docs) || !isCount(meta.groups)) throw new Error(`part ${META} holds no counts`);
  const groups: StoryFrequencies['groups'] = [];
  for (let g = 0; g < meta.groups; g++) {
    const keyBytes = parts.get(keysPart(g));
    const countBytes = parts.get(countsPart(g));
    if (!keyBytes || !countBytes) throw new Error(`group ${g} of ${meta.groups} is missing`);
    const keys = json(keyBytes);
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string'))
      throw new Error(`part ${keysPart(g)} holds no list of keys`);
    if (countBytes.byteLength !== keys.length * 4)
      throw new Error(`part ${countsPart(g)} holds ${countBytes.byteLength} bytes for ${keys.length} keys`);
    // A copy, aligned for the view whatever the store's buffer.
    const counts = new Int32Array(countBytes.slice().buffer);
    if (counts.some((n) => n < 0)) throw new Error(`part ${countsPart(g)} holds a negative count`);
    groups.push({ keys, counts });
  }
  return { docs: meta.docs, groups };
}

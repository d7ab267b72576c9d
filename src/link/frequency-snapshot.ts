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

/** The frequencies saved in `record`; null when it holds none (saved before they were), or other code's. */
export function frequenciesOf(record: ReuseSnapshotRecord): StoryFrequencies | null {
  const parts = new Map(record.parts.map((p) => [p.name, p.data]));
  const metaBytes = parts.get(META);
  if (!metaBytes) return null;
  const meta = JSON.parse(new TextDecoder().decode(metaBytes)) as Meta;
  if (meta.format !== FORMAT) return null;
  const groups: StoryFrequencies['groups'] = [];
  for (let g = 0; g < meta.groups; g++) {
    const keyBytes = parts.get(keysPart(g));
    const countBytes = parts.get(countsPart(g));
    if (!keyBytes || !countBytes || countBytes.byteLength % 4 !== 0) return null;
    const keys = JSON.parse(new TextDecoder().decode(keyBytes)) as string[];
    // A copy, aligned for the view whatever the store's buffer.
    const counts = new Int32Array(countBytes.slice().buffer);
    if (counts.length !== keys.length) return null;
    groups.push({ keys, counts });
  }
  return { docs: meta.docs, groups };
}

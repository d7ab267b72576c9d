// The reuse index saved in the store between link runs: its state (ReuseIndex.snapshot) as binary parts and back.

import { hashString } from '../../analyze/ner/hash.js';
import type { ReuseSnapshotRecord } from '../../store/types.js';
import { fingerprint } from './fingerprint.js';
import type { ReuseIndexState } from './index.js';
import { tokenize } from './text.js';

/** Raised by hand when what the saved arrays mean changes (their layout, what a posting or a count holds). */
const FORMAT = 2;

/**
 * Fingerprints of a fixed text, so that a snapshot written by code that tokenised or hashed otherwise is not loaded:
 * its fingerprints would not match the ones taken of new articles. Invented text with the things tokenising treats
 * specially (case, accents, digits, punctuation, stopwords, hyphens, apostrophes).
 */
const PROBE =
  "The Minister's aide, Zoë Ångström-Lind, told reporters on 3 March that 1,250 new homes would be built near the " +
  'old harbour. "We are not going to wait," she said; critics called the plan rushed and under-funded.';

const endianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'le' : 'be';

/** The version a snapshot is saved under: it loads only into code that would rebuild the very same index. */
export function snapshotVersion(options: number[]): string {
  const [k, window] = options;
  const probe = hashString(
    `${fingerprint(tokenize(PROBE), k, window).hashes.join(',')}|${hashString('Probe Wire')}`,
  );
  return `reuse-index/${FORMAT} ${endianness} k${k} w${window} probe${probe >>> 0}`;
}

const TYPED = {
  keys: Int32Array,
  count: Uint16Array,
  outlets: Uint32Array,
  postDoc: Int32Array,
} as const;
type TypedName = keyof typeof TYPED;

const bytesOf = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function encodeSnapshot(state: ReuseIndexState): ReuseSnapshotRecord {
  const meta = { options: state.options, limits: state.index.limits, capacity: state.index.capacity };
  const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  return {
    version: snapshotVersion(state.options),
    parts: [
      { name: 'meta', data: text(meta) },
      { name: 'ids', data: text(state.ids) },
      ...(Object.keys(TYPED) as TypedName[]).map((name) => ({ name, data: bytesOf(state.index[name]) })),
    ],
  };
}

/** The state saved in `record`; null when it was saved by other code (version) or a part is missing or cut short. */
export function decodeSnapshot(record: ReuseSnapshotRecord): ReuseIndexState | null {
  const parts = new Map(record.parts.map((p) => [p.name, p.data]));
  const metaBytes = parts.get('meta');
  const idBytes = parts.get('ids');
  if (!metaBytes || !idBytes) return null;
  const meta = JSON.parse(new TextDecoder().decode(metaBytes)) as {
    options: number[];
    limits: number[];
    capacity: number;
  };
  if (record.version !== snapshotVersion(meta.options)) return null;
  const arrays: Partial<Record<TypedName, ArrayBufferView>> = {};
  for (const name of Object.keys(TYPED) as TypedName[]) {
    const bytes = parts.get(name);
    const Typed = TYPED[name];
    const size = Typed.BYTES_PER_ELEMENT;
    if (!bytes || bytes.byteLength % size !== 0) return null;
    // A view where the bytes are aligned for it, else a copy that is.
    const aligned = bytes.byteOffset % size === 0 ? bytes : bytes.slice();
    arrays[name] = new Typed(aligned.buffer as ArrayBuffer, aligned.byteOffset, aligned.byteLength / size);
  }
  const a = arrays as { keys: Int32Array; count: Uint16Array; outlets: Uint32Array; postDoc: Int32Array };
  return {
    options: meta.options,
    ids: JSON.parse(new TextDecoder().decode(idBytes)) as string[],
    index: { limits: meta.limits, capacity: meta.capacity, ...a },
  };
}

// The saved reuse index as table rows, the same for both stores: each part cut in chunks a row can hold.

import type { ReuseSnapshotRecord } from './types.js';

/** A part as a Buffer over the same memory (the drivers bind Buffers, not other typed arrays). */
export const asBuffer = (data: Uint8Array): Buffer =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/**
 * Bytes a row holds. Small, because reading a large value costs far more than its size: the driver's buffer for a value
 * of megabytes is mapped fresh (and faulted in page by page) for every row, where one of 64 KiB is reused; reading the
 * 100k-article bench's 108 MB index took 1.8 CPU s in rows of 8 MiB.
 */
export const SNAPSHOT_CHUNK = 64 << 10;

/** Rows a PostgreSQL statement writes at once (8 MiB of parameters). */
export const SNAPSHOT_ROWS_PER_INSERT = 128;

export interface SnapshotRow {
  part: string;
  chunk: number;
  data: Uint8Array;
}

/** The rows of a snapshot: the version as part "" (no part of the record has an empty name), then each part. */
export function snapshotRows(snapshot: ReuseSnapshotRecord, chunkSize = SNAPSHOT_CHUNK): SnapshotRow[] {
  const rows: SnapshotRow[] = [{ part: '', chunk: 0, data: new TextEncoder().encode(snapshot.version) }];
  for (const { name, data } of snapshot.parts) {
    if (name === '') throw new Error('a reuse snapshot part needs a name');
    // An empty part still gets its one row, so that it reads back as present.
    for (let at = 0, chunk = 0; at < data.length || chunk === 0; at += chunkSize, chunk++)
      rows.push({ part: name, chunk, data: data.subarray(at, Math.min(data.length, at + chunkSize)) });
  }
  return rows;
}

/**
 * The snapshot of rows read in (part, chunk) order, given each part's size in bytes: every part is one buffer of that
 * size, each row copied into it as it comes, so that a store can stream its rows instead of holding them all (103 MB
 * at 100k articles) next to the joined parts. Null when there are none, or when the rows do not fill the sizes (read
 * apart from them).
 */
export function snapshotOfSized(
  sizes: Map<string, number>,
  rows: Iterable<Pick<SnapshotRow, 'part' | 'data'>>,
): ReuseSnapshotRecord | null {
  if (!sizes.has('')) return null;
  const parts = new Map([...sizes].map(([name, bytes]) => [name, { data: new Uint8Array(bytes), at: 0 }]));
  for (const row of rows) {
    const part = parts.get(row.part);
    if (!part || part.at + row.data.length > part.data.length) return null;
    part.data.set(row.data, part.at);
    part.at += row.data.length;
  }
  for (const part of parts.values()) if (part.at !== part.data.length) return null;
  const version = parts.get('')!.data;
  parts.delete('');
  return {
    version: new TextDecoder().decode(version),
    parts: [...parts].map(([name, { data }]) => ({ name, data })),
  };
}

/** The snapshot of rows read in (part, chunk) order; null when there are none. */
export function snapshotOf(rows: SnapshotRow[]): ReuseSnapshotRecord | null {
  const sizes = new Map<string, number>();
  for (const row of rows) sizes.set(row.part, (sizes.get(row.part) ?? 0) + row.data.length);
  return snapshotOfSized(sizes, rows);
}

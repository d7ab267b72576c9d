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

/** The snapshot of rows read in (part, chunk) order; null when there are none. */
export function snapshotOf(rows: SnapshotRow[]): ReuseSnapshotRecord | null {
  if (rows.length === 0) return null;
  const chunks = new Map<string, Uint8Array[]>();
  for (const row of rows) {
    const list = chunks.get(row.part);
    if (list) list.push(row.data);
    else chunks.set(row.part, [row.data]);
  }
  const join = (list: Uint8Array[]): Uint8Array => {
    if (list.length === 1) return list[0];
    const out = new Uint8Array(list.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of list) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  const version = chunks.get('');
  if (!version) return null;
  chunks.delete('');
  return {
    version: new TextDecoder().decode(join(version)),
    parts: [...chunks].map(([name, list]) => ({ name, data: join(list) })),
  };
}

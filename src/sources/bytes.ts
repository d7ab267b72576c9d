// Byte streams from files and stdin with size caps, gunzip and line splitting; failures become reasons.
import { createReadStream, type ReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';

/** Why a whole input could not be read; thrown inside this layer only, made a problem at its edge. */
export class SourceError extends Error {}

export interface ByteLimits {
  maxFileBytes: number;
  maxDecompressedBytes: number;
}

/**
 * The bytes of a file, decompressed when `gzip`, in chunks; throws SourceError (or an OS error) when
 * the file or its decompressed content outgrows the limits or the gzip stream is broken.
 */
export async function* fileChunks(path: string, gzip: boolean, limits: ByteLimits): AsyncGenerator<Buffer> {
  const raw = createReadStream(path);
  if (!gzip) {
    try {
      yield* counted(raw, limits.maxFileBytes);
    } finally {
      await closeStream(raw);
    }
    return;
  }
  const gunzip = pipeline(counted(raw, limits.maxFileBytes), createGunzip(), () => {});
  let outBytes = 0;
  try {
    for await (const chunk of gunzip) {
      outBytes += (chunk as Buffer).length;
      if (outBytes > limits.maxDecompressedBytes) {
        throw new SourceError(tooLarge('decompressed content', limits.maxDecompressedBytes));
      }
      yield chunk as Buffer;
    }
  } catch (error) {
    throw gzipError(error);
  } finally {
    gunzip.destroy();
    await closeStream(raw);
  }
}

/** Destroys a file stream and waits until its descriptor is really closed, so early stops leak nothing. */
async function closeStream(stream: ReadStream): Promise<void> {
  if (stream.closed) return;
  const done = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  stream.destroy();
  await done;
}

// Counted as read, not only at stat time: a file can grow, and special files report size 0.
async function* counted(raw: AsyncIterable<unknown>, max: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of raw) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > max) throw new SourceError(tooLarge('file', max));
    yield buf;
  }
}

/** All of a stream (stdin) up to `max` bytes; more is a SourceError, not a growing buffer. */
export async function readCapped(stream: NodeJS.ReadableStream, max: number, what: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > max) throw new SourceError(tooLarge(what, max));
    parts.push(buf);
  }
  return Buffer.concat(parts, total);
}

export async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    total += chunk.length;
  }
  return Buffer.concat(parts, total);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips bytes already in memory (stdin), with the same cap and the same reasons as for files. */
export function gunzipCapped(bytes: Uint8Array, max: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: max });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new SourceError(tooLarge('decompressed content', max));
    }
    throw gzipError(error);
  }
}

/**
 * Splits a byte stream into lines (without "\n", and without a "\r" before it); yields what follows the
 * last newline too. The caller decodes each line, so an encoding mix-up stays within one record.
 */
export async function* byteLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  // Pieces of a line that spans chunks, joined once its end is found, so a long line costs linear time.
  let pending: Buffer[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      yield trimCr(pending.length > 0 ? Buffer.concat([...pending, piece]) : piece);
      pending = [];
      start = nl + 1;
    }
    // Copied so that a short tail does not pin the whole chunk in memory.
    if (start < chunk.length) pending.push(start === 0 ? chunk : Buffer.from(chunk.subarray(start)));
  }
  if (pending.length > 0) yield trimCr(Buffer.concat(pending));
}

function trimCr(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}

function tooLarge(what: string, max: number): string {
  const bomb = what.startsWith('decompressed') ? ' (gzip bomb?)' : '';
  return `${what} is larger than the limit of ${max} bytes${bomb}`;
}

function gzipError(error: unknown): unknown {
  if (error instanceof SourceError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_BUF_ERROR') return new SourceError('truncated gzip stream (unexpected end of file)');
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new SourceError(`corrupt gzip stream (${(error as Error).message})`);
  }
  return error;
}

/** An OS error as a short reason: "ENOENT: no such file or directory", without the repeated path. */
export function osReason(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+ '.*'$/s, '');
}

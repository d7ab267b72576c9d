// Public shapes of the sources layer, kept apart so every module can share them without import cycles.
import type { RawDocument } from '../model/index.js';

export interface SourceOptions {
  /** Applied to every document; a record's own `outlet`/`source` field wins. */
  outlet?: string;
  /** Applied to every document; a record's own `lang` field wins. */
  lang?: string;
  /** Default 50 MiB: a bigger file (or stdin) is skipped with a clear message. */
  maxFileBytes?: number;
  /** Default 200 MiB for .gz: decompression stops and is reported, never runs out of memory. */
  maxDecompressedBytes?: number;
  /** Used for the input "-" (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** A file or record that could not be read. */
export interface SourceProblem {
  uri: string;
  reason: string;
}

export type SourceItem = { kind: 'document'; doc: RawDocument } | { kind: 'problem'; problem: SourceProblem };

/** How the bytes of a file are laid out, decided from its name (or sniffed, for stdin). */
export type SourceFormat = 'text' | 'html' | 'json' | 'jsonl';

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 200 * 1024 * 1024;

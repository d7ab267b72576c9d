// Walks the inputs (files, folders, stdin) one file at a time, yielding documents or problems; never throws.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Message, RawDocument } from '../model/index.js';
import {
  type ByteLimits,
  byteLines,
  collect,
  fileChunks,
  gunzipCapped,
  isGzip,
  osReason,
  readCapped,
} from './bytes.js';
import { BINARY_REASON, decodeBytes, detectBom } from './decode.js';
import { extensionOf, formatFromName, mediaTypeOf, sniffFormat } from './formats.js';
import { loadManifest, type Manifest } from './manifest.js';
import { jsonLineToItem, jsonlTextToItems, jsonTextToItems, type RecordDefaults } from './records.js';
import {
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  DEFAULT_MAX_FILE_BYTES,
  type SourceFormat,
  type SourceItem,
  type SourceOptions,
} from './types.js';

/** The input name that means standard input. */
export const STDIN_INPUT = '-';

interface Resolved {
  limits: ByteLimits;
  defaults: RecordDefaults;
  stdin: () => NodeJS.ReadableStream;
  /** Each folder's manifest, read once (null: the folder has none). */
  manifests: Map<string, Manifest | null>;
}

const problem = (uri: string, reason: string): SourceItem => ({ kind: 'problem', problem: { uri, reason } });

/**
 * Documents from files, folders (recursive, in sorted order, hidden and unknown files skipped) and "-"
 * (stdin). Each file is read and released before the next; a file or record that cannot be read is
 * yielded as a problem and the rest goes on.
 */
export async function* readSources(
  inputs: string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  const resolved = resolveOptions(options);
  for (const input of inputs) {
    if (input === STDIN_INPUT) {
      yield* readStdin(resolved);
      continue;
    }
    yield* readInput(input, resolved);
  }
}

function resolveOptions(options: SourceOptions): Resolved {
  const positive = (n: number | undefined, fallback: number) =>
    n !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
  const defaults: RecordDefaults = {};
  if (options.outlet !== undefined) defaults.outlet = options.outlet;
  if (options.lang !== undefined) defaults.lang = options.lang;
  return {
    limits: {
      maxFileBytes: positive(options.maxFileBytes, DEFAULT_MAX_FILE_BYTES),
      maxDecompressedBytes: positive(options.maxDecompressedBytes, DEFAULT_MAX_DECOMPRESSED_BYTES),
    },
    defaults,
    stdin: () => options.stdin ?? process.stdin,
    manifests: new Map(),
  };
}

async function* readInput(input: string, resolved: Resolved): AsyncGenerator<SourceItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(input);
  } catch (error) {
    yield problem(input, osReason(error));
    return;
  }
  if (info.isDirectory()) {
    let found = 0;
    for await (const entry of walk(input, new Set())) {
      found++;
      if ('kind' in entry) yield entry;
      else yield* readFile(entry.path, entry.format, entry.gzip, resolved);
    }
    // Otherwise a mistyped folder would ingest nothing without a word.
    if (found === 0) yield problem(input, 'folder holds no files of a readable type');
    return;
  }
  const named = formatFromName(input);
  if (!named) {
    const ext = extensionOf(input);
    yield problem(input, ext ? `unsupported file type "${ext}"` : 'unsupported file type (no extension)');
    return;
  }
  if (!info.isFile()) {
    yield problem(input, 'not a regular file');
    return;
  }
  yield* readFile(input, named.format, named.gzip, resolved);
}

interface FileEntry {
  path: string;
  format: SourceFormat;
  gzip: boolean;
}

/** Readable files under `dir`, depth first, names in code-unit order so every machine sees the same order. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<FileEntry | SourceItem> {
  let names: { name: string; dir: boolean; file: boolean; link: boolean }[];
  try {
    // A symbolic link back up the tree would otherwise be walked forever.
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.map((e) => ({
      name: e.name,
      dir: e.isDirectory(),
      file: e.isFile(),
      link: e.isSymbolicLink(),
    }));
  } catch (error) {
    yield problem(dir, osReason(error));
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let { dir: isDir, file: isFile } = entry;
    const named = formatFromName(entry.name);
    if (entry.link) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        if (named) yield problem(path, `broken symbolic link: ${osReason(error)}`);
        continue;
      }
    }
    if (isDir) yield* walk(path, seen);
    else if (isFile && named) yield { path, format: named.format, gzip: named.gzip };
  }
}

async function* readFile(
  path: string,
  format: SourceFormat,
  gzip: boolean,
  resolved: Resolved,
): AsyncGenerator<SourceItem> {
  const defaults = yield* defaultsFor(path, resolved);
  let chunks: AsyncGenerator<Buffer> | undefined;
  try {
    const info = await stat(path);
    // Checked before reading so an oversized file costs nothing; the stream counts again as it reads.
    if (info.size > resolved.limits.maxFileBytes) {
      yield problem(
        path,
        `file is ${info.size} bytes, larger than the limit of ${resolved.limits.maxFileBytes} bytes`,
      );
      return;
    }
    chunks = fileChunks(path, gzip, resolved.limits);
    if (format === 'jsonl') {
      yield* jsonlFromChunks(chunks, path, defaults);
      return;
    }
    yield* itemsFromBytes(await collect(chunks), path, format, defaults);
  } catch (error) {
    yield problem(path, osReason(error));
  } finally {
    // Closes the file even when the consumer stops early.
    await chunks?.return(undefined);
  }
}

/**
 * The hints for every document of a file: the caller's, overridden by the file's row in its folder's
 * manifest. The manifest's problems are yielded with the first file read from that folder.
 */
async function* defaultsFor(path: string, resolved: Resolved): AsyncGenerator<SourceItem, RecordDefaults> {
  const dir = dirname(path);
  let manifest = resolved.manifests.get(dir);
  if (manifest === undefined) {
    manifest = (await loadManifest(dir, resolved.limits.maxFileBytes)) ?? null;
    resolved.manifests.set(dir, manifest);
    for (const p of manifest?.problems ?? []) yield { kind: 'problem', problem: p };
  }
  const row = manifest?.hints.get(basename(path));
  return row ? { ...resolved.defaults, ...row } : resolved.defaults;
}

/** Documents from a whole file (or stdin) already in memory. */
function* itemsFromBytes(
  bytes: Uint8Array,
  uri: string,
  format: SourceFormat,
  defaults: RecordDefaults,
): Generator<SourceItem> {
  const decoded = decodeBytes(bytes, { mediaType: format === 'html' ? 'text/html' : undefined });
  yield* itemsFromText(decoded, uri, format, defaults);
}

function* itemsFromText(
  decoded: ReturnType<typeof decodeBytes>,
  uri: string,
  format: SourceFormat,
  defaults: RecordDefaults,
): Generator<SourceItem> {
  const fatal = decoded.messages.find((m) => m.kind === 'error');
  if (fatal) {
    yield problem(uri, fatal.message);
    return;
  }
  const { text } = decoded;
  if (text.trim() === '') {
    yield problem(uri, 'empty file');
    return;
  }
  const messages = withWhere(decoded.messages, uri);
  if (format === 'json') {
    yield* jsonTextToItems(text, uri, defaults, messages);
    return;
  }
  if (format === 'jsonl') {
    yield* jsonlTextToItems(text, uri, defaults, messages);
    return;
  }
  const doc: RawDocument = {
    uri,
    mediaType: mediaTypeOf(format),
    text,
    hints: { ...defaults },
    meta: {},
    messages,
  };
  yield { kind: 'document', doc };
}

/**
 * JSONL read line by line, so memory stays flat however long the file. UTF-16 files (rare for JSONL)
 * cannot be split on the newline byte, so those are read whole instead.
 */
async function* jsonlFromChunks(
  chunks: AsyncGenerator<Buffer>,
  path: string,
  defaults: RecordDefaults,
): AsyncGenerator<SourceItem> {
  const first = await chunks.next();
  if (first.done || first.value.length === 0) {
    yield problem(path, 'empty file');
    return;
  }
  const head = first.value;
  const bom = detectBom(head);
  const sample = decodeBytes(head.subarray(0, 4096));
  if ((bom && bom.encoding !== 'utf-8') || sample.encoding.startsWith('utf-16')) {
    const rest = await collect(chunks);
    yield* itemsFromBytes(Buffer.concat([head, rest]), path, 'jsonl', defaults);
    return;
  }
  if (sample.encoding === 'binary') {
    yield problem(path, BINARY_REASON);
    return;
  }
  async function* all(): AsyncGenerator<Buffer> {
    yield bom ? head.subarray(bom.length) : head;
    yield* chunks;
  }
  let record = 0;
  let line = 0;
  for await (const bytes of byteLines(all())) {
    line++;
    const decoded = decodeBytes(bytes);
    if (decoded.encoding === 'binary') {
      record++;
      yield problem(`${path}#${record}`, `line ${line}: binary data, not a JSON record`);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    record++;
    yield jsonLineToItem(decoded.text, path, record, line, defaults, decoded.messages);
  }
  if (record === 0) yield problem(path, 'empty file');
}

async function* readStdin(resolved: Resolved): AsyncGenerator<SourceItem> {
  const uri = STDIN_INPUT;
  try {
    let bytes: Uint8Array = await readCapped(resolved.stdin(), resolved.limits.maxFileBytes, 'stdin');
    if (isGzip(bytes)) bytes = gunzipCapped(bytes, resolved.limits.maxDecompressedBytes);
    let decoded = decodeBytes(bytes);
    const format = decoded.encoding === 'binary' ? 'text' : sniffFormat(decoded.text);
    // A guessed encoding may be overruled by the page's own charset declaration.
    if (format === 'html' && decoded.messages.length > 0)
      decoded = decodeBytes(bytes, { mediaType: 'text/html' });
    yield* itemsFromText(decoded, uri, format, resolved.defaults);
  } catch (error) {
    yield problem(uri, osReason(error));
  }
}

function withWhere(messages: Message[], where: string): Message[] {
  return messages.map((m) => (m.where ? m : { ...m, where }));
}

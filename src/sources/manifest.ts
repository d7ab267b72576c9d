// A folder's sources.tsv: per-file hints (outlet, URL, date…) that a scraped dump does not carry in its own text.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { osReason } from './bytes.js';
import type { RecordDefaults } from './records.js';
import type { SourceProblem } from './types.js';

/** The file name a folder's manifest must have; `.tsv` is not an article format, so it is never read as one. */
export const MANIFEST_NAME = 'sources.tsv';

const HINT_COLUMNS = ['outlet', 'url', 'published', 'title', 'lang'] as const;
type HintColumn = (typeof HINT_COLUMNS)[number];

export interface Manifest {
  /** Hints by file name (a name in the manifest's own folder). */
  hints: Map<string, RecordDefaults>;
  /** Lines that could not be used, each with its line number; the rest of the manifest still applies. */
  problems: SourceProblem[];
}

/**
 * Parses a manifest: tab-separated, `#` comments and blank lines skipped, a header row naming `file` and any
 * of outlet, url, published, title, lang. An empty field gives no hint. A header that cannot be read makes
 * the whole manifest one problem (no hints), so a misspelt column is never silently dropped.
 */
export function parseManifest(text: string, uri: string): Manifest {
  const hints = new Map<string, RecordDefaults>();
  const problems: SourceProblem[] = [];
  const fail = (line: number, reason: string) => problems.push({ uri, reason: `line ${line}: ${reason}` });
  let header: (HintColumn | 'file')[] | undefined;
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    const fields = line.split('\t').map((f) => f.trim());
    if (!header) {
      const read = readHeader(fields);
      if (typeof read === 'string') {
        fail(i + 1, read);
        return { hints, problems };
      }
      header = read;
      continue;
    }
    if (fields.length > header.length) {
      fail(i + 1, `${fields.length} fields, but the header names ${header.length} columns`);
      continue;
    }
    const row = Object.fromEntries(header.map((name, k) => [name, fields[k] ?? '']));
    const file = row.file;
    if (file === '') {
      fail(i + 1, 'no file name');
      continue;
    }
    if (/[/\\]/.test(file) || file === '.' || file === '..') {
      fail(
        i + 1,
        `"${file}" is not a plain file name (a file in a subfolder belongs in that folder's ${MANIFEST_NAME})`,
      );
      continue;
    }
    if (hints.has(file)) {
      fail(i + 1, `"${file}" is listed twice`);
      continue;
    }
    const fileHints: RecordDefaults = {};
    for (const column of HINT_COLUMNS) if (row[column]) fileHints[column] = row[column];
    hints.set(file, fileHints);
  }
  if (!header)
    problems.push({ uri, reason: 'no header row (file, then any of outlet, url, published, title, lang)' });
  return { hints, problems };
}

function readHeader(fields: string[]): (HintColumn | 'file')[] | string {
  const names = fields.map((f) => f.toLowerCase());
  const known = new Set<string>(['file', ...HINT_COLUMNS]);
  const unknown = names.find((n) => !known.has(n));
  if (unknown !== undefined) return `unknown column "${unknown}" (known: file, ${HINT_COLUMNS.join(', ')})`;
  const twice = names.find((n, k) => names.indexOf(n) !== k);
  if (twice !== undefined) return `column "${twice}" appears twice`;
  if (!names.includes('file')) return 'the header has no "file" column';
  return names as (HintColumn | 'file')[];
}

/**
 * The manifest of `dir`, or undefined when it has none. A listed file that is not in the folder is a
 * problem, so a typo in a name is reported rather than leaving that file without its hints.
 */
export async function loadManifest(dir: string, maxBytes: number): Promise<Manifest | undefined> {
  const path = join(dir, MANIFEST_NAME);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    size = info.size;
  } catch {
    return undefined;
  }
  if (size > maxBytes) {
    return {
      hints: new Map(),
      problems: [{ uri: path, reason: `file is ${size} bytes, larger than the limit of ${maxBytes} bytes` }],
    };
  }
  let manifest: Manifest;
  let present: Set<string>;
  try {
    manifest = parseManifest(await readFile(path, 'utf8'), path);
    present = new Set(await readdir(dir));
  } catch (error) {
    return { hints: new Map(), problems: [{ uri: path, reason: osReason(error) }] };
  }
  for (const file of manifest.hints.keys()) {
    if (present.has(file)) continue;
    manifest.hints.delete(file);
    manifest.problems.push({ uri: path, reason: `lists "${file}", which is not in this folder` });
  }
  return manifest;
}

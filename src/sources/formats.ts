// Which layout a file has, from its name or (for stdin) from its first characters.
import type { MediaType } from '../model/index.js';
import type { SourceFormat } from './types.js';

export interface NamedFormat {
  format: SourceFormat;
  /** True when the name ends in .gz and the format is that of the name without it. */
  gzip: boolean;
}

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format a file name announces, or null for an extension wiretrace does not read. */
export function formatFromName(name: string): NamedFormat | null {
  let lower = name.toLowerCase();
  let gzip = false;
  if (lower.endsWith('.gz')) {
    gzip = true;
    lower = lower.slice(0, -3);
  }
  const dot = lower.lastIndexOf('.');
  const slash = Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\'));
  if (dot <= slash + 1) return null;
  const format = BY_EXTENSION[lower.slice(dot)];
  return format ? { format, gzip } : null;
}

/** The extension to name in a message about an unreadable type ("" when there is none). */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot) : '';
}

/**
 * Guesses the layout of text that came without a name: JSONL when it opens with a line holding one
 * "{...}" object, JSON when it opens with "[" (or a "{" spread over lines), HTML when it opens with
 * "<", else text.
 */
export function sniffFormat(text: string): SourceFormat {
  const start = text.search(/\S/);
  if (start === -1) return 'text';
  const first = text[start];
  if (first === '[') return 'json';
  if (first === '<') return 'html';
  if (first === '{') {
    // One record a line parses line by line; a pretty-printed object's first line ("{") does not.
    const end = text.indexOf('\n', start);
    try {
      JSON.parse(text.slice(start, end === -1 ? undefined : end));
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  return 'text';
}

export function mediaTypeOf(format: 'text' | 'html'): MediaType {
  return format === 'html' ? 'text/html' : 'text/plain';
}

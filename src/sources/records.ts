// Maps JSON records (from .json, .jsonl or stdin) onto RawDocuments: known fields to hints, the rest to meta.
import type { DocumentHints, Message, RawDocument } from '../model/index.js';
import { sniffFormat } from './formats.js';
import { describeJsonError } from './json-position.js';
import type { SourceItem } from './types.js';

/** Hints from the caller or a folder's manifest for every record of a file; a record's own fields win over them. */
export type RecordDefaults = Omit<DocumentHints, 'id'>;

// Each hint with the record fields that can supply it, first one present wins.
const HINT_FIELDS: [keyof DocumentHints, string[]][] = [
  ['id', ['id']],
  ['title', ['title']],
  ['published', ['published', 'date']],
  ['outlet', ['outlet', 'source']],
  ['url', ['url']],
  ['lang', ['lang']],
];

const problem = (uri: string, reason: string): SourceItem => ({ kind: 'problem', problem: { uri, reason } });

/**
 * One record as a document. A record with no usable text, or one that is not an object, is a problem.
 * `messages` (e.g. how the file was decoded) are carried onto the document.
 */
export function recordToItem(
  value: unknown,
  uri: string,
  defaults: RecordDefaults = {},
  messages: Message[] = [],
): SourceItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return problem(uri, `record is ${what}, not an object`);
  }
  const record = value as Record<string, unknown>;
  const own = (key: string) => Object.hasOwn(record, key);
  const docMessages: Message[] = messages.map((m) => ({ ...m, where: m.where ?? uri }));
  const used = new Set<string>();

  let text: string | undefined;
  let mediaType: RawDocument['mediaType'] = 'application/x-wiretrace-record';
  for (const key of ['text', 'body', 'html']) {
    if (!own(key) || record[key] === null || record[key] === undefined) continue;
    const v = record[key];
    if (typeof v !== 'string') {
      docMessages.push(warn(`field "${key}" is ${typeOf(v)}, not a string; kept in meta`, uri));
      continue;
    }
    if (v.trim() === '') continue;
    text = v;
    mediaType = key === 'html' ? 'text/html' : 'application/x-wiretrace-record';
    used.add(key);
    break;
  }
  if (text === undefined) return problem(uri, 'record has no text, body or html');

  const hints: DocumentHints = { ...defaults };
  for (const [hint, keys] of HINT_FIELDS) {
    for (const key of keys) {
      if (!own(key) || record[key] === null || record[key] === undefined) continue;
      const v = hintValue(hint, record[key]);
      if (v === undefined) {
        docMessages.push(
          warn(`field "${key}" is ${typeOf(record[key])}, not usable as ${hint}; kept in meta`, uri),
        );
        continue;
      }
      hints[hint] = v;
      used.add(key);
      break;
    }
  }
  // fromEntries defines own properties: a hostile "__proto__" key stays data and never becomes a prototype.
  const meta = Object.fromEntries(Object.entries(record).filter(([key]) => !used.has(key)));
  return { kind: 'document', doc: { uri, mediaType, text, hints, meta, messages: docMessages } };
}

function hintValue(hint: keyof DocumentHints, v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (hint === 'id') return String(v);
    if (hint === 'published') {
      // Epoch numbers: milliseconds when too large to be seconds of a plausible date.
      const ms = Math.abs(v) >= 1e11 ? v : v * 1000;
      const d = new Date(ms);
      return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
    }
  }
  return undefined;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

function warn(message: string, where: string): Message {
  return { kind: 'warning', source: 'sources', message, where };
}

/**
 * All records of a .json text: an array of records or one record object. Records are numbered from 1
 * in the uri (`path#N`); malformed JSON is one problem with the parser's line and column.
 */
export function* jsonTextToItems(
  text: string,
  path: string,
  defaults: RecordDefaults = {},
  messages: Message[] = [],
): Generator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Many data sets name JSONL files .json; one object a line is read as such rather than rejected.
    if (sniffFormat(text) === 'jsonl') {
      const note = warn('file holds one JSON record a line; read as JSONL', path);
      yield* jsonlTextToItems(text, path, defaults, [...messages, note]);
      return;
    }
    yield problem(path, describeJsonError(text, error));
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) yield problem(path, 'JSON array holds no records');
    for (let i = 0; i < value.length; i++)
      yield recordToItem(value[i], `${path}#${i + 1}`, defaults, messages);
    return;
  }
  if (value !== null && typeof value === 'object') {
    yield recordToItem(value, `${path}#1`, defaults, messages);
    return;
  }
  yield problem(path, `JSON holds ${typeOf(value)}, not an array of records or a record object`);
}

/**
 * One JSONL line (already decoded, not blank) as a document or a problem. `record` is the 1-based
 * number of the record (non-blank line) and `line` the 1-based line number, named in problems.
 */
export function jsonLineToItem(
  lineText: string,
  path: string,
  record: number,
  line: number,
  defaults: RecordDefaults = {},
  messages: Message[] = [],
): SourceItem {
  const uri = `${path}#${record}`;
  let value: unknown;
  try {
    value = JSON.parse(lineText);
  } catch (error) {
    return problem(uri, `line ${line}: ${describeJsonError(lineText, error).replace(/ at line 1,/, ' at')}`);
  }
  const item = recordToItem(value, uri, defaults, messages);
  if (item.kind === 'problem') item.problem.reason = `line ${line}: ${item.problem.reason}`;
  return item;
}

/** All records of a JSONL text already decoded in memory (stdin, UTF-16 files, JSONL named .json). */
export function* jsonlTextToItems(
  text: string,
  path: string,
  defaults: RecordDefaults = {},
  messages: Message[] = [],
): Generator<SourceItem> {
  let record = 0;
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineText = text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end);
    start = end + 1;
    if (lineText.trim() === '') continue;
    record++;
    yield jsonLineToItem(lineText, path, record, line, defaults, messages);
  }
}

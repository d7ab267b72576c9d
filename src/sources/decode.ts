// Turns untrusted bytes into text: BOM, UTF-8 validity, HTML charset declarations, then chardet's guess.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { MediaType, Message } from '../model/index.js';

export interface DecodeResult {
  text: string;
  /** Canonical lower-case name of the encoding used, or "binary" when the bytes are not text. */
  encoding: string;
  messages: Message[];
}

/** The reason given (as an error message) when bytes look like a binary file rather than text. */
export const BINARY_REASON = 'binary file';

// Enough to judge a file without scanning all of a 50 MiB one twice.
const SAMPLE_BYTES = 64 * 1024;
// HTML charset declarations must sit this early for browsers too.
const HTML_PRESCAN_BYTES = 2048;
// Above this share of non-whitespace C0 control bytes the "text" is almost surely not text.
const CONTROL_SHARE_LIMIT = 0.1;
// chardet's confidences on short texts are close together; within this margin a Western guess is preferred.
const WESTERN_MARGIN = 10;

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Labels that browsers (WHATWG Encoding) read as windows-1252, whose C1 range holds curly quotes. */
const WINDOWS_1252_ALIASES = new Set([
  'ascii',
  'us-ascii',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'cp1252',
  'windows-1252',
  'x-cp1252',
  'cp819',
  'ibm819',
]);

const info = (kind: Message['kind'], message: string): Message => ({ kind, source: 'sources', message });

/**
 * Decodes bytes whose encoding is unknown. Never throws: bytes that are not text come back with
 * encoding "binary", empty text and an error message.
 */
export function decodeBytes(input: Uint8Array, hint?: { mediaType?: MediaType }): DecodeResult {
  let bytes = input;
  const messages: Message[] = [];
  // Set when a UTF-8 BOM sat on bytes that are not UTF-8: neither UTF-8 nor UTF-16 is then in question.
  let notUnicode = false;
  const bom = detectBom(bytes);
  if (bom?.encoding === 'utf-8') {
    bytes = bytes.subarray(bom.length);
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8', messages };
    // Tools that re-save legacy text sometimes add a UTF-8 BOM without converting the bytes.
    messages.push(info('warning', 'UTF-8 byte order mark but the bytes are not valid UTF-8'));
    notUnicode = true;
  } else if (bom) {
    const text = decodeWith(bytes.subarray(bom.length), bom.encoding);
    // Some binary formats open with bytes that look like a BOM; their decoded text still looks binary.
    if (textLooksBinary(text)) return binary();
    return { text, encoding: bom.encoding, messages: [] };
  }
  const utf16 = notUnicode ? null : sniffUtf16(bytes);
  if (utf16) {
    const text = decodeWith(bytes, utf16);
    if (textLooksBinary(text)) return binary();
    return {
      text,
      encoding: utf16,
      messages: [info('info', `no byte order mark; read as ${utf16} from the pattern of zero bytes`)],
    };
  }
  if (looksBinary(bytes)) return binary();
  const utf8 = notUnicode ? null : tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', messages };

  if (hint?.mediaType === 'text/html') {
    const declared = declaredHtmlCharset(bytes);
    if (declared) {
      const encoding = canonicalEncoding(declared);
      if (encoding && encoding !== 'utf-8') {
        return { text: decodeWith(bytes, encoding), encoding, messages };
      }
      messages.push(
        info(
          'warning',
          encoding
            ? 'page declares utf-8 but its bytes are not valid UTF-8; guessing the encoding instead'
            : `page declares an unknown charset "${declared.slice(0, 40)}"; guessing the encoding instead`,
        ),
      );
    }
  }
  const guess = guessEncoding(bytes);
  messages.push(info('info', `encoding guessed as ${guess.encoding} (${guess.how})`));
  return { text: decodeWith(bytes, guess.encoding), encoding: guess.encoding, messages };
}

function binary(): DecodeResult {
  return { text: '', encoding: 'binary', messages: [info('error', BINARY_REASON)] };
}

/** A byte order mark at the start, longest first so UTF-32 LE is not taken for UTF-16 LE. */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { encoding: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM shows as zero bytes in every other position for Latin text; without this it
 * would be rejected as binary.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  // A handful of bytes is too few to tell UTF-16 from binary junk.
  if (n < 16) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** NUL bytes anywhere, or many control bytes in the sample, mean this is not a text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Tab, LF, VT, FF, CR and ESC occur in real text dumps; other C0 bytes and DEL do not.
    if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) ||
      b === 0x7f
    ) {
      controls++;
    }
  }
  return controls / n > CONTROL_SHARE_LIMIT;
}

function textLooksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const n = Math.min(text.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  return n > 0 && controls / n > CONTROL_SHARE_LIMIT;
}

// Tab, LF, VT, FF, CR and ESC occur in real text dumps; other C0 codes and DEL do not.
function isControl(c: number): boolean {
  return (
    (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) ||
    c === 0x7f
  );
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

/** The charset a page declares in its first 2 KB, by `<meta charset>` or `http-equiv` content. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, HTML_PRESCAN_BYTES));
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return match ? match[1] : null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** A label as iconv-lite knows it, with Latin-1 read as windows-1252 the way browsers do; null if unknown. */
export function canonicalEncoding(label: string): string | null {
  const lower = label.trim().toLowerCase();
  if (WINDOWS_1252_ALIASES.has(lower)) return 'windows-1252';
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  return iconv.encodingExists(lower) ? lower : null;
}

function guessEncoding(bytes: Uint8Array): { encoding: string; how: string } {
  let matches: { name: string; confidence: number }[] = [];
  try {
    matches = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  } catch {
    matches = [];
  }
  // The bytes are known not to be UTF-8 or UTF-16/32 by now, so those guesses are noise.
  const usable = matches
    .map((m) => ({ encoding: canonicalEncoding(m.name), confidence: m.confidence }))
    .filter(
      (m): m is { encoding: string; confidence: number } =>
        m.encoding !== null && m.encoding !== 'utf-8' && !m.encoding.startsWith('utf-'),
    );
  const top = usable[0];
  if (!top) return { encoding: 'windows-1252', how: 'no usable guess, windows-1252 assumed' };
  const western = usable.find((m) => m.encoding === 'windows-1252');
  if (western && western !== top && western.confidence >= top.confidence - WESTERN_MARGIN) {
    return {
      encoding: 'windows-1252',
      how: `chardet, confidence ${western.confidence}, close to ${top.encoding}`,
    };
  }
  return { encoding: top.encoding, how: `chardet, confidence ${top.confidence}` };
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  });
}

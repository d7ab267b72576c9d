// Bytes to text for HTML pages: BOM, declared charset, sniffing, and charsets that lie.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Message } from '../../model/index.js';

const SOURCE = 'extract/html';

// WHATWG maps these labels to a superset; decoding with the superset never loses a character.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'tis-620': 'windows-874',
  'iso-8859-11': 'windows-874',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'x-sjis': 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};

function normalizeLabel(label: string): string | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!l) return null;
  const mapped = ALIASES[l] ?? l;
  return iconv.encodingExists(mapped) ? mapped : null;
}

/** The charset a page declares in its first 2 KiB (meta charset or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

function sniff(bytes: Uint8Array): string {
  const guesses = chardet.analyse(bytes);
  for (const g of guesses) {
    const n = normalizeLabel(g.name);
    if (n) return n;
  }
  return 'windows-1252';
}

export function decodeHtmlBytes(bytes: Uint8Array): { text: string; encoding: string; messages: Message[] } {
  const messages: Message[] = [];
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', messages };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', messages };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', messages };
  }
  const label = declaredCharset(bytes);
  const declared = label ? normalizeLabel(label) : null;
  const high = hasHighBytes(bytes);
  const validUtf8 = high ? isValidUtf8(bytes) : true;
  let encoding: string;
  if (label && !declared) {
    messages.push({
      kind: 'warning',
      source: SOURCE,
      message: `unknown charset "${label}"; sniffing instead`,
    });
  }
  if (declared === 'utf-8' || declared === 'utf-16le' || declared === 'utf-16be' || declared === 'utf-16') {
    // A page saved after decoding still says utf-16; its bytes are what count.
    if (validUtf8) encoding = 'utf-8';
    else {
      encoding = sniff(bytes);
      messages.push({
        kind: 'warning',
        source: SOURCE,
        message: `page declares ${label} but is not valid UTF-8; decoded as ${encoding}`,
      });
    }
  } else if (declared) {
    // Multi-byte UTF-8 sequences almost never form by accident in a legacy single-byte text.
    if (high && validUtf8) {
      encoding = 'utf-8';
      messages.push({
        kind: 'warning',
        source: SOURCE,
        message: `page declares ${label} but its bytes are UTF-8; decoded as utf-8`,
      });
    } else encoding = declared;
  } else if (validUtf8) {
    encoding = 'utf-8';
  } else {
    encoding = sniff(bytes);
    messages.push({ kind: 'info', source: SOURCE, message: `no charset declared; sniffed ${encoding}` });
  }
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8').decode(bytes)
      : iconv.decode(Buffer.from(bytes), encoding);
  return { text, encoding, messages };
}

// Finds quoted passages by pairing quotation marks, whatever glyphs and habits the outlet uses.

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the end of the last paragraph when none closed it. */
  close: number;
  /** The words inside the marks, trimmed of surrounding space. */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  /** True when the passage runs over more than one paragraph. */
  multiParagraph: boolean;
  style: 'double' | 'single' | 'guillemet';
}

const DOUBLE_OPEN = new Set(['“', '"', '„', '‟', '«', '»']);
const DOUBLE_CLOSE = new Set(['”', '"', '“', '»', '«']);
const SINGLE_OPEN = new Set(['‘', "'", '‚', '‛']);
const SINGLE_CLOSE = new Set(['’', "'"]);

const isSpace = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const OPENER_RE = /["“„‟«'‘‚‛”]/g;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', ',', ';', '…']);

/** An opening mark sits after space or opening punctuation and before a word. */
const looksOpening = (text: string, i: number): boolean => {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  return (
    prev === undefined ||
    isSpace(prev) ||
    OPEN_CONTEXT.has(prev) ||
    DOUBLE_OPEN.has(prev) ||
    SINGLE_OPEN.has(prev)
  );
};

/** "said in ‘08 that …", "the class of '92": a mark before two digits that end the word elides a century. */
const elidedYear = (text: string, i: number): boolean =>
  i + 3 <= text.length && /^\d\d(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 4));

/** A closing mark follows a word or punctuation. */
const looksClosing = (text: string, i: number): boolean => {
  const prev = i > 0 ? text[i - 1] : undefined;
  return prev !== undefined && !isSpace(prev);
};

const trimRange = (text: string, a: number, b: number): [number, number] => {
  let s = a;
  let e = b;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
};

/** The closing mark of a single-quoted passage, telling it apart from apostrophes and possessives. */
const findSingleClose = (text: string, from: number, end: number): number => {
  let fallback = -1;
  for (let j = from; j < end; j++) {
    const c = text[j];
    if (!SINGLE_CLOSE.has(c)) continue;
    const prev = text[j - 1];
    const next = text[j + 1];
    if (isSpace(prev) || isWordChar(next)) continue;
    // "protesters’ demands": a plural possessive, unless nothing better follows.
    if ((prev === 's' || prev === 'S') && next === ' ' && /[a-z]/.test(text[j + 2] ?? '')) {
      if (fallback < 0) fallback = j;
      continue;
    }
    return j;
  }
  return fallback;
};

/** What ends the words of a quotation right before its closing mark. */
const CLOSING_PUNCTUATION = new Set([',', '.', '?', '!']);

function findDoubledClose(text: string, from: number): number {
  let pe = text.indexOf('\n', from);
  if (pe < 0) pe = text.length;
  for (let j = text.indexOf("''", from); j >= 0 && j < pe; j = text.indexOf("''", j + 2)) {
    if (isWordChar(text[j + 2])) continue;
    // "''I would use the word 'old-school,''' said": a single quote closing inside, then the doubled close.
    if (!isSpace(text[j - 1])) return text[j + 2] === "'" ? j + 1 : j;
    // "''… left-right coalitions, '' said Mr. Gunnels": a stray space after the closing comma.
    if (text[j - 1] === ' ' && CLOSING_PUNCTUATION.has(text[j - 2])) return j;
  }
  return -1;
}

/**
 * A straight mark opening a transcript line ("PENCE: Well, look, …"), as some outlets set a whole transcript:
 * each line a speaker's, none of them closed. It marks the line, not a quotation that runs to the end.
 */
const TRANSCRIPT_LINE_RE = /^"(?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+:\s/;
const opensTranscriptLine = (text: string, i: number): boolean =>
  text[i] === '"' && (i === 0 || text[i - 1] === '\n') && TRANSCRIPT_LINE_RE.test(text.slice(i, i + 40));

/** Every quoted passage in the text, in order; nested quotes stay inside their outer passage. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next character that could open a quotation.
    OPENER_RE.lastIndex = i;
    const hit = OPENER_RE.exec(text);
    if (!hit) break;
    i = hit.index;
    const c = text[i];
    // A right mark opening a paragraph before a word ("”Mr. Trump embodies …” ― Sonya Herridge") is a typo
    // for the left one: it opens.
    const reversed = c === '”' && (i === 0 || text[i - 1] === '\n') && isWordChar(text[i + 1]);
    if (
      (reversed || (DOUBLE_OPEN.has(c) && c !== '»' && looksOpening(text, i))) &&
      !opensTranscriptLine(text, i)
    ) {
      const guillemet = c === '«';
      const res = scanDouble(text, i, guillemet);
      const [is, ie] = trimRange(text, i + 1, res.innerEnd);
      if (ie > is) {
        out.push({
          open: i,
          close: res.close,
          innerStart: is,
          innerEnd: ie,
          closed: res.closed,
          multiParagraph: res.multiParagraph,
          style: guillemet ? 'guillemet' : 'double',
        });
      }
      i = Math.max(res.close, i + 1);
      continue;
    }
    if (c === "'" && text[i + 1] === "'" && looksOpening(text, i) && !isSpace(text[i + 2])) {
      // Typewriter doubled apostrophes, as some archives render “ and ”.
      const j = findDoubledClose(text, i + 2);
      if (j > 0) {
        const [is, ie] = trimRange(text, i + 2, j);
        out.push({
          open: i,
          close: j + 2,
          innerStart: is,
          innerEnd: ie,
          closed: true,
          multiParagraph: false,
          style: 'double',
        });
        i = j + 2;
        continue;
      }
    }
    if (SINGLE_OPEN.has(c) && looksOpening(text, i) && isWordChar(text[i + 1]) && !elidedYear(text, i)) {
      let pe = text.indexOf('\n', i);
      if (pe < 0) pe = n;
      let j = findSingleClose(text, i + 1, pe);
      let multiParagraph = false;
      // British style runs a quote over paragraphs the way news does with double marks: the paragraph
      // ends unclosed and the next one reopens with a single mark.
      while (j < 0 && pe < n) {
        let k = pe;
        while (k < n && isSpace(text[k])) k++;
        if (!SINGLE_OPEN.has(text[k]) || !isWordChar(text[k + 1])) break;
        multiParagraph = true;
        pe = text.indexOf('\n', k);
        if (pe < 0) pe = n;
        j = findSingleClose(text, k + 1, pe);
      }
      if (j > 0) {
        const [is, ie] = trimRange(text, i + 1, j);
        out.push({
          open: i,
          close: j + 1,
          innerStart: is,
          innerEnd: ie,
          closed: true,
          multiParagraph,
          style: 'single',
        });
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

interface DoubleScan {
  close: number;
  innerEnd: number;
  closed: boolean;
  multiParagraph: boolean;
}

/** "… cost increases and schedule delays ”. The report …": a right mark after a stray space, closing before a stop. */
const spacedRightMarkCloses = (text: string, i: number): boolean => {
  const next = text[i + 1];
  return next === undefined || next === '\n' || CLOSING_PUNCTUATION.has(next) || next === ';' || next === ':';
};

/** Two right single marks after a word or punctuation, not before one: a closing double mark in wire copy. */
const doubledRightSingle = (text: string, i: number): boolean =>
  text.charCodeAt(i + 1) === 0x2019 && looksClosing(text, i) && !isWordChar(text[i + 2]);

function scanDouble(text: string, open: number, guillemet: boolean): DoubleScan {
  const n = text.length;
  const openGlyph = text[open];
  let depth = 0;
  let multiParagraph = false;
  let i = open + 1;
  while (i < n) {
    // Only a line break or a double mark can end or nest the passage; every other character is skipped here.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 0x22 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201f)) {
      // "“It was an attempt to mislead voters,’’ Will Moy … told the BBC": wire copy often closes a curly quote
      // with two right single marks.
      if (code === 0x2019 && !guillemet && depth === 0 && doubledRightSingle(text, i)) {
        const end = text.charCodeAt(i + 2) === 0x2019 ? i + 1 : i;
        return { close: end + 2, innerEnd: end, closed: true, multiParagraph };
      }
      i++;
      continue;
    }
    const c = text[i];
    if (c === '\n') {
      // The paragraph ended inside the passage: news style reopens the quote on the next paragraph.
      let k = i;
      while (k < n && isSpace(text[k])) k++;
      const first = text[k];
      if (
        depth === 0 &&
        first !== undefined &&
        DOUBLE_OPEN.has(first) &&
        first !== '»' &&
        !opensTranscriptLine(text, k)
      ) {
        multiParagraph = true;
        i = k + 1;
        continue;
      }
      return { close: i, innerEnd: i, closed: false, multiParagraph };
    }
    if (guillemet ? c === '»' : DOUBLE_CLOSE.has(c) && c !== '«' && c !== '»') {
      const closing = looksClosing(text, i) || (c === '”' && spacedRightMarkCloses(text, i));
      if (!closing && looksOpening(text, i)) {
        // A quote nested inside this one (straight marks inside straight marks cannot nest).
        if (c !== '"' || openGlyph !== '"') depth++;
        i++;
        continue;
      }
      if (depth > 0) {
        depth--;
        i++;
        continue;
      }
      return { close: i + 1, innerEnd: i, closed: true, multiParagraph };
    }
    if (!guillemet && c === '“' && looksOpening(text, i)) depth++;
    i++;
  }
  return { close: n, innerEnd: n, closed: false, multiParagraph };
}

// News-aware tokenizer: abbreviations, initials, acronyms with dots, possessives and hyphenated codes stay sensible.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that name a title before a name: never the end of a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'rep',
  'reps',
  'sen',
  'sens',
  'gov',
  'govs',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'adm',
  'cpl',
  'pvt',
  'rev',
  'fr',
  'st',
  'mt',
  'hon',
  'pres',
  'supt',
  'det',
  'insp',
  'amb',
  'atty',
  'messrs',
  'mme',
  'mlle',
  'no',
  'nos',
  'vol',
  'vs',
  'v',
  'fig',
  'op',
  'pp',
]);

/** Abbreviations that keep their period (lowercased, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  'sr',
  'jr',
  'ft',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'bros',
  'dept',
  'univ',
  'assn',
  'ave',
  'blvd',
  'rd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'etc',
  'approx',
  'est',
  'al',
  'ca',
  'cf',
  'ed',
  'eds',
  'ariz',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mass',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
  'e.g',
  'i.e',
]);

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 &&
    c !== 0xd7 &&
    c !== 0xf7 &&
    c < 0x2000 &&
    /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c))) ||
  (c >= 0x2000 && /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)));

const URL =
  /(?:https?:\/\/|www\.)[^\s<>"\u201c\u201d]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|io|co\.uk|ir|ru|by|uk|de|fr|in)(?![\w])(?:\/[^\s<>"]*)?/y;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => !isDigit(c) && isWordChar(c);
const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 12 ||
  c === 11 ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x3000 ||
  c === 0x202f;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Splits text into tokens with offsets; never throws, never drops non-space characters. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // "..." and "--" stay whole; every other symbol is its own token.
      let j = i + 1;
      if (c === 46 || c === 45) while (j < n && text.charCodeAt(j) === c) j++;
      // Surrogate pairs (emoji) stay together.
      else if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
      out.push({ text: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    // URLs, e-mail addresses and bare domains stay whole: "www.presstv.co.uk".
    URL.lastIndex = i;
    const url = (c === 104 || c === 119 || /[\w]/.test(text[i])) && URL.exec(text);
    if (url && url.index === i) {
      let e = i + url[0].length;
      while (e > i && /[.,;:!?)\]'"\u201d\u2019]/.test(text[e - 1])) e--;
      out.push({ text: text.slice(i, e), start: i, end: e });
      i = e;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) {
        j++;
        continue;
      }
      const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
      const prev = text.charCodeAt(j - 1);
      // Inner hyphens, slashes and ampersands join: "D-MN", "Anglo-Dutch", "AT&T", "24/7".
      if (
        (d === 45 || d === 0x2010 || d === 0x2011 || d === 38 || d === 47) &&
        isWordChar(next) &&
        isWordChar(prev)
      ) {
        j += 2;
        continue;
      }
      // Number punctuation: "1,000.5", "3:30".
      if ((d === 44 || d === 46 || d === 58) && isDigit(prev) && isDigit(next)) {
        j += 2;
        continue;
      }
      // Dotted acronyms: "U.S", "e.g" (the final dot is decided below).
      if (
        d === 46 &&
        isLetter(next) &&
        isLetter(prev) &&
        j - i <= 4 &&
        !isWordChar(text.charCodeAt(j + 2) || 0)
      ) {
        j += 2;
        continue;
      }
      // Apostrophes inside words: "O'Neill", "don't" ("'s" and "n't" are split off below).
      if (isApostrophe(d) && isLetter(next) && isLetter(prev)) {
        j += 2;
        continue;
      }
      break;
    }
    // Split off possessive "'s" and negation "n't" as CoNLL/PTB do.
    let end = j;
    const word = text.slice(i, j);
    let suffixStart = -1;
    const m = /(?:['\u2019][sS]|[nN]['\u2019][tT])$/.exec(word);
    if (m && m.index > 0) suffixStart = i + m.index;
    if (suffixStart < 0 && j < n && text.charCodeAt(j) === 46) {
      const lower = word.toLowerCase();
      const after = j + 1 < n ? text.charCodeAt(j + 1) : 32;
      const dotted = word.includes('.') && /^[\p{L}](?:\.[\p{L}])+$/u.test(word);
      const initial = word.length === 1 && isLetter(c) && c >= 65 && c <= 90;
      if ((dotted || initial || ABBREVIATIONS.has(lower)) && !isWordChar(after)) end = j + 1;
    }
    if (suffixStart > 0) {
      out.push({ text: text.slice(i, suffixStart), start: i, end: suffixStart });
      out.push({ text: text.slice(suffixStart, j), start: suffixStart, end: j });
    } else {
      out.push({ text: text.slice(i, end), start: i, end });
    }
    i = end;
  }
  return out;
}

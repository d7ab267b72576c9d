// Quotations that name a work, a show or a group in title case: no one's words.

/**
 * English articles, joining words and prepositions a title leaves in lower case ("Orange is the New Black", "A
 * Choice, Not an Echo"). Both title-case tests read these; listed-statements.ts adds its own few to them.
 */
export const TITLE_SMALL_WORDS: readonly string[] = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'is',
];

/**
 * The small words a title in a sentence may hold, and "vs" without its dot: WORD_RE keeps a word's dot, so "vs."
 * is no joining word here (listed-statements.ts reads "vs." instead). Kept as it was: one spelling for both would
 * change what each test reads, which nothing has measured.
 */
const TITLE_JOINING_WORDS = new Set([...TITLE_SMALL_WORDS, 'vs']);

/** The most words a title is read in. */
const TITLE_WORDS = 12;

/**
 * Words that make a title-case quotation someone's words: a name someone gives, a chant, a slogan ("calling
 * Christie"). (listed-acts.ts's TERM_NAMING_BEFORE_RE is the opposite: a passive naming, a term nobody says.)
 */
const SPEAKER_NAMING_BEFORE_RE =
  /\b(?:call(?:s|ed|ing)?|chant(?:s|ed|ing)?|dubb(?:ed|ing)|dubs|slogans?|billed\s+as|nicknam\w+)\b/i;

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;

/** Whether a word is capitalised (or a number), or a joining word a title leaves in lower case. */
const titleWord = (w: string, first: boolean): boolean => {
  const c = w.charCodeAt(0);
  if ((c >= 48 && c <= 57) || /^\p{Lu}/u.test(w)) return true;
  return !first && TITLE_JOINING_WORDS.has(w.toLowerCase());
};

/**
 * "his 2005 book ‘‘TrumpNation: The Art of Being the Donald,’’", "host of “The Nightly Show with Larry Wilmore”",
 * "a party at the “Red Neck Country Club”": a quotation of four words or more, every one capitalised but the
 * joining ones, inside a sentence written in lower case, names a book, a show or a group; it reports no one's
 * words (PolNeAR train: 42 such unframed quotations, 2 marked). Not in a headline, where every word is capitalised
 * ("Milbank: Republicans ‘Waving The Flag Of Surrender’"), nor opening its sentence, nor after a word that gives
 * a name or a chant ("signs calling Christie “New Jersey’s Biggest Loser”", "chants of “Ted! Ted! Ted!”").
 * `inner` is the quotation's text, `before` the words of its sentence before it.
 */
export function readsAsTitle(inner: string, before: string): boolean {
  // Cheap test first: a title opens with a capital or a digit.
  const c = inner.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  const words = inner.match(WORD_RE);
  if (!words || words.length > TITLE_WORDS || !words.every((w, i) => titleWord(w, i === 0))) return false;
  const lead = before.slice(before.lastIndexOf('\n') + 1).match(WORD_RE);
  if (!lead) return false;
  // A headline capitalises the words before the quotation too.
  if (lead.slice(-3).every((w) => titleWord(w, false))) return false;
  return !SPEAKER_NAMING_BEFORE_RE.test(before.slice(-40));
}

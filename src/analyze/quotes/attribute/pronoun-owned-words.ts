// "His remarks indicated that …", "Her statement said …": words of speech owned by "his" or "her" are that person's,
// as "Starr's remarks suggested …" are Starr's (a name inside the phrase already gives its speaker). The subject
// search read the phrase as naming nobody; the possessive is resolved as "he" or "she" would be at its place.

/** The nouns for words of speech a possessive pronoun may own ("his remarks", "her statement"). */
const OWNED_WORDS = [
  'statement',
  'statements',
  'remarks',
  'comments',
  'words',
  'tweet',
  'tweets',
  'response',
  'answer',
  'reply',
  'message',
  'speech',
  'testimony',
  'letter',
  'suggestion',
];
/** The words the patterns below end on (a quick test before them). */
export const OWNED_WORD_HEADS: ReadonlySet<string> = new Set(OWNED_WORDS);

/** "his remarks", "her first statement", "his written response": the possessive, a modifier, the words' noun. */
const OWNED_WORDS_PHRASE = `([Hh]is|[Hh]er)\\s+(?:(?:first|latest|written|prepared|opening|closing|brief|later|earlier|own)\\s+)?(?:${OWNED_WORDS.join('|')})`;
/** The phrase ending the words before the verb. */
const OWNED_WORDS_RE = new RegExp(`(?:^|[^\\p{L}’'])${OWNED_WORDS_PHRASE}$`, 'u');

/**
 * The pronoun ("he" or "she") whose words of speech end `tail`, opening their clause, and how far from the end of
 * `tail` the possessive starts; null when `tail` ends otherwise. `tail` runs from the clause's floor at the latest.
 */
export function ownedWordsPronoun(tail: string): { pronoun: 'he' | 'she'; length: number } | null {
  const m = OWNED_WORDS_RE.exec(tail);
  if (!m) return null;
  const length = tail.length - (m.index + m[0].indexOf(m[1]));
  // "reacting to his remarks": the phrase must open its clause (the sentence, or after a comma or a conjunction).
  const before = tail.slice(0, tail.length - length).trimEnd();
  if (before !== '' && !/(?:[,;:"“]|\b(?:[Aa]nd|[Bb]ut|[Yy]et|[Ww]hile))$/.test(before)) return null;
  return { pronoun: m[1].toLowerCase() === 'his' ? 'he' : 'she', length };
}

/** The phrase opening the words after a verb or "according to" ("according to her statement"). */
const OWNED_WORDS_AHEAD_RE = new RegExp(`^${OWNED_WORDS_PHRASE}(?![\\p{L}-])`, 'u');

/** The pronoun whose words of speech open `head` ("according to her statement"), and the phrase's length; else null. */
export function ownedWordsPronounAhead(head: string): { pronoun: 'he' | 'she'; length: number } | null {
  const m = OWNED_WORDS_AHEAD_RE.exec(head);
  return m ? { pronoun: m[1].toLowerCase() === 'his' ? 'he' : 'she', length: m[0].length } : null;
}

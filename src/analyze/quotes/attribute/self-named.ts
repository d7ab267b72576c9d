// A speaker named in the third person inside her own words: the quote is about her, not hers (issue #5).

import { escapeRe } from '../lexicon.js';
import type { Attribution } from './types.js';

/** Name endings that are no surname: "Martin Luther King Jr." is King. */
const SUFFIX_RE = /^(?:Jr|Sr|II|III|IV)\.?$/;
const CAPITALIZED_RE = /^\p{Lu}[\p{L}'’-]+$/u;
/** A tag that only points at the speaker: the text does not name her there. */
const PRONOUN_TAG_RE = /^(?:he|she)$/i;
/** Words of a speaker talking of herself or her side: a quote with them is hers, whoever else it names. */
const FIRST_PERSON_RE =
  /(?<![\p{L}’'])(?:I|I['’](?:m|ve|d|ll)|me|my|mine|myself|we|us|our|ours)(?![\p{L}’'])/iu;

/** The speaker's surname: the last capitalized word of the resolved name, past a "Jr."; null when there is none. */
function surnameOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => !SUFFIX_RE.test(w));
  const last = words[words.length - 1];
  return last !== undefined && CAPITALIZED_RE.test(last) ? last : null;
}

/**
 * What others say of the speaker, as she tells it: "they say Bernie Sanders should drop out" is hers, though it names
 * her. A saying verb up to four words before the name.
 */
const OTHERS_SAY_RE =
  /(?<![\p{L}])(?:say|says|said|saying|tell|tells|told|think|thinks|thought|claim|claims|call|calls|called)(?:\s+\S+){0,3}\s+$/u;

/**
 * Whether `word` stands in `text` as a name of its own: a whole word, a possessive "Steenburgen’s" included, but
 * not the first word of a longer name ("Trump Tower", "Clinton Foundation" name a thing, not the person), nor what
 * others are said to say.
 */
function namesAlone(text: string, word: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(word)}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`, 'gu');
  for (const m of text.matchAll(re))
    if (!OTHERS_SAY_RE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}

/**
 * "“It could have been really easy for Mary Steenburgen to just put her name on something …,” she said": a person
 * is rarely named in the third person inside her own quotation, so where the tag is only "he" or "she", the
 * quotation has no first person of the speaker's own, and the resolved name's surname stands alone inside the quoted
 * words, the pronoun most likely points at someone else, and no speaker beats a wrong one. Where the tag itself
 * names her ("Steenburgen said"), the text settles it, and the speaker stays; so does a paraphrase (its writer
 * names whom he likes).
 */
export function namesOwnSpeaker(body: string, a: Attribution): boolean {
  if (a.kind !== 'direct' || a.speaker === null || a.source === null) return false;
  if (!PRONOUN_TAG_RE.test(body.slice(a.source.start, a.source.end))) return false;
  const surname = surnameOf(a.speaker);
  if (surname === null || FIRST_PERSON_RE.test(a.text)) return false;
  return namesAlone(a.text, surname);
}

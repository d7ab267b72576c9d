// "nations that oppose the ideology", "another mining company that had declared bankruptcy", "a 2014 paper that
// found …": a relative "that" right before the verb (its auxiliaries and adverbs skipped) is the verb's subject, and
// it stands for the noun phrase before it. The subject searches read "who" (resolved to the name before it) but
// never "that", which after a verb or a conjunction is no relative ("said that", "so that", "now that").
// Rebuilt from nosubj44's measured variant r6; the named-speaker guard is that44's.

import { endsInSpacedWord } from '../gates.js';
import { cueExact } from '../lexicon.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { SUBORDINATORS } from './patterns.js';
import { speakerBetween } from './subject-search.js';
import { namelessSubject, type Subject, spanning } from './types.js';

/** A word, then "that", then only spaces up to the verb. */
const WORD_THEN_THAT_RE = /([\p{L}’'.-]+)\s+that\s*$/u;

/** Words after which "that" opens no relative clause on a noun: function words, verbs, adverbs. */
const NOT_ANTECEDENT = new Set(
  (
    'so now such than except given is was are were be been being am and or but nor to of in on at for with by from ' +
    'about over under into onto upon than as ' +
    'what where how why all this these those it he she they we i you said says say told tells tell believe ' +
    'believes believed think thinks thought know knows knew mean means meant hope hopes hoped fact sure'
  )
    .split(' ')
    .concat(SUBORDINATORS),
);

/** "one that", "ones that": a pronoun standing for a noun said before. */
const PRONOUN_ANTECEDENT = new Set(['one', 'ones']);

/** Marks that close one stretch of a sentence: a comma, semicolon, colon, quotation mark or dash. */
const STRETCH_MARKS = [',', ';', ':', '"', '—', '–'];

/** Marks that end the noun phrase before "that" when read backwards. */
const PHRASE_BREAK_RE = /[,;:()"~—–]/;

/**
 * The relative "that" ending at `verbAt` as a subject: the person or body named right before it, else "that" itself
 * (no speaker); null when "that" does not follow a noun, or when a speaker named before it in its stretch of the
 * sentence may own what the clause says.
 */
export function relativeThatSubject(
  fx: Finder,
  sentStart: number,
  verbAt: number,
  sIdx: number,
): Subject | null {
  // After a frame earlier in the sentence, the clause most often describes a noun of what was said ("released data
  // that suggest …"): it makes no frame of its own.
  if (fx.frames.some((f) => f.sentence === sIdx && f.cue.end <= verbAt)) return null;
  const lead = fx.masked.slice(Math.max(sentStart, verbAt - 60), verbAt);
  const m = endsInSpacedWord(lead, 'that') ? WORD_THEN_THAT_RE.exec(lead) : null;
  if (!m) return null;
  const word = m[1];
  const lower = word.toLowerCase();
  if (NOT_ANTECEDENT.has(lower) || /ly$/.test(lower) || (/^\p{Ll}/u.test(word) && cueExact(word)))
    return null;
  // "moved the debate from one that has proved costly": "one" stands for a noun said before, no source.
  if (PRONOUN_ANTECEDENT.has(lower)) return null;
  const wordStart = verbAt - m[0].length;
  const wordEnd = wordStart + word.length;
  // "the Harbour Workers Union that opposes the rule": a person or body named right before "that" is the speaker.
  const thatEnd = verbAt - (m[0].length - m[0].trimEnd().length);
  const antecedent = fx.index.byEnd.get(wordEnd);
  const type = antecedent ? typeOfMention(fx, antecedent) : null;
  if (antecedent && (type === 'person' || type === 'organization'))
    return spanning(fromMention(fx, antecedent), thatEnd - 4, thatEnd);
  // "Varga has spent months courting the towns that oppose the plan", "a victory for Varga and the groups that
  // backed her": with a speaker named earlier in the same stretch of the sentence (back to its last comma, colon,
  // dash or quotation mark), what the relative clause tells most often belongs to that speaker's frame; a nameless
  // "that" frame there would take the named speaker's place.
  const stretch = fx.masked.slice(sentStart, wordStart);
  const stretchStart = sentStart + 1 + Math.max(...STRETCH_MARKS.map((c) => stretch.lastIndexOf(c)));
  if (speakerBetween(fx, stretchStart, wordEnd)) return null;
  // "the Republican leaders that blocked …": a phrase holding a capitalised word may hold a name the other
  // searches resolve; a nameless "that" there would take a named speaker's place.
  const before = fx.masked.slice(Math.max(sentStart, wordStart - 50), wordEnd);
  const tail = before.split(PHRASE_BREAK_RE).pop() ?? '';
  if (/\p{Lu}/u.test(tail.split(/\s+/).slice(-5).join(' '))) return null;
  return namelessSubject(thatEnd - 4, thatEnd);
}

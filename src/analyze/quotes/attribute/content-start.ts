// Where reported content starts after a cue, the outlet it comes via, and opening subjects.

import type { Mention, Span } from '../../../model/index.js';
import { firstCodePast, leadingSpaces, spacesBeforeWord, startsWithTimePreposition } from '../gates.js';
import { type CueInfo, cueForm, STANCE } from '../lexicon.js';
import type { QuotedSpan } from '../marks.js';
import { opensWithShortAnswer } from '../short-answers.js';
import { isSpace, wordCount } from '../text.js';
import { CLAUSE_VERB_PASTS, MAIN_CLAUSE_PASTS, RELATIVE_CLAUSE_PASTS } from '../verb-forms.js';
import { frameSubjectsBefore, thatAfterAdverbials } from './cue-checks.js';
import { SPEECH_BASES } from './cue-patterns.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { AGENCY_SET, OPENING_ADJUNCT_RE, OPENING_LEAD_RE, TITLED_LEAD_RE } from './patterns.js';
import { resolvePronoun } from './pronouns.js';
import { stanceObjectBeforeColon } from './stance-objects.js';
import { descriptorStart } from './subject-edges.js';
import { mentionFrom, subjectEndingAt } from './subject-search.js';
import { type Frame, namelessSubject, plainFrame, type Subject } from './types.js';
import { isOutletLike, looksLikeClause, outletName } from './words.js';

/** A role ending in a lowercase noun, closed by a comma, before a name: "France’s far-right party leader, ". */
const ROLE_THEN_COMMA_RE = /^[\s"]*[^,"~;:]{2,80}\s\p{Ll}+,\s*$/u;

/**
 * Words after "said" that start no reported clause: a time, a preposition (a place: "said outside the courthouse"),
 * an object pronoun, "yes" or "no". Whole
 * words only: "down-ballot races", "Thursday's speeches" and "this is" open clauses ("USA TODAY's" does not), and
 * "US" in capitals is the country ("Biden says US will not send troops"), not the pronoun.
 */
/** Verbs that take a clause without "that" and also an infinitive as what is hoped or claimed. */
const INFINITIVE_BASES = new Set(['hope', 'claim']);

const NON_CLAUSE_START =
  /^(?!US(?![\w'’-]))(?:(?:outside|inside)(?=\s+(?:the|a|an|his|her|their|its)\s)|amid|ahead\s+of|on|in|at|during|to|for|with|by|from|after|before|last|this(?=\s+(?:week|weekend|month|year|morning|afternoon|evening|time)\b)|earlier|later|yesterday|today(?:['’]s)?|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|about|of|as|and|or|but|him|her|them|me|us|goodbye|hello|no|yes|so|nothing|something|anything|a lot|up|down|out|off|over|again|again,|,)(?![\w'’-])/i;

/**
 * Openings NON_CLAUSE_START would reject that begin a clause after "said": an approximate quantity ("said about
 * half of the adjustment reflected …", "said at least 12 people were killed", "said over 100 homes burned"), a possessive before a verb ("said her net worth was …", "said her campaign
 * would …", "told the AP her group never worked …", "said her family asked …", and an irregular past: "said her
 * editors took out one scene …", where "her" is no listener; not past "and": "said her goodbyes and left"), or a
 * negation ("said no immediate decision had been made", but not "said no to the deal").
 */
const QUANTITY_OR_POSSESSIVE_CLAUSE = new RegExp(
  `^(?:(?:about|at\\s+(?:least|most)|over|up\\s+to)\\s+(?:half|a\\s+(?:third|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|\\$?\\d)|(?:no|nothing)\\s+(?:[\\p{L}$\\d][\\p{L}\\d.,-]*\\s+){0,5}(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|did|does|do)\\b|her\\s+(?:own\\s+)?[\\p{L}$\\d][\\p{L}\\d.,-]*(?:\\s+(?!(?:and|or|but)\\s)[\\p{L}\\d.,-]+){0,6}\\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|did|does|do|never|not|\\p{Ll}{2,}ed|${[...MAIN_CLAUSE_PASTS].join('|')})\\b)`,
  'iu',
);

/**
 * After "said", "her" and a short noun phrase, then a verb in the present ("said her plan works", "says her suite of
 * proposals addresses …", "said her team reaches voters"): "her" owns the subject, for "said" takes no listener
 * without "to". The phrase's first word ending in "s" is left out ("said her thanks to the volunteers", "said her
 * prayers"), as are words ending in "s" that are no verb ("this", "always", "across" …).
 */
const SAID_HER_PRESENT_CLAUSE_RE =
  /^her\s+(?:own\s+)?[\p{Ll}$\d][\p{L}\d.-]*(?<!s)(?:\s+(?!(?:and|or|but)\s)[\p{L}\d.-]+){0,4}?\s+(?!(?:this|thus|plus|less|unless|news|always|perhaps|towards|afterwards|besides|across|yes|its|his|hers|theirs|ours|yours|whereas|was|has|does|is)\s)\p{Ll}{2,}(?<!ss|us|is|'s|’s)s(?=\s+[\p{L}$\d"~]|[.,;]|$)/u;

/**
 * "called the charges unsubstantiated", "called it a common ailment", "called Oz a quack": an object, then what it
 * was called (a noun phrase or a word that is no particle, preposition or time).
 */
const CALLED_WHAT_RE =
  /^\s+(?:(?:it|him|them|this|that)|(?:the|this|that|these|those|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*)\s+(?!(?:to|on|for|from|at|in|into|back|up|out|off|over|after|before|during|with|by|and|or|but|as|about|last|this|next|yesterday|today|tonight|earlier|later|again|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|who|which|when|while|because|if)\b)(?:a|an|the|[\p{Ll}][\p{L}-]+)\s+[\p{L}]/u;

/**
 * A prepositional phrase after "said" (no comma, no clause word in it), then a subject pronoun and its verb: "after
 * the convention he would …", "in a statement Thursday night they pulled …"; group 1 is the phrase.
 */
const ADJUNCT_THEN_PRONOUN_CLAUSE_RE =
  /^((?:in|on|at|after|before|during|to|from|with|of|about|since|following)\s+(?:(?!(?:that|which|who|whom|whose|whether|if|when|where|while|because|and|but|or|as)\s)[^\s,;:.!?"~()—–]+\s+){1,10})(?:he|she|they|we|I)\s+(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|didn['’]t|doesn['’]t|don['’]t|won['’]t|wasn['’]t|isn['’]t|\p{Ll}{2,}(?:ed|s))\b/u;

/** "on ABC's “This Week” that": a network's show (masked), then "that". */
const SHOW_THEN_THAT_RE = /^\s+on\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+"~*"\s+that(?=\s)/u;

/** A bare complement is a clause when a finite verb shows up before its first comma. */
const TIME_LEAD =
  /^\s+(?:on\s+)?(?:(?:this|last|next|on|early|late)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|again|repeatedly|privately|publicly)(?:\s+(?:morning|afternoon|evening|night))?\s*,?(?=\s)/i;

/**
 * What follows a relative "that", which lacks a subject of its own ("told a crowd at Hamburger Mary's that spilled
 * out onto the street"): an auxiliary or a verb in the past tense, where a reported clause would open with its subject;
 * or a verb in its plain form right before an object pronoun ("attacked loopholes that benefit others", "the
 * provisions that benefit him"; not a gerund: "complained that linking him to …").
 */
const RELATIVE_THAT_REST_RE = new RegExp(
  `^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do)\\b|^\\p{Ll}+ed\\b|^(?:${[...RELATIVE_CLAUSE_PASTS].join('|')}|seems|appears|remains|means|includes|requires|allows|lets|makes|takes|gives|helps|puts|keeps|holds|calls|works|funds|runs|seeks|aims|serves|provides|supports|represents|opposes)\\b|^\\p{Ll}+s\\s+(?:the|a|an|his|her|its|their|our|itself|himself|herself|themselves|with|into)\\s|^(?!\\p{Ll}+ing\\s)\\p{Ll}{3,}\\s+(?:him|them|us|me|others|themselves)\\b`,
  'u',
);

/** Nouns of saying or belief that take a "that" clause (an alternation for regular expressions). */
export const CLAUSE_NOUNS =
  'accusations?|allegations?|assertions?|beliefs?|claims?|charges?|reports?|rumou?rs?|notion|idea|view|argument|suggestion|contention|theory|fears?|concerns?|hopes?|warnings?|promises?|pledge|insistence|assurances?|complaints?|criticism';

/**
 * CLAUSE_NOUNS and nouns of news or evidence whose "that" clause says what they tell: "welcomed India's announcement
 * last year that …", "found little evidence that …" hold the noun in their content, as PolNeAR marks it.
 */
const CLAUSE_OBJECT_NOUNS = `${CLAUSE_NOUNS}|announcements?|evidence|news|findings?|conclusions?|revelations?|admissions?|predictions?`;

/**
 * A verb's object that is a noun of saying or belief with its own "that" clause, right after the verb (an owner or
 * an article and up to two modifiers before it, no preposition among them; "to" or "about" before those):
 * "accusations that", "his belief that", "to reports that", "Kerr's announcement last week that" (a time between
 * the noun and its clause). Not after "in", "amid" … ("amid news reports that …"), nor a noun of place or occasion
 * ("in a statement that"), which say where or when.
 */
const NOUN_CLAUSE_OBJECT_RE = new RegExp(
  `^(\\s+(?:(?:to|about)\\s+)?)(?:(?:his|her|their|its|our|my|the|a|an|[\\p{Lu}][\\p{L}.-]*[’']s?)\\s+)?(?:(?!(?:amid|among|in|on|at|with|for|from|by|of|after|before|during|over|under|despite|against|into)\\s)[\\p{Ll}-]+\\s+){0,2}(?:${CLAUSE_OBJECT_NOUNS})(?:\\s+(?:last|this|earlier\\s+this)\\s+(?:week|month|year))?\\s+that\\s*$`,
  'u',
);

/** The noun right before "that", tested before the whole pattern above (most contents open on a bare "that"). */
const CLAUSE_NOUN_BEFORE_THAT_RE = new RegExp(`(?:${CLAUSE_OBJECT_NOUNS})(?:\\s+\\S+\\s+\\S+)?\\s+that\\s*$`);

/** The object before a relative "that": a noun phrase after the verb, past an aside in commas at most. */
const RELATIVE_OBJECT_RE =
  /^(?:,\s+[^,]{1,40},)?\s+(?=(?:a|an|the|another|his|her|their|its|this|these|those|at\s+least|\d)\s)/u;

/** "asked whether the President's insistence that …": the question opens before a "that" inside it. */
const ASKED_WH_BEFORE_RE = /^(?:\s+[^\s,.;:"~]+){0,4}?\s+(?:whether|if|why|how|what|when|where|who)\s/;

const PARTICIPLE_AFTER_COMMA_RE = /,\s+(\p{Ll}+ing)\s/u;

/**
 * "told reporters on his plane, referring to the bruises that …": a participle after a comma before the "that" owns
 * it, unless that participle is a listed verb of speech after a verb of speech ("said as much, arguing that …"),
 * which reports the clause for the same speaker. After a stance verb with its object ("urged a strong stand, saying
 * that …", "criticized evangelical voters for …, declaring that …") the clause is the participle's, as PolNeAR marks
 * it: the stance keeps its object.
 */
const participleOwnsThat = (stretch: string, verb: CueInfo | null): boolean => {
  const m = PARTICIPLE_AFTER_COMMA_RE.exec(stretch);
  if (!m) return false;
  const info = cueForm(m[1]);
  return !info || info.learned === true || (verb !== null && !SPEECH_BASES.has(verb.base));
};

/**
 * "said Obama hopes that his successor …", "said the recent spate of shootings demands that …", "noted published
 * reports alleging that …": a verb of stance between the cue and its "that" owns the clause, and what the cue reports
 * opens right after it, that verb's subject included, as PolNeAR marks it. Not a verb of speech (a second report,
 * or a participle going on for the cue's speaker: see participleOwnsThat), nor a word after an article, a possessive
 * or a preposition, which is a noun ("responded to reports that", "in comments that"), nor one past a comma ("asked
 * back in 2008, but survey timing supports the idea that …": a clause of its own). (Not after "told", whose
 * listener comes first: "told host Chris Cuomo she believed that …".)
 */
function stanceVerbOwnsThat(stretch: string): boolean {
  let previous = '';
  const comma = stretch.indexOf(',');
  for (const w of (comma >= 0 ? stretch.slice(0, comma) : stretch).match(/[\p{L}’'-]+/gu) ?? []) {
    const info = NOUN_BEFORE_RE.test(previous) ? null : cueForm(w);
    if (info && !SPEECH_BASES.has(info.base)) return true;
    previous = w;
  }
  return false;
}

/** Words after which a cue's form is a noun: an article, a possessive, a preposition. */
const NOUN_BEFORE_RE =
  /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|to|in|of|on|at|for|from|with|by|about|amid|after|before|during|over|under)$/i;

/** Whom "told" addresses as a group, a name or two before them ("WeWork executives", "Senate aides"). */
const TOLD_GROUP_RE =
  /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}’'.&-]+\s+){0,2}?(?:executives|officials|investors|employees|staff|staffers|aides|donors|allies|colleagues|advisers|advisors|shareholders|analysts|investigators|prosecutors|regulators|diplomats|delegates|lawmakers|reporters|supporters)(?=[\s,])/u;

/**
 * "The driver told officers he did not know …", "told the court he was sorry", "told jurors the man had …": the
 * listeners of court and crime copy, right after "told" (a word between may open a clause: "told a dispatcher
 * before police arrived").
 */
const TOLD_COURT_RE = /^\s+(?:the\s+)?(?:officers|police|detectives|jurors|jury|court|judge)(?=[\s,])/;

/** After the listener of "told": a place or time at most, then "to" and a verb or a quotation. */
const TOLD_TO_RE = /^(?:\s+(?:at|in|on|during)\s+[^,.;:"~]{1,40}?)?\s+to\s(?=\s*(?:"|\p{Ll}))/u;

const CLAUSE_BEFORE_THAT =
  /\s(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|isn't|wasn't|won't|wouldn't|doesn't|didn't|don't)\s/i;

/**
 * "cautioned, as did the campaign itself, that …", "said on CNN, where he is a paid contributor, that …": an aside
 * set off by commas right before the "that" holds a clause of its own, which opens no clause of what was said; the
 * words before "that" with that aside left out.
 */
const withoutAsideBeforeThat = (stretch: string): string =>
  stretch.includes(',') ? stretch.replace(ASIDE_BEFORE_THAT_RE, ',') : stretch;
const ASIDE_BEFORE_THAT_RE = /,\s+(?:as|where)\s[^,]*,(?=\s+that[\s,]*$)/;

/**
 * A "that" right after a preposition points at something ("claimed responsibility for that attack", "won 120
 * delegates in that state alone", "said in that interview that …"): it opens no clause, so the content does not
 * start there but at a later "that", or where it would with no "that" at all (span54).
 */
const PREPOSITIONS_BEFORE_THAT =
  'for|in|on|at|of|with|from|by|about|into|onto|over|under|after|before|during|since|until|against|despite|toward|towards|through|across|without|within|like';
const PREPOSITION_BEFORE_THAT_RE = new RegExp(
  `\\s(?:${PREPOSITIONS_BEFORE_THAT})\\s+that(?:\\s*,\\s*|\\s+|(?="))$`,
);

/** Up to ten words after the cue, then the first "that" that may open a clause (not one after a preposition). */
const WORDS_THEN_THAT_RE = new RegExp(
  `^(?:,?\\s+[^\\s,.;:"~]+){0,10}?,?(?<!\\s(?:${PREPOSITIONS_BEFORE_THAT}))\\s+that(?:\\s*,\\s*|\\s+|(?="))`,
);

/**
 * Words before a "that" that open the reported clause themselves: a subject pronoun right after the verb ("said he's
 * unconvinced that …", "said it found no evidence that …"), a possessive subject and a verb in the past ("says his
 * family assumed that …"), or a first clause joined to a second one ("said she appreciated the apology and that she
 * wanted to move on"). The content starts after the verb, not at the "that".
 */
const CLAUSE_OPENS_BEFORE_THAT_RE =
  /^,?\s+(?:(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)(?:['’](?:s|d|ll|re|ve|m))?\s|[^"~]*\s(?:and|but)\s+that(?:\s*,\s*|\s+|(?="))$|(?:the|his|her|their|its|our|my)\s+(?:[\p{L}’'-]+\s+){0,3}?\p{Ll}{3,}ed\s)/u;

/**
 * True when `stretch` holds a listed verb of speech with a subject of its own, a name or a pronoun, right before it
 * ("…, Cheney argued", "… and Clinton said"). A participle ("…, noting that") or a second verb ("agreed, but also
 * contended that") goes on with the first verb's subject, whose content it may take.
 */
function speechVerbIn(stretch: string): boolean {
  // Whether the words just read end in a subject: a name or pronoun, then at most "-ly" adverbs.
  let subject = false;
  for (const w of stretch.match(/[A-Za-z]+/g) ?? []) {
    const info = cueForm(w);
    if (subject && info && !info.learned && !info.participle) return true;
    if (/^[A-Z]/.test(w) || /^(?:he|she|they|we|it)$/.test(w)) subject = true;
    else if (!(subject && /^[a-z]+ly$/.test(w))) subject = false;
  }
  return false;
}

/**
 * True when a verb of speech with its own subject follows a comma in `stretch`: "promised to close the prison,
 * Cheney argued that …" gives the "that" clause to Cheney's verb, not to the one before the comma.
 */
function speechVerbAfterComma(stretch: string): boolean {
  const comma = stretch.indexOf(',');
  return comma >= 0 && speechVerbIn(stretch.slice(comma + 1));
}

/**
 * "wrote to his 20,000 Twitter followers, “…”", "told reporters: “…”": a quotation after a few words and a comma or
 * colon is what the verb reports; not when those words hold a tag of its own ("a woman asked for a photo and
 * Clinton said, “…”", "Hayek confirmed she had been and said, “…”"), whose verb the quotation belongs to.
 */
function quotationAfterWords(after: string): RegExpMatchArray | null {
  const m = after.match(WORDS_THEN_QUOTATION_RE);
  if (!m) return null;
  // ("he laughed and said, “…”": a verb joined right after the cue makes one tag with it, whose quotation it is.)
  return speechVerbIn(m[0]) || (/\S\s+(?:and|but)\s/.test(m[0]) && speechVerbAfterAnd(m[0])) ? null : m;
}

// ("wrote to his 20,000 Twitter followers, “…”": a number's commas part no words.)
// ("adding of Mr. Trump, “…”": a title's full stop parts no words either.)
const WORDS_THEN_QUOTATION_RE =
  /^(?!\s+that\s)(?:\s+(?:\d{1,3}(?:,\d{3})+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt)\.|[^\s,.;:"~]+)){1,6}\s*[,:]\s*(?:that[\s,]+)?"/;

/** A listed verb of speech right after "and" or "but" (an "-ly" adverb between): "and said", "but then added". */
function speechVerbAfterAnd(stretch: string): boolean {
  const m = /\S\s+(?:and|but)\s+(?:then\s+|\p{Ll}+ly\s+)?(\p{Ll}+)\s*[,:]/u.exec(stretch);
  const info = m ? cueForm(m[1]) : null;
  return !!info && !info.learned && !info.participle;
}

/** Words without which viaIn finds no channel: "carried by", "told", "in an interview with", "speaking to". */
const VIA_BY_HINT_RE = /(?:carried|cited|quoted|reported|published|broadcast|aired)\s+by\s/;

/**
 * The words without which viaIn finds no listener: one pattern of the four literals reads the text once, where
 * four `includes` read it up to four times (~30% less on the rest of each cue's sentence).
 */
const TOLD_HINT_RE = /told|interview with|speaking to|talking to/;

/**
 * Up to ten words between a verb of saying or telling and its "that", a date or a clock time among them as news
 * writes them, dots included: "told investors on Oct. 31 that", "said at 10 a.m. that". (Not after other cues:
 * "according to reports through Jan. 31 that the campaign is filing" has a relative "that".)
 */
const DATED_WORDS_THEN_THAT_RE =
  /^(?:,?\s+(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s+\d{1,2}|\d{1,2}(?::\d{2})?\s+[ap]\.m\.|[^\s,.;:"~]+)){0,10}?,?\s+that(?:\s*,\s*|\s+|(?="))/;

/** Whether a dot comes before the first "that" (the pattern above is tried only then). */
const datedBeforeThat = (after: string): boolean => {
  const dot = after.indexOf('.');
  return dot >= 0 && dot < after.indexOf('that');
};

/**
 * A learned word's "that" opens its clause right after it, or after a court's or a house's tally or a day ("ruled
 * 6-3 that", "ruled 5 to 4 that", "ruled on Monday that", "ruled last week that"): neither is part of what was ruled.
 */
const LEARNED_THAT_RE =
  /^,?\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:last|this|earlier\s+this)\s+(?:week|month)\s+|\d{1,2}-\d{1,2}\s+|\d{1,2}\s+to\s+\d{1,2}\s+)?that/;

/** Where the reported content starts after a cue, or -1 when the verb takes no clause here. */
export function complementStart(
  fx: Finder,
  from: number,
  sentEnd: number,
  info: CueInfo | null,
  word: string,
): number {
  const after = fx.masked.slice(from, sentEnd);
  // Each pattern below needs a character or word that most clauses lack: one look for it skips the pattern.
  const q = !after.includes('"')
    ? null
    : (after.match(/^\s*[,:]?\s*(?:that[\s,]+)?"/) ?? quotationAfterWords(after));
  // "said on ABC's “This Week” that …": a show's title after its network's name tells where it was said; the "that"
  // after it opens what was said.
  const show = after.includes('"~') ? SHOW_THEN_THAT_RE.exec(after) : null;
  if (show) return from + show[0].length - 4;
  // The complementizer belongs to the content, as PolNeAR marks it: "said that the talks had failed".
  if (q) {
    const thatAt = q[0].search(/that[\s,]+"$/);
    return from + (thatAt >= 0 ? thatAt : q[0].length - 1);
  }
  const that = after.includes('that')
    ? (after.match(WORDS_THEN_THAT_RE) ??
      ((info?.base === 'say' || info?.base === 'tell') && datedBeforeThat(after)
        ? after.match(DATED_WORDS_THEN_THAT_RE)
        : null) ??
      thatAfterAdverbials(after, info))
    : null;
  // "told MSNBC when asked about concerns that …": that clause is the question's, not what was told.
  // "said she was not going to jump to that conclusion": a clause has begun before "that", which is its own.
  // A learned stance or evidence word takes its object ("urged the United States to attack the oil that funds
  // …"): a "that" there opens a clause only right after the word ("concern that …").
  if (
    that &&
    !/\basked\b/.test(that[0]) &&
    !(info?.base === 'ask' && ASKED_WH_BEFORE_RE.test(that[0])) &&
    !CLAUSE_BEFORE_THAT.test(withoutAsideBeforeThat(that[0])) &&
    !PREPOSITION_BEFORE_THAT_RE.test(that[0]) &&
    !CLAUSE_OPENS_BEFORE_THAT_RE.test(that[0]) &&
    !speechVerbAfterComma(that[0]) &&
    !(info?.learned && !LEARNED_THAT_RE.test(that[0])) &&
    !participleOwnsThat(that[0], info) &&
    !(info?.base !== 'tell' && stanceVerbOwnsThat(that[0]))
  ) {
    if (!RELATIVE_THAT_REST_RE.test(after.slice(that[0].length, that[0].length + 24))) {
      // "repeated accusations that Rubio recites …", "reiterated his belief that …": the noun whose clause it is
      // belongs to what was said, as PolNeAR marks it.
      const noun = CLAUSE_NOUN_BEFORE_THAT_RE.test(that[0]) ? NOUN_CLAUSE_OBJECT_RE.exec(that[0]) : null;
      if (noun) return from + noun[1].length;
      return from + that[0].search(/that(?:\s*,\s*|\s+|(?="))$/);
    }
    // "reported at least 20 victims at a nonprofit center that works with …": a relative "that" ends no object;
    // what was reported is the object itself, as PolNeAR marks it.
    // ("wrote a book that inspired the documentary" names what was written, not what it says.)
    const object = info?.base === 'write' ? null : RELATIVE_OBJECT_RE.exec(that[0]);
    if (object) return from + object[0].length;
  }
  const colonAt = after.indexOf(':');
  const colon = colonAt >= 0 && colonAt <= 80 ? after.match(/^[^.;"~]{0,80}?:\s*/) : null;
  // "said in a statement: …" introduces what follows; "says his campaign is doing well: …" has said it.
  if (colon && !(info?.bare && looksLikeClause(colon[0])))
    return objectBeforeColon(colon[0], info) ? from + colon[0].search(/\S/) : from + colon[0].length;
  if (info?.base === 'ask' || info?.base === 'demand' || info?.base === 'speculate') {
    // "asked whether …", "wondered why …": the question is what was said.
    const wh = after.match(/^(?:\s+[^\s,.;:"~]+){0,4}?\s+(?=(?:whether|if|why|how|what|when|where|who)\s)/);
    if (wh) return from + wh[0].length;
  }
  if (info?.base === 'call') {
    // "called for new elections", "called on Minsk to …", "called Trump a “liar”".
    const forOn = after.match(/^\s+(?:for|on)\s+/);
    if (forOn) return from + forOn[0].length;
    // ("…"~ within 61 characters: a quotation's masked text; one look for the pair skips the pattern.)
    const masked = after.indexOf('"~');
    if ((masked >= 0 && masked <= 60 && /^[^,.;]{0,60}"~/.test(after)) || CALLED_WHAT_RE.test(after))
      return from + (after.match(/^\s*/)?.[0].length ?? 0);
    return -1;
  }
  if (info && !info.bare) {
    // "declined to comment", "pointed to Cruz’s record", "a poll shows Sanders leading": PolNeAR takes what
    // follows a verb of stance, intention or evidence as its content, clause or not.
    const obj = spacesBeforeWord(after);
    if (
      obj > 0 &&
      (wordCount(after, 2) >= 2 || quotedObject(fx, from, word, info, after)) &&
      !startsWithTimePreposition(after)
    )
      return from + obj;
    return -1;
  }
  if (info && STANCE.has(info.base) && !info.participle) {
    const obj = spacesBeforeWord(after);
    if (
      obj > 0 &&
      (wordCount(after, 3) >= 3 || quotedObject(fx, from, word, info, after)) &&
      !startsWithTimePreposition(after)
    )
      return from + obj;
    return -1;
  }
  if (!info?.bare) return -1;
  let rest = after;
  let off = 0;
  if (info.base === 'tell') {
    // "told Bill O'Reilly of Fox News": a name may hold an apostrophe before a capital and an "of"; "told New York
    // magazine", "told Britain’s ITV television station": an outlet's name may end in lowercase words for what it is,
    // or name its show ("tells MSNBC’s “Morning Joe” on Friday that …").
    // "told WeWork executives he wants …": a group of listeners, a name before them, comes first.
    const obj =
      rest.match(TOLD_GROUP_RE) ??
      rest.match(TOLD_COURT_RE) ??
      rest.match(
        /^\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:reporters|journalists|media|press|him|her|them|us|me|lawmakers|supporters|audience|crowd|parliament|listeners|viewers|conference|briefing|rally|gathering|forum|meeting|hearing|committee|panel|voters|students|interviewer|host|radio|television|station|magazine|newspaper|[\p{Lu}][\p{L}.&-]*(?:['’][\p{Lu}][\p{L}.&-]*)?(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.&-]*(?:['’][\p{Lu}][\p{L}.&-]*)?)*(?:\s+(?:magazine|newspaper|radio|television|station|network|channel|website|show|program|podcast|gathering|audience|crowd|rally|forum|conference|convention|luncheon)){0,2}(?:['’]s\s+"[^"\n]{1,40}")?)(?=[\s,])/u,
      );
    if (!obj) return -1;
    off += obj[0].length;
    rest = rest.slice(obj[0].length);
    // "told a Planned Parenthood gathering in Washington she will protect …": where, a place named, then the clause.
    const place =
      rest.length > 4 && rest.charCodeAt(rest.length - rest.trimStart().length) === 105
        ? TOLD_IN_PLACE_RE.exec(rest)
        : null;
    if (place) {
      off += place[0].length;
      rest = rest.slice(place[0].length);
    }
    // "tells his supporters at a Michigan rally to “go to your place and vote”": what they were told to do.
    const toDo = TOLD_TO_RE.exec(rest);
    if (toDo) return from + off + toDo[0].lastIndexOf('to');
  } else if (word === 'wrote in' || word === 'writes in') {
    const obj = rest.match(/^\s+(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+,\s*/u);
    // "… wrote in the new paper, which was published online today": a clause about the paper, not from it.
    if (!obj || RELATIVE_OPENING_RE.test(rest.slice(obj[0].length))) return -1;
    off += obj[0].length;
    rest = rest.slice(obj[0].length);
  }
  if (firstCodePast(rest) === 44) {
    // "says, win or lose in Tuesday’s primary, he’s staying in the race": an aside, then the clause.
    const aside = rest.match(/^\s*,[^,"~;:]{3,60},\s+/);
    if (!aside || !looksLikeClause(rest.slice(aside[0].length))) return -1;
    return from + off + aside[0].length;
  }
  const time = rest.match(TIME_LEAD);
  if (time) {
    off += time[0].length;
    rest = rest.slice(time[0].length);
  }
  const k = leadingSpaces(rest);
  // "said yes", "said the same", "said he would.": a short answer is what was said (see short-answers.ts).
  if (info.base === 'say' && opensWithShortAnswer(rest.slice(k))) return from + off + k;
  // "Clinton hopes to make a statement …", "analysts who claim to find Clinton more palatable": what is hoped or
  // claimed is the infinitive, as PolNeAR marks it.
  if (INFINITIVE_BASES.has(info.base) && /^to\s+\p{Ll}/u.test(rest.slice(k))) return from + off + k;
  // "said after the convention he would not accept …", "said in a statement Thursday night they pulled …": a phrase
  // of where, when or how, then the reported clause, opened by a subject pronoun and its verb.
  if (info.base === 'say') {
    const adjunct = ADJUNCT_THEN_PRONOUN_CLAUSE_RE.exec(rest.slice(k));
    if (adjunct) return from + off + k + adjunct[1].length;
  }
  if (
    NON_CLAUSE_START.test(rest.slice(k)) &&
    !QUANTITY_OR_POSSESSIVE_CLAUSE.test(rest.slice(k)) &&
    !(info.base === 'say' && SAID_HER_PRESENT_CLAUSE_RE.test(rest.slice(k)))
  )
    return -1;
  if (wordCount(rest, 3) < 3 && !rest.includes('~')) return -1;
  // "said" and "told X" take a clause far more often than an object; other verbs must show a verb.
  // "Trump reported raising about $9 million", "Police reported no arrests": what a report gives is its content.
  if (info.base === 'report' && REPORTED_WHAT_RE.test(rest.slice(k)) && /^report(?:ed|s)$/.test(word))
    return from + off + k;
  if (info.base !== 'say' && info.base !== 'tell' && !looksLikeClause(rest.slice(k))) return -1;
  return from + off + k;
}

/**
 * "noted the “allegations of … waiting times.”", "condemned the “attack whose terrorist nature cannot be denied.”":
 * an object that is a quotation counts as more than a word (its words masked are one), after a listed verb whose
 * subject is no relative pronoun nor a "that" clause's. A learned stance inside someone's report ("She said Trump
 * favors a “strongman approach.”", "adding that Clinton showed the “…”") or a relative clause ("a piece that noted
 * his “…”") leaves the quotation to the frame around it.
 */
function quotedObject(fx: Finder, from: number, word: string, info: CueInfo, after: string): boolean {
  if (info.learned || !QUOTED_OBJECT_RE.test(after)) return false;
  const cueStart = from - word.length;
  return !INSIDE_REPORTED_CLAUSE_RE.test(fx.masked.slice(Math.max(0, cueStart - 40), cueStart));
}

/** A relative pronoun, or "that" and a short subject, before the verb: "a piece that", "adding that Clinton". */
const INSIDE_REPORTED_CLAUSE_RE = /\b(?:that|which|who)\s+(?:[\p{L}.’'-]+\s+){0,3}$/iu;

/** An object that is a quotation, after a determiner and at most one word: " the “…”", " his “…”". */
const QUOTED_OBJECT_RE = /^\s+(?:(?:the|a|an|his|her|their|its)\s+)(?:[\p{Ll}-]+\s+)?"~/u;

export function viaIn(fx: Finder, from: number, to: number): string | null {
  const text = fx.masked.slice(from, to);
  // Both patterns need words that most sentences lack; a plain look for them skips the costly scans.
  const by =
    text.includes('by') && VIA_BY_HINT_RE.test(text)
      ? text.match(
          /\b(?:carried|cited|quoted|reported|published|broadcast|aired)\s+by\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*)+(?:news\s+agency|agency|newspaper|daily)?)/u,
        )
      : null;
  if (by) return outletName(by[1]);
  if (!TOLD_HINT_RE.test(text)) return null;
  const told = text.match(
    /\b(?:told|in an interview with|speaking to|talking to)\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*)+(?:news\s+agency|agency|newspaper|daily)?)/u,
  );
  if (told) {
    const name = outletName(told[1]);
    if (isOutletLike(told[1]) || AGENCY_SET.has(name.toLowerCase())) return name;
  }
  return null;
}

/** The person named first in a clause, when only titles or a short opening phrase come before the name. */
export function openingSubject(fx: Finder, from: number, to: number): Subject | null {
  const ms = fx.index.mentions;
  let i = mentionFrom(fx, from);
  // "Here in Columbia, Sanders stepped up …": a place inside a short opening phrase closed by its comma is where.
  const phrase = OPENING_PHRASE_RE.exec(fx.masked.slice(from, Math.min(to, from + 48)));
  while (phrase && ms[i] && ms[i].end <= from + phrase[0].length && typeOfMention(fx, ms[i]) === 'place') i++;
  const m = ms[i];
  if (!m || m.start >= to) return null;
  const lead = fx.masked.slice(from, m.start);
  if (!OPENING_LEAD_RE.test(lead)) return null;
  const titled = ms[i + 1];
  if (/^(?:’s|'s)/.test(fx.body.slice(m.end, m.end + 2)) || typeOfMention(fx, m) !== 'person')
    return titledAfterPlace(fx, m, titled, from, to) ?? roleThenName(fx, from, to, i + 1);
  // "Clinton campaign spokesman Brian Fallon responded …": the first name only says whose spokesman.
  if (
    titled &&
    titled.start < to &&
    typeOfMention(fx, titled) === 'person' &&
    /^\s+\p{Ll}/u.test(fx.masked.slice(m.end, titled.start)) &&
    !/\b(?:and|or)\s/.test(fx.masked.slice(m.end, titled.start)) &&
    TITLED_LEAD_RE.test(fx.masked.slice(from, titled.start))
  )
    return fromMention(fx, titled, Math.max(from, descriptorStart(fx, m)));
  return fromMention(fx, m, Math.max(from, descriptorStart(fx, m)));
}

/** A short phrase opening a clause, closed by a comma: "Here in Columbia, ". */
const OPENING_PHRASE_RE = /^[\s"]*[^,"~]{1,40},\s*/;

/**
 * "U.S. District Judge James C. Cacheris imposed …": a place or body opening the clause says whose judge or
 * senator the person named after the title is (no "and" between: "The FBI and Director Comey" are two).
 */
function titledAfterPlace(
  fx: Finder,
  m: Mention,
  titled: Mention | undefined,
  from: number,
  to: number,
): Subject | null {
  if (!titled || titled.start >= to || typeOfMention(fx, titled) !== 'person') return null;
  const between = fx.masked.slice(m.end, titled.start);
  // "Republican presidential candidate Donald Trump": lower-case titles may come between (TITLED_LEAD_RE below).
  if (!/^(?:[’']s)?\s+\S/u.test(between) || /[,;:"~]|\b(?:and|or)\s/.test(between)) return null;
  if (!TITLED_LEAD_RE.test(fx.masked.slice(from, titled.start))) return null;
  return fromMention(fx, titled, Math.max(from, descriptorStart(fx, m)));
}

/**
 * "France’s far-right National Front party leader, Marine Le Pen, voiced …": a role opening the clause, then a
 * name set off by commas, which is its subject (mentions from the \`i\`th on are looked at).
 */
function roleThenName(fx: Finder, from: number, to: number, i: number): Subject | null {
  const ms = fx.index.mentions;
  for (; i < ms.length && ms[i].start < to; i++) {
    const m = ms[i];
    const lead = fx.masked.slice(from, m.start);
    if (lead.includes(',') || lead.length > 90) break;
  }
  const m = ms[i];
  if (!m || m.start >= to || m.end >= fx.masked.length || fx.masked[m.end] !== ',') return null;
  if (typeOfMention(fx, m) === 'place') return null;
  const lead = fx.masked.slice(from, m.start);
  if (!ROLE_THEN_COMMA_RE.test(lead)) return null;
  return fromMention(fx, m, from + (lead.match(/^[\s"]*/)?.[0].length ?? 0));
}

/**
 * Where the adverbials opening a clause end: "At a campaign event in Ames, Iowa, on Sunday, " (a state after its
 * city belongs to the adverbial before it); \`from\` when there are none.
 */
export function openingAdjunctsEnd(fx: Finder, from: number, to: number): number {
  let at = from;
  for (let k = 0; k < 3; k++) {
    const adjunct = OPENING_ADJUNCT_RE.exec(fx.masked.slice(at, to));
    if (!adjunct) break;
    at += adjunct[0].length;
    const city = fx.index.byEnd.get(fx.masked.lastIndexOf(',', at - 1));
    const state = fx.index.byStart.get(at);
    if (
      city &&
      state &&
      typeOfMention(fx, city) === 'place' &&
      typeOfMention(fx, state) === 'place' &&
      fx.masked[state.end] === ','
    ) {
      at = state.end + 1;
      while (at < to && isSpace(fx.masked[at])) at++;
    }
  }
  return at;
}

/**
 * The subject opening the sentence's clause (after an opening adverbial), when the clause runs on to the comma at
 * \`to\` with a verb of its own: "he", "she" or "they" resolved; an organization named there; else a short
 * phrase with an article or possessive before the clause's first auxiliary or past-tense word ("The
 * conservative publication has been outspoken …", "The nurse later sued"). None when a quote comes first.
 */
export function clauseOpeningSubject(fx: Finder, from: number, to: number, sentence: number): Subject | null {
  const start = openingAdjunctsEnd(fx, from, to);
  const head = fx.masked.slice(start, Math.min(to, start + 120));
  const lead = head.match(/^\s*(?:(?:and|but|so|yet|then|still)\s+)?/i)![0].length;
  // A quotation may follow the clause's verb ("The candidate blasted Trump's call for a “deportation force” on
  // Wednesday, calling it …"); one before it means the clause is no plain subject and verb.
  if (lead > 0 && /["~]/.test(head.slice(0, lead))) return null;
  const pronoun = head.slice(lead).match(CLAUSE_PRONOUN_RE);
  if (pronoun) {
    const at = start + lead;
    return resolvePronoun(fx, pronoun[1].toLowerCase(), at, at + pronoun[1].length, sentence);
  }
  const opening = head.slice(lead).match(CLAUSE_OPENING_PHRASE_RE);
  if (!opening || /["~]/.test(opening[0])) return null;
  const at = start + lead;
  const end = at + opening[1].length;
  // The phrase read as any subject before its verb ("The Post", "the Vermont senator"); a place is none.
  const subject = subjectEndingAt(fx, end, at, sentence, false);
  if (!subject || (subject.entity && fx.entities.get(subject.entity)?.type === 'place')) return null;
  // A body named at the end of a longer phrase is a modifier: "The Wisconsin Republican" is a person, not the party.
  const named = fx.index.byEnd.get(end);
  if (
    named &&
    typeOfMention(fx, named) !== 'person' &&
    !/^(?:(?:the|a|an)\s+)?$/i.test(fx.masked.slice(at, named.start))
  )
    return null;
  // An unknown capitalised phrase may be no subject at all ("Last Tuesday was"); a described one is.
  // ("Activists engaged …": a phrase the search reads as people, named or not, is one too.)
  if (
    !subject.entity &&
    subject.kind !== 'anonymous' &&
    !/^(?:The|A|An|His|Her|Its|Their)\s/.test(opening[1])
  )
    return null;
  return subject;
}

/**
 * The subject of the last clause joined by ", but" or ", and" before \`to\`, when that clause opens on a subject and
 * its verb: "NASA awarded task orders …, but OrbitBeyond canceled its order, citing …" (a trailing participle goes
 * on from the clause it closes, not from the sentence's opening). None when no such clause is found.
 */
export function coordinatedClauseSubject(
  fx: Finder,
  from: number,
  to: number,
  sentence: number,
): Subject | null {
  const stretch = fx.masked.slice(from, to);
  const comma = Math.max(stretch.lastIndexOf(', but '), stretch.lastIndexOf(', and '));
  return comma >= 0 ? clauseOpeningSubject(fx, from + comma + 1, to, sentence) : null;
}

/**
 * Who speaks in an infinitive ending at \`toEnd\` ("… to say"): the one made or led to ("led Republicans to say",
 * "forced Sen. Bernie Sanders to acknowledge"), else the subject of the clause it serves ("Sanders visited NBC's
 * “Today” to discuss", "Hale took his daughter there on Sunday to explain").
 */
export function infinitiveSubject(
  fx: Finder,
  sent: Span,
  toEnd: number,
  cs: number,
  sentence: number,
): Subject | null {
  const toStart = toEnd - 2;
  const made = MADE_TO_RE.exec(fx.masked.slice(Math.max(sent.start, toStart - 80), toStart));
  if (made) {
    // "sent a messenger, Jonah, to warn": the name the phrase ends in.
    let end = toStart;
    while (end > sent.start && (isSpace(fx.masked[end - 1]) || fx.masked[end - 1] === ',')) end--;
    return subjectEndingAt(fx, end, end - made[1].trimEnd().length, sentence, false);
  }
  const [named] = frameSubjectsBefore(fx, sentence, cs);
  const opening = named ?? openingSubject(fx, sent.start, toStart);
  if (opening) return opening;
  // A body opening the clause may be no more than where the doers are ("The Republican Party was in a state of
  // pandemonium as a clutch of groups scrambled … to deny"): only a person, named or a pronoun.
  const pronoun = clauseOpeningSubject(fx, sent.start, toStart, sentence);
  return pronoun?.kind === 'person' ? pronoun : null;
}

/** A capitalised topic preposition inside a heading's phrase, before the name it ends on ("… On Trump"). */
const TITLE_TOPIC_INSIDE_RE = /\S\s+(?:On|About)\s+\p{Lu}/u;

/** "Sanders shot back, “…”", "Kelly responded with a smile: “…”": a quote opened after a colon or comma. */
export function introducer(fx: Finder, q: QuotedSpan): Frame | null {
  const sIdx = fx.sentenceAt(q.open);
  const s = fx.sentences[sIdx];
  if (!s) return null;
  const before = fx.masked.slice(s.start, q.open);
  if (!/[:,]\s*$/.test(before) || wordCount(before, 26) > 25 || before.includes('"')) return null;
  let subject = openingSubject(fx, s.start, q.open);
  if (!subject) return null;
  // "CNN President On Trump: “…”": in a title-case heading the one named after "On" or "About" is whom the words
  // are about, not who said them; the words before it are the source, named or not.
  const topic = TITLE_TOPIC_INSIDE_RE.exec(fx.masked.slice(subject.start, subject.end));
  if (topic) subject = namelessSubject(subject.start, subject.start + topic.index + 1);
  return plainFrame(fx.paraOf, sIdx, {
    cue: { start: q.open, end: q.open },
    subject,
    region: { start: q.open, end: q.close },
  });
}

/** Where the line (paragraph) starting at `ps` ends: its newline, or the end of the text. */
export function lineEnd(fx: Finder, ps: number): number {
  const pe = fx.masked.indexOf('\n', ps);
  return pe < 0 ? fx.masked.length : pe;
}

/** A relative clause opening: "which was …", "who …". */
const RELATIVE_OPENING_RE = /^(?:which|who|whose|where)\s/i;

/** A verb that makes or leads someone to do something, and that someone (up to six words), before "to". */
const MADE_TO_RE =
  /(?:^|[^\p{L}])(?:led|leads?|leading|forced?|forces|forcing|caused?|causes|causing|prompted|prompts?|prompting|pushed|pushing|pressed|pressured|persuaded|convinced|encouraged|allowed|urged|sent|sends)\s+((?:[\p{L}\p{N}.’'-]+,?\s+){1,6})$/u;

/** A pronoun opening a clause, followed by a lower-case word (its verb or an adverb). */
const CLAUSE_PRONOUN_RE = /^(he|she|they)(?:['’](?:s|d|ve|re|ll))?\s+(?=\p{Ll})/iu;

/**
 * A subject phrase opening a clause: an article or possessive and up to four words, or a capitalised name of up to
 * four words, then an auxiliary or a past-tense word ("The Post intervened", "His campaign sued", "The New York
 * businessman has praised", "Mr. Trump made"). The shortest phrase: "The GOP nominee has staked" is no phrase
 * "The GOP nominee has" before "staked".
 */
const CLAUSE_OPENING_PHRASE_RE = new RegExp(
  `^((?:(?:The|A|An|His|Her|Its|Their)\\s+(?:[\\p{L}\\p{N}.’'-]+\\s+){0,3}?[\\p{L}\\p{N}.’'-]+)|(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,3}?[\\p{Lu}][\\p{L}.’'-]*)\\s+(?:(?:also|later|then|basically|quickly|again|still|already|even|now|just)\\s+)?(?:is|are|was|were|has|have|had|will|would|did|does|\\p{Ll}+ed|${[...CLAUSE_VERB_PASTS].join('|')})(?=[\\s,])`,
  'u',
);

/** What a report gives: a gerund ("raising"), an amount, "no arrests", "a profit of". */
const REPORTED_WHAT_RE =
  /^(?:\p{Ll}{3,}ing\s|\$|\d|no\s|between\s|(?:a|an)\s+(?:profit|loss|gain|decline|drop|increase|rise)\b)/u;

/**
 * The object of a verb before a colon: "reiterated many of the campaign pledges he's been making for months: …",
 * "endorsed one of their preferred methods for stopping Trump: …". PolNeAR's content holds it, up to what the colon
 * lists; not a listener ("told reporters: …"), an adverbial ("said in a statement: …", "said Tuesday: …"), "the
 * following:" or a colon that ends its paragraph ("issued a statement:⏎⏎“…”"), which open what was said.
 */
const objectBeforeColon = (stretch: string, info: CueInfo | null): boolean =>
  !LISTENER_VERB_RE.test(info?.base ?? '') &&
  (OBJECT_BEFORE_COLON_RE.test(stretch) || stanceObjectBeforeColon(stretch, info));

const OBJECT_BEFORE_COLON_RE =
  /^\s+(?!the\s+following\b)(?:the|a|an|many|some|one|several|his|her|their|its|our|something|them|similar|another|few)\s[^\n]*:[^\S\n]*$/;

/** "in Washington", "in New Hampshire" after a listener, before a clause that opens on a subject pronoun. */
const TOLD_IN_PLACE_RE = /^\s+in\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?=(?:that|he|she|they|we|I|it)\s)/u;

const LISTENER_VERB_RE = /^(?:tell|ask|inform|remind|assure|warn|urge|brief|advise|notify|question)/;

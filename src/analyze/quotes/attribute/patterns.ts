// Patterns and word lists that several stages share (constants only: any module may load them first).

import { AGENCIES } from '../lexicon.js';

/**
 * Whether text ends in a preposition and at least one space: "a source speaking to ", "Kevin Brady of ". The
 * preposition is looked for in the last eight characters of the text without its spaces (the longest has seven):
 * a pattern ending in `\s+$` would be tried from every position of the text.
 */
export const endsInPreposition = (text: string): boolean => {
  const trimmed = text.trimEnd();
  return trimmed.length < text.length && PREPOSITION_LAST_RE.test(trimmed.slice(-8));
};

const PREPOSITION_LAST_RE =
  /\b(?:to|with|from|by|of|for|at|on|in|about|against|toward|towards|than|like|atop|aboard|near|inside|outside|via)$/i;

/** The subordinators a sentence-opening clause starts with (capitalised), as a pattern alternation. */
export const OPENING_SUBORDINATORS =
  'While|Although|Though|Whereas|Because|Since|If|When|Whenever|After|Before|Once|Unless|Until';

/** A sentence opening with a subordinate clause: "While …", "Although …", "When …". */
export const SUBORDINATE_OPENING_RE = new RegExp(`^[\\s"]*(?:${OPENING_SUBORDINATORS}|As)\\s`);

/** Before the opening name: nothing, titles, or a short phrase closed by a comma ("On Tuesday, Sen. …", "And then"). */
export const OPENING_LEAD_RE =
  /^[\s"]*(?:[^,"~]{0,40},\s*)?(?:(?:[\p{Lu}][\p{L}.’'-]*|the|of|and|then)\s+)*$/u;

/**
 * "The 56-year-old said after his appointment": an age standing for a person, resolved as "he" or "she" would be,
 * of either gender. The key under which such a subject goes through pronoun resolution.
 */
export const AGE_AS_PRONOUN = 'the person of that age';

/**
 * Words for a person that name no office ("The actor said", "“…,” said the veteran striker."): such a phrase stands
 * for the person named before, as a pronoun would ("he" for "actor", "she" for "actress", either for the rest).
 * Offices ("the minister") are looked up among the entities' roles.
 */
/** Performers' trades, which a story also uses for the person it follows ("The actress thanked …", see pronouns.ts). */
export const PERFORMER_TRADES = ['actress', 'actor', 'singer', 'rapper', 'musician', 'comedian', 'star'];

export const PERSON_EPITHETS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(PERFORMER_TRADES.map((trade) => [trade, AGE_AS_PRONOUN])),
  actor: 'he',
  actress: 'she',
  businessman: 'he',
  businesswoman: 'she',
  filmmaker: AGE_AS_PRONOUN,
  novelist: AGE_AS_PRONOUN,
  striker: AGE_AS_PRONOUN,
  midfielder: AGE_AS_PRONOUN,
  goalkeeper: AGE_AS_PRONOUN,
  quarterback: AGE_AS_PRONOUN,
  billionaire: AGE_AS_PRONOUN,
  entrepreneur: AGE_AS_PRONOUN,
};

/**
 * Nationalities that name a person on their own ("The Norwegian added"); "The Guardian" is no such word. Not the
 * words that also name a whole people ("The Chinese warned", "the Swiss", "the Japanese"): only person nouns.
 */
export const DEMONYMS =
  'Norwegian|Swede|Dane|Finn|German|Frenchman|Frenchwoman|Spaniard|Italian|Dutchman|Belgian|Austrian|Pole|Czech|' +
  'Hungarian|Romanian|Bulgarian|Serb|Croat|Greek|Turk|Russian|Ukrainian|Belarusian|American|Canadian|Mexican|' +
  'Brazilian|Argentine|Argentinian|Colombian|Chilean|Venezuelan|Briton|Englishman|Scot|Welshman|Irishman|' +
  'Australian|Korean|Indian|Pakistani|Iranian|Israeli|Egyptian|Nigerian|Kenyan|Ethiopian|Moroccan|Saudi|' +
  'Cameroonian|Ghanaian|Uruguayan|Serbian|Croatian|Slovenian|Slovak';
export const DEMONYM_RE = new RegExp(`^(?:${DEMONYMS})$`);

/** Up to three words describing such a person: "New York", "veteran", "billionaire"; no preposition or article. */
export const EPITHET_MODIFIERS = String.raw`(?:(?!(?:of|in|on|at|for|with|from|by|to|and|or|the|a|an)\s)[\p{L}\p{N}’'-]+\s+){0,3}?`;

/** An auxiliary contracted onto the word before it: "’s", "’ve", "’re", "’d", "’ll", "’m" (a pattern source). */
export const CONTRACTED_AUXILIARY = String.raw`['’](?:s|ve|re|d|ll|m)`;

/** A subject pronoun with a contracted auxiliary: "he’s", "they’ve", "she’d", "we’ll", "i’m" (lower case). */
export const CONTRACTED_PRONOUN_RE = new RegExp(`^(he|she|it|they|who|we|i)${CONTRACTED_AUXILIARY}$`);

/**
 * Any word with a contracted auxiliary that opens a clause of its own, in either case: the subject pronouns of
 * CONTRACTED_PRONOUN_RE and also "that’s", "there’s", "what’s", "here’s", "you’re". Wider than that list because it
 * only says a word heads no noun phrase; CONTRACTED_PRONOUN_RE says who the subject is, which these words never name.
 */
export const CONTRACTED_CLAUSE_OPENER_RE = new RegExp(
  `^(?:he|she|it|they|who|we|i|that|there|what|here|you)${CONTRACTED_AUXILIARY}$`,
  'i',
);

/** Subordinators that open an adverbial clause ("because …", "whereas …"): no noun, no antecedent, no subject. */
export const SUBORDINATORS: readonly string[] =
  'because although though while whereas since if when after before until unless once'.split(' ');

/**
 * The head words of unnamed sources and groups that speak ("two senior officials", "52 percent", "police"), as
 * pattern alternatives. The first list may also name the speaker after the verb ("…, said two officials"); the
 * second only before it ("Republicans said"; "said Republicans …" goes on with what they said).
 */
export const ANON_HEADS_EITHER_SIDE =
  'sources? officials? diplomats? insiders? aides? analysts? experts? observers? witnesses residents critics reports voters polls? surveys? studies supporters lawmakers researchers authorities police detectives firefighters paramedics rescuers troopers deputies neighbors neighbours relatives'.split(
    ' ',
  );

export const CAP_STOP = new Set([
  'though',
  'although',
  'since',
  'because',
  'back',
  'last',
  'next',
  'first',
  'even',
  'only',
  'just',
  'once',
  'until',
  'unless',
  'whether',
  'where',
  'all',
  'both',
  'each',
  'every',
  'no',
  'not',
  'many',
  'most',
  'some',
  'such',
  'other',
  'another',
  'asked',
  'speaking',
  'according',
  'like',
  'for',
  'with',
  'from',
  'by',
  'to',
  'of',
  'however',
  'meanwhile',
  'instead',
  'still',
  'indeed',
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'as',
  'if',
  'when',
  'while',
  'after',
  'before',
  'meanwhile',
  'however',
  'also',
  'then',
  'still',
  'now',
  'there',
  'here',
  'what',
  'which',
  'who',
  'why',
  'how',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
]);

export const PREPOSITIONS = new Set([
  'with',
  'of',
  'to',
  'by',
  'from',
  'against',
  'on',
  'for',
  'at',
  'in',
  'about',
  'over',
  'under',
  'between',
  'among',
  'toward',
  'towards',
  'into',
  'than',
  'like',
  'after',
  'before',
]);

export const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));

export const OUTLET_WORD =
  /\b(?:news agency|agency|newspaper|daily|news|tv|television|radio|times|post|journal|herald|tribune|gazette|telegraph|guardian|broadcaster)\b/i;

export const FINITE =
  /^(?:is|are|was|were|will|would|could|should|can|can't|cannot|won't|may|might|must|has|have|had|did|does|do|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|mustn't|shall)$/i;

/** A clause opening with a participle and what it governs ("Appearing before …", "Speaking to reporters …"). */
export const OPENING_PARTICIPLE_CLAUSE_RE =
  /^\s*\p{Lu}\p{Ll}+ing\s+(?:before|at|to|in|on|with|from|about|for|after|during|into|through|outside|inside|near|over|under|the|a|an|his|her|their|its|our)\s/u;

/** Titles before a name that opens the clause: "Democratic nominee Hillary Clinton, …, said". */
export const TITLED_LEAD_RE =
  /^[\s"]*(?:(?:[\p{Lu}][\p{L}.’'-]*|the|of|and|former|retired|presidential|vice|deputy|acting|top|senior|state|party|campaign|chief|longtime|veteran|then|nominee|candidate|senator|governor|spokes(?:man|woman|person)|press|communications|secretary|minister|leader|director|chair(?:man|woman)?|president|official|adviser|advisor|aide|lawyer|attorney|professor|analyst|strategist|medical|political|legal|economic|correspondent|reporter|editor|anchor|host|columnist|commentator|contributor|economist|physician)\s+)*$/u;

export const EVIDENCE_END =
  /\b(?:polls?|surveys?|study|studies|reports?|records|data|analysis|results|figures|numbers|documents?|research|filings?|estimates?|projections?|review|audit|investigation|findings|statistics|census|tally|count|models?)$/i;

/**
 * An adverbial opening a sentence, closed by its comma: "In addition, ", "In the short term, ", "On Monday, ",
 * "Meanwhile, ". A preposition or a sentence adverb first, at most six words, no second comma. Not a count: "At
 * least 12 people were killed in the accident, officials said" opens with the subject of what was said.
 */
export const OPENING_ADJUNCT_RE =
  /^\s*(?!at\s+(?:least|most)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands|half)\s))(?:(?:(?:just|only|even|back|early|late)\s+)?(?:in|on|at|for|after|before|during|since|by|under|with|without|from|over|through|throughout|within|despite|unlike|like|last|this|earlier|later|according\s+to)\s+[^,;:"~()—–]{1,60}|meanwhile|however|still|instead|also|separately|additionally|moreover|furthermore|indeed|overall|similarly|likewise|ultimately|eventually|initially|now|today|yesterday|then|so|yet|but|and)\s*,\s*/i;

/** Words that open a relative clause inside a phrase. */
export const RELATIVE_WORD = /^(?:that|which|who|whom|whose|where|when)$/i;

/**
 * The "-ing" forms that follow "quoted Y as" / "was quoted by X as": the one quoted speaks at them ("Reuters quoted
 * Lavrov as saying …", "… as telling reporters …", "… as writing that …").
 */
export const QUOTED_AS_FORMS: ReadonlySet<string> = new Set(['saying', 'telling', 'writing']);

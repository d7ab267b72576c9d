// Attribution frames: who is said to say what, from speech verbs, quotation marks and "according to".

import type { EntityType, LocalEntity, Mention, Quote, Span } from '../../model/index.js';
import { isFemaleFirstName, isMaleFirstName } from '../entities/index.js';
import { cueModel, cueScore } from './cue-model.js';
import { describedSpeaker, isSpeakingHead, nameIn, POSTPOSED_WORDS } from './described.js';
import {
  contentFollows,
  endsInSpacedAs,
  firstCodePast,
  hasApostrophe,
  isDashCode,
  isWhitespaceOrComma,
  leadingSpaces,
  mayOpenAs,
  mayOpenAsked,
  mayOpenCapitalsDateline,
  mayOpenShortObjectCue,
  mayOpenTimePreposition,
  onlyLowerAscii,
  onlyPlainWordChars,
  opensLower,
  opensUpper,
  spacesBeforeWord,
  startsWithTimePreposition,
} from './gates.js';
import {
  ADVERBS,
  AGENCIES,
  CUE_SOURCE,
  type CueInfo,
  cueExact,
  cueForm,
  nationalityOf,
  ROLE_HEADS,
  SCARE_BEFORE,
  STANCE,
} from './lexicon.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import {
  BY_BEFORE_RE,
  evidencePhraseOffset,
  isEvidenceBeforeThat,
  POSSESSOR_BEFORE_RE,
  stanceNounsBeforeThat,
} from './outer-cues.js';
import { quoteAwareSentences } from './sentences.js';
import { shareSubjectLength } from './shares.js';
import { bareAnswerLength, opensWithShortAnswer } from './short-answers.js';
import {
  buildSpeakerIndex,
  descriptorBefore,
  type EntityFacts,
  ensureFacts,
  hasFemaleFirstName,
  resolveRole,
  type SpeakerIndex,
} from './speakers.js';
import {
  codeAt,
  endsWithWord,
  hasDash,
  hasParagraphHyphen,
  isAsciiLetter,
  isDigitCode,
  isLetter,
  isSpace,
  isWhitespace,
  lastNonSpaceCode,
  lastSpace,
  lastWord,
  lastWords,
  lettersBeforeEnd,
  looksTitleCase,
  nextWordEnd,
  onlySpacesAndQuotes,
  quoteOpensSentence,
  splitAtSpaces,
  wordCount,
} from './text.js';
import { WordTable } from './word-table.js';

export type SubjectKind = 'person' | 'organization' | 'anonymous' | 'unknown';

/** The speaker phrase as written, and whom it resolves to. */
export interface Subject extends Span {
  speaker: string | null;
  entity: string | null;
  kind: SubjectKind;
}

/**
 * Subject `s` over [start, end): a literal in Subject's own key order, never a spread copy. V8 gave each spread
 * copy a map of its own, so that every read of a subject's fields went through the megamorphic inline cache.
 */
const spanning = (s: Subject, start: number, end: number): Subject => ({
  start,
  end,
  speaker: s.speaker,
  entity: s.entity,
  kind: s.kind,
});

/** One reported-speech event: a cue, its speaker and the span of what was said. */
export interface Frame {
  cue: Span;
  subject: Subject;
  /** What was said; null when the frame only names a channel. */
  region: Span | null;
  via: string | null;
  sentence: number;
  paragraph: number;
  /** True when the cue carried a document word ("in a statement"). */
  statement: boolean;
  /** True for transcript lines ("WALLACE: …"), whose content is the speaker's own words. */
  verbatim?: boolean;
  /** True when the learned detector, not a word list, found the cue: such a frame yields to the others. */
  learned?: boolean;
  /**
   * True when the cue is a stance, intention or evidence word learned from PolNeAR ("supporters of",
   * "allegations"), listed or detected, rather than a verb of speech: it names a view only through its subject.
   */
  learnedCue?: boolean;
  /** True for each half of a content broken by its tag ("Compaq, she predicted, would come"): kept however short. */
  piece?: boolean;
  /** True for evidence framed only for its "that" clause (see outer-cues.ts): it leaves the frames inside it be. */
  outerEvidence?: boolean;
}

/** A quote together with the evidence behind it, for benchmarks and debugging. */
export interface Attribution extends Quote {
  source: Span | null;
  cue: Span | null;
  /** What the source phrase is (a person, an organization, anonymous sources); null without a frame. */
  sourceKind: SubjectKind | null;
  /** The frame's cue is a learned stance or evidence word (see Frame.learnedCue). */
  learnedCue: boolean;
  /**
   * A quotation with one word of the frame's own around it ("that “…”", "called Trump “…”"): the content as
   * PolNeAR marks it, while who-said-what lists the quotation alone.
   */
  framing?: boolean;
}

/** Who spoke, as named in the text or resolved to an entity. */
type Speaker = { speaker: string | null; entity: string | null };

export interface AttributionResult {
  attributions: Attribution[];
  frames: Frame[];
  quoted: QuotedSpan[];
}

const TRANSCRIPT_RE = /^((?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+):\s+/;
/** A team's next game under a sports recap's "UP NEXT": "Thunder: Host the Lakers on Friday." */
const SCHEDULE_LINE_RE = /^\s*(?:Hosts?|Visits?|At|vs\.?|Plays?|Faces?|Travels?|Opens?)\s/;
/** Capitals before a colon that label a line, not its speaker: "UPDATE:", "CLARIFICATION:", "EXCLUSIVE:". */
const TRANSCRIPT_LABEL_RE =
  /^(?:Q|A|UPDATE|UPDATED|EDITOR|EDITOR'S NOTE|EDITOR’S NOTE|NOTE|PHOTO|PHOTOS|VIDEO|WATCH|READ|READ MORE|RELATED|SOURCE|SOURCES|CREDIT|CLARIFICATION|CORRECTION|EXCLUSIVE|BREAKING|BREAKING NEWS|ALERT|ANALYSIS|OPINION|COMMENTARY|FACT CHECK|POLL|REPORT|ABSTRACT|FULL TEXT|DISCLOSURE|DISCLAIMER|SPOILER|WARNING|LIVE|ICYMI|PHOTO CREDIT)$/i;
/**
 * A name signing the quote before it: "“…” — Hillary Clinton", or with a hyphen where it opens its own paragraph, as
 * fact-checks list claims ("“…”\n\n- Bernie Sanders.").
 */
const DASH_SIGN_RE =
  /^(?:\s*[―—–]|[ \t]*\n\s*-(?=[ \t]|\p{Lu}))\s*((?:[\p{Lu}][\p{L}.’'-]*\s?){1,5})(?=\s*(?:[/\n.,]|$))/u;
/** "Hillary Clinton on Tuesday said": a time between subject and verb. */
const SUBJECT_TIME_RE =
  /\s(?:(?:on|last|this|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|night|evening|afternoon)(?:\s+(?:morning|night|evening|afternoon))?|at\s+the\s+time|(?:(?:less|more)\s+than\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)$/;
/** Last words of SUBJECT_TIME_RE, lowercased: only these can end a time phrase. */
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday week month year morning night evening afternoon time ago'.split(
    ' ',
  ),
);
/** "Jeb Bush in a Medium post said": where the subject spoke, between it and the verb with no commas. */
const SUBJECT_MEDIUM_RE =
  /\s(?:in|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}(?:post|statement|interview|speech|letter|tweet|email|op-ed|video|memo|essay|column|appearance)$/u;
const MEDIUM_WORDS = new Set(
  'post statement interview speech letter tweet email op-ed video memo essay column appearance'.split(' '),
);
/** What joins a person to where they work: "Smith of the", "Wu, at the", "Doe with". */
/** "Robert Gordon of Northwestern University", "Stacy Baker of Columbia, South Carolina": where a person works or lives. */
const AFFILIATION_RE =
  /,?\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,2}?(?:[\p{Lu}][\p{L}.’'-]*,\s+)?$/u;
/**
 * Between a place and the person it describes: a comma, or one or two capitalised title words ("Sen.", "President");
 * not nothing ("the White House James S. Brady briefing room" names a room).
 */
const PLACE_TO_NAME_RE = /^(?:\s*,\s*|\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,2})$/u;
/** One or two capitalised title words between a body and a person's name ("House Republican", "Senate Majority Leader"). */
const TITLE_WORDS_TO_NAME_RE = /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,2}$/u;
/** The words a place describes when it opens a noun phrase: capitalised ones ("Arizona Republican"), then a noun that speaks. */
const PLACE_DESCRIBES_RE = /^(?:\s+[\p{Lu}][\p{L}’'-]*)*/u;
/** What a speaker spoke of, between the verb and the quote that goes on ("he said of the Clinton campaign, “…"). */
const SPOKEN_OF_RE = /^\s+(?:of|about)\s+[^,.;:"~]{1,60},\s*$/;
const PREP_BEFORE_RE = /\b(?:to|with|from|by|of|for|at|on|in|about|against|toward|towards|than|like)\s+$/i;
/**
 * A headline's source before its colon: "Lynch: …", and who it spoke to or where ("Clinton to Planned Parenthood:
 * …", "Former AG Mukasey at RNC: …"), which is no part of the name.
 */
const HEADLINE_NAME_RE =
  /^((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}.’'-]*)(?:\s+(?:to|at|on|in)(?:\s+[\p{Lu}][\p{L}.’'-]*){1,4})?:\s+/u;
/** A full stop that ends a sentence in a headline, not an initial's ("D.C. statehood", "Roe v. Wade"). */
const HEADLINE_SENTENCE_END_RE = /(?<![\s.]\p{Lu}|\sv)[.!?]\s+\S/u;
/** A noun after a name that makes the name its modifier: "the Sanders campaign", "Clinton supporters". */
const NAME_AS_MODIFIER_RE =
  /^(?:’s|'s)?\s+(?:campaign|camp|supporters?|backers?|aides?|allies|ally|advisers?|staff|team|spokes\w+|administration|surrogates?|loyalists?|critics?|fans?|voters?|delegates?|people|officials?|lawyers?|attorneys?|family|foundation|operation|operatives?)\b/;
/** A verb that makes its object a statement: "made the following comment", "issued this statement". */
/**
 * Before a noun of stance, what names its holder elsewhere: a comma (the participle "…, warning that"), a preposition
 * after a verb ("took offense at suggestions", "in the hopes"), "no" ("left no doubt"), a capital ("Republican
 * criticism", "Clinton campaign accusations").
 */
const HOLDER_ELSEWHERE_BEFORE_RE =
  /(?:,|(?:^|\s)(?:at|to|with|against|about|over|by|on|in|no|down)|\p{Lu}[\p{L}.-]*(?:\s+campaign)?)\s+(?:(?:the|a|an|recent|new|repeated)\s+)?$/u;
/** A verb whose subject holds the noun after it: "gave diplomatic assurances", "expressed similar doubts". */
const HOLDER_VERB_BEFORE_RE =
  /(?:^|\s)(?:express(?:ed|es)?|voic(?:ed|es|e)|rais(?:ed|es|e)|gave|give|gives|offer(?:ed|s)?|made|make|makes|repeat(?:ed|s)?|reiterat(?:ed|es)|echo(?:ed|es)|renew(?:ed|s)?|stirred|dismiss(?:ed|es)?|reject(?:ed|s)?|den(?:ied|ies|y)|rebut(?:ted|s)?|with)\s+(?:(?:a|an|the|similar|new|renewed|fresh|repeated|diplomatic|serious|grave|deep|some|his|her|their)\s+){0,2}$/;
const LIGHT_VERB_BEFORE_RE =
  /\s(?:made|makes|issued|issues|released|releases|gave|gives|delivered|offered|posted|shared)\s+$/;
/** A title's noun ending the words before a name: "… planning director ", "… policy adviser ". */
const TITLE_NOUN_END_RE =
  /\s(?:director|adviser|advisor|secretary|chief|spokes(?:man|woman|person)|manager|strategist|chair(?:man|woman)?|official|aide|coordinator|analyst|counsel|officer|head)\s+$/;
/** The prepositions that tie a person to a body: "X of the Y", "X, the director for the Y". */
const AFFILIATING_WORDS = new Set(['of', 'for', 'at', 'with']);
/** ", the communications director for the " before a body's name: an apposition whose closing comma is missing. */
const UNCLOSED_APPOSITION_RE = /,\s+(?:the|a|an)\s+[^,;:"~()]{1,70}?\s(?:of|for|at|with)\s+(?:the\s+)?$/;
/** "Ms. Epstein", "April Mellody": a courtesy title or a first name, then one capitalised surname. */
const UNRECOGNIZED_NAME_RE = /^(?:(Mr|Mrs|Ms|Dr)\.\s+|(\p{Lu}\p{Ll}+)\s+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** A subject pronoun opening a clause. */
const PRONOUN_OPENS_RE = /^\s*(?:he|she|they|we|i)\s/i;
/** The subject pronoun a possessive one stands for. */
const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };
/** What joins the last of several people named together to the one before: " and ", ", and ", "(D-Ohio) and ". */
const LAST_CONJUNCT_LINK_RE = /(?:,\s*[RDI]-[A-Z][A-Za-z.]{1,5})?,?\s+(?:and|&)\s+$/;
/** What joins the others: a comma, after a party tag or not ("Bob Corker, R-Tenn., "), or another "and". */
const CONJUNCT_LINK_RE = /(?:,\s*[RDI]-[A-Z][A-Za-z.]{1,5})?(?:,\s+|\s+(?:and|&)\s+)$/;
/** ", a South Carolina native " before a "who": an apposition opened by an article, no clause of its own. */
const APPOSITION_BEFORE_WHO_RE = /,\s+(?:a|an|the)\s+[^,;:"~()—–]{1,60}?\s+$/;
/** What links a name to its relative "who": a comma, a spaced hyphen or a dash, an age ("Rogan, 52, "). */
const RELATIVE_LINK_RE = /(?:,\s*\d{1,3}\s*,|,|\s-|\s*[—–])\s*$/;
/** A subordinating word right before a frame's subject, or opening it ("When Trump suggested …"). */
const SUBORDINATOR_BEFORE_RE =
  /(?:^|[\s"])(?:While|Although|Though|Because|Since|If|When|After|Before|Once|Until|As|while|although|though|because|since|if|when|after|before|once|until)\s+$/;
const SUBORDINATOR_OPENING_RE =
  /^(?:While|Although|Though|Because|Since|If|When|After|Before|Once|Until|As)\s/;
/** A sentence opening with a subordinate clause: "While …", "Although …", "When …". */
const SUBORDINATE_OPENING_RE =
  /^[\s"]*(?:While|Although|Though|Whereas|Because|Since|If|When|Whenever|After|Before|Once|Unless|Until|As)\s/;
/** "made it" ending a subject's tail: "it" is an object ("made it clear"), found where the verb starts. */
const MADE_IT_RE = /(?<![\p{L}])(?:made|makes|make|making)\s+it$/u;
/** A role ending in a lowercase noun, closed by a comma, before a name: "France’s far-right party leader, ". */
const ROLE_THEN_COMMA_RE = /^[\s"]*[^,"~;:]{2,80}\s\p{Ll}+,\s*$/u;
/** Before the opening name: nothing, titles, or a short phrase closed by a comma ("On Tuesday, Sen. …"). */
const OPENING_LEAD_RE = /^[\s"]*(?:[^,"~]{0,40},\s*)?(?:(?:[\p{Lu}][\p{L}.’'-]*|the|of|and)\s+)*$/u;
/** First word of each multi-word cue, with the full forms it may start. */
const MULTI_CUES = new Map<string, Set<string>>([['according', new Set(['according to'])]]);
for (const form of CUE_SOURCE.split('|')) {
  const words = form.replace(/\\s\+/g, ' ').split(' ');
  if (words.length < 2) continue;
  const set = MULTI_CUES.get(words[0]) ?? new Set<string>();
  set.add(words.join(' '));
  MULTI_CUES.set(words[0], set);
}
/** Every single-word cue (true) and every first word of a multi-word cue (its forms), for one lookup a word. */
const CUE_OR_MULTI = new Map<string, true | Set<string>>();
for (const form of CUE_SOURCE.split('|')) if (!form.includes('\\s')) CUE_OR_MULTI.set(form, true);
for (const [first, forms] of MULTI_CUES) CUE_OR_MULTI.set(first, forms);
const CUE_MODEL = cueModel();
/**
 * Shape (first two letters, last letter, length) of every lowercase word a word list or the learned detector may
 * call a cue, one bit each: a word of another shape is none, and the scan drops it with one lookup (of the
 * test split's ~760 words an article, ~190 pass, ~135 of them known).
 */
const SCAN_SHAPES = new Uint8Array((26 * 26 * 26 * 32) >> 3);
/** A one-letter word takes its first letter as its second. */
const shapeOf = (first: number, second: number, last: number, len: number): number =>
  (((first - 97) * 26 + (second - 97)) * 26 + (last - 97)) * 32 + Math.min(len, 31);
for (const w of [...CUE_OR_MULTI.keys(), ...(CUE_MODEL?.vocab ?? [])]) {
  if (!/^[a-z]+$/.test(w)) continue;
  const k = shapeOf(
    w.charCodeAt(0),
    w.charCodeAt(w.length > 1 ? 1 : 0),
    w.charCodeAt(w.length - 1),
    w.length,
  );
  SCAN_SHAPES[k >> 3] |= 1 << (k & 7);
}
/** Whether a word opening with lowercase `first` has a shape SCAN_SHAPES knows. */
const mayBeScanWord = (first: number, second: number, last: number, len: number): boolean => {
  if (second < 97 || second > 122 || last < 97 || last > 122) return false;
  const k = shapeOf(first, second, last, len);
  return (SCAN_SHAPES[k >> 3] & (1 << (k & 7))) !== 0;
};
/**
 * What the word scan knows of a word, looked up without cutting the word out of the text: whether it is a cue by
 * itself, the two-word cues it opens (by their second word), and whether only the learned detector may call it one.
 */
interface ScanWord {
  single: boolean;
  /** What cueForm says of the word alone, worked out once here rather than hashed again at each cue. */
  info: CueInfo | undefined;
  seconds: WordTable<string> | null;
  learned: boolean;
}
const SCAN_WORDS = new WordTable<ScanWord>(
  [...new Set([...CUE_OR_MULTI.keys(), ...(CUE_MODEL?.vocab ?? [])])].map((w) => {
    const known = CUE_OR_MULTI.get(w);
    // The scan reads one word past the first, so of the longer forms it finds the two-word ones only.
    const forms =
      known === undefined || known === true ? [] : [...known].filter((f) => f.split(' ').length === 2);
    return [
      w,
      {
        single: cueExact(w) !== undefined,
        info: cueExact(w),
        seconds: forms.length > 0 ? new WordTable(forms.map((f) => [f.split(' ')[1], f] as const)) : null,
        learned: known === undefined,
      },
    ] as const;
  }),
);
const ACCORDING = SCAN_WORDS.get('according', 0, 9) as ScanWord;
/** Participles of reporting that, in "X was revealed to …", tell of X rather than let X speak. */
const PASSIVE_REPORT = new Set([
  'revealed',
  'reported',
  'said',
  'believed',
  'thought',
  'alleged',
  'known',
  'found',
  'shown',
  'rumored',
  'rumoured',
  'understood',
  'claimed',
]);
const PRONOUN_SET = new Set(['he', 'she', 'it', 'they', 'who', 'which', 'we', 'i']);
/**
 * "The 56-year-old said after his appointment": an age standing for a person, resolved as "he" or "she" would be,
 * of either gender. The key under which such a subject goes through pronoun resolution.
 */
const AGE_AS_PRONOUN = 'the person of that age';
/** A credit line under a photo, named after the agency that sold it. */
const PHOTO_CREDIT_RE =
  /\bvia\s+(?:Getty|AP|Reuters|AFP|EPA)\b|\bGetty\s+Images\b|\bAP\s+Photo\b|\/\s*(?:Getty|AP|Reuters|AFP|EPA)\b/;
const AGE_SUBJECT_RE = /(?:^|\s)the\s+\d{1,3}-year-old$/i;
/** A subject pronoun with a contracted auxiliary: "he’s", "they’ve", "she’d", "we’ll", "i’m". */
const CONTRACTED_PRONOUN_RE = /^(he|she|it|they|who|we|i)['’](?:s|ve|re|d|ll|m)$/;
const ROLE_LAST = new Set(
  ROLE_HEADS.replace(/\[[^\]]*\]/g, ' ')
    .split('|')
    .map((h) =>
      h
        .split(/\s+/)
        .pop()!
        .replace(/[^a-z]/g, ''),
    ),
);
const CUE_TEST = new RegExp(`(?<![\\p{L}\\p{N}-])(?:according\\s+to|${CUE_SOURCE})(?![\\p{L}\\p{N}])`, 'iu');
/** The letters (a–z) each cue form opens with, up to its first other character ("doesn" of "doesn't want"). */
const CUE_OPENINGS = new WordTable(
  ['according', ...CUE_SOURCE.split('|')].map((form) => [/^[a-z]+/.exec(form)?.[0] ?? '', true] as const),
);
/**
 * CUE_TEST.test(s), with the pattern run only when some word of s opens like a cue: a match starts a run of
 * letters that is exactly a form's opening letters (the forms are ASCII). Only "ſ" and the Kelvin sign fold to
 * A–Z in a case-insensitive Unicode pattern; a text holding one goes straight to the pattern.
 */
function mayHoldCue(s: string): boolean {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = codeAt(s, i);
    if (c === 0x17f || c === 0x212a) return CUE_TEST.test(s);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetter(codeAt(s, i))) i++;
    if (CUE_OPENINGS.get(s, start, i, true) !== undefined) return CUE_TEST.test(s);
  }
  return false;
}
/** Words that cannot sit inside a role phrase, so "after the European bloc" reads as "the European bloc". */
const ROLE_MOD_STOP =
  'after|before|with|of|to|in|on|for|by|from|and|or|but|that|as|at|when|while|than|said|says|told|added|is|was|has|had|have|the|a|an';
const ROLE_NP_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])((?:(the|a|an|his|her|its|their|this|that)\\s+)?((?:(?!(?:${ROLE_MOD_STOP})\\s)[\\p{L}.’'-]+\\s+){0,3}?)(${ROLE_HEADS}))$`,
  'iu',
);
const ROLE_NP_AFTER_RE = new RegExp(
  `^((?:(the|a|an|his|her|its|their)\\s+)((?:[\\p{L}.’'-]+\\s+){0,3}?)(${ROLE_HEADS}))(?![\\p{L}])`,
  'iu',
);
/** At most 12 words: "the", five capitalised words each with a joining word, and the last one. */
const CAP_NP_RE =
  /(?:^|[^\p{L}\p{N}’'])((?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{N}.&’'-]*\s+(?:(?:of|for|de|and)\s+)?){0,5}[\p{Lu}][\p{L}\p{N}.&-]*)$/u;
const CAP_NP_AFTER_RE =
  /^((?:(?:the|The)\s+)?(?:[\p{Lu}][\p{L}\p{N}.&’'-]*\s+(?:(?:of|for|de|and)\s+)?){0,5}[\p{Lu}][\p{L}\p{N}.&-]*)/u;
/**
 * The head words of unnamed sources and groups that speak ("two senior officials", "52 percent", "police"), as
 * pattern alternatives. The first list may also name the speaker after the verb ("…, said two officials"); the
 * second only before it ("Republicans said"; "said Republicans …" goes on with what they said).
 */
const ANON_HEADS_EITHER_SIDE =
  'sources? officials? diplomats? insiders? aides? analysts? experts? observers? witnesses residents critics reports voters polls? surveys? studies supporters lawmakers researchers authorities police detectives firefighters paramedics rescuers troopers deputies neighbors neighbours relatives'.split(
    ' ',
  );
const ANON_HEADS_BEFORE_ONLY =
  'officers americans respondents republicans democrats members activists economists scientists leaders protesters organizers investigators prosecutors percent half majority most records filings data results documents figures numbers estimates statistics findings polling'.split(
    ' ',
  );
const ANON_HEADS = [...ANON_HEADS_EITHER_SIDE, ...ANON_HEADS_BEFORE_ONLY];
/** A last word that may end an unnamed subject: checked before ANON_RE is tried. */
const ANON_LAST = new RegExp(`^(?:${ANON_HEADS.join('|')})$`, 'i');
/**
 * Who speaks for a person: "Cruz’s office", "Cameron’s spokesman". Not a campaign: "Clinton’s campaign said" is the
 * campaign's word, and listing it under the candidate would put it in her mouth.
 */
const SPEAKS_FOR_HEADS = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson']);
/** The owner of such a voice before it: a possessive ('s, ’s) right after a name, or "his"/"her". */
const SPEAKS_FOR_RE = new RegExp(
  `(?:(?:’s|'s)|(?:^|\\s)(his|her))\\s+(?:${[...SPEAKS_FOR_HEADS].join('|')})$`,
  'i',
);
/** A group or unnamed source ending the subject; a conjunction or preposition ("and Democratic leaders") opens none. */
const ANON_RE = new RegExp(
  `(?:^|[^\\p{L}’'])((?:(?:a|an|the|two|three|several|some|many|other|one|another|senior|top)\\s+)*(?:(?!(?:and|or|nor|but|as|that|than|given|if|when|while|because|after|before|since|until|once|of|to|in|on|for|with|by|from|at|has|have|had|is|are|was|were|will|would|could|should|can|may|might|do|does|did)\\s)[\\p{L}-]+\\s+){0,2}?(?:${ANON_HEADS.join('|')}|people familiar with [^,]+|media reports))$`,
  'iu',
);
/** The same after a verb: "…, said two senior officials familiar with the talks". */
const ANON_AFTER_RE = new RegExp(
  `^((?:(?:a|an|the|two|three|several|some|many|other|one|another|senior|top)\\s+)*(?:[\\p{L}-]+\\s+){0,2}?(?:${ANON_HEADS_EITHER_SIDE.join('|')}|media reports)(?:\\s+(?:familiar with|close to|with knowledge of)\\s+[^,.]+)?)`,
  'iu',
);
const GENERIC_NP_RE =
  /(?:^|[^\p{L}])((?:the|a|an|this|that|these|those|his|her|its|their|some|many|several|one|another|both|[\p{Lu}][\p{L}.-]*(?:’s|'s))\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}[\p{L}\p{N}-]+)$/iu;
/** What GENERIC_NP_RE needs in ASCII text: a determiner word or an "'s" with space after it. */
const GENERIC_NP_HINT =
  /(?:^|[^a-z])(?:the|a|an|this|that|these|those|his|her|its|their|some|many|several|one|another|both)\s|['’]s\s/i;
/**
 * False when GENERIC_NP_RE cannot match s: it ends in a letter, digit or hyphen, and needs a determiner or "'s"
 * (in ASCII text; beyond it, where case folding reaches further, the pattern is asked).
 */
const mayBeGenericNp = (s: string): boolean => {
  // An empty phrase holds nothing (and an out-of-range charCodeAt would deoptimize the caller).
  if (s.length === 0) return false;
  const last = codeAt(s, s.length - 1);
  if (last < 128 && !isAsciiLetter(last) && !(last >= 48 && last <= 57) && last !== 45) return false;
  return GENERIC_NP_HINT.test(s) || /[^\x00-\x7f]/.test(s);
};
const FUNCTION_END =
  /\s(?:and|or|but|that|to|of|in|on|at|by|for|with|from|as|is|was|were|are|be|been|has|have|had|not|than|which|who|what|when|where|if|because|so|also)$/i;
const CAP_STOP = new Set([
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
const PREPOSITIONS = new Set([
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
const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));
const OUTLET_WORD =
  /\b(?:news agency|agency|newspaper|daily|news|tv|television|radio|times|post|journal|herald|tribune|gazette|telegraph|guardian|broadcaster)\b/i;
/**
 * Words after "said" that start no reported clause: a time, a preposition, an object pronoun, "yes" or "no". Whole
 * words only: "down-ballot races", "Thursday's speeches" and "this is" open clauses ("USA TODAY's" does not).
 */
const NON_CLAUSE_START =
  /^(?:on|in|at|during|to|for|with|by|from|after|before|last|this(?=\s+(?:week|weekend|month|year|morning|afternoon|evening|time)\b)|earlier|later|yesterday|today(?:['’]s)?|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|about|of|as|and|or|but|him|her|them|me|us|goodbye|hello|no|yes|so|nothing|something|anything|a lot|up|down|out|off|over|again|again,|,)(?![\w'’-])/i;

/**
 * Openings NON_CLAUSE_START would reject that begin a clause after "said": an approximate quantity ("said about
 * half of the adjustment reflected …"), a possessive before a verb ("said her net worth was …", "said her campaign
 * would …", "told the AP her group never worked …", "said her family asked …"), or a
 * negation ("said no immediate decision had been made", but not "said no to the deal").
 */
const QUANTITY_OR_POSSESSIVE_CLAUSE =
  /^(?:about\s+(?:half|a\s+(?:third|quarter|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|\$?\d)|(?:no|nothing)\s+(?:[\p{L}$\d][\p{L}\d.,-]*\s+){0,5}(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|did|does|do)\b|her\s+(?:own\s+)?[\p{L}$\d][\p{L}\d.,-]*(?:\s+[\p{L}\d.,-]+){0,6}\s+(?:is|was|are|were|has|had|have|will|would|could|should|can|may|might|did|does|do|never|not|\p{Ll}{2,}ed)\b)/iu;
/**
 * "called the charges unsubstantiated", "called it a common ailment", "called Oz a quack": an object, then what it
 * was called (a noun phrase or a word that is no particle, preposition or time).
 */
const CALLED_WHAT_RE =
  /^\s+(?:(?:it|him|them|this|that)|(?:the|this|that|these|those|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*)\s+(?!(?:to|on|for|from|at|in|into|back|up|out|off|over|after|before|during|with|by|and|or|but|as|about|last|this|next|yesterday|today|tonight|earlier|later|again|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|who|which|when|while|because|if)\b)(?:a|an|the|[\p{Ll}][\p{L}-]+)\s+[\p{L}]/u;
/** What may follow the verb of a trailing "…, X said" frame: the end, an aside, a time or place. */
const TRAILING_AFTER =
  /^\s*(?:[.!?;:()"]|,|—|–|$|(?:in|at|on|during|to|from|after|before|with|via|by|through|last|this|earlier|later|yesterday|today|tonight|according|while|when|as|late|early|recently|also|again|then|of|about|after|before|afterward|afterwards|onstage|\w+ly|reporters|journalists|the\s+(?:media|press|\w+\s+newspaper|\w+\s+news\s+agency))\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/iu;
const FINITE =
  /^(?:is|are|was|were|will|would|could|should|can|can't|cannot|won't|may|might|must|has|have|had|did|does|do|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|shall)$/i;

/** A bare complement is a clause when a finite verb shows up before its first comma. */
const TIME_LEAD =
  /^\s+(?:on\s+)?(?:(?:this|last|next|on|early|late)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|recently|again|repeatedly|privately|publicly)(?:\s+(?:morning|afternoon|evening|night))?\s*,?(?=\s)/i;
/** A pronoun, a conjunction or a past-tense verb: a clause begun among the words before a far "that". */
const LONG_RUN_CLAUSE_RE = /\s(?:he|she|they|it|we|i|and|but|or|\p{Ll}+ed)\s/iu;
/** A time or a preposition right after a verb: what follows opens no clause of its own. */
const ADVERBIAL_AFTER_VERB_RE =
  /^\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|during|at|in|on|before|after|last|this|earlier)\s/i;
/** "…,” Warren told Stumpf." / "… told CNN’s Jake Tapper on Sunday." */
const TRAILING_OBJECT =
  /^\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Lu}][\p{L}.&’'-]*\s*(?:(?:of|for|de)\s+(?=\p{Lu}))?){1,5}(?:[,.;!?)]|$|\s+(?:on|in|at|during|after|before|that|this|last|about|via|by|from)\b|\s+"~)/u;
/**
 * "…, the president told her.", "…, Carter told a Senate panel Wednesday.", "…, he told the court in his filing.":
 * whom a trailing "told" addresses, then the end of the clause, a time, a place or a clause of when.
 */
const TOLD_LISTENER_RE =
  /^\s+(?:him|her|them|us|me|you|(?:the|a|an|his|her|their|its|this)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|[\p{Lu}][\p{L}.&’'-]*(?:\s+[\p{Lu}][\p{L}.&’'-]*){0,4})(?=\s*(?:[.,;!?)]|$)|\s+(?:on|in|at|during|after|before|last|earlier|later|about|via|from|as|when|while|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b)/iu;
const SEGMENT_OPENERS =
  /^(?:the|a|an|his|her|their|its|one|another|some|two|three|several|many|he|she|they|it|who|top|senior|former|lead|chief|deputy|acting|longtime|veteran|retired|associate|assistant|principal|spokesman|spokeswoman|spokesperson)$/i;

export const looksLikeClause = (text: string): boolean => {
  const stop = text.search(/[;:.]/);
  const head = stop < 0 ? text : text.slice(0, stop);
  if (/^[^,]{0,60}"~/.test(head)) return true;
  // Only the first 16 words are read; a leading space splits off one empty word more.
  const words = splitAtSpaces(head, 18).filter((w) => w !== '');
  // "he’s staying", "they’ll vote": a pronoun with its auxiliary run into it opens a clause.
  if (words.length > 1 && hasApostrophe(words[0]) && CONTRACTED_PRONOUN_RE.test(words[0].toLowerCase()))
    return true;
  for (let i = 1; i < words.length && i < 16; i++) {
    // "they don’t expect": curly apostrophes spell the same verbs.
    const w = onlyPlainWordChars(words[i])
      ? words[i]
      : words[i].replace(/[^\p{L}’'-]/gu, '').replace(/’/g, "'");
    if (FINITE.test(w)) return true;
    // The two patterns below need a word of four letters or more ending in "d" or "s": most words are neither.
    const last = w.length >= 4 ? codeAt(w, w.length - 1) : 0;
    if (
      (last === 100 || last === 115) &&
      /^[\p{Ll}]{3,}(?:ed|es)$/u.test(w) &&
      !/^(?:the|a|an|its|his|her|their|this|that)$/i.test(words[i - 1])
    )
      return true;
    if (
      last === 115 &&
      /^[\p{Ll}]{3,}s$/u.test(w) &&
      !/(?:ss|us|is|ics)$/.test(w) &&
      /^(?:[\p{L}-]+)$/u.test(words[i - 1]) &&
      !/^(?:the|a|an|its|his|her|their|this|that|of|in|on|for|to|with)$/i.test(words[i - 1])
    )
      return true;
  }
  return false;
};

/** "expected to announce …", "is expected to endorse …": the verb after "to" frames what is said itself. */
const reportsAfterTo = (afterCue: string): boolean => {
  const verb = /^\s+to\s+(\p{Ll}+)/u.exec(afterCue)?.[1];
  const form = verb ? cueForm(verb) : null;
  return !!form;
};
/** Where a clause's noun phrase may open: after a comma, a dash, a bracket or a joining word. */
const PHRASE_BOUNDARY_RE =
  /[,;:(—–]|\s-\s|(?:^|\s)(?:that|which|who|where|while|when|and|but|because|if|as|since|though|although)\s/g;
/** A subject pronoun: a clause of its own, no part of a noun phrase ("although they say they support the …"). */
const CLAUSE_IN_PHRASE_RE = /(?:^|\s)(?:he|she|they|we|I|you)\s/;
/** What stands between a subject and a passive "expected": "is", "was widely", "are also". */
const EXPECTED_AUX_RE =
  /^\s+(?:is|are|was|were|had\s+been|has\s+been|have\s+been)(?:\s+\p{Ll}+ly|\s+also|\s+still)?\s+$/u;
/** Verbs of how things look ("seems to …", "appeared paralyzed"), whose subject is part of the claim. */
const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Forms the cue search reads as a noun ("the claims that …") or as evidence ("the poll shows") after an unnamed phrase. */
const NOUN_OR_EVIDENCE_FORMS = new Set([
  'claims',
  'reports',
  'notes',
  'fears',
  'hopes',
  'comments',
  'shows',
  'warning',
  'thought',
  'posted',
  'found',
  'shown',
]);
/** What follows such a verb when it tells how things look, not where someone went ("appeared on CNN"). */
const SEEMING_WHAT_RE =
  /^\s+(?!(?:on|at|in|with|before|for|from|during|after|alongside|together|onstage|live)\b)(?:to\s|\p{Ll})/u;
/** Words before a "that" which show that the reported clause has already begun: a pronoun and an auxiliary. */
/**
 * What follows a relative "that", which lacks a subject of its own ("told a crowd at Hamburger Mary's that spilled
 * out onto the street"): an auxiliary or a verb in the past tense, where a reported clause would open with its subject.
 */
const RELATIVE_THAT_REST_RE =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do)\b|^\p{Ll}+ed\b/u;
const PARTICIPLE_AFTER_COMMA_RE = /,\s+(\p{Ll}+ing)\s/u;
/**
 * "told reporters on his plane, referring to the bruises that …": a participle after a comma before the "that" owns
 * it, unless that participle is a listed verb of speech ("said as much, arguing that …"), which reports the clause
 * for the same speaker.
 */
const participleOwnsThat = (stretch: string): boolean => {
  const m = PARTICIPLE_AFTER_COMMA_RE.exec(stretch);
  if (!m) return false;
  const info = cueForm(m[1]);
  return !info || info.learned === true;
};
/** After the listener of "told": a place or time at most, then "to" and a verb or a quotation. */
/** Whom "told" addresses as a group, a name or two before them ("WeWork executives", "Senate aides"). */
const TOLD_GROUP_RE =
  /^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}’'.&-]+\s+){0,2}?(?:executives|officials|investors|employees|staff|staffers|aides|donors|allies|colleagues|advisers|advisors|shareholders|analysts|investigators|prosecutors|regulators|diplomats|delegates|lawmakers|reporters|supporters)(?=[\s,])/u;
const TOLD_TO_RE = /^(?:\s+(?:at|in|on|during)\s+[^,.;:"~]{1,40}?)?\s+to\s(?=\s*(?:"|\p{Ll}))/u;
const CLAUSE_BEFORE_THAT =
  /\s(?:is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|isn't|wasn't|won't|wouldn't|doesn't|didn't|don't)\s/i;
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
/** Between a closing quote and the verb: the speaker's phrase, whose titles may end in a full stop ("Rep."). */
const SEGMENT_AFTER_QUOTE_RE =
  /"\s*,?\s*((?:[^"~.;:!?]|(?<=(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|[A-Z]))\.){1,150})$/;
/** A verb that leads to the cue after it ("went on to discuss"), with the space before it. */
const CHAIN_TO_RE =
  /\s(?:(?:went|goes|go)\s+on|continued|continues|began|begins|started|starts|tried|tries|sought|seeks|moved|proceeded|appeared|appears|seemed|seems|seem|tend|tends|tended|hastened|rushed)\s+to$/;
/** A clause opening with a participle and what it governs ("Appearing before …", "Speaking to reporters …"). */
const OPENING_PARTICIPLE_CLAUSE_RE =
  /^\s*\p{Lu}\p{Ll}+ing\s+(?:before|at|to|in|on|with|from|about|for|after|during|into|through|outside|inside|near|over|under|the|a|an|his|her|their|its|our)\s/u;
/**
 * A short aside between subject and verb: ", however," / ", in a statement," / ", at a later press gaggle,"; not a
 * conjunction (", and, citing …" goes on from the clause's subject, not from the phrase before it).
 */
const ASIDE_BEFORE_VERB_RE =
  /,\s*(?:(?!(?:and|but|or|then|so|yet)\s*,)[\p{Ll}]+(?:\s+[\p{Ll}]+)?|(?:at|in|on|during|after|before|speaking\s+(?:at|to|on|in|with))\s+[^,"~;:]{1,40})\s*,$/u;
/** Titles before a name that opens the clause: "Democratic nominee Hillary Clinton, …, said". */
const TITLED_LEAD_RE =
  /^[\s"]*(?:(?:[\p{Lu}][\p{L}.’'-]*|the|of|and|former|retired|presidential|vice|deputy|acting|top|senior|state|party|campaign|chief|longtime|veteran|then|nominee|candidate|senator|governor|spokes(?:man|woman|person)|press|communications|secretary|minister|leader|director|chair(?:man|woman)?|president|official|adviser|advisor|aide|lawyer|attorney|professor|analyst|strategist|medical|political|legal|economic|correspondent|reporter|editor|anchor|host|columnist|commentator|contributor|economist|physician)\s+)*$/u;
/**
 * What may follow "“…,” X said" without being content: a preposition, a time, an adverb, or a clause of its own
 * ("“Go back to Univision,” Trump barked and a security guard escorted Ramos out").
 */
const QUOTE_FRAME_TAIL_RE =
  /^(?:\s*[—–]|\s+-\s)|^\s+(?:and|but|(?:several|a\s+few|a|one|two|three|four|five|six|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|ago|earlier|after|before|into)|the\s+(?:day|night|morning|evening|week)\s+(?:after|before)|the\s+same\s+day|(?:late|early)\s+(?:last|this|next|on|in|that|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)|of|about|on|in|at|to|during|after|before|from|with|without|via|by|through|last|this|earlier|later|yesterday|today|tonight|while|when|as|just|recently|also|again|twice|once|then|onstage|offstage|\p{Ll}[\p{Ll}-]*ly|answering|responding|replying|referring|alluding|speaking|talking|pointing|gesturing|laughing|smiling|shrugging|standing|sitting|looking|reflecting|appearing|campaigning|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)\b/u;
/**
 * ", a former secretary of homeland security," / ", chair of the Platform Committee,": a role in apposition; or what
 * the person was doing (", dedicating the National Museum of African American History and Culture on Saturday,"),
 * or a relative clause (", who appraises golf course properties for the real estate brokerage firm …,").
 */
// A participle's or a relative clause's aside may quote a short name or phrase ("Bill Eastland, wearing a cowboy
// hat and “Ted Cruz” campaign pins, said"): a masked quotation of up to 40 characters counts as one word there.
const APPOSITION_RE =
  /,\s*(?:(?:(?:a|an|the|his|her|their|its)\s+)?[\p{Ll}][^,"~;:()]{2,70}|\p{Ll}+ing\s(?:[^,"~;:()]|"~{1,40},?"){2,100}|who\s(?:[^,"~;:()]|"~{1,40},?"){2,150}),$/u;
/** A quoted title is short ("“Meet the Press,”"); a longer passage is what someone said. */
const TITLE_QUOTE_WORDS = 5;
/** A word of a title-case name: capitalised, or a short joining word ("the", "of", "and"). */
const TITLE_QUOTE_WORD_RE = /^(?:\p{Lu}|(?:the|of|and|a|an|in|on|for|to)$)/u;
/** A capitalised name's possessive right before a quotation: "MSNBC’s “Morning Joe”". */
const OUTLET_POSSESSIVE_BEFORE_RE = /\p{Lu}[\p{L}.&-]*['’]s\s*$/u;
/** A short passage whose every word is capitalised or a title's small word: a title, not speech. */
const isTitleCased = (text: string): boolean => {
  const words = splitAtSpaces(text.replace(/[,.!?]+$/, ''));
  return (
    words.length > 0 && words.length <= TITLE_QUOTE_WORDS && words.every((w) => TITLE_QUOTE_WORD_RE.test(w))
  );
};
/** The titles that may open an inverted subject before the name: words, capitalised or not, but no preposition. */
// "and" joins two titles ("said Anchorage businessman and blogger Andrew Halcro"); a name right after the verb is
// taken before this is tried, so "said Smith and Jones" never gets here.
const TITLES_AHEAD_RE =
  /^(?:the\s+(?=\p{Lu}))?(?:(?:[\p{Lu}][\p{L}\p{N}.&’'-]*|\p{N}[\p{L}\p{N}/-]*|(?!(?:on|in|at|to|of|for|by|with|from|that|who|which|or|but|after|before|when|while|as|if|because)\s)[\p{Ll}-]+)\s+){0,5}/u;
/**
 * A lower-case word after a name within titles: the name modifies it ("Clinton aide", "Trump campaign"); not a
 * preposition or a verb ("John McCain of Arizona", "a speech Mrs. Clinton delivered").
 */
const NAME_THEN_TITLE_RE =
  /^[’']?s?\s+(?!(?:of|from|in|at|on|and|or|who|whose|which|to|for|with|by|as|during|after|before|about|when|while|himself|herself|itself|themselves|also|then|now|still|again|once|alone|too|both|all|later|recently)\b|(?!ally\b)\p{Ll}+(?:ed|ly)\b)\p{Ll}/u;
/** Punctuation that ends a run of titles, but for the full stop of an abbreviation ("Rep.", "Sen."). */
const TITLES_BREAK_RE =
  /[,;:]|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Del|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Amb|Atty|Prof|Rev|St|[A-Z]))\./;
/** A clause that tells when or why, not what was said: "… told the paper on Thursday when asked about it". */
const SUBORDINATE_START_RE =
  /^(?:when|while|as|after|before|because|if|since|though|although|during|until)\b/i;
/** Words without which viaIn finds no channel: "carried by", "told", "in an interview with", "speaking to". */
const VIA_BY_HINT_RE = /(?:carried|cited|quoted|reported|published|broadcast|aired)\s+by\s/;
/** The learned cue "put it" or "puts it" (compared, not matched: it is asked of every cue). */
const isPutIt = (word: string): boolean => word === 'put it' || word === 'puts it';
/** After "put it", up to two words ("bluntly", "this way") before the comma or colon that opens what was said. */
const PUT_IT_CLOSE_RE = /^(?:\s+\p{L}+){0,2}\s*[,:]/u;
/** "As Vulture put it, …", "But as he puts it: …": an aside opening its sentence with "as", up to the verb. */
const AS_PUT_IT_RE = /^[\s"~]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+[^,;:"~]{1,60}$/i;
/** What names a programme when it stands before "show": a determiner or a kind of broadcast. */
const PROGRAMME_BEFORE_RE =
  /(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|TV|television|talk|radio|reality|game|news|morning|cooking|comedy|variety|quiz|cable|late-night)\s+$/iu;
const DETERMINER_BEFORE_RE = /(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|this|that|my|our|your)\s+$/iu;
/** A closing quote, then at most two lowercase modifiers ("retired", "panel") before the speaker's name. */
/**
 * Where a tag's content starts within the words before it: at their start, or at the quotation closing them when a
 * colon or a dash stands right before it ("… about why no one should be surprised: “Men, …,” she wrote"): the words before
 * the colon introduce the quotation; the tag reports the quotation alone.
 */
const quotationAfterColon = (pre: string): number => {
  // So too after a dash that opens an aside: "… by Mrs. Clinton - “Born with a silver spoon,” Mr. Elkins said - but …".
  const m = /(?::|\s-|[—–])\s*"[^"]*"$/.exec(pre);
  return m ? m.index + m[0].indexOf('"') : 0;
};
const QUOTE_THEN_MODIFIERS =
  /"\s*,?\s*(?:(?!(?:and|but|or|nor|the|a|an|as|when|while|that|because|if|so|then|after|before|which|who|where|since|though|although|until|unless|once|even|also|than|to|of|in|on|at|for|with|by|from)\s)[\p{Ll}][\p{L}-]*\s+){0,2}$/u;
/** What follows the verb of a medial aside before the rest of the content: a time, then the closing comma. */
/** Words that join or hedge a sentence and name nothing ("However, he said, …", "And, she added, …"). */
const ONLY_CONNECTIVES_RE =
  /^[\s"~]*(?:(?:and|but|or|so|yet|however|rather|specifically|perhaps|still|instead|indeed|meanwhile|moreover|also|then|now|even|otherwise|first|second|third|finally|ultimately|again|therefore|thus|besides|plus|well|yes|no|sure|anyway|today|later|earlier|\p{L}+ly)[\s,]+)+$/iu;
/** A finite verb or a verb in the past ("is", "had", "rigged", "grew"). */
const isVerbWord = (w: string): boolean =>
  FINITE.test(w) || IRREGULAR_PAST.has(w) || /^\p{Ll}{3,}ed$/u.test(w);
/** Whether `text` holds a finite verb or a verb in the past. */
const hasVerb = (text: string): boolean => (text.match(/\p{Ll}[\p{L}'’]*/gu) ?? []).some(isVerbWord);
/**
 * Words after which a verb goes on in the same clause (an auxiliary, a joining word, a negation or adverb) or is
 * no verb at all (a determiner: "a failed candidate").
 */
const VERB_GOES_ON_AFTER_RE =
  /^(?:and|or|but|who|which|that|to|has|have|had|is|are|was|were|be|been|being|will|would|could|should|can|may|might|must|did|does|do|not|never|also|a|an|the|his|her|its|their|this|\p{Ll}+ly|\p{Ll}+n't)$/u;
/**
 * "Trump's complaints that the party had rigged the primaries against him grew louder": a noun's "that" clause
 * opening the sentence ends where the main clause's verb follows it, as PolNeAR marks it. Its own verb comes first
 * (one more for each relative pronoun or subordinator: "if she were a man"); the next verb after a word that
 * neither joins nor helps it is the main clause's. Returns the clause's length in `text`, which opens with "that".
 */
function thatClauseLength(text: string): number {
  const words = [...text.matchAll(/[\p{L}'’-]+|[,;]/gu)];
  let verbsOwed = 1;
  for (let i = 1; i < words.length; i++) {
    const w = words[i][0];
    if (
      /^(?:who|which|that|if|when|because|although|though|while|since|unless|after|before|whether)$/.test(w)
    )
      verbsOwed++;
    if (!isVerbWord(w)) continue;
    if (verbsOwed > 0) {
      verbsOwed--;
      continue;
    }
    const prev = words[i - 1][0];
    if (prev === ',' || prev === ';' || VERB_GOES_ON_AFTER_RE.test(prev)) continue;
    return text.slice(0, words[i].index).trimEnd().length;
  }
  return text.length;
}
/** Past forms without "-ed" that open what goes on after an aside ("Greensboro, Sexton said, made …"). */
const IRREGULAR_PAST = new Set(
  'made came went took got gave became began fell grew rose left lost won kept held ran saw thought felt found brought put set cut led meant paid sold sent spent stood'.split(
    ' ',
  ),
);
/**
 * Whether the words after an aside open with a verb, so that the words before it were its subject: a finite
 * auxiliary, a past form, or a word in -s that no auxiliary follows ("becomes hopeless"; not "countries would"),
 * after adverbs at most ("never happened").
 */
const opensWithVerb = (rest: string): boolean => {
  const words = rest.match(/[\p{L}'’-]+/gu) ?? [];
  let i = 0;
  while (
    i < words.length - 1 &&
    /^(?:never|also|still|not|already|just|only|even|\p{Ll}+ly)$/u.test(words[i])
  )
    i++;
  const w = (words[i] ?? '').replace('’', "'");
  if (!opensLower(w)) return false;
  if (
    FINITE.test(w) ||
    IRREGULAR_PAST.has(w) ||
    /^(?:\p{Ll}+ed|won't|can't|isn't|doesn't|didn't|wasn't)$/u.test(w)
  )
    return true;
  return /^\p{Ll}+[^s]s$/u.test(w) && !FINITE.test(words[i + 1] ?? '');
};
const MEDIAL_REST =
  /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|later|earlier|last\s+\w+|this\s+\w+|in\s+an?\s+(?:interview|statement|email|e-mail|phone\s+interview)))?\s*,\s+(?!(?:adding|saying|noting|explaining|arguing|according|who|which|while|as|after|before|when|because|although|though)\b)(?=[\p{L}\p{N}"])/iu;
/** An indefinite article right before a word: "a ", "an ". */
const INDEFINITE_BEFORE_RE = /(?:^|\s)an?\s+$/i;
/**
 * ", a deal announced at the beginning of the week": a noun phrase that sums up the clause before it, set off by a
 * comma, with a participle after it. Deals, moves and figures are announced or reported; they announce nothing.
 */
const SUMMING_UP_SUBJECT_RE =
  /^(?:a|an|the)\s+(?:[\p{L}\p{N}%$-]+\s+){0,2}(?:deal|move|step|decision|agreement|acquisition|purchase|merger|sale|transaction|increase|rise|drop|decline|jump|fall|gain|loss|cut|change|figure|number|level|record|amount|sum|total|investment|payment|contract|settlement|offer|bid)s?$/iu;
/** A short tag after a quotation, up to its full stop: one to six words, the last in lower case. */
const UNREAD_TAG_RE = /^\s*(?:[\p{L}’'-]+\s+){0,5}\p{Ll}+$/u;
/** A passive auxiliary right before a verb: "was ", "were ", "been ". */
const PASSIVE_BEFORE_RE = /\b(?:is|are|was|were|be|been|being)\s+$/;
/** A clause of time after a trailing tag's verb ("…, Cook said while visiting …"); not "as", which may compare. */
const TIME_CLAUSE_AFTER_TAG_RE =
  /^\s*(?:(?:soon|shortly|just|right|moments|minutes|hours|days|weeks)\s+)?(?:after|before|when|while|once|until)\s/i;
/** A clause of time right after a verb: "soon after …", "hours before …", "when …", "while …". */
const TIME_CLAUSE_AFTER_RE =
  /^\s*(?:(?:soon|shortly|just|right|moments|minutes|hours|days|weeks)\s+)?(?:after|before|when|while|as|once|until)\s/i;
/** A span of time as a modifier, right before a word: "10-year ", "two-month ". */
const DURATION_BEFORE_RE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty))-(?:year|month|week|day)\s*$/i;
/**
 * How a phrase describing a person opens: "a Democrat", "the group's director", "California state representative",
 * a relative clause ("who remains friendly with her former boss"), or a job with its employer ("senior foreign
 * exchange trader and strategist at Tempus Inc").
 */
const DESCRIBES_SPEAKER_RE =
  /^(?:(?:who|whose|which|where)\s|(?:a|an|the|his|her|its|their)\s|\p{Lu}[\p{L}.’'-]*\s+(?:[\p{Lu}\p{Ll}][\p{L}.’'-]*\s+){0,3}(?:representative|director|spokesman|spokeswoman|spokesperson|president|chairman|chairwoman|leader|member|senator|official|analyst|professor|executive|founder|secretary|minister|manager|coach|attorney|lawyer|advocate|activist|organizer|head|chief)\b|(?:[\p{Ll}][\p{L}’'-]*\s+){0,5}(?:trader|strategist|economist|analyst|director|manager|executive|professor|researcher|fellow|partner|editor|correspondent|spokes(?:man|woman|person)|adviser|advisor|consultant|officer|president|chair(?:man|woman)?|head|chief|member|leader|founder|secretary|official|coordinator|organizer|commissioner|counsel)\s+(?:at|of|for|with)\s)/u;
/** Speech verbs that put their subject after them in running text ("…, said Mark Rockwell, …"). */
const INVERTING_VERBS = new Set(
  'said says added adds noted notes explained explains wrote writes argued argues continued recalled observed stressed insisted declared warned acknowledged asked'.split(
    ' ',
  ),
);
/** Words before a colon that label a line rather than name a source ("UPDATE:", "Photo:", "Note:"). */
const HEADLINE_STOP =
  /^(?:update|updated|editor|editor’s note|editor's note|note|photo|photos|video|watch|read|read more|related|source|sources|credit|breaking|exclusive|live|analysis|opinion|q|a|warning|correction|clarification|disclosure|tags?|topics?|more|see also|also|and|but|so|here|why|what|how|the|this|that|day \d+|step \d+|part \d+|the latest|contributing|byline)$/i;
/** A capitalised word of a title-case heading, the verb a heading may hide. */
const TITLE_WORD_RE = /(?:^|\s)(\p{Lu}\p{Ll}+)(?=\s)/gu;
const IN_DOCUMENT_RE =
  /\b[Ii]n[ \t\u00a0]+((?:an?|the|its|his|her|their|this|that|one|another|recent|latest|new)[ \t\u00a0]+(?:[^\s,.;:"~]+[ \t\u00a0]+){0,7}?(?:polls?|surveys?|study))\b/g;
const EVIDENCE_END =
  /\b(?:polls?|surveys?|study|studies|reports?|records|data|analysis|results|figures|numbers|documents?|research|filings?|estimates?|projections?|review|audit|investigation|findings|statistics|census|tally|count|models?)$/i;

export function maskQuotes(body: string, quoted: QuotedSpan[]): string {
  if (quoted.length === 0) return body;
  const parts: string[] = [];
  let at = 0;
  for (const q of quoted) {
    parts.push(body.slice(at, q.open));
    const len = q.close - q.open;
    if (q.closed) parts.push(`"${'~'.repeat(Math.max(0, len - 2))}"`);
    else parts.push(`"${'~'.repeat(Math.max(0, len - 1))}`);
    at = q.close;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

/** Strips outlet furniture so "Russia’s Interfax news agency" reads "Interfax". */
export function outletName(np: string): string {
  let s = np.trim().replace(/^the\s+/i, '');
  const poss = s.match(/^([\p{L}.]+)(?:’s|'s|’|')\s+/u);
  if (poss && nationalityOf(poss[1])) s = s.slice(poss[0].length);
  const nat = s.match(/^([\p{L}.]+)\s+/u);
  if (nat && nationalityOf(nat[1]) && /[A-Z]/.test(s.slice(nat[0].length, nat[0].length + 1)))
    s = s.slice(nat[0].length);
  s = s.replace(/\s+(?:news agency|agency|news service|newspaper|daily|website)$/i, '');
  return s.trim();
}

const isOutletLike = (name: string): boolean => AGENCY_SET.has(name.toLowerCase()) || OUTLET_WORD.test(name);

interface NameIndex {
  exact: Map<string, EntityFacts>;
  surname: Map<string, EntityFacts>;
}

class Finder {
  readonly index: SpeakerIndex;
  readonly body: string;
  readonly masked: string;
  readonly quoted: QuotedSpan[];
  readonly sentences: Span[];
  readonly paraOf: number[];
  readonly frames: Frame[] = [];
  /**
   * Outlets reporting another frame of their sentence ("In one email, Carter said …, the Times reported"): they
   * are that frame's `via`, and only end its content (trimRegions); they are not listed.
   */
  readonly channelFrames: Frame[] = [];
  readonly entities: Map<string, EntityFacts>;
  private readonly paraStarts: number[];
  private names: NameIndex | null = null;
  private namesakes: Map<EntityFacts, EntityFacts[]> | null = null;
  /** nameIn by speaker string: an article names the same few speakers again and again. */
  private readonly namesIn = new Map<string, string | null>();
  /** descriptorStart by mention start: the same speaker is looked up once for each of their quotes. */
  private readonly descriptorStarts = new Map<number, number>();
  private readonly speakers = new Map<Frame, Speaker>();

  constructor(body: string, mentions: Mention[], entities: LocalEntity[]) {
    this.body = body;
    this.quoted = findQuotedSpans(body);
    this.masked = maskQuotes(body, this.quoted);
    this.sentences = quoteAwareSentences(body, this.masked, this.quoted);
    this.index = buildSpeakerIndex(body, mentions, entities);
    this.entities = this.index.facts;
    this.paraStarts = [0];
    for (let i = this.masked.indexOf('\n'); i >= 0; i = this.masked.indexOf('\n', i + 1))
      this.paraStarts.push(i + 1);
    this.paraOf = new Array<number>(this.sentences.length);
    for (let s = 0; s < this.sentences.length; s++)
      this.paraOf[s] = this.paragraphAt(this.sentences[s].start);
  }

  paraStartOf(p: number): number {
    return this.paraStarts[p] ?? 0;
  }

  /** Where paragraph p ends: at its newline, or at the end of the text. */
  paraEndOf(p: number): number {
    const next = this.paraStarts[p + 1];
    return next === undefined ? this.masked.length : next - 1;
  }

  /**
   * The paragraph before p, passing over blank lines (paragraphs are often set apart by an empty line, as the
   * store joins them): "the sentence before" may stand across one.
   */
  paragraphBefore(p: number): number {
    let q = p - 1;
    while (
      q > 0 &&
      this.masked.slice(this.paraStarts[q], this.paraStarts[q + 1] ?? this.masked.length).trim() === ''
    )
      q--;
    return q;
  }

  paragraphAt(pos: number): number {
    let lo = 0;
    let hi = this.paraStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paraStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Moves left over adverbs, auxiliaries and ", however," asides between a subject and its verb. `apposedName`: a
   * name set off by commas may be the subject (not before a participle, whose subject is elsewhere: "fired his
   * police chief, Garry F. McCarthy, acknowledging …").
   */
  skipAdverbs(x: number, floor: number, apposedName = false): number {
    let end = x;
    for (;;) {
      let e = end;
      while (e > floor && isSpace(this.masked[e - 1])) e--;
      // Each kind of thing to skip ends in its own character, so the last one picks the test to run.
      const last = this.masked[e - 1];
      if (last === ')') {
        const paren = this.masked.slice(Math.max(floor, e - 110), e).match(/\s*\([^()"~]{1,100}\)$/u);
        if (!paren) return e;
        end = e - paren[0].length;
        continue;
      }
      if (last === ',') {
        // "Gov. John Kasich (R-OH), said": a party tag closed by a comma the verb does not need; "Rep. Chris
        // Collins, R-NY, says": a party tag set off by commas.
        if (
          e - 2 >= floor &&
          this.masked[e - 2] === ')' &&
          PARTY_TAG_BEFORE_RE.test(this.masked.slice(Math.max(floor, e - 16), e - 1))
        ) {
          end = e - 1;
          continue;
        }
        const tag = PARTY_TAG_IN_COMMAS_RE.exec(this.masked.slice(Math.max(floor, e - 16), e));
        if (tag) {
          end = e - tag[0].length;
          continue;
        }
        const aside = this.masked.slice(Math.max(floor, e - 60), e).match(ASIDE_BEFORE_VERB_RE);
        if (aside) {
          // "Brian Murphy, the chairman of the county GOP, for example, said": an apposition may close at the
          // comma that opens the aside.
          const opened = e - aside[0].length + 1;
          const appos = opened - floor > 4 ? this.appositionBefore(opened, floor) : -1;
          end = appos >= 0 ? appos : e - aside[0].length;
          continue;
        }
        // "Tom Ridge, a former secretary of homeland security, put it": an apposition after a person's name.
        const appos = e - floor > 4 ? this.appositionBefore(e, floor) : -1;
        if (appos < 0) return (apposedName ? this.appositiveNameEnd(e - 1, floor) : null) ?? e;
        end = appos;
        continue;
      }
      let s = e;
      while (s > floor && isLetter(this.masked.charCodeAt(s - 1))) s--;
      if (s === e) return e;
      const w = this.masked.slice(s, e).toLowerCase();
      // "didn’t say", "won't comment": a negated auxiliary, whose letters stop at the apostrophe.
      if (w === 't' && s - 2 > floor && (this.masked[s - 1] === '’' || this.masked[s - 1] === "'")) {
        let a = s - 1;
        while (a > floor && isLetter(this.masked.charCodeAt(a - 1))) a--;
        if (a < s - 1 && this.masked[s - 2] === 'n' && this.masked.charCodeAt(a) >= 97) {
          end = a;
          continue;
        }
      }
      if (TIME_WORDS.has(w)) {
        const when = this.masked.slice(Math.max(floor, e - 30), e).match(SUBJECT_TIME_RE);
        if (when) {
          end = e - when[0].length;
          continue;
        }
      }
      if (MEDIUM_WORDS.has(w)) {
        const medium = this.masked.slice(Math.max(floor, e - 60), e).match(SUBJECT_MEDIUM_RE);
        if (medium) {
          end = e - medium[0].length;
          continue;
        }
      }
      if (w === 'to') {
        // "Caddell went on to discuss", "Stumpf appeared to blame": the verb that leads to the cue is skipped too.
        const chain = this.masked.slice(Math.max(floor, e - 24), e).match(CHAIN_TO_RE);
        if (chain) {
          end = e - chain[0].length;
          continue;
        }
        // "Obama to frame election as …": a headline's name before "to" (not "calls with Clinton to discuss").
        let n = s;
        while (n > floor && isSpace(this.masked[n - 1])) n--;
        const m = n < s ? this.index.byEnd.get(n) : undefined;
        if (m && onlySpacesAndQuotes(this.masked, floor, this.descriptorStart(m))) return n;
      }
      const lower = this.masked.charCodeAt(s) >= 97;
      // "Merkley, Brown and Menendez all suggested": a floating quantifier, but "Both said" has no other subject.
      // "Theresa May said": a capitalised word that ends a name is the name's, not an auxiliary.
      if (
        (ADVERBS.has(w) && (lower || !this.index.byEnd.has(e))) ||
        (lower && (w === 'all' || w === 'both'))
      ) {
        end = s;
        continue;
      }
      // A capitalised -ly word before the verb is a name ("Jolly said", "Kelly said"), not an adverb.
      if (lower && w.endsWith('ly') && w.length > 4 && !/^(?:only|family|ally|rally|italy|early)$/.test(w)) {
        end = s;
        continue;
      }
      return e;
    }
  }

  /**
   * "Florida’s Republican attorney general, Pam Bondi, vowed", "Gov. John Kasich (R-OH), said": where a person's
   * name set off by commas (or opening the clause) ends before the comma at `comma`; null when there is none.
   */
  appositiveNameEnd(comma: number, floor: number): number | null {
    let k = comma;
    while (k > floor && isSpace(this.masked[k - 1])) k--;
    k = this.beforeParty(k, floor);
    const m = this.index.byEnd.get(k);
    if (!m || m.start < floor || this.typeOfMention(m) !== 'person') return null;
    if (lastNonSpaceCode(this.masked, floor, m.start) === 44) return k;
    return onlySpacesAndQuotes(this.masked, floor, Math.max(floor, this.descriptorStart(m))) ? k : null;
  }

  /** Where a name ends when "(R-OH)" or "(R-Kans.)", its party and state in brackets, ends at `at`; else `at`. */
  beforeParty(at: number, floor: number): number {
    if (this.masked[at - 1] !== ')') return at;
    const paren = this.masked.slice(Math.max(floor, at - 30), at).match(/\s*\([^()"~]{1,25}\)$/);
    return paren ? at - paren[0].length : at;
  }

  /**
   * Whether mention `m` closes a phrase like "a longtime adviser to Trump": a "who" after it means the adviser, not
   * Trump.
   */
  objectOfPersonHead(m: Mention): boolean {
    const lead = HEAD_AND_PREPOSITION_RE.exec(this.masked.slice(Math.max(0, m.start - 40), m.start));
    return lead !== null && PERSON_HEADS.has(lead[1]);
  }

  /**
   * The person whom the phrase holding `at` stands in apposition to ("Peter Morgan, a lawyer for the Sierra Club"),
   * or null when the phrase follows no name ("said a longtime adviser to Trump").
   */
  nameBeforeApposition(at: number): Mention | null {
    const np = APPOSED_NP_RE.exec(this.masked.slice(Math.max(0, at - 90), at));
    if (!np) return null;
    const name = this.index.byEnd.get(this.beforeParty(at - np[0].length, 0));
    return name && this.typeOfMention(name) === 'person' ? name : null;
  }

  /** Start of ", a former secretary of homeland security," ending at e, when a person's name comes right before. */
  appositionBefore(e: number, floor: number): number {
    const m = this.masked.slice(Math.max(floor, e - 170), e).match(APPOSITION_RE);
    if (!m) return -1;
    const at = this.beforeParty(e - m[0].length, floor);
    const name = this.index.byEnd.get(at);
    if (!name) return -1;
    return this.typeOfMention(name) === 'person' ? e - m[0].length : -1;
  }

  /** Where "Russia’s Foreign Ministry spokeswoman Maria Zakharova" starts, given the mention of her name. */
  descriptorStart(m: Mention): number {
    const known = this.descriptorStarts.get(m.start);
    if (known !== undefined) return known;
    const at = this.findDescriptorStart(m);
    this.descriptorStarts.set(m.start, at);
    return at;
  }

  private findDescriptorStart(m: Mention): number {
    const desc = descriptorBefore(this.body, m.start);
    let at = desc ? this.body.lastIndexOf(desc, m.start) : m.start;
    if (
      at < 0 ||
      m.start - at > 120 ||
      this.personBeforeComma(at, m.start) ||
      this.endsSubordinateClause(at, m.start)
    )
      at = m.start;
    const the = this.body.slice(Math.max(0, at - 4), at).match(/\bthe\s+$/i);
    return the ? at - the[0].length : at;
  }

  /**
   * "While Sanders backs Clinton as the nominee, Devine said": the comma before the name closes a clause opened by
   * "while" (or "although", "when" …), so the words before it describe no one.
   */
  private endsSubordinateClause(from: number, to: number): boolean {
    const comma = this.body.lastIndexOf(',', to);
    if (comma < from) return false;
    const sent = this.sentences[this.sentenceAt(from)];
    if (!sent || sent.start > from) return false;
    const opening = this.masked.slice(sent.start, comma);
    return SUBORDINATE_OPENING_RE.test(opening) && !opening.includes(',');
  }

  /**
   * "Vice President Joe Biden, Rubio said": a person named right before the comma is someone else, not a title of
   * the name after it (as "Russia’s Prime Minister, Mikhail Mishustin" is).
   */
  private personBeforeComma(from: number, to: number): boolean {
    const comma = this.body.lastIndexOf(',', to);
    if (comma < from) return false;
    const m = this.index.byEnd.get(comma);
    return m !== undefined && m.start >= from && this.typeOfMention(m) === 'person';
  }

  /** An entity by its name, an alias, or (for people) the surname alone. */
  entityFor(name: string): EntityFacts | null {
    const n = name.toLowerCase().replace(/^the\s+/, '');
    const names = this.nameIndex();
    return names.exact.get(n) ?? (/\s/.test(n) ? null : (names.surname.get(n) ?? null));
  }

  /** Entities by lowercased name and alias (the first one in order wins), and people by surname. */
  private nameIndex(): NameIndex {
    if (this.names) return this.names;
    const exact = new Map<string, EntityFacts>();
    const surname = new Map<string, EntityFacts>();
    for (const f of this.entities.values()) {
      for (const key of [f.name, ...f.aliases]) {
        const k = key.toLowerCase();
        if (!exact.has(k)) exact.set(k, f);
      }
      if (f.type !== 'person') continue;
      const last = splitAtSpaces(f.name.toLowerCase()).pop() ?? '';
      // "Donald Trump" and "Donald J. Trump" may both be there: the one named most often wins.
      const known = surname.get(last);
      if (!known || f.positions.length > known.positions.length) surname.set(last, f);
    }
    this.names = { exact, surname };
    return this.names;
  }

  /** The type of the entity a mention names; the mention's own type when the entity is unknown. */
  typeOfMention(m: Mention): EntityType {
    return this.entities.get(m.entity)?.type ?? m.type;
  }

  fromMention(m: Mention, start = m.start): Subject {
    const f = this.namesakeByTitle(m) ?? this.entities.get(m.entity);
    const type = f?.type ?? m.type;
    return {
      start,
      end: m.end,
      speaker: f?.name ?? m.text,
      entity: f ? f.id : null,
      kind: type === 'person' ? 'person' : 'organization',
    };
  }

  /**
   * "Mrs. Clinton" where the entity stage linked the surname to Bill Clinton, the last one named in full: a title
   * of one gender names the namesake whose first name has that gender. Only first names are read: the titles seen
   * with a wrongly linked entity ("Mrs.") and the pronouns resolved to it are no evidence.
   */
  private namesakeByTitle(m: Mention): EntityFacts | null {
    // Most articles name no two people alike: the mention's gender is read only when a namesake exists.
    const f = this.entities.get(m.entity);
    if (!f || f.type !== 'person') return null;
    const group = this.namesakeGroups().get(f);
    if (!group) return null;
    const female = this.genderOfMention(m);
    if (female === null || hasFemaleFirstName(f.name) === female) return null;
    return group.find((g) => g !== f && hasFemaleFirstName(g.name) === female) ?? null;
  }

  /** People named in full who share a surname with another ("Bill Clinton", "Hillary Clinton"), each with the group. */
  private namesakeGroups(): Map<EntityFacts, EntityFacts[]> {
    if (this.namesakes) return this.namesakes;
    const bySurname = new Map<string, EntityFacts[]>();
    for (const f of this.entities.values()) {
      const space = f.name.lastIndexOf(' ');
      if (f.type !== 'person' || space < 0) continue;
      const surname = f.name.slice(space + 1);
      const group = bySurname.get(surname);
      if (group) group.push(f);
      else bySurname.set(surname, [f]);
    }
    this.namesakes = new Map();
    for (const group of bySurname.values())
      if (group.length > 1) for (const f of group) this.namesakes.set(f, group);
    return this.namesakes;
  }

  /**
   * Whether a surname stands for a woman (true) or a man (false), as its title says ("Mrs. Clinton"), or for a bare
   * surname the first pronoun after it in its clause outside quotation marks with no person named between ("Clinton
   * began to find her voice"); null when neither says.
   */
  private genderOfMention(m: Mention): boolean | null {
    const title = GENDER_TITLE_RE.exec(this.masked.slice(Math.max(0, m.start - 6), m.start));
    if (title) return title[1] !== 'Mr';
    if (/\s/.test(m.text)) return null;
    const sentEnd = this.sentences[this.sentenceAt(m.start)]?.end ?? m.end;
    // Up to the first comma: "which Clinton conceded when polls closed, confirmed the strength of his appeal" is
    // another clause's "his".
    const clause = /^[^,;:—–]*/.exec(this.masked.slice(m.end, sentEnd))?.[0] ?? '';
    const pronoun = GENDERED_PRONOUN_RE.exec(clause);
    if (!pronoun) return null;
    if (this.personWithin(m.end, m.end + pronoun.index)) return null;
    return /^(?:she|her)$/i.test(pronoun[1]);
  }

  fromFacts(f: EntityFacts | null, start: number, end: number): Subject {
    if (!f) return { start, end, speaker: null, entity: null, kind: 'unknown' };
    return {
      start,
      end,
      speaker: f.name,
      entity: f.id,
      kind: f.type === 'person' ? 'person' : 'organization',
    };
  }

  /** The subject phrase ending at x (the verb follows), if the text settles one. */
  subjectEndingAt(x: number, floor: number, sentence: number, participle: boolean): Subject | null {
    const m = this.index.byEnd.get(x);
    if (m && m.start >= floor) {
      const ds = Math.max(floor, this.descriptorStart(m));
      // "a source speaking to Smith said": a name after a preposition is not the subject.
      const before = this.masked.slice(Math.max(floor, ds - 12), ds);
      // "with Sen. John McCain calling it …" is his saying, "a chorus of Democrats urging" theirs; "posted on
      // Twitter accusing …" is not Twitter's.
      const objectOf = participle
        ? PREP_BEFORE_RE.test(before) && !/\b(?:with|of)\s+$/i.test(before)
        : PREP_BEFORE_RE.test(before);
      const worker = m.type === 'person' ? null : this.affiliatedPerson(m.start, floor);
      if (worker)
        return this.fromMention(worker, Math.min(ds, Math.max(floor, this.descriptorStart(worker))));
      if (!objectOf) return this.fromMention(m, ds);
    }
    const tail = this.masked.slice(Math.max(floor, x - 90), x);
    const base = x - tail.length;
    const lw = lastWord(tail);
    const lwLower = lw.toLowerCase();
    // "Clinton made it clear …": "it" is what was made clear; the subject is the one before the verb.
    if (lwLower === 'it') {
      const made = MADE_IT_RE.exec(tail);
      if (made)
        return this.subjectEndingAt(this.skipAdverbs(base + made.index, floor), floor, sentence, participle);
    }
    // The last word stops at the first character that is no letter, so a pronoun there is a whole word.
    if (PRONOUN_SET.has(lwLower)) return this.resolvePronoun(lwLower, x - lw.length, x, sentence);
    // "He’s said", "They’ve been saying", "she’d warned": the pronoun with its auxiliary run into it.
    const contracted = lw.length > 2 && hasApostrophe(lwLower) ? CONTRACTED_PRONOUN_RE.exec(lwLower) : null;
    if (contracted) {
      const start = x - lw.length;
      return this.resolvePronoun(contracted[1], start, start + contracted[1].length, sentence);
    }
    if (lwLower === '-year-old') {
      const age = AGE_SUBJECT_RE.exec(tail);
      if (age) return this.resolvePronoun(AGE_AS_PRONOUN, x - age[0].trimStart().length, x, sentence);
    }
    const voice =
      lw.length >= 4 && SPEAKS_FOR_HEADS.has(lwLower) ? this.speaksFor(tail, x, floor, sentence) : null;
    if (voice) return voice;
    // "Some say", "many fear", "nearly three in five said": a share of people the text does not name.
    // Not before a participle: "others seeking a recognized status" is a noun phrase, not a clause; nor before a
    // plural noun: "some worries over demand" (no verb after "some" or "many" ends in -s).
    if (
      !participle &&
      (QUANTITY_LAST.has(lwLower) ||
        (lw === '' && tail.length > 0 && isDigitCode(tail.charCodeAt(tail.length - 1)))) &&
      !PLURAL_NEXT_RE.test(this.masked.slice(x, x + 24)) &&
      !(SINGULAR_QUANTITY.has(lwLower) && !VERB_NEXT_RE.test(this.masked.slice(x, x + 24)))
    ) {
      const q = QUANTITY_SUBJECT_RE.exec(tail);
      // "43 said the same", "at least 21,000 said they would": a count alone speaks only before "said"; before other
      // words it counts them ("475 pledged delegates", "10,000 are expected").
      const count = q !== null && BARE_COUNT_RE.test(q[1]) && !q[1].includes(' in ');
      // A match at the start of a tail cut short of the sentence's start has no clause start before it.
      if (
        q &&
        (q.index > 0 || base === floor) &&
        (!count || COUNT_SAID_RE.test(this.masked.slice(x, x + 30)))
      )
        return { start: x - q[1].length, end: x, speaker: null, entity: null, kind: 'anonymous' };
    }
    // A subject ending in a comma or a quotation mark has no last word, and no role head can end it.
    const roleKey = onlyLowerAscii(lwLower) ? lwLower : lwLower.replace(/[^a-z]/g, '');
    const rn = roleKey !== '' && ROLE_LAST.has(roleKey) ? lastWords(tail, 7).match(ROLE_NP_RE) : null;
    if (rn) {
      const start = base + tail.length - rn[1].length;
      const sub = this.resolveRoleNp(rn[3] ?? '', rn[4], start, x, rn[2]);
      if (sub) return sub;
    }
    const an = ANON_LAST.test(lw) ? tail.match(ANON_RE) : null;
    if (an && !/^(?:the\s+)?reports$/i.test(an[1])) {
      const start = base + tail.length - an[1].length;
      return { start, end: x, speaker: null, entity: null, kind: 'anonymous' };
    }
    let cap = opensUpper(lw) ? lastWords(tail, 12).match(CAP_NP_RE) : null;
    // "a source speaking to Fox News said": the object of a preposition is not the speaker.
    if (cap && PREP_BEFORE_RE.test(tail.slice(0, tail.length - cap[1].length))) cap = null;
    if (cap) {
      const np = cap[1];
      let name = np.replace(/^the\s+/i, '').replace(/[’']s$/, '');
      // "But Ramos said": sentence adverbs are no part of the name.
      // "Though Kaine", "U.S. While Clinton": keep what follows the last such word.
      let cut = 0;
      const parts = name.split(/(\s+)/);
      let lastStop = -1;
      for (let i = 0; i < parts.length - 2; i += 2) if (CAP_STOP.has(parts[i].toLowerCase())) lastStop = i;
      if (lastStop >= 0 && !/^the\s/i.test(name)) {
        cut = parts.slice(0, lastStop + 2).join('').length;
        name = name.slice(cut);
      }
      const theLead = np.length - np.replace(/^the\s+/i, '').length;
      const start = base + tail.length - np.length + (cut > 0 ? theLead + cut : 0);
      if (!CAP_STOP.has(splitAtSpaces(name)[0].toLowerCase())) {
        const inner = this.mentionWithin(start, x);
        const worker = inner && inner.type !== 'person' ? this.affiliatedPerson(inner.start, start) : null;
        if (worker) return this.fromMention(worker, start);
        if (inner) return this.fromMention(inner, start);
        const f = this.entityFor(name);
        if (f) return this.fromFacts(f, start, x);
        // A lone capitalised word opening the sentence may be a common noun ("Protesters said").
        if (!/\s/.test(name) && start <= floor + 1 && !/^the\s/i.test(np)) {
          return { start, end: x, speaker: null, entity: null, kind: 'unknown' };
        }
        const titled =
          /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Governor|Judge|Justice)\.?\s/.test(name);
        return { start, end: x, speaker: name, entity: null, kind: titled ? 'person' : 'organization' };
      }
    }
    if (participle) return null;
    const described = this.describedPhraseEndingAt(tail, x);
    if (described) return described;
    // "Only about 4 in 10 Republican voters in each state want …": a share of people a poll counts.
    const share = shareSubjectLength(tail, base === floor);
    return share > 0 ? { start: x - share, end: x, speaker: null, entity: null, kind: 'anonymous' } : null;
  }

  /** The place named right before a comma that ends at \`x\` ("Pasadena, " before "Calif."), if any. */
  placeBeforeComma(x: number, floor: number): Mention | null {
    let k = x;
    while (k > floor && isSpace(this.masked[k - 1])) k--;
    if (k <= floor || this.masked[k - 1] !== ',') return null;
    const m = this.index.byEnd.get(k - 1);
    return m && m.start >= floor && m.type === 'place' ? m : null;
  }

  /** "the nonprofit group", "Clinton's op-ed": a phrase with an article or possessive, ending \`tail\` at \`x\`. */
  describedPhraseEndingAt(tail: string, x: number): Subject | null {
    const words = lastWords(tail, 5);
    const gn = mayBeGenericNp(words) ? words.match(GENERIC_NP_RE) : null;
    if (!gn || FUNCTION_END.test(gn[1])) return null;
    return { start: x - gn[1].length, end: x, speaker: null, entity: null, kind: 'unknown' };
  }

  /**
   * "Public Ombudsman Nadia Cruz’s office said", "his office said": an office or a spokesman speaks for
   * the person who owns it, named before it or by a pronoun; the phrase stays the subject's span.
   */
  private speaksFor(tail: string, x: number, floor: number, sentence: number): Subject | null {
    const owned = SPEAKS_FOR_RE.exec(tail);
    if (!owned) return null;
    const start = x - owned[0].length + owned[0].search(/\S/);
    if (owned[1]) {
      // Only opening its sentence ("His office said …"), and only for the person the sentence before named last
      // ("Teachers didn’t see Holcomb at the Statehouse."): within a clause the pronoun may be anyone's ("Curiel, who
      // through his office declined to comment, …"), and the speaker of the quotes before is often someone else.
      const prev = this.sentences[sentence - 1];
      if (start > floor + 1 || !prev) return null;
      const ms = this.index.mentions;
      let owner: Mention | null = null;
      for (let i = this.mentionFrom(prev.start); i < ms.length && ms[i].end <= prev.end; i++)
        if (this.typeOfMention(ms[i]) === 'person') owner = ms[i];
      const facts = owner ? this.entities.get(owner.entity) : undefined;
      const gender = facts ? ensureFacts(this.body, facts).gender : null;
      if (!owner || (gender !== null && gender !== (owned[1].toLowerCase() === 'his' ? 'm' : 'f')))
        return null;
      return spanning(this.fromMention(owner), start, x);
    }
    const m = this.index.byEnd.get(x - owned[0].length);
    if (!m || m.start < floor || this.typeOfMention(m) !== 'person') return null;
    const sub = this.fromMention(m, Math.max(floor, this.descriptorStart(m)));
    return spanning(sub, sub.start, x);
  }

  /**
   * "John Smith of the State Department", "Dr. Mary Jones of Harvard University", "Alan Wu at the University of
   * Michigan": the person named before the place or organization that only says where they work, who is the one
   * speaking. None when that person is the object of a preposition in turn ("a friend of John Smith from Ohio").
   */
  affiliatedPerson(orgStart: number, floor: number): Mention | null {
    const link = AFFILIATION_RE.exec(this.masked.slice(Math.max(floor, orgStart - 24), orgStart));
    if (!link) return null;
    const p = this.index.byEnd.get(orgStart - link[0].length);
    if (!p || p.type !== 'person' || p.start < floor) return null;
    const ds = Math.max(floor, this.descriptorStart(p));
    return PREP_BEFORE_RE.test(this.masked.slice(Math.max(floor, ds - 12), ds)) ? null : p;
  }

  /** Index of the first mention starting at or after pos (mentions are sorted by start). */
  mentionFrom(pos: number): number {
    const ms = this.index.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The last mention that ends at or before x and starts at or after start, taken as the head of the phrase. */
  mentionWithin(start: number, x: number): Mention | null {
    let found: Mention | null = null;
    const ms = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms.length; i++) {
      const m = ms[i];
      if (m.start >= x) break;
      if (m.end <= x) found = m;
    }
    return found;
  }

  /** The first person named within [start, x), if any. */
  personWithin(start: number, x: number): Mention | null {
    const ms = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms.length && ms[i].start < x; i++) {
      if (ms[i].end <= x && this.typeOfMention(ms[i]) === 'person') return ms[i];
    }
    return null;
  }

  /** Whether someone who could speak (not a place) is named within [start, x). */
  speakerBetween(start: number, x: number): boolean {
    const ms = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms.length && ms[i].start < x; i++) {
      const m = ms[i];
      if (m.end <= x && this.typeOfMention(m) !== 'place') return true;
    }
    return false;
  }

  /**
   * A name between a frame and a later quote of its sentence, other than the topic the speaker was speaking of
   * ("“…,” he said of Trump and Ryan, “…”": the second quote is still his).
   */
  nameBetweenOtherThanTopic(start: number, x: number): boolean {
    return !SPOKEN_OF_RE.test(this.masked.slice(start, x)) && this.speakerBetween(start, x);
  }

  resolveRoleNp(mods: string, headRaw: string, start: number, end: number, det?: string): Subject | null {
    const head = headRaw.toLowerCase().replace(/\s+/g, ' ');
    let nation: string | undefined;
    for (const w of splitAtSpaces(mods, Number.POSITIVE_INFINITY, true)) {
      const nat = nationalityOf(w.replace(/[’']s$|[’']$/, ''));
      if (nat) nation = nat;
    }
    if (/^(?:statement|communiqu[eé]|report)$/.test(head)) {
      if (det && !/^the$/i.test(det)) return null;
      for (let i = this.frames.length - 1; i >= 0; i--) {
        const fr = this.frames[i];
        if (fr.statement && fr.subject.speaker) return spanning(fr.subject, start, end);
      }
      return { start, end, speaker: null, entity: null, kind: 'unknown' };
    }
    if (/^(?:court|police|army|military)$/.test(head)) {
      // "the US military said in a statement": an institution named by its country is somebody to credit.
      const named = splitAtSpaces(mods).some((w) => /^[\p{Lu}]/u.test(w));
      if (!named || (det && !/^the$/i.test(det))) return null;
      const speaker = this.masked.slice(start, end).replace(/^the\s+/i, '');
      return { start, end, speaker, entity: null, kind: 'organization' };
    }
    // "a senior official", "a spokesman": someone the text leaves unnamed, an anonymous source.
    if (det && /^(?:a|an)$/i.test(det)) return { start, end, speaker: null, entity: null, kind: 'anonymous' };
    if (det && /^(?:his|her|their|its)$/i.test(det) && !nation)
      return { start, end, speaker: null, entity: null, kind: 'unknown' };
    // "the Ohio governor": a place named in the phrase must be among the person's own titles.
    const places = splitAtSpaces(mods)
      .filter((w) => /^[\p{Lu}]/u.test(w) && !nationalityOf(w.replace(/[’']s$|[’']$/, '')))
      .map((w) => w.replace(/[’']s$|[’']$/, '').toLowerCase());
    const f = resolveRole(this.index, head, nation, start, places);
    return this.fromFacts(f, start, end);
  }

  resolvePronoun(p: string, start: number, end: number, sentence: number): Subject | null {
    const subject = this.pronounReferent(p, start, end, sentence);
    // "“…,” she said in an email." tells the reader the lawyer is a woman, so a later "he said" is somebody
    // else: what the text says of a person's gender is kept for the pronouns after it.
    if (subject?.entity && (p === 'he' || p === 'she')) {
      const f = this.entities.get(subject.entity);
      if (f && ensureFacts(this.body, f).gender === null) f.gender = p === 'he' ? 'm' : 'f';
    }
    return subject;
  }

  private pronounReferent(p: string, start: number, end: number, sentence: number): Subject | null {
    // The writer or a group speaking of itself: an attribution PolNeAR marks, with no one to name.
    if (p === 'i' || p === 'we') return { start, end, speaker: null, entity: null, kind: 'anonymous' };
    const para = this.paraOf[sentence];
    if (p === 'who' || p === 'which') {
      let k = start;
      while (k > 0 && isSpace(this.masked[k - 1])) k--;
      if (this.masked[k - 1] === ',') k--;
      while (k > 0 && isSpace(this.masked[k - 1])) k--;
      // "Mike Pompeo (R-Kans.), who …": the party and state in brackets sit between the name and "who".
      k = this.beforeParty(k, 0);
      let m: Mention | null | undefined = this.index.byEnd.get(k);
      // "Howard Rubel, a senior analyst at Jefferies, who notes": the analyst notes, not Jefferies.
      if (m && p === 'who' && this.objectOfPersonHead(m)) m = this.nameBeforeApposition(m.start);
      if (m) return spanning(this.fromMention(m), start, end);
      return { start, end, speaker: null, entity: null, kind: 'unknown' };
    }
    const wantPerson = p === 'he' || p === 'she' || p === AGE_AS_PRONOUN;
    // "Meloni said … . Von der Leyen took a more hopeful view. «…,» she said.": a person who opens the
    // sentence before, with no frame since, is whom the pronoun means.
    const introduced = this.subjectSinceLastFrame(sentence, start);
    if (introduced && this.fitsPronoun(introduced.entity, p)) return spanning(introduced, start, end);
    // "Carson defied the question. “…,” he said." read as one sentence: the person who opens it acts last.
    const opener = wantPerson ? this.subjectOpeningSentence(sentence, start) : null;
    if (opener && this.fitsPronoun(opener.entity, p)) return spanning(opener, start, end);
    // "The Conservative Party became embroiled … when it posted a video": "it" in a clause of when or why after the
    // main clause is that clause's institution, whoever spoke before.
    if (p === 'it' && SUBORDINATOR_BEFORE_RE.test(this.masked.slice(Math.max(0, start - 10), start))) {
      const own = this.clauseSubject(this.sentences[sentence].start, start);
      if (own && own.kind === 'organization' && this.fitsPronoun(own.entity, p))
        return spanning(own, start, end);
    }
    // The speaker of the frame before wins over the last name seen: news repeats its speaker as "he".
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const fr = this.frames[i];
      if (fr.cue.start >= start) continue;
      if (para - fr.paragraph > 2) break;
      if (fr.subject.entity && this.fitsPronoun(fr.subject.entity, p))
        return spanning(fr.subject, start, end);
      if (!wantPerson && fr.subject.kind === 'organization' && fr.subject.speaker && p === 'it') {
        return spanning(fr.subject, start, end);
      }
      // "because she described him as sweating, …. But …, he explained": a "she" left unresolved is no "he".
      if (!fr.subject.entity && this.isOtherGenderPronoun(fr.subject, p)) continue;
      if (fr.subject.entity || fr.subject.kind === 'person') break;
    }
    // Otherwise the subject of this sentence or the one before.
    let stop = sentence - 1;
    for (let s = sentence; s >= stop; s--) {
      if (s < 0) continue;
      // "Billie Jean King remembered Ali … . She witnessed the fight … .\n\n“…” she said": a sentence opened by the
      // same "he" or "she" passes the question on to the one before it (twice at most); "they" may be a new group.
      // "Neilson Barnard via Getty Images." between a paragraph and the next: a photo credit, which acts in no story.
      if (s < sentence && stop > sentence - 3 && this.isPhotoCredit(s)) {
        stop--;
        continue;
      }
      if (wantPerson && s < sentence && stop > sentence - 3 && this.opensWithPronoun(s, p)) {
        stop--;
        continue;
      }
      // "he"/"she" may look back over a blank line to the paragraph before ("On Sunday, Trump went on the
      // offensive.\n\n“…,” he said"), but only to the person who opens its sentence; "it"/"they" stay closer.
      const across = this.paraOf[s] < para - 1;
      if (across && (!wantPerson || this.paraOf[s] < this.paragraphBefore(para))) continue;
      const found = this.clauseSubject(
        this.sentences[s].start,
        s === sentence ? start : this.sentences[s].end,
      );
      // "she was more nervous … than Rose-Lynn Harlan has ever been": whom a comparison names is not the subject.
      const sub =
        found && COMPARED_BEFORE_RE.test(this.masked.slice(Math.max(0, found.start - 30), found.start))
          ? null
          : found;
      const lead = sub ? this.masked.slice(this.sentences[s].start, sub.start) : '';
      const opens =
        !across ||
        (sub &&
          (OPENING_LEAD_RE.test(lead) || this.openingAdverbialEnd(this.sentences[s].start) === sub.start));
      if (sub && opens && this.fitsPronoun(sub.entity, p)) return spanning(sub, start, end);
      // "When Trump’s advisers suggested …, Mr. Trump wasn’t satisfied. … he said": a sentence before that opens
      // with a subordinate clause has the person of its main clause as its subject.
      if (wantPerson && s < sentence && !across) {
        const main = this.mainClauseSubject(this.sentences[s]);
        if (main && this.fitsPronoun(main.entity, p)) return spanning(main, start, end);
      }
    }
    return { start, end, speaker: null, entity: null, kind: wantPerson ? 'person' : 'unknown' };
  }

  /** The subject of the main clause of a sentence that opens with a subordinate one ("When …, Mr. Trump …"). */
  private mainClauseSubject(sent: Span): Subject | null {
    const main = this.mainClauseStart(sent, sent.end);
    return main > sent.start ? this.clauseSubject(main, sent.end) : null;
  }

  /** Whether sentence `s` is a photo credit ("Neilson Barnard via Getty Images.", "AP Photo/Evan Vucci"). */
  private isPhotoCredit(s: number): boolean {
    const { start, end } = this.sentences[s];
    return end - start <= 80 && PHOTO_CREDIT_RE.test(this.masked.slice(start, end));
  }

  /** Whether sentence `s` opens with the pronoun `p` ("She witnessed …"). */
  private opensWithPronoun(s: number, p: string): boolean {
    const start = this.sentences[s].start;
    const head = this.masked.slice(start, start + p.length + 1).toLowerCase();
    return head.startsWith(p) && (head.length === p.length || !isLetter(codeAt(head, p.length)));
  }

  /**
   * Whether the words around a cue show it in a sense of doing rather than saying: "added 25 points", "snapped an
   * 11-game losing streak", "from an estimated 450 million", "could feel the pinch", "don’t mean much to LeBron".
   */
  private readsAsDoing(word: string, cs: number, ce: number): boolean {
    const rule = DOING_SENSES.get(word.toLowerCase());
    if (!rule) return false;
    if (rule.before && !rule.before.test(this.masked.slice(Math.max(0, cs - 8), cs))) return false;
    return rule.after.test(this.masked.slice(ce, ce + 24));
  }

  /** Whether a subject is "he" where `p` is "she", or "she" where it is "he". */
  private isOtherGenderPronoun(subject: Subject, p: string): boolean {
    if (p !== 'he' && p !== 'she') return false;
    const text = this.masked.slice(subject.start, subject.end).toLowerCase();
    return (text === 'he' || text === 'she') && text !== p;
  }

  /** Whether the entity `id` can be what a pronoun means: a person for he/she, of no other gender. */
  private fitsPronoun(id: string | null, pronoun: string): boolean {
    if (!id) return false;
    const wantPerson = pronoun === 'he' || pronoun === 'she' || pronoun === AGE_AS_PRONOUN;
    const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    const f = this.entities.get(id);
    if (!f) return false;
    if (wantPerson !== (f.type === 'person')) return false;
    // "they said" is a group of people or an institution, never a place ("Kentucky").
    if (pronoun === 'they' && f.type === 'place') return false;
    ensureFacts(this.body, f);
    return !gender || !f.gender || f.gender === gender;
  }

  /**
   * The subject of the sentence before, when it is a person other than the last speaker and nothing was
   * attributed since: neither in that sentence nor in this one before the pronoun at `before`.
   */
  subjectSinceLastFrame(sentence: number, before: number): Subject | null {
    const prev = sentence - 1;
    if (prev < 0 || this.paraOf[sentence] - this.paraOf[prev] > 1) return null;
    const last = this.frames.length > 0 ? this.frames[this.frames.length - 1] : null;
    if (!last) return null;
    if (last.sentence >= prev && last.cue.start < before) return null;
    const sub = this.clauseSubject(this.sentences[prev].start, this.sentences[prev].end);
    if (!sub?.entity || sub.kind !== 'person' || sub.entity === last.subject.entity) return null;
    // Only the subject that opens the sentence introduces someone; a name further in is a mere mention.
    const lead = this.masked.slice(this.sentences[prev].start, sub.start);
    return OPENING_LEAD_RE.test(lead) ? sub : null;
  }

  /**
   * The person who opens the pronoun's own sentence, when no frame has a cue in it before the pronoun at
   * `before` and that person is not the last speaker: the frame before is older than what this sentence did.
   */
  subjectOpeningSentence(sentence: number, before: number): Subject | null {
    const from = this.sentences[sentence].start;
    const last = this.frames.length > 0 ? this.frames[this.frames.length - 1] : null;
    if (!last) return null;
    if (this.frames.some((fr) => fr.cue.start >= from && fr.cue.start < before)) return null;
    const sub = this.clauseSubject(from, before);
    if (!sub?.entity || sub.kind !== 'person' || sub.entity === last.subject.entity) return null;
    const lead = this.masked.slice(from, sub.start);
    // "The Murdoch outlets", "The Obama administration": a name after "the" describes; "Sanders and Clinton":
    // of two subjects the pronoun may mean either.
    if (/\bthe\s+$/i.test(lead) || /^\s+and\s/.test(this.masked.slice(sub.end, sub.end + 6))) return null;
    // "On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed …": a name closing the opening phrase,
    // with another name after it, is the topic; the subject is the name after.
    if (lead.includes(',') && /^,\s+\p{Lu}/u.test(this.body.slice(sub.end, sub.end + 4))) return null;
    // "Mr. Trump … fits that bill for many people, he added.": a name that opens what "he added" reports is
    // what was said, not who said it.
    const between = this.body.slice(sub.end, before);
    if (/,\s*$/.test(between) && !/[“”"]|''/.test(between)) return null;
    return OPENING_LEAD_RE.test(lead) ? sub : null;
  }

  /**
   * Where an adverbial opening a clause at `from` ends, after its comma ("From his speech at the convention last
   * week, "), or `from` when none does. Most clauses open otherwise: a look at the first letter skips the pattern.
   */
  private openingAdverbialEnd(from: number): number {
    let end = from;
    // "At a rally in Portland, Maine, on Thursday afternoon, Trump …": adverbials may follow one another, and a
    // state after its city belongs to the one before.
    for (let n = 0; n < 3; n++) {
      let k = end;
      while (k < this.masked.length && isSpace(this.masked[k])) k++;
      const state = n > 0 ? this.index.byStart.get(k) : undefined;
      if (state && this.masked[state.end] === ',' && this.typeOfMention(state) === 'place') {
        const city = this.index.byEnd.get(this.masked.lastIndexOf(',', k));
        if (city && this.typeOfMention(city) === 'place') {
          end = state.end + 1;
          continue;
        }
      }
      if (k >= this.masked.length || !ADVERBIAL_INITIALS.has(codeAt(this.masked, k))) return end;
      OPENING_ADVERBIAL_RE.lastIndex = k;
      if (!OPENING_ADVERBIAL_RE.test(this.masked)) return end;
      end = OPENING_ADVERBIAL_RE.lastIndex;
    }
    return end;
  }

  /** The first mention of a clause that is neither a possessive nor the object of a preposition. */
  clauseSubject(from: number, to: number): Subject | null {
    const ms = this.index.mentions;
    // "From his speech at the Democratic National Convention last week, Biden rubbished …": the names in an
    // opening adverbial are not the clause's subject.
    // ("In a Washington Post/ABC News poll, …" names its source there: see documentFrames.)
    const leadEnd = this.openingAdverbialEnd(from);
    if (leadEnd > from && leadEnd <= to && !FINDINGS_RE.test(this.masked.slice(from, leadEnd))) {
      // "Following a shooting in Roseburg, Ore., she issued a plan …: President Obama later adopted …": a pronoun
      // after the adverbial is the clause's subject, so no name after it is.
      if (PRONOUN_OPENS_RE.test(this.masked.slice(leadEnd, leadEnd + 8))) return null;
      from = leadEnd;
    }
    for (let i = this.mentionFrom(from); i < ms.length; i++) {
      const m = ms[i];
      if (m.start >= to) break;
      if (this.masked[m.start] === '~') continue;
      const after = this.body.slice(m.end, m.end + 3);
      if (/^(?:’s|'s|’|')/.test(after) && !/^['’]\s*[,.]/.test(after)) continue;
      if (
        PREPOSITIONS.has(lettersBeforeEnd(this.masked, Math.max(from, m.start - 20), m.start).toLowerCase())
      )
        continue;
      const f = this.entities.get(m.entity);
      if (f && f.type === 'person') return this.fromMention(m);
      // "House Republican Thomas Massie": a body before one or two title words and a name is the person's title.
      const titled = f && f.type !== 'person' ? this.personAfterTitles(i, to) : null;
      if (titled) return this.fromMention(titled);
      if (f) return this.fromMention(m);
    }
    return null;
  }

  /** The person named right after mention i and one or two title words ("House Republican Thomas Massie"). */
  private personAfterTitles(i: number, to: number): Mention | null {
    const ms = this.index.mentions;
    for (let j = i + 1; j < ms.length && j <= i + 2 && ms[j].start < to; j++) {
      const between = this.masked.slice(ms[i].end, ms[j].start);
      if (!TITLE_WORDS_TO_NAME_RE.test(between)) return null;
      // At least one title word: "the White House James S. Brady briefing room" names a room.
      if (this.typeOfMention(ms[j]) === 'person') return between.trim() === '' ? null : ms[j];
    }
    return null;
  }

  /**
   * The clause's subject for a second verb ("… and said"), where a place is where, not who: a place right before
   * a person's name only describes that person ("Florida Sen. Marco Rubio", "in downtown Washington, Donald Trump
   * stared … and read"); any other place leaves the frame with no speaker ("Indiana politicians …", "The Arizona
   * Republican …"), or with the speaker of the sentence's frame before (`before`), which keeps its content
   * without naming the place.
   */
  private placeFree(sub: Subject, to: number, before: Subject | null): Subject {
    if (!sub.entity || this.entities.get(sub.entity)?.type !== 'place') return sub;
    const next = this.clauseSubject(sub.end, to);
    if (next?.kind === 'person' && PLACE_TO_NAME_RE.test(this.masked.slice(sub.end, next.start))) return next;
    // "The deputy head of China’s delegation said the United States should … and said": the frame before speaks.
    if (before && (before.kind === 'person' || before.kind === 'organization')) return before;
    // "Indiana politicians", "Gulf sources", "The Arizona Republican": the place describes who spoke, and the
    // phrase is left for the describing steps to label as written.
    const described = PLACE_DESCRIBES_RE.exec(this.masked.slice(sub.end, to));
    let end = sub.end + (described?.[0].length ?? 0);
    const noun = /^\s+(\p{Ll}+)\b/u.exec(this.masked.slice(end, to));
    if (noun && isSpeakingHead(noun[1])) end += noun[0].length;
    // Someone unnamed speaks: the frame stands even for a verb of stance ("accused the UK … and warned").
    return { start: sub.start, end, speaker: null, entity: null, kind: 'anonymous' };
  }

  /** `through`: a quoted title the appositive holds, so the search for the name looks past its marks. */
  appositiveSubject(from: number, to: number, through = to): Subject | null {
    const head = this.masked.slice(from, through);
    const q = head.lastIndexOf('"');
    const start = q >= 0 ? from + q + 1 : from;
    const ms = this.index.mentions;
    for (let i = this.mentionFrom(start); i < ms.length; i++) {
      const m = ms[i];
      if (m.start >= to) break;
      if (this.body[m.end] !== ',') continue;
      // "skywriters in Pasadena, Calif., are": a state after its city is where, not who.
      if (m.type === 'place' && this.placeBeforeComma(m.start, start)) continue;
      const lead = this.masked.slice(start, m.start);
      // "In his response, Steve Coll, the dean of the school, said": a short opening phrase may come first, or a
      // participle's clause ("Appearing before cheering supporters, Suu Kyi, 70, said").
      const participleClause = OPENING_PARTICIPLE_CLAUSE_RE.test(lead) && /^[^,;"~]*,\s*$/.test(lead);
      if (!OPENING_LEAD_RE.test(lead) && !participleClause) {
        if (wordCount(lead, 6) > 5 || /[,;]/.test(lead.replace(/,\s*$/, ''))) continue;
        if (lead.trim() !== '' && !TITLED_LEAD_RE.test(lead)) continue;
      }
      let end = to;
      while (end > m.end && isWhitespaceOrComma(this.masked.charCodeAt(end - 1))) end--;
      // "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said": the person before the state, not the state.
      const worker = m.type !== 'person' ? this.affiliatedPerson(m.start, start) : null;
      const who = worker ?? m;
      return spanning(this.fromMention(who), Math.max(start, this.descriptorStart(who)), end);
    }
    return null;
  }

  /** Whether quotation q, with `before` the text before it, is a short title-cased name after an outlet's possessive. */
  showTitleAfterOutlet(q: QuotedSpan, before: string): boolean {
    // Most quotations follow no possessive: its "’s" is looked for by hand first.
    let k = before.length;
    while (k > 0 && isSpace(before[k - 1])) k--;
    if (k < 3 || before[k - 1] !== 's' || (before[k - 2] !== '’' && before[k - 2] !== "'")) return false;
    const possessive = OUTLET_POSSESSIVE_BEFORE_RE.exec(before);
    if (!possessive) return false;
    const outlet = this.index.byEnd.get(q.open - possessive[0].length + possessive[0].search(/['’]s/));
    if (!outlet || this.typeOfMention(outlet) === 'person') return false;
    return isTitleCased(this.body.slice(q.innerStart, q.innerEnd));
  }

  /** A quoted title ending right before `to` that a possessive names as a show ("Fox News Channel’s “Hannity,”"). */
  private showTitleEndingAt(from: number, to: number): boolean {
    // Most quotations before a speaker are no title: only one closing right before \`to\` is looked up.
    if (lastNonSpaceCode(this.masked, from, to) !== 34) return false;
    const q = this.titleQuoteEndingAt(from, to);
    return q !== null && /(?:’s|'s)\s*$/.test(this.body.slice(Math.max(from, q.open - 4), q.open));
  }

  /**
   * The quoted title ending right before `to`, if it is one: a short passage that ends in a comma and follows a
   * possessive ("MSNBC’s “Morning Joe,”") or capitalises every word ("host of “Meet the Press,”").
   */
  private titleQuoteEndingAt(from: number, to: number): QuotedSpan | null {
    let end = to;
    while (end > from && isSpace(this.masked[end - 1])) end--;
    const q = this.quoted.find((x) => x.close === end);
    if (!q?.closed || this.body[q.innerEnd - 1] !== ',') return null;
    const words = splitAtSpaces(this.body.slice(q.innerStart, q.innerEnd - 1));
    if (words.length > TITLE_QUOTE_WORDS) return null;
    const possessive = /(?:’s|'s|s’|s')\s*$/.test(this.body.slice(Math.max(from, q.open - 4), q.open));
    return possessive || words.every((w) => TITLE_QUOTE_WORD_RE.test(w)) ? q : null;
  }

  /** Whether a lower-case title follows mention m, which then says whom the title serves ("Clinton aide"). */
  private namesWhomTitleServes(m: Mention): boolean {
    return NAME_THEN_TITLE_RE.test(this.masked.slice(m.end, m.end + 20));
  }

  /** Whom a phrase between a closing quote and its verb names ("Phil Smith, a spokesman for the union,"). */
  resolveSegment(from: number, to: number, sentence: number): Subject | null {
    let s = from;
    while (s < to && isWhitespaceOrComma(this.masked.charCodeAt(s))) s++;
    let e = to;
    while (e > s && isWhitespaceOrComma(this.masked.charCodeAt(e - 1))) e--;
    if (e <= s) return null;
    const text = this.masked.slice(s, e);
    const first = text.match(/^[\p{L}’'.-]+/u)?.[0] ?? '';
    if (opensLower(first) && !SEGMENT_OPENERS.test(first)) return null;
    let bestOther: Mention | null = null;
    const ms = this.index.mentions;
    for (let i = this.mentionFrom(s); i < ms.length; i++) {
      const m = ms[i];
      if (m.end > e) break;
      if (PREPOSITIONS.has(lettersBeforeEnd(this.masked, Math.max(s, m.start - 12), m.start).toLowerCase()))
        continue;
      if (/^(?:’s|'s)/.test(this.body.slice(m.end, m.end + 2))) continue;
      // "a senior Cruz adviser": a name before a lower-case title is whom the title serves.
      if (this.typeOfMention(m) === 'person' && !this.namesWhomTitleServes(m))
        return spanning(this.fromMention(m), s, e);
      // "the Florida senator": a name that modifies the head noun is not who spoke.
      // An outlet's furniture may follow its name: "the Tasnim news agency".
      if (
        !bestOther &&
        /^\s*(?:$|,|(?:news\s+agency|agency|news\s+service|newspaper|daily|website)\s*$)/.test(
          this.masked.slice(m.end, e),
        )
      )
        bestOther = m;
    }
    const pr = text.match(/^(he|she|they|it)$/i);
    if (pr) return this.resolvePronoun(pr[1].toLowerCase(), s, e, sentence);
    const sub = this.subjectEndingAt(e, s, sentence, false);
    if (sub?.entity) return spanning(sub, s, e);
    if (bestOther) return spanning(this.fromMention(bestOther), s, e);
    if (sub) return spanning(sub, s, e);
    return { start: s, end: e, speaker: null, entity: null, kind: 'unknown' };
  }

  /** The subject phrase starting at x (inverted order: "said Putin", "noted the statement"). */
  // `according`: the phrase follows "according to".
  subjectStartingAt(x: number, limit: number, sentence: number, according = false): Subject | null {
    const m = this.index.byStart.get(x);
    // "said Virginia delegate Beau Correll": a place or party opening the titles is not who spoke; nor is a
    // person before a lower-case title ("said Clinton campaign manager Robby Mook").
    const titles = m ? this.namesWhomTitleServes(m) : false;
    if (m && !titles && this.typeOfMention(m) === 'person') return this.fromMention(m);
    const head = this.masked.slice(x, Math.min(limit, x + 120));
    // "said RNC spokesman Sean Spicer": a person named within the titles that open the phrase.
    // "said the Rev. Peter Wherry": an article may open the titles.
    // "says veteran industry analyst Ken Doctor": lower-case titles may come first and be several.
    const titled = head.match(TITLES_AHEAD_RE);
    if (titled && titled[0].length > 0) {
      const end = x + titled[0].length + 40;
      const ms = this.index.mentions;
      for (let i = this.mentionFrom(x); i < ms.length && ms[i].start <= x + titled[0].length; i++) {
        const p = ms[i];
        if (p.end > end) break;
        // "said longtime Clinton aide Huma Abedin": a name before a lower-case title is whom the title serves.
        if (
          this.typeOfMention(p) === 'person' &&
          !TITLES_BREAK_RE.test(this.masked.slice(x, p.start)) &&
          !this.namesWhomTitleServes(p)
        ) {
          return spanning(this.fromMention(p), x, p.end);
        }
      }
    }
    // ("said Cleveland's Plain Dealer": the owner is not who spoke; see the capitalised phrase below.)
    if (m && !titles && !OWNER_THEN_NAME_RE.test(this.masked.slice(m.end, m.end + 4)))
      return this.fromMention(m);
    const rn = head.match(ROLE_NP_AFTER_RE);
    if (rn) {
      // "said the bureau's director, James B. Comey, on Monday": the name the role sets off is who spoke.
      const named = this.personSetOffAfter(x + rn[1].length);
      if (named) return spanning(this.fromMention(named), x, named.end);
      const sub = this.resolveRoleNp(rn[3] ?? '', rn[4], x, x + rn[1].length, rn[2]);
      if (sub?.entity) return sub;
      if (sub) return spanning(sub, x, x + rn[1].length + postModifierLength(head, rn[1].length));
    }
    const an = head.match(ANON_AFTER_RE);
    if (an) {
      const end = x + an[1].length + postModifierLength(head, an[1].length);
      return { start: x, end, speaker: null, entity: null, kind: 'anonymous' };
    }
    const cap = head.match(CAP_NP_AFTER_RE);
    // "according to the Associated Press": there the article opens the name; after a speech verb ("…, told
    // The Huffington Post") it is no subject.
    const name = cap ? cap[1].replace(/^the\s+/i, '') : '';
    if (cap && !CAP_STOP.has(splitAtSpaces(according ? name : cap[1])[0].toLowerCase())) {
      const end = x + cap[1].length;
      const inner = this.mentionWithin(x, end);
      // "opined Cleveland's Plain Dealer": the name after the possessive is who spoke.
      const owned = inner ? OWNER_THEN_NAME_RE.exec(this.masked.slice(inner.end, end)) : null;
      if (inner && owned) {
        // The sentence's full stop is no part of the name ("… Plain Dealer."), an initial's is.
        const stop = /[^\s.]{2}\.$/.test(this.masked.slice(x, end)) ? 1 : 0;
        const own = this.masked.slice(inner.end + owned[0].length, end - stop);
        const f = this.entityFor(own);
        return f
          ? this.fromFacts(f, x, end - stop)
          : { start: x, end: end - stop, speaker: own, entity: null, kind: 'organization' };
      }
      if (inner) return spanning(this.fromMention(inner), x, end);
      const f = this.entityFor(name);
      if (f) return this.fromFacts(f, x, end);
      return { start: x, end, speaker: name, entity: null, kind: 'organization' };
    }
    const pr = head.match(/^(he|she|they)(?![\p{L}])/iu);
    if (pr) return this.resolvePronoun(pr[1].toLowerCase(), x, x + pr[1].length, sentence);
    // "…,” said a Nevada Democrat.", "said one former GOP leadership aide": a person the text describes only.
    const one = head.match(UNNAMED_PERSON_AFTER_RE);
    // "…,” said a protester, Johanna Bayer.", "said his best friend at Lehigh, Bruce Turry", "said the group, Amnesty
    // International": the name a description leads to is who spoke.
    // Not after "according to": "According to an FBI summary, Cheryl Mills … sent" goes on with what it says.
    const described = according ? undefined : (one?.[1] ?? DESCRIPTION_AFTER_RE.exec(head)?.[0]);
    const named = described ? this.appositiveSpeaker(x + described.length, limit) : null;
    if (named) return spanning(this.fromMention(named), x, named.end);
    if (one) {
      const end = x + one[1].length + postModifierLength(head, one[1].length);
      return { start: x, end, speaker: null, entity: null, kind: 'unknown' };
    }
    // "…,” reads a Wednesday editorial in The Des Moines Register.": a document or body described, not named.
    // Only right after the quotation ("Danger Mouse, wrote a host of new songs" is no speaker after "wrote").
    const doc = !according && this.verbAfterQuoteEndsAt(x) ? DESCRIBED_AFTER_RE.exec(head) : null;
    if (doc && isSpeakingHead(doc[2])) {
      const end = x + doc[1].length + postModifierLength(head, doc[1].length);
      // "said the New York businessman" means someone named before: left to the frames around it, unless the
      // phrase is a document or a body ("the report").
      if (/^the\s/i.test(doc[1]) && !DOCUMENT_OR_BODY_RE.test(doc[2])) return null;
      return { start: x, end, speaker: null, entity: null, kind: 'unknown' };
    }
    return null;
  }

  /** Whether running words come before `at` in its sentence ("As POLITICO revealed"), as no dateline has. */
  private afterRunningWords(sentence: number, at: number): boolean {
    const from = this.sentences[sentence]?.start ?? at;
    return /(?:^|\s)(?:[a-z]{2,}|As|But|And)\s+$/.test(this.masked.slice(Math.max(from, at - 40), at));
  }

  /** Whether the word before `x` is a verb right after a closing quotation mark ("“…,” reads a …"). */
  private verbAfterQuoteEndsAt(x: number): boolean {
    let k = x;
    while (k > 0 && isSpace(this.masked[k - 1])) k--;
    const verbEnd = k;
    while (k > 0 && isLetter(codeAt(this.masked, k - 1))) k--;
    if (k === verbEnd) return false;
    while (k > 0 && isSpace(this.masked[k - 1])) k--;
    // Reads stay within the text: one out of range deoptimizes the caller.
    if (k > 0 && this.masked[k - 1] === ',') k--;
    return k > 0 && this.masked[k - 1] === '"';
  }

  /** A person or organization named right after a comma at `at`, closing the clause: ", Johanna Bayer." */
  private appositiveSpeaker(at: number, limit: number): Mention | null {
    const comma = /^\s*,\s*/.exec(this.masked.slice(at, Math.min(limit, at + 4)));
    if (!comma) return null;
    const p = this.index.byStart.get(at + comma[0].length);
    const type = p ? this.typeOfMention(p) : null;
    if (!p || (type !== 'person' && type !== 'organization')) return null;
    return /^\s*(?:[,.;:!?]|$)/.test(this.masked.slice(p.end, Math.min(limit, p.end + 2))) ? p : null;
  }

  /** Whether the content starting at `from` is a clause ("that …", or a finite verb among its first words). */
  private clauseAt(from: number, to: number): boolean {
    const text = this.masked.slice(from, to);
    return /^that\s/.test(text) || looksLikeClause(` ${text}`);
  }

  /** Where the reported content starts after a cue, or -1 when the verb takes no clause here. */
  complementStart(from: number, sentEnd: number, info: CueInfo | null, word: string): number {
    const after = this.masked.slice(from, sentEnd);
    // Each pattern below needs a character or word that most clauses lack: one look for it skips the pattern.
    const q = !after.includes('"')
      ? null
      : (after.match(/^\s*[,:]?\s*(?:that[\s,]+)?"/) ??
        // ("wrote to his 20,000 Twitter followers, “…”": a number's commas part no words.)
        // ("adding of Mr. Trump, “…”": a title's full stop parts no words either.)
        after.match(
          /^(?!\s+that\s)(?:\s+(?:\d{1,3}(?:,\d{3})+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt)\.|[^\s,.;:"~]+)){1,6}\s*[,:]\s*(?:that[\s,]+)?"/,
        ));
    // The complementizer belongs to the content, as PolNeAR marks it: "said that the talks had failed".
    if (q) {
      const thatAt = q[0].search(/that[\s,]+"$/);
      return from + (thatAt >= 0 ? thatAt : q[0].length - 1);
    }
    const that = after.includes('that')
      ? (after.match(/^(?:,?\s+[^\s,.;:"~]+){0,10}?,?\s+that(?:\s*,\s*|\s+|(?="))/) ??
        this.thatAfterAdverbials(after, info))
      : null;
    // "told MSNBC when asked about concerns that …": that clause is the question's, not what was told.
    // "said she was not going to jump to that conclusion": a clause has begun before "that", which is its own.
    // A learned stance or evidence word takes its object ("urged the United States to attack the oil that funds
    // …"): a "that" there opens a clause only right after the word ("concern that …").
    if (
      that &&
      !/\basked\b/.test(that[0]) &&
      !CLAUSE_BEFORE_THAT.test(that[0]) &&
      !CLAUSE_OPENS_BEFORE_THAT_RE.test(that[0]) &&
      !speechVerbAfterComma(that[0]) &&
      !(info?.learned && !/^,?\s+that/.test(that[0])) &&
      !RELATIVE_THAT_REST_RE.test(after.slice(that[0].length, that[0].length + 24)) &&
      !participleOwnsThat(that[0])
    )
      return from + that[0].search(/that(?:\s*,\s*|\s+|(?="))$/);
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
      if (obj > 0 && wordCount(after, 2) >= 2 && !startsWithTimePreposition(after)) return from + obj;
      return -1;
    }
    if (info && STANCE.has(info.base) && !info.participle) {
      const obj = spacesBeforeWord(after);
      if (obj > 0 && wordCount(after, 3) >= 3 && !startsWithTimePreposition(after)) return from + obj;
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
        rest.match(
          /^\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:reporters|journalists|media|press|him|her|them|us|me|lawmakers|supporters|audience|crowd|parliament|listeners|viewers|conference|briefing|rally|gathering|forum|meeting|hearing|committee|panel|voters|students|interviewer|host|radio|television|station|magazine|newspaper|[\p{Lu}][\p{L}.&-]*(?:['’][\p{Lu}][\p{L}.&-]*)?(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.&-]*(?:['’][\p{Lu}][\p{L}.&-]*)?)*(?:\s+(?:magazine|newspaper|radio|television|station|network|channel|website|show|program|podcast)){0,2}(?:['’]s\s+"[^"\n]{1,40}")?)(?=[\s,])/u,
        );
      if (!obj) return -1;
      off += obj[0].length;
      rest = rest.slice(obj[0].length);
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
    if (NON_CLAUSE_START.test(rest.slice(k)) && !QUANTITY_OR_POSSESSIVE_CLAUSE.test(rest.slice(k))) return -1;
    if (wordCount(rest, 3) < 3 && !rest.includes('~')) return -1;
    // "said" and "told X" take a clause far more often than an object; other verbs must show a verb.
    // "Trump reported raising about $9 million", "Police reported no arrests": what a report gives is its content.
    if (info.base === 'report' && REPORTED_WHAT_RE.test(rest.slice(k)) && /^report(?:ed|s)$/.test(word))
      return from + off + k;
    if (info.base !== 'say' && info.base !== 'tell' && !looksLikeClause(rest.slice(k))) return -1;
    return from + off + k;
  }

  viaIn(from: number, to: number): string | null {
    const text = this.masked.slice(from, to);
    // Both patterns need words that most sentences lack; a plain look for them skips the costly scans.
    const by =
      text.includes('by') && VIA_BY_HINT_RE.test(text)
        ? text.match(
            /\b(?:carried|cited|quoted|reported|published|broadcast|aired)\s+by\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*)+(?:news\s+agency|agency|newspaper|daily)?)/u,
          )
        : null;
    if (by) return outletName(by[1]);
    if (
      !text.includes('told') &&
      !text.includes('interview with') &&
      !text.includes('speaking to') &&
      !text.includes('talking to')
    )
      return null;
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
  openingSubject(from: number, to: number): Subject | null {
    const ms = this.index.mentions;
    const i = this.mentionFrom(from);
    const m = ms[i];
    if (!m || m.start >= to) return null;
    const lead = this.masked.slice(from, m.start);
    if (!OPENING_LEAD_RE.test(lead)) return null;
    const titled = ms[i + 1];
    if (/^(?:’s|'s)/.test(this.body.slice(m.end, m.end + 2)) || this.typeOfMention(m) !== 'person')
      return this.titledAfterPlace(m, titled, from, to) ?? this.roleThenName(from, to, i + 1);
    // "Clinton campaign spokesman Brian Fallon responded …": the first name only says whose spokesman.
    if (
      titled &&
      titled.start < to &&
      this.typeOfMention(titled) === 'person' &&
      /^\s+\p{Ll}/u.test(this.masked.slice(m.end, titled.start)) &&
      !/\b(?:and|or)\s/.test(this.masked.slice(m.end, titled.start)) &&
      TITLED_LEAD_RE.test(this.masked.slice(from, titled.start))
    )
      return this.fromMention(titled, Math.max(from, this.descriptorStart(m)));
    return this.fromMention(m, Math.max(from, this.descriptorStart(m)));
  }

  /**
   * "U.S. District Judge James C. Cacheris imposed …": a place or body opening the clause says whose judge or
   * senator the person named after the title is (no "and" between: "The FBI and Director Comey" are two).
   */
  private titledAfterPlace(
    m: Mention,
    titled: Mention | undefined,
    from: number,
    to: number,
  ): Subject | null {
    if (!titled || titled.start >= to || this.typeOfMention(titled) !== 'person') return null;
    const between = this.masked.slice(m.end, titled.start);
    if (!/^(?:[’']s)?\s+\p{Lu}/u.test(between) || /[,;:"~]|\b(?:and|or)\s/.test(between)) return null;
    if (!TITLED_LEAD_RE.test(this.masked.slice(from, titled.start))) return null;
    return this.fromMention(titled, Math.max(from, this.descriptorStart(m)));
  }

  /**
   * "France’s far-right National Front party leader, Marine Le Pen, voiced …": a role opening the clause, then a
   * name set off by commas, which is its subject (mentions from the \`i\`th on are looked at).
   */
  roleThenName(from: number, to: number, i: number): Subject | null {
    const ms = this.index.mentions;
    for (; i < ms.length && ms[i].start < to; i++) {
      const m = ms[i];
      const lead = this.masked.slice(from, m.start);
      if (lead.includes(',') || lead.length > 90) break;
    }
    const m = ms[i];
    if (!m || m.start >= to || m.end >= this.masked.length || this.masked[m.end] !== ',') return null;
    if (this.typeOfMention(m) === 'place') return null;
    const lead = this.masked.slice(from, m.start);
    if (!ROLE_THEN_COMMA_RE.test(lead)) return null;
    return this.fromMention(m, from + (lead.match(/^[\s"]*/)?.[0].length ?? 0));
  }

  /**
   * Where the adverbials opening a clause end: "At a campaign event in Ames, Iowa, on Sunday, " (a state after its
   * city belongs to the adverbial before it); \`from\` when there are none.
   */
  private openingAdjunctsEnd(from: number, to: number): number {
    let at = from;
    for (let k = 0; k < 3; k++) {
      const adjunct = OPENING_ADJUNCT_RE.exec(this.masked.slice(at, to));
      if (!adjunct) break;
      at += adjunct[0].length;
      const city = this.index.byEnd.get(this.masked.lastIndexOf(',', at - 1));
      const state = this.index.byStart.get(at);
      if (
        city &&
        state &&
        this.typeOfMention(city) === 'place' &&
        this.typeOfMention(state) === 'place' &&
        this.masked[state.end] === ','
      ) {
        at = state.end + 1;
        while (at < to && isSpace(this.masked[at])) at++;
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
  clauseOpeningSubject(from: number, to: number, sentence: number): Subject | null {
    const start = this.openingAdjunctsEnd(from, to);
    const head = this.masked.slice(start, Math.min(to, start + 120));
    const lead = head.match(/^\s*(?:(?:and|but|so|yet|then|still)\s+)?/i)![0].length;
    // A quotation may follow the clause's verb ("The candidate blasted Trump's call for a “deportation force” on
    // Wednesday, calling it …"); one before it means the clause is no plain subject and verb.
    if (lead > 0 && /["~]/.test(head.slice(0, lead))) return null;
    const pronoun = head.slice(lead).match(CLAUSE_PRONOUN_RE);
    if (pronoun) {
      const at = start + lead;
      return this.resolvePronoun(pronoun[1].toLowerCase(), at, at + pronoun[1].length, sentence);
    }
    const opening = head.slice(lead).match(CLAUSE_OPENING_PHRASE_RE);
    if (!opening || /["~]/.test(opening[0])) return null;
    const at = start + lead;
    const end = at + opening[1].length;
    // The phrase read as any subject before its verb ("The Post", "the Vermont senator"); a place is none.
    const subject = this.subjectEndingAt(end, at, sentence, false);
    if (!subject || (subject.entity && this.entities.get(subject.entity)?.type === 'place')) return null;
    // A body named at the end of a longer phrase is a modifier: "The Wisconsin Republican" is a person, not the party.
    const named = this.index.byEnd.get(end);
    if (
      named &&
      this.typeOfMention(named) !== 'person' &&
      !/^(?:(?:the|a|an)\s+)?$/i.test(this.masked.slice(at, named.start))
    )
      return null;
    // An unknown capitalised phrase may be no subject at all ("Last Tuesday was"); a described one is.
    if (!subject.entity && !/^(?:The|A|An|His|Her|Its|Their)\s/.test(opening[1])) return null;
    return subject;
  }

  /**
   * Who speaks in an infinitive ending at \`toEnd\` ("… to say"): the one made or led to ("led Republicans to say",
   * "forced Sen. Bernie Sanders to acknowledge"), else the subject of the clause it serves ("Sanders visited NBC's
   * “Today” to discuss", "Hale took his daughter there on Sunday to explain").
   */
  private infinitiveSubject(sent: Span, toEnd: number, cs: number, sentence: number): Subject | null {
    const toStart = toEnd - 2;
    const made = MADE_TO_RE.exec(this.masked.slice(Math.max(sent.start, toStart - 80), toStart));
    if (made) {
      // "sent a messenger, Jonah, to warn": the name the phrase ends in.
      let end = toStart;
      while (end > sent.start && (isSpace(this.masked[end - 1]) || this.masked[end - 1] === ',')) end--;
      return this.subjectEndingAt(end, end - made[1].trimEnd().length, sentence, false);
    }
    const [named] = this.frameSubjectsBefore(sentence, cs);
    const opening = named ?? this.openingSubject(sent.start, toStart);
    if (opening) return opening;
    // A body opening the clause may be no more than where the doers are ("The Republican Party was in a state of
    // pandemonium as a clutch of groups scrambled … to deny"): only a person, named or a pronoun.
    const pronoun = this.clauseOpeningSubject(sent.start, toStart, sentence);
    return pronoun?.kind === 'person' ? pronoun : null;
  }

  /** "Sanders shot back, “…”", "Kelly responded with a smile: “…”": a quote opened after a colon or comma. */
  introducer(q: QuotedSpan): Frame | null {
    const sIdx = this.sentenceAt(q.open);
    const s = this.sentences[sIdx];
    if (!s) return null;
    const before = this.masked.slice(s.start, q.open);
    if (!/[:,]\s*$/.test(before) || wordCount(before, 26) > 25 || before.includes('"')) return null;
    const subject = this.openingSubject(s.start, q.open);
    if (!subject) return null;
    return {
      cue: { start: q.open, end: q.open },
      subject,
      region: { start: q.open, end: q.close },
      via: null,
      sentence: sIdx,
      paragraph: this.paraOf[sIdx],
      statement: false,
    };
  }

  /** Where the line (paragraph) starting at `ps` ends: its newline, or the end of the text. */
  private lineEnd(ps: number): number {
    const pe = this.masked.indexOf('\n', ps);
    return pe < 0 ? this.masked.length : pe;
  }

  /** Headlines such as "Kasich: ‘We Are Going All the Way’": a person's name, a colon, their words. */
  headlines(): void {
    // The next colon at or after the paragraph's start: one search serves every paragraph up to it.
    let nextColon = -1;
    for (let p = 0; p < this.paraStarts.length; p++) {
      const ps = this.paraStarts[p];
      // The pattern needs a colon within its 60 characters: most paragraphs have none there.
      if (nextColon < ps) nextColon = this.masked.indexOf(':', ps);
      if (nextColon < 0) return;
      if (nextColon >= ps + 60) continue;
      const pe = this.lineEnd(ps);
      if (pe - ps > 300) continue;
      const m = this.masked.slice(ps, ps + 60).match(HEADLINE_NAME_RE);
      if (!m) continue;
      const name = m[1];
      const colon = ps + m[0].lastIndexOf(':');
      const inner = this.mentionWithin(ps, ps + name.length);
      const f = inner ? this.entities.get(inner.entity) : this.entityFor(name);
      const sIdx = this.sentenceAt(ps);
      if (f?.type !== 'person' || !this.masked.slice(ps, pe).includes('"')) {
        // "Lynch: No outside influence on FBI probe", "Poll: Trump Ties Clinton": a one-line headline
        // that gives its source before a colon.
        const rest = this.masked.slice(ps + m[0].length, pe);
        if (
          HEADLINE_STOP.test(name) ||
          wordCount(rest) < 3 ||
          wordCount(rest) > 30 ||
          HEADLINE_SENTENCE_END_RE.test(rest) ||
          SCHEDULE_LINE_RE.test(rest) ||
          this.frames.some((fr) => fr.paragraph === p)
        )
          continue;
        const evidence =
          EVIDENCE_END.test(name) || /^(?:newspaper|paper|report|experts?|officials?|sources?)$/i.test(name);
        // A label the recognizer names nothing in ("Summary:", "Portion Fix Containers:", "The Plan Stage:") heads
        // a list or a section, not a source's words; a group of people ("Insiders:", "Historians:") is a source,
        // left unnamed.
        if (!f && !evidence && !/^\p{Lu}\p{Ll}+(?:ers|ians|ists|ants|ents)$/u.test(name)) continue;
        const subject: Subject = f
          ? this.fromFacts(f, ps, ps + name.length)
          : { start: ps, end: ps + name.length, speaker: null, entity: null, kind: 'unknown' };
        this.frames.push({
          cue: { start: colon, end: colon + 1 },
          subject,
          region: { start: ps + m[0].length, end: pe },
          via: null,
          sentence: sIdx,
          paragraph: p,
          statement: false,
        });
        continue;
      }
      this.frames.push({
        cue: { start: colon, end: colon + 1 },
        subject: { start: ps, end: ps + name.length, speaker: f.name, entity: f.id, kind: 'person' },
        region: { start: ps + m[0].length, end: pe },
        via: null,
        sentence: sIdx,
        paragraph: p,
        statement: false,
      });
    }
  }

  /** Transcript lines: "WALLACE: Let’s start with…" and "Q: …" set the speaker for the paragraph. */
  transcripts(): void {
    // The next colon at or after the line's start: one search serves every paragraph up to it.
    let nextColon = -1;
    for (let p = 0; p < this.paraStarts.length; p++) {
      // A straight mark may open each line of a transcript set as one quotation (see marks.ts).
      const ps = this.paraStarts[p] + (this.masked[this.paraStarts[p]] === '"' ? 1 : 0);
      // The pattern needs a colon within its 40 characters.
      if (nextColon < ps) nextColon = this.masked.indexOf(':', ps);
      if (nextColon < 0) return;
      if (nextColon >= ps + 40) continue;
      const m = this.masked.slice(ps, ps + 40).match(TRANSCRIPT_RE);
      if (!m) continue;
      const name = m[1].trim();
      if (TRANSCRIPT_LABEL_RE.test(name)) continue;
      const pe = this.lineEnd(ps);
      const start = ps + m[0].length;
      if (wordCount(this.masked.slice(start, pe), 3) < 3) continue;
      const surname = splitAtSpaces(name).pop()!;
      const proper = surname.charAt(0) + surname.slice(1).toLowerCase();
      // An entity the recognizer took from the capitals themselves ("WALLACE") names no one better than "Wallace".
      const known = this.entityFor(proper) ?? this.entityFor(name);
      const f = known && known.name !== known.name.toUpperCase() ? known : null;
      const sIdx = this.sentenceAt(ps);
      this.frames.push({
        cue: { start: ps + m[1].length, end: ps + m[1].length + 1 },
        subject: f
          ? { start: ps, end: ps + m[1].length, speaker: f.name, entity: f.id, kind: 'person' }
          : { start: ps, end: ps + m[1].length, speaker: proper, entity: null, kind: 'person' },
        region: { start, end: pe },
        via: null,
        sentence: sIdx,
        paragraph: p,
        statement: false,
        verbatim: true,
      });
    }
  }

  /** "“…” ― Pamela Padilla": a name after a dash closing a quote signs it. */
  dashSigned(): void {
    for (const q of this.quoted) {
      if (!q.closed) continue;
      const after = this.masked.slice(q.close, q.close + 90);
      const m = after.match(DASH_SIGN_RE);
      if (!m) continue;
      // A hyphen line signs a quote that is a paragraph of its own; after running text it is a byline ("- Reuters.").
      const hyphen = m[0].trimStart().startsWith('-');
      if (hyphen && !this.opensParagraph(q.open)) continue;
      const s = q.close + m[0].length - m[1].length;
      const e = s + m[1].length;
      const inner = this.mentionWithin(s, e);
      const sIdx = this.sentenceAt(q.open);
      const subject: Subject = inner
        ? spanning(this.fromMention(inner), s, e)
        : { start: s, end: e, speaker: m[1].trim(), entity: null, kind: 'person' };
      this.frames.push({
        cue: { start: q.close, end: s },
        subject,
        region: { start: q.open, end: q.close },
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false,
      });
    }
  }

  /** The quotation that opens within a few characters after `pos` (the next sentence's, or paragraph's, start). */
  private quoteOpeningAt(pos: number): QuotedSpan | undefined {
    return this.quoted.find((x) => x.open >= pos && x.open - pos < 6);
  }

  /** True when only spaces stand between `pos` and the start of its paragraph (or of the text). */
  opensParagraph(pos: number): boolean {
    let k = pos - 1;
    while (k >= 0 && (this.masked[k] === ' ' || this.masked[k] === '\t')) k--;
    return k < 0 || this.masked[k] === '\n';
  }

  /** "In a CNN poll, Clinton led …" and "… held a lead in a CNN national poll": findings credited to a poll. */
  documentFrames(): void {
    IN_DOCUMENT_RE.lastIndex = 0;
    for (let m = IN_DOCUMENT_RE.exec(this.masked); m; m = IN_DOCUMENT_RE.exec(this.masked)) {
      const at = m.index;
      const sIdx = this.sentenceAt(at);
      const sent = this.sentences[sIdx];
      if (!sent || at < sent.start) continue;
      const npStart = at + m[0].length - m[1].length;
      let npEnd = at + m[0].length;
      const lead = this.masked.slice(sent.start, at);
      let region: Span | null = null;
      if (/^[\s"]*$/.test(lead)) {
        // Leading: the content follows the comma that closes the phrase ("… poll released Monday, …").
        const rest = this.masked.slice(npEnd, sent.end).match(/^[^,;:"~]{0,40}?,\s+/);
        if (!rest) continue;
        npEnd += rest[0].length - rest[0].replace(/^[^,]*/, '').length;
        region = { start: npEnd + rest[0].replace(/^[^,]*/, '').length, end: sent.end };
      } else {
        // Trailing: a poll closing the sentence ("… by 28 points in the same poll.") credits what came before.
        const after = this.masked.slice(npEnd, sent.end);
        if (!/^\s*(?:[^,;:"~]{0,30})?[.!?]?\s*$/.test(after) || lead.includes('"')) continue;
        region = { start: sent.start, end: at };
      }
      if (wordCount(this.masked.slice(region.start, region.end), 3) < 3) continue;
      const subject: Subject = { start: npStart, end: npEnd, speaker: null, entity: null, kind: 'unknown' };
      this.frames.push({
        cue: { start: at, end: at + 2 },
        subject,
        region,
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false,
      });
    }
  }

  /** Title-case headings: "Donald Trump Praises Breitbart’s Matthew Boyle", "Ted Cruz Refuses to Disavow Graham". */
  titleFrames(): void {
    for (let p = 0; p < this.paraStarts.length; p++) {
      const ps = this.paraStarts[p];
      const pe = this.lineEnd(ps);
      if (pe - ps > 200 || pe - ps < 12) continue;
      if (!looksTitleCase(this.masked, ps, pe)) continue;
      const line = this.masked.slice(ps, pe);
      TITLE_WORD_RE.lastIndex = 0;
      for (let m = TITLE_WORD_RE.exec(line); m; m = TITLE_WORD_RE.exec(line)) {
        const info = cueExact(m[1].toLowerCase());
        if (!info || info.participle || m.index === 0) continue;
        const cs = ps + m.index + m[0].length - m[1].length;
        const ce = cs + m[1].length;
        const subj = this.masked.slice(ps, cs).trim();
        if (subj === '' || wordCount(subj, 6) > 5 || /[,:;"]/.test(subj)) break;
        const inner = this.mentionWithin(ps, cs);
        const f = inner ? this.entities.get(inner.entity) : this.entityFor(subj);
        if (!f) break;
        let end = pe;
        while (end > ce && /[\s.]/.test(this.masked[end - 1])) end--;
        if (wordCount(this.masked.slice(ce, end), 2) < 2) break;
        const sIdx = this.sentenceAt(ps);
        this.frames.push({
          cue: { start: cs, end: ce },
          subject: this.fromFacts(f, ps, ps + subj.length),
          region: { start: ce, end },
          via: null,
          sentence: sIdx,
          paragraph: p,
          statement: false,
        });
        break;
      }
    }
  }

  run(): void {
    this.titleFrames();
    if (
      (this.masked.includes(' in ') || this.masked.includes('In ')) &&
      (this.masked.includes('poll') || this.masked.includes('survey') || this.masked.includes('study'))
    )
      this.documentFrames();
    if (this.masked.includes(':')) {
      this.transcripts();
      this.headlines();
    }
    // A quote is signed only after a dash or by a hyphen opening a paragraph (DASH_SIGN_RE): without either, no quote is looked at.
    if (hasDash(this.masked) || hasParagraphHyphen(this.masked)) this.dashSigned();
    const pending = this.listedCues();
    if (this.quoted.length > 0 && this.masked.includes(':')) this.colonQuotes();
    if (this.quoted.length > 0) this.verbsClosingQuotes();
    if (this.masked.includes('sked ')) this.askedOpenings();
    if (pending.length > 0) this.learnedCues(pending);
    if (this.masked.includes(' that ')) this.nounsBeforeThat();
  }

  /**
   * "criticism that Trump was urging a foreign government to spy …", "because of concerns that …": a noun of saying or
   * stance reports the "that" clause after it (NOUN_THAT_RE), held by the possessor before it ("Trump's recent
   * evidence-free assertion that …") or by nobody named. Read after every other cue, and only where no frame reports
   * from that "that" already. No frame where the holder is named some other way that this pass cannot read: an
   * unresolved possessor ("his warning"), the subject of a verb before the noun ("gave diplomatic assurances", "took
   * offense at suggestions", "left no doubt", "in the hopes"), a capital before it ("Republican criticism"), a comma
   * before it (the participle "…, warning that …"), or a quotation in the clause (which keeps the frame it had).
   */
  private nounsBeforeThat(): void {
    for (const m of stanceNounsBeforeThat(this.masked)) {
      const cs = m.start;
      const ce = cs + m.noun.length;
      const thatAt = this.masked.indexOf('that', ce);
      const sIdx = this.sentenceAt(cs);
      const sent = this.sentences[sIdx];
      if (!sent || cs < sent.start || thatAt >= sent.end) continue;
      if (wordCount(this.masked.slice(thatAt, sent.end), 6) < 6) continue;
      if (
        this.frames.some(
          (f) =>
            (f.cue.start < ce && cs < f.cue.end) ||
            (f.region && f.region.start >= cs && f.region.start <= thatAt + 6),
        )
      )
        continue;
      const possessor = POSSESSOR_BEFORE_RE.exec(this.masked.slice(Math.max(sent.start, cs - 40), cs));
      let subject: Subject = { start: cs, end: cs, speaker: null, entity: null, kind: 'unknown' };
      if (possessor) {
        const end = cs - possessor[0].length + possessor[0].search(/\s+(?:\p{Ll}[\p{L}-]*,?\s+){0,3}$/u);
        const opening = Math.max(sent.start, end - 40);
        subject = this.possessorResolved(
          { start: opening, end, speaker: null, entity: null, kind: 'unknown' },
          sIdx,
        );
        if (!subject.speaker) continue;
      } else if (
        HOLDER_VERB_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 40), cs)) ||
        this.masked.slice(thatAt, sent.end).includes('"') ||
        HOLDER_ELSEWHERE_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 24), cs))
      )
        continue;
      this.addFrame({
        cue: { start: cs, end: ce },
        subject,
        region: {
          start: thatAt,
          end: hasVerb(this.masked.slice(sent.start, cs))
            ? sent.end
            : thatAt + thatClauseLength(this.masked.slice(thatAt, sent.end)),
        },
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false,
        learnedCue: true,
      });
    }
  }

  /**
   * "Asked if he was ever bullied, the candidate said …", "When asked about the merger, she defended …": a sentence
   * opened by the question put to its speaker. PolNeAR marks the question as an attribution of its own, by whoever
   * asked ("Asked by Stephanopoulos to respond to …") or by nobody named; it runs to the comma before the clause
   * that answers. The word scan reads lowercase verbs only, and the subject search finds no asker here.
   */
  private askedOpenings(): void {
    // Each "sked" is looked at by hand: a whole-text pattern cost a tenth of the time of all quote finding.
    for (let at = this.masked.indexOf('sked'); at > 0; at = this.masked.indexOf('sked', at + 4)) {
      const cs = at - 1;
      const opens = askedOpeningAt(this.masked, cs);
      if (opens < 0) continue;
      const ce = cs + 5;
      const sIdx = this.sentenceAt(cs);
      const sent = this.sentences[sIdx];
      if (!sent || cs < sent.start || !onlySpacesAndQuotes(this.masked, sent.start, opens)) continue;
      if (this.frames.some((f) => f.cue.start === cs)) continue;
      const q = ASKED_QUESTION_RE.exec(this.masked.slice(ce, sent.end));
      if (!q) continue;
      const start = ce + q[0].length;
      const answer = ANSWER_AFTER_RE.exec(this.masked.slice(start, sent.end));
      if (!answer || wordCount(this.masked.slice(start + answer.index, sent.end), 2) < 2) continue;
      // "Asked which county was his favorite, he demurred: “…”": with no frame of its own, the answer's quotation
      // goes to the frames around it ("he"), which a frame for the question would stand in for.
      const answerAt = start + answer.index;
      if (
        this.masked.slice(answerAt, sent.end).includes('"') &&
        !this.frames.some((f) => f.sentence === sIdx && f.cue.start > answerAt)
      )
        continue;
      const byAt = q[1] ? ce + q[0].indexOf(q[1]) : -1;
      const asker = byAt >= 0 ? this.index.byStart.get(byAt) : undefined;
      const subject: Subject =
        asker && asker.end <= start
          ? this.fromMention(asker)
          : { start: cs, end: cs, speaker: null, entity: null, kind: 'unknown' };
      this.addFrame({
        cue: { start: cs, end: ce },
        subject,
        region: { start, end: start + answer.index },
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false,
        learnedCue: false,
      });
    }
  }

  /**
   * The cues the word lists know, found by a word scan with table lookups: far cheaper than one regex alternation
   * of every verb form. Words are runs of ASCII letters; most are dropped by the shape filter before any string is
   * cut out of the text. Returns the words only the learned detector may call cues, as start/end pairs. (A method
   * of its own: the loop over every character is compiled apart from the rare paths of run().)
   */
  private listedCues(): number[] {
    const text = this.masked;
    const n = text.length;
    // Words only the learned detector may call cues: read after the listed cues.
    const pending: number[] = [];
    // Each character is read once: the word's end is looked for from its second letter, and the loop's step passes
    // over the character that ended it (no letter).
    for (let i = 0; i < n; i++) {
      const first = text.charCodeAt(i);
      if (!isAsciiLetter(first)) continue;
      const cs = i++;
      while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
      // A word at the text's start has nothing before it: 0, never a read out of range (which would deoptimize
      // this loop and leave the read a call from then on).
      const prev = cs > 0 ? text.charCodeAt(cs - 1) : 0;
      // Only lowercase words are verbs here, but for a sentence-opening "According".
      if (first < 97) {
        if (i - cs !== 9 || !text.startsWith('According', cs)) continue;
      } else if (
        !mayBeScanWord(first, text.charCodeAt(i - cs > 1 ? cs + 1 : cs), text.charCodeAt(i - 1), i - cs)
      )
        continue;
      if (prev === 45 || (prev >= 48 && prev <= 57)) continue;
      if (prev > 127 && /[\p{L}\p{N}]/u.test(text[cs - 1])) continue;
      const known = first < 97 ? ACCORDING : SCAN_WORDS.get(text, cs, i);
      if (known === undefined) continue;
      if (known.learned) {
        if (prev !== 39 && prev !== 0x2019) pending.push(cs, i);
        continue;
      }
      let ce = i;
      let word: string | undefined;
      if (known.seconds) {
        // The next word, read within 12 characters of this one; a two-word form only if that word can finish one.
        const wordEnd = nextWordEnd(text, ce, ce + 12);
        word = wordEnd > 0 ? known.seconds.get(text, lastSpace(text, ce, wordEnd), wordEnd, true) : undefined;
        if (word !== undefined) {
          ce = wordEnd;
          // The step lands on the second word's end, which may be a letter (the word cut at the 12 characters).
          i = ce - 1;
        }
      }
      // A word alone is exactly a table form (lowercase ASCII), so cueForm would find what the table holds.
      let info: CueInfo | undefined;
      if (word === undefined) {
        if (!known.single) continue;
        word = text.slice(cs, ce);
        info = known.info;
      }
      const sIdx = this.sentenceAt(cs);
      const sent = this.sentences[sIdx];
      if (!sent || cs < sent.start || ce > sent.end) continue;
      if (word === 'according to') this.according(cs, ce, sIdx);
      else this.cue(cs, ce, word, sIdx, info);
    }
    return pending;
  }

  /**
   * "“France will always be France,” an angry Hollande retaliated.", "“…?” reacted Trump.": a verb in the past
   * tense that closes the sentence right after a quotation and its speaker reports the quotation, whatever the
   * verb. The word lists cannot hold every one (retaliated, riffed, reacted), so the place says it.
   */
  private verbsClosingQuotes(): void {
    for (const q of this.quoted) {
      if (!q.closed || !CONTINUING_CLOSE.has(this.body[q.innerEnd - 1] ?? '')) continue;
      // Only a quotation that opens its sentence: one within running text may close on a phrase of its own
      // ("… is “on pace to get 1,237 delegates,” the number needed to …").
      if (!quoteOpensSentence(this.body, q.open)) continue;
      const after = this.masked.slice(q.close, q.close + 100);
      const v = VERB_CLOSING_QUOTE_RE.exec(after) ?? VERB_THEN_SPEAKER_RE.exec(after);
      if (!v) continue;
      const cs = q.close + v[0].length - v[2].length;
      const ce = q.close + v[0].length;
      // "“So, who?” Her suggestions are redacted.", "''Hawaii Five-0,'' the procedural that CBS revived in 2010": a
      // passive or a relative clause tells what happened to something, not who spoke.
      if (NOT_A_SPEAKER_TAG_RE.test(v[1])) continue;
      // A listed verb between them ("…,” says a source involved in …") has made the frame already.
      if (this.frames.some((f) => f.cue.end > q.close && f.cue.start <= cs)) continue;
      const sIdx = this.sentenceAt(cs);
      const sent = this.sentences[sIdx];
      if (!sent || cs < sent.start || ce > sent.end) continue;
      const word = v[2];
      this.cue(cs, ce, word, sIdx, { base: word, bare: false, participle: false }, true);
    }
  }

  /** A word the hand-written cues do not know: a cue when the learned detector says so in this context. */
  private learnedCues(pending: number[]): void {
    if (CUE_MODEL === null) return;
    // A word inside what a listed cue reports is the same statement again (see dropShadowedLearned): it is
    // skipped before the model or the subject search spends any time on it.
    // The listed frames' contents as sorted, merged stretches, walked once alongside the ascending candidates.
    const spans = this.frames
      // (Evidence framed for its "that" clause holds statements of their own: "… shows that Farook's name was
      // announced … long before White House officials started to portray …".)
      .filter((f) => f.region && !f.outerEvidence)
      .map((f) => f.region!)
      .sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const r of spans) {
      const last = merged[merged.length - 1];
      if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
      else merged.push({ start: r.start, end: r.end });
    }
    let at = 0;
    for (let k = 0; k < pending.length; k += 2) {
      const cs = pending[k];
      const ce = pending[k + 1];
      while (at < merged.length && merged[at].end < ce) at++;
      if (at < merged.length && merged[at].start <= cs) continue;
      const sIdx = this.sentenceAt(cs);
      const sent = this.sentences[sIdx];
      if (!sent || cs < sent.start || ce > sent.end) continue;
      const word = this.masked.slice(cs, ce);
      // "He never earned a six-figure salary, …, he wrote": "never" only negates the verb after it.
      if (word === 'never' || word === 'Never') continue;
      const info: CueInfo = {
        base: word,
        bare: false,
        participle: word.endsWith('ing'),
        learned: true,
        detected: true,
      };
      // The cheap checks on the text around the word first: a word they drop needs no score.
      if (!this.cueMayHold(cs, ce, word, sent, info)) continue;
      if (cueScore(CUE_MODEL, this.masked, cs, ce, sent.start) <= CUE_MODEL.threshold) continue;
      const before = this.frames.length;
      this.cue(cs, ce, word, sIdx, info, true);
      for (let f = before; f < this.frames.length; f++) this.frames[f].learned = true;
    }
  }

  /**
   * A frame from the learned detector adds what the word lists miss; where its content overlaps a frame they
   * found ("issued a warning and said …"), it is the same statement read less surely, so it goes.
   */
  dropShadowedLearned(): void {
    if (!this.frames.some((f) => f.learned)) return;
    // The listed frames' contents by sentence: each learned frame is checked against its own sentence only.
    const listed = new Map<number, Frame[]>();
    for (const f of this.frames) {
      if (f.learned || !f.region || f.outerEvidence) continue;
      const list = listed.get(f.sentence);
      if (list) list.push(f);
      else listed.set(f.sentence, [f]);
    }
    let kept = 0;
    for (const f of this.frames) {
      if (!f.learned || !f.region || !isShadowed(this.masked, f, listed.get(f.sentence)))
        this.frames[kept++] = f;
    }
    this.frames.length = kept;
  }

  /**
   * The phrase from the start of the sentence to the verb, when it reads as one noun phrase: opened by a
   * determiner or a capital, at most 12 words, with no punctuation, quotation, finite verb or other cue inside.
   */
  /** "Jason Sims — a teacher from Mount Pleasant — says …": the subject stands before a dash-bracketed aside. */
  private subjectBeforeDashAside(sent: Span, subjEndX: number, sIdx: number): [Subject, number] | null {
    const last = lastNonSpaceCode(this.masked, sent.start, subjEndX);
    let close = subjEndX;
    while (close > sent.start && isSpace(this.masked[close - 1])) close--;
    let open: number;
    // Em and en dashes, and the horizontal bar some sites set asides with ("Two former aides ― both … ― have said").
    if (last === 0x2014 || last === 0x2013 || last === 0x2015)
      open = this.masked.lastIndexOf(this.masked[close - 1], close - 2);
    else if (last === 0x2d && close - 2 > sent.start && isSpace(this.masked[close - 2])) {
      // "Donald Trump - who previously said … - said": a hyphen set off by spaces stands for a dash.
      const at = this.masked.lastIndexOf(' - ', close - 3);
      open = at < 0 ? -1 : at + 1;
    } else return null;
    const aside = open > sent.start ? this.masked.slice(open + 1, close - 1) : '';
    // A relative clause may quote what it tells of ("- who previously said he would "bomb …" oil fields -").
    const quotes = /^\s*who\s/.test(aside) ? /[;:]/ : /["~;:]/;
    if (!aside || quotes.test(aside) || wordCount(aside, 21) > 20) return null;
    let x = open;
    while (x > sent.start && isSpace(this.masked[x - 1])) x--;
    const subject = this.subjectEndingAt(x, sent.start, sIdx, false) ?? this.openingPhrase(sent.start, x);
    return subject ? [subject, x] : null;
  }

  /** Whether a quotation opens at `at` with a capital letter: a sentence of its own, not the rest of one. */
  private opensQuotedSentence(at: number): boolean {
    if (this.masked[at] !== '"') return false;
    const first = /\p{L}/u.exec(this.body.slice(at + 1, at + 8));
    return first !== null && /\p{Lu}/u.test(first[0]);
  }

  /**
   * "…, the news site RTL Info reported.", "…, ministry spokesman Benali Cherif Abdelaziz said Thursday.": the subject
   * search settles on the name, and the words between the comma and it describe that same speaker; what stands
   * before the comma (returned) is what was said, as it is when the name follows the comma directly. Only for a
   * description (or a subject phrase) that ends (begins) in a title or a word for a person or an outlet: "a word
   * Trump then repeated" is the verb's object, not its speaker.
   */
  private describedNameAfterComma(pre: string, subject: Subject): string {
    // The last comma's tail alone is matched: a pattern run over the whole opening of the sentence costs more.
    const comma = pre.lastIndexOf(',');
    if (comma < 0 || pre.length - comma > 90 || pre.includes('"')) return pre;
    const described = DESCRIBED_NAME_AFTER_COMMA_RE.exec(pre.slice(comma));
    if (!described) return pre;
    const words = splitAtSpaces(described[1].trim());
    if (words.some((w) => NOT_A_DESCRIPTOR_WORD.test(w))) return pre;
    const opening = /^\S*/.exec(this.masked.slice(subject.start, subject.end))![0];
    if (!DESCRIPTOR_LAST_WORD.test(words[words.length - 1]) && !DESCRIPTOR_ROLE_WORD.test(opening))
      return pre;
    return pre.slice(0, comma + 1);
  }

  /**
   * The phrase that opens a sentence (after an opening adverbial, if any) when an aside set off by commas stands
   * between it and the verb at \`verbAt\`: up to its first comma, no name needed, no adverbial of its own
   * ("In 2015, Trump said" has none).
   */
  phraseBeforeAside(sent: Span, verbAt: number): Subject | null {
    let from = sent.start;
    const adjunct = OPENING_ADJUNCT_RE.exec(this.masked.slice(from, verbAt));
    if (adjunct) from += adjunct[0].length;
    const comma = this.masked.indexOf(',', from);
    if (comma < 0 || comma >= verbAt - 1) return null;
    const aside = this.masked.slice(comma + 1, verbAt);
    if (/["~;:()]/.test(aside) || wordCount(aside, 31) > 30) return null;
    if (OPENING_ADJUNCT_RE.test(this.masked.slice(from, comma + 1))) return null;
    if (CLAUSE_OPENER_RE.test(this.masked.slice(from, comma))) return null;
    // "Appearing before cheering supporters at NLD headquarters, Suu Kyi, 70, said": a participle's clause tells
    // what the speaker was doing; it names no one.
    if (OPENING_PARTICIPLE_CLAUSE_RE.test(this.masked.slice(from, comma))) return null;
    return this.openingPhrase(from, comma, from > sent.start, true);
  }

  openingPhrase(from: number, to: number, afterAdjunct = false, quantified = false): Subject | null {
    let s = from;
    while (s < to && isSpace(this.masked[s])) s++;
    // "And Iowa biofuels advocates say", "But protest organizers say": the conjunction is no part of the phrase.
    const conjunction = OPENING_CONJUNCTION_RE.exec(this.masked.slice(s, Math.min(to, s + 8)));
    if (conjunction) {
      s += conjunction[0].length;
      afterAdjunct = true;
    }
    // "Even Democratic presidential candidates noticed …": the adverb stresses the phrase, which is no part of it.
    const even = this.masked.startsWith('Even ', s);
    if (even) {
      s += 5;
      afterAdjunct = true;
    }
    let e = to;
    while (e > s && isSpace(this.masked[e - 1])) e--;
    const text = this.masked.slice(s, e);
    // A name after "Even" is the name searches' to read ("Even right-leaning journalist Byron York took a moment").
    if (even && this.personWithin(s, e)) return null;
    // After an opening adverbial the phrase is no longer capitalised: "In 2015, the agency said".
    const opening = afterAdjunct ? /^(?:the|a|an|\p{Lu})/iu : /^(?:The|A|An|\p{Lu})/u;
    if (!opening.test(text) || /[,;:"~()—–!?]/.test(text)) return null;
    if (wordCount(text, 13) > 12) return null;
    const words = splitAtSpaces(text);
    if (words.length < 2) return null;
    for (let i = 1; i < words.length; i++) if (FINITE.test(words[i]) || cueExact(words[i])) return null;
    // "Some advocates for stem cell research", "All three candidates": a quantity opens a phrase of people.
    const first = words[0].toLowerCase();
    // "Other defenders pointed to …", "Another liberal group said": the rest of a set already spoken of.
    const other = OTHER_OPENING.has(first);
    if (CAP_STOP.has(first) && first !== 'the' && !other && !(quantified && OPENING_QUANTIFIER.has(first)))
      return null;
    // "Trump University released a video that said": a clause of its own, whose verb the check above cannot see.
    if (
      (afterAdjunct || other || OPENING_QUANTIFIER.has(first)) &&
      words.some((w) => RELATIVE_WORD.test(w) || w.startsWith('-'))
    )
      return null;
    return { start: s, end: e, speaker: null, entity: null, kind: 'unknown' };
  }

  /** "… doesn't surprise Republican pollster Daron Shaw: “Historically, …”": a person's name, a colon, a quote. */
  colonQuotes(): void {
    for (const q of this.quoted) {
      let k = q.open;
      while (k > 0 && isSpace(this.masked[k - 1])) k--;
      if (this.masked[k - 1] !== ':') continue;
      const colon = k - 1;
      let e = colon;
      while (e > 0 && isSpace(this.masked[e - 1])) e--;
      const m = this.index.byEnd.get(e);
      if (!m || this.typeOfMention(m) !== 'person') continue;
      // "Roland Z wrote of Ms. Merkel: “…”": the person the words are about is no speaker.
      const named = this.descriptorStart(m);
      const lead = this.masked.slice(Math.max(0, named - 20), named).replace(HONORIFIC_END_RE, '');
      if (TOPIC_PREPOSITIONS.has(lettersBeforeEnd(lead, 0, lead.length).toLowerCase())) continue;
      if (this.frames.some((f) => f.region && f.region.start <= q.open && q.open < f.region.end)) continue;
      const sIdx = this.sentenceAt(colon);
      const start = Math.max(this.sentences[sIdx]?.start ?? 0, this.descriptorStart(m));
      this.frames.push({
        cue: { start: colon, end: colon + 1 },
        subject: this.fromMention(m, start),
        region: { start: q.open, end: q.close },
        via: null,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement: false,
      });
    }
  }

  private addFrame(frame: Frame): void {
    const same: Frame[] = [];
    for (let i = this.frames.length - 1; i >= 0 && this.frames[i].sentence === frame.sentence; i--)
      same.push(this.frames[i]);
    // "…, AFP reported": an outlet cue after another frame in the sentence names the channel.
    const name = frame.subject.speaker;
    if (
      same.length > 0 &&
      name &&
      frame.subject.kind !== 'person' &&
      isOutletLike(name) &&
      !this.isEvidence(frame.subject)
    ) {
      for (const f of same) if (!f.via) f.via = outletName(name);
      // Kept apart, to end the content of the frame it reports before the outlet ("…, the Times reported"; not
      // "the Post, citing an official"). Listing it as an attribution of its own, as PolNeAR marks it, was tried:
      // train ≥80% F1 +0.0004 but ≥30% −0.0003 (bench/quotes/RESULTS.md, quotes11).
      if (frame.region && frame.region.end <= frame.subject.start && !frame.learnedCue)
        this.channelFrames.push(frame);
      return;
    }
    this.frames.push(frame);
  }

  private according(cs: number, ce: number, sIdx: number): void {
    const sent = this.sentences[sIdx];
    let x = ce;
    while (x < sent.end && isSpace(this.masked[x])) x++;
    let subject = this.subjectStartingAt(x, sent.end, sIdx, true) ?? this.genericAfter(x, sent.end);
    if (!subject) {
      // "According to exit polls, …" / "…, according to early results of the exit poll conducted by …":
      // the phrase up to the next comma or the end is the source.
      const np = this.masked.slice(x, Math.min(sent.end, x + 160)).match(/^([^,"~;]{2,150}?)(?:,|[.!?]?$)/);
      if (np) {
        // "a 2018 survey by Penelope Muse Abernathy of the University of North Carolina": the person, not
        // the institution named after her, is the source.
        // "a report in the Argus Leader of Sioux Falls": a place inside the phrase is where, not who (unless a name
        // goes on after it: "the Washington Free Beacon").
        const found = this.personWithin(x, x + np[1].length) ?? this.mentionWithin(x, x + np[1].length);
        const where =
          found !== null &&
          found.start > x &&
          this.typeOfMention(found) === 'place' &&
          !/^\s+\p{Lu}/u.test(this.masked.slice(found.end, found.end + 3));
        const inner = where ? null : found;
        subject = inner
          ? spanning(this.fromMention(inner), x, x + np[1].length)
          : { start: x, end: x + np[1].length, speaker: null, entity: null, kind: 'unknown' };
      }
    }
    if (!subject) return;
    const pre = this.masked.slice(sent.start, cs).replace(/[\s,;:—–-]+$/, '');
    let region: Span | null = null;
    if (pre.trim() === '') {
      const comma = this.masked.indexOf(',', subject.end);
      if (comma >= 0 && comma < sent.end) region = { start: comma + 1, end: sent.end };
    } else {
      region = { start: sent.start + this.asAsideLength(sent.start, sIdx, cs), end: sent.start + pre.length };
      // "At the heart of the trouble, according to Dennis Ross, was a decision …": the rest finishes it.
      // A phrase opened by a determiner or "who" there describes the source instead ("…, according to an
      // analysis by Lily Batchelder, a former Democratic tax aide now teaching at …").
      const rest = this.masked
        .slice(subject.end, sent.end)
        .match(/^\s*,\s+(?!(?:a|an|the|who|whose|which)\s)(?=[\p{L}\p{N}"])/u);
      if (rest && wordCount(this.masked.slice(subject.end + rest[0].length, sent.end), 3) >= 3) {
        this.frames.push({
          cue: { start: cs, end: ce },
          subject,
          region: { start: subject.end + rest[0].length, end: sent.end },
          via: null,
          sentence: sIdx,
          paragraph: this.paraOf[sIdx],
          statement: false,
        });
      }
    }
    const frame: Frame = {
      cue: { start: cs, end: ce },
      subject,
      region,
      via: null,
      sentence: sIdx,
      paragraph: this.paraOf[sIdx],
      statement: false,
    };
    this.addFrame(frame);
  }

  /**
   * "As Dr. Sanjay Gupta noted at the time, Trump's heart disease meant …, according to the Mayo Clinic.": how far the
   * "As X noted," aside opening the sentence reaches (to where its frame's content starts), or 0 when none opens it.
   */
  private asAsideLength(from: number, sIdx: number, before: number): number {
    if (
      !mayOpenAs(this.masked.slice(from, from + 12)) ||
      !AS_THEN_TITLES_RE.test(this.masked.slice(from, before))
    )
      return 0;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.sentence !== sIdx) break;
      if (
        f.region &&
        f.cue.end <= f.region.start &&
        f.region.start < before &&
        lastNonSpaceCode(this.masked, f.cue.end, f.region.start) === 44
      )
        return f.region.start - from;
    }
    return 0;
  }

  private genericAfter(x: number, limit: number): Subject | null {
    const head = this.masked.slice(x, Math.min(limit, x + 80));
    const g = head.match(
      /^((?:the|a|an|his|her|their|its|our|this)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?[\p{L}\p{N}’'-]+)(?=\s*[,.;])/iu,
    );
    if (!g) return null;
    return { start: x, end: x + g[1].length, speaker: null, entity: null, kind: 'unknown' };
  }

  /** "As The Post's Ruth Marcus puts it, …": the learned "put it" in an aside that opens its sentence with "as". */
  private opensAsPutIt(cs: number, word: string, sent: Span): boolean {
    return isPutIt(word) && AS_PUT_IT_RE.test(this.masked.slice(sent.start, cs));
  }

  /**
   * False when the word cannot be a cue here whatever its subject: checked before the subject search, and for a
   * learned cue before the model is asked, as it reads only the text around the word.
   */
  private cueMayHold(cs: number, ce: number, word: string, sent: Span, info: CueInfo | null): boolean {
    // "was quoted by Reuters as saying", "was cited by …": a passive learned cue names a channel, and the
    // "saying" that follows carries the frame.
    // A learned cue takes its content after it, so one with nothing there is dropped before the costly
    // subject search ("what they want.", "as we know,").
    // ("As Vulture put it, …" is the exception: what it reports follows the comma.)
    // ("“…?” Beck questioned." is another: the quotation before the name is what it reports.)
    if (info?.learned && !this.opensAsPutIt(cs, word, sent)) {
      const next = this.masked.slice(ce, Math.min(sent.end, ce + 12));
      if (
        (!contentFollows(next) ||
          (mayOpenTimePreposition(next) && /^\s+(?:by|as|in|on|at|during|after|before)\s/.test(next))) &&
        !(
          /^\s*(?:[.,;]|$)/.test(next) &&
          (QUOTE_THEN_NAME_RE.test(this.masked.slice(Math.max(sent.start, cs - 60), cs)) ||
            // "…, campaign finance records show.": the records after a comma show what came before them.
            (SHOW_FORMS.has(word) &&
              RECORDS_AFTER_COMMA_RE.test(this.masked.slice(Math.max(sent.start, cs - 60), cs))))
        ) &&
        // "17-year-old Jared Potts echoed:" closing its paragraph introduces the quotation that opens the next.
        !(firstCodePast(next) === 58 && /^\s*:\s*$/.test(next) && this.quoteOpeningAt(sent.end) !== undefined)
      )
        return false;
    }
    // "a series of tweets saying …": after "of" the word is a noun ("accused of lying" is left to the rules).
    if ((info?.learned || !info?.participle) && endsWithWord(this.masked, sent.start, cs, 'of')) return false;
    // "Russia was revealed to have sent …", "he is said to favour …": the subject is what is reported on, and
    // whoever revealed or said it goes unnamed. ("is expected to" stays: there the subject does the speaking.)
    if (
      PASSIVE_REPORT.has(word) &&
      firstCodePast(this.masked.slice(ce, ce + 5)) === 116 &&
      /^\s+to\s/.test(this.masked.slice(ce, ce + 5)) &&
      /\b(?:is|was|are|were|been|being)\s+$/.test(this.masked.slice(Math.max(sent.start, cs - 8), cs))
    )
      return false;
    // "he put it away": the learned "put it" reports words only before a comma or colon ("put it bluntly:").
    if (isPutIt(word) && !PUT_IT_CLOSE_RE.test(this.masked.slice(ce, ce + 30))) return false;
    // "the reality TV show “The Apprentice”", "a talk show": after a determiner or a kind of programme, "show" is
    // the programme, not "polls show".
    if (
      info?.learned &&
      word.toLowerCase() === 'show' &&
      PROGRAMME_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 14), cs))
    )
      return false;
    // "issued a warning and said": after a determiner the -ing form is a noun, not a cue.
    if (
      (info?.participle ?? false) &&
      DETERMINER_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 8), cs))
    )
      return false;
    return true;
  }

  /**
   * The phrase of evidence from the opening of the sentence to its verb ("a 2014 study by Harvard and the University
   * of California at Berkeley"), credited to the body named after "by" in it, else to one named before its first
   * comma or dash ("The USC Dornsife/Los Angeles Times Daybreak tracking poll, which …": whose poll it is; a name in
   * a clause after the comma is what that clause is about), else to nobody named.
   */
  private evidencePhrase(sentStart: number, verbAt: number): Subject {
    let end = verbAt;
    while (end > sentStart && /[\s,—–-]/.test(this.masked[end - 1])) end--;
    const start = sentStart + evidencePhraseOffset(this.masked.slice(sentStart, end));
    const ms = this.index.mentions;
    const head = start + (/^[^,—–(]*/.exec(this.masked.slice(start, end))?.[0].length ?? 0);
    let owner: Mention | null = null;
    for (let i = this.mentionFrom(start); i < ms.length && ms[i].end <= end; i++) {
      if (BY_BEFORE_RE.test(this.masked.slice(Math.max(start, ms[i].start - 4), ms[i].start)))
        return spanning(this.fromMention(ms[i]), start, end);
      if (!owner && ms[i].end <= head && this.typeOfMention(ms[i]) === 'organization') owner = ms[i];
    }
    if (owner) return spanning(this.fromMention(owner), start, end);
    return { start, end, speaker: null, entity: null, kind: 'unknown' };
  }

  /**
   * Subjects of the frames of sentence sIdx with a cue before cs: the nearest that names somebody, and the nearest
   * of all (copies, as the caller's frame sets its own span).
   */
  /**
   * Whether frame i is reported inside the content of an earlier frame of its sentence that names its speaker
   * ("Pompeo said that Washington had concluded …"): a participle after it ("…, saying he trusted …") goes on
   * from the outer one.
   */
  private withinEarlierRegion(f: Frame, i: number): boolean {
    for (let k = i - 1; k >= 0; k--) {
      const g = this.frames[k];
      if (g.sentence !== f.sentence) return false;
      if (g.region && g.subject.speaker && g.region.start <= f.subject.start && f.cue.end <= g.region.end)
        return true;
    }
    return false;
  }

  /**
   * "When Maddow pointed out that …, Clinton seized upon the reference, repeating …": when the frame before a
   * participle opens a subordinate clause, the participle goes on from the main clause after it, whose subject opens
   * right after that frame's content. Null when no such frame or no person opens the main clause.
   */
  private mainClauseAfterSubordinateFrame(sIdx: number, cs: number): Subject | null {
    let last: Frame | null = null;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.sentence !== sIdx) break;
      if (f.cue.start < cs && !this.withinEarlierRegion(f, i)) {
        last = f;
        break;
      }
    }
    if (!last || lastNonSpaceCode(this.masked, last.cue.end, cs) !== 44) return null;
    const at = last.subject.start;
    const subordinate =
      SUBORDINATOR_BEFORE_RE.test(this.masked.slice(Math.max(0, at - 10), at)) ||
      SUBORDINATOR_OPENING_RE.test(this.masked.slice(at, at + 10));
    if (!subordinate) return null;
    // The main clause opens with the last person named right after a comma and before a lower-case verb.
    const ms = this.index.mentions;
    let main: Mention | null = null;
    for (let i = this.mentionFrom(last.cue.end); i < ms.length && ms[i].start < cs; i++) {
      const m = ms[i];
      if (this.typeOfMention(m) !== 'person') continue;
      // After a comma, or a comma inside closing quotation marks ("… as “Medicare for all,” Clinton seized").
      if (!/,["”’']?\s*$/.test(this.body.slice(Math.max(last.cue.end, m.start - 4), m.start))) continue;
      if (/^\s+\p{Ll}/u.test(this.masked.slice(m.end, m.end + 3))) main = m;
    }
    return main ? this.fromMention(main) : null;
  }

  /**
   * "Donald Trump - who previously said …", "Mr. Rogan, 52, who said …": a relative "who" speaks for the person
   * named right before it (the subject's span stays on "who"), unless a preposition puts that name inside a longer
   * phrase. Any other subject comes back as it is.
   */
  private relativeResolved(subject: Subject): Subject {
    if (!/^who$/i.test(this.masked.slice(subject.start, subject.end))) return subject;
    const before = this.masked.slice(Math.max(0, subject.start - 12), subject.start);
    const link = RELATIVE_LINK_RE.exec(before);
    if (!link) return this.appositionBeforeRelative(subject);
    const name = this.index.byEnd.get(subject.start - link[0].length);
    if (!name || this.typeOfMention(name) !== 'person') return subject;
    // "a longtime adviser to Trump, who declined to be identified": the phrase the name ends is the antecedent.
    // ("…, with Hillary Clinton — who’s called for …" is hers: that preposition follows no noun.)
    if (
      /\p{Ll}\s+(?:to|for|of|with|at|from|in|on|by)\s+$|\s(?:and|or)\s+$/u.test(
        this.masked.slice(Math.max(0, name.start - 8), name.start),
      )
    )
      return subject;
    return spanning(this.fromMention(name), subject.start, subject.end);
  }

  /**
   * "Braynard, a South Carolina native who writes fiction": a "who" right after an apposition speaks for the person
   * the apposition describes.
   */
  private appositionBeforeRelative(subject: Subject): Subject {
    const before = this.masked.slice(Math.max(0, subject.start - 70), subject.start);
    const appos = APPOSITION_BEFORE_WHO_RE.exec(before);
    if (!appos) return subject;
    const name = this.index.byEnd.get(this.beforeParty(subject.start - appos[0].length, 0));
    if (!name || this.typeOfMention(name) !== 'person') return subject;
    return spanning(this.fromMention(name), subject.start, subject.end);
  }

  /**
   * A nameless subject ending in a possessive names who holds the noun cue after it: "Mr. Trump's attacks on",
   * "Despite Mr. Trump's claims", "ratcheted up his attacks on" (the pronoun resolved). The span is cut to the
   * possessor. Any other subject comes back as it is.
   */
  private possessorResolved(subject: Subject, sentence: number): Subject {
    const last = this.masked.charCodeAt(subject.end - 1);
    // Only an apostrophe's "s" or a pronoun's last letter ("his", "her", "their", "its") can end a possessive.
    if (last !== 115 && last !== 114) return subject;
    const tail = this.masked.slice(Math.max(subject.start, subject.end - 8), subject.end);
    const apostrophe = /(?:’s|'s)$/.exec(tail);
    if (apostrophe) {
      const name = this.index.byEnd.get(subject.end - apostrophe[0].length);
      const type = name ? this.typeOfMention(name) : null;
      if (!name || (type !== 'person' && type !== 'organization')) return subject;
      return spanning(
        this.fromMention(name),
        Math.max(subject.start, this.descriptorStart(name)),
        subject.end,
      );
    }
    const pronoun = /(?:^|\s)(his|her|their)$/i.exec(tail);
    if (!pronoun) return subject;
    const at = subject.end - pronoun[1].length;
    const word = POSSESSIVE_PRONOUN[pronoun[1].toLowerCase()];
    const who = this.resolvePronoun(word, at, subject.end, sentence);
    return who?.speaker ? spanning(who, at, subject.end) : subject;
  }

  /**
   * "Sanders made the following comment:", "Clinton issued this statement:": a noun cue that is the object of a
   * light verb belongs to that verb's subject. Any other subject comes back as it is.
   */
  private lightVerbSubject(subject: Subject, floor: number, sentence: number): Subject {
    const verb = LIGHT_VERB_BEFORE_RE.exec(
      this.masked.slice(Math.max(floor, subject.start - 16), subject.start),
    );
    if (
      !verb ||
      !/^(?:the\s+following|this|these|a|an|the)\b/i.test(this.masked.slice(subject.start, subject.end))
    )
      return subject;
    const who = this.subjectEndingAt(subject.start - verb[0].length, floor, sentence, false);
    return who?.speaker ? who : subject;
  }

  /**
   * "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told …": a body or place after "of" a person
   * is where the person works or lives; the person speaks. Any other subject comes back as it is.
   */
  private personOfBody(subject: Subject, floor: number): Subject {
    // The words before the subject, or before the first name inside it, end in "of (the)" after a person's name.
    const inside = this.index.mentions[this.mentionFrom(subject.start)];
    const starts = [subject.start];
    if (inside && inside.start < subject.end && this.typeOfMention(inside) !== 'person')
      starts.push(inside.start);
    for (const at of starts) {
      // Most subjects follow no preposition: one look at the word before (past "the") settles that first.
      const tail = this.masked.slice(Math.max(floor, at - 12), at).trimEnd();
      const word = lastWord(tail);
      if (!AFFILIATING_WORDS.has(word === 'the' ? lastWord(tail.slice(0, -3).trimEnd()) : word)) continue;
      const before = this.masked.slice(Math.max(floor, at - 90), at);
      // "Aris Shirvanian of the Armenian Patriarchate told", or an apposition its writer never closed: "Sam Lau, the
      // communications director for the Iowa Democratic Party said".
      const of = /\s+of\s+(?:the\s+)?$/.exec(before) ?? UNCLOSED_APPOSITION_RE.exec(before);
      const person = of ? this.index.byEnd.get(at - of[0].length) : undefined;
      if (person && person.start >= floor && this.typeOfMention(person) === 'person')
        return spanning(this.fromMention(person), Math.min(subject.start, person.start), subject.end);
    }
    return subject;
  }

  /**
   * A subject that is plainly a person's name although the entity stage missed it: a title and a surname ("Ms.
   * Epstein"), or a known first name and a surname ("April Mellody"). Its words are the speaker, with no entity.
   */
  private unrecognizedName(subject: Subject): Subject {
    const text = this.masked.slice(subject.start, subject.end);
    const m = UNRECOGNIZED_NAME_RE.exec(text);
    if (!m) return subject;
    const titled = m[1] !== undefined;
    if (!titled && !isFemaleFirstName(m[2]) && !isMaleFirstName(m[2])) return subject;
    return { start: subject.start, end: subject.end, speaker: text, entity: null, kind: 'person' };
  }

  /**
   * The agent of a passive verb of saying or stance ("The meeting was first reported by Politico", "Her view is shared
   * by Sen. Elizabeth Warren"): whoever is named after "by", when only a form of "be" and adverbs stand between the
   * verb's subject and the verb. Null for any other verb.
   */
  private passiveAgent(
    subject: Subject,
    cs: number,
    ce: number,
    sentEnd: number,
    sIdx: number,
  ): Subject | null {
    if (!this.masked.startsWith(' by ', ce) || subject.end > cs || cs - subject.end > 30) return null;
    if (!PASSIVE_BE_RE.test(this.masked.slice(subject.end, cs))) return null;
    // "It was declared by …", "he was pressed by …": a personal pronoun is the topic, seldom what was said.
    if (PERSONAL_PRONOUN_RE.test(this.masked.slice(subject.start, subject.end))) return null;
    return this.subjectStartingAt(ce + 4, sentEnd, sIdx);
  }

  /**
   * The phrase a subject ends, back to the comma that opens it, when the verb of speech after it closes an aside with a
   * comma of its own ("…, a wide array of economists say, …", "And yet, Mrs. Clinton's aides say, …"); else the
   * subject as found. The words between may hold no verb.
   */
  private asideSubjectPhrase(floor: number, subject: Subject, ce: number): Subject {
    if (this.masked[ce] !== ',' || subject.start - floor < 3) return subject;
    const comma = this.masked.lastIndexOf(',', subject.start - 1);
    if (comma < floor) return subject;
    const between = this.masked.slice(comma + 1, subject.start);
    if (!ASIDE_SUBJECT_LEAD_RE.test(between)) return subject;
    const words = splitAtSpaces(between.trim());
    // "…, as Comey noted, …", "…, after the interview concluded, …": an aside of its own, or an adverbial.
    if (PREPOSITIONS.has(words[0].toLowerCase()) || ASIDE_OPENER_RE.test(words[0])) return subject;
    for (const w of words)
      if (FINITE.test(w) || cueExact(w.toLowerCase()) || RELATIVE_WORD.test(w)) return subject;
    let start = comma + 1;
    while (isSpace(this.masked[start])) start++;
    // "the former CEO of Hewlett-Packard": a name after a preposition only says whose; the phrase names nobody.
    if (PREPOSITIONS.has(lettersBeforeEnd(this.masked, comma + 1, subject.start).toLowerCase()))
      return { start, end: subject.end, speaker: null, entity: null, kind: 'unknown' };
    return spanning(subject, start, subject.end);
  }

  /** The person named right after a comma at `at` and closed by a comma or a stop: ", James B. Comey, ". */
  private personSetOffAfter(at: number): Mention | null {
    let k = at;
    if (this.masked[k] !== ',') return null;
    k++;
    while (k < this.masked.length && isSpace(this.masked[k])) k++;
    const p = this.index.byStart.get(k);
    if (!p || this.typeOfMention(p) !== 'person') return null;
    return /^\s*(?:[,.;]|$)/.test(this.masked.slice(p.end, p.end + 3)) ? p : null;
  }

  /** Where the main clause of a sentence opening with a subordinate one ("Although …, ") starts; else its start. */
  private mainClauseStart(sent: Span, before: number): number {
    if (!SUBORDINATE_OPENING_RE.test(this.masked.slice(sent.start, sent.start + 12))) return sent.start;
    const comma = this.masked.indexOf(',', sent.start);
    return comma > 0 && comma < before ? comma + 1 : sent.start;
  }

  /**
   * "said Thursday during taping of a MSNBC town hall in Buffalo, New York, that …": after a verb of saying or
   * telling, adverbials may run longer before the "that" (up to 16 words), as long as no clause begins among them
   * ("said on Monday he met Trump … and that …").
   */
  private thatAfterAdverbials(after: string, info: CueInfo | null): RegExpMatchArray | null {
    if ((info?.base !== 'say' && info?.base !== 'tell') || !ADVERBIAL_AFTER_VERB_RE.test(after)) return null;
    const that = after.match(/^(?:,?\s+[^\s,.;:"~]+){11,16}?,?\s+that(?:\s*,\s*|\s+|(?="))/);
    return that && !LONG_RUN_CLAUSE_RE.test(that[0]) ? that : null;
  }

  /**
   * Whether [from, to) is titles ending in a title noun and then a person's name: "former State policy planning
   * director Anne-Marie Slaughter" (its "planning" is a title's word, not a cue).
   */
  private titledNameEndsAt(from: number, to: number): boolean {
    let end = to;
    while (end > from && isSpace(this.masked[end - 1])) end--;
    const name = this.index.byEnd.get(end);
    if (!name || name.start <= from || this.typeOfMention(name) !== 'person') return false;
    const titles = this.masked.slice(from, name.start);
    return !/[,;:"~]/.test(titles) && TITLE_NOUN_END_RE.test(titles);
  }

  /**
   * "Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested …": people named
   * together speak together, so the speaker is all their names and no one entity ("Jeff Merkley, Sherrod Brown and
   * Robert Menendez"), never the last name alone. Any other subject comes back as it is.
   */
  private coordinatedPeople(subject: Subject): Subject {
    const last = this.index.byEnd.get(subject.end);
    if (!last || this.typeOfMention(last) !== 'person') return subject;
    // Most names stand alone: no "and" or "&" just before the name, no list.
    const lead = this.masked.slice(Math.max(0, last.start - 30), last.start);
    if (!lead.includes(' and ') && !lead.includes('&')) return subject;
    const people = [last];
    let at = last.start;
    for (let link = LAST_CONJUNCT_LINK_RE; ; link = CONJUNCT_LINK_RE) {
      const joined = link.exec(this.masked.slice(Math.max(0, at - 30), at));
      if (!joined) break;
      const m = this.index.byEnd.get(this.beforeParty(at - joined[0].length, 0));
      if (!m || this.typeOfMention(m) !== 'person') break;
      people.unshift(m);
      at = m.start;
    }
    const names = [...new Set(people.map((m) => this.fromMention(m).speaker ?? m.text))];
    if (names.length < 2) return subject;
    // "… had agreed to play Rose-Lynn Harlan, and Harper knew …": a comma before the "and" of two names joins two
    // clauses, not two speakers.
    if (people.length === 2 && /^,\s+(?:and|&)\s/.test(this.masked.slice(people[0].end, last.start)))
      return subject;
    const speaker = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    return {
      start: Math.min(subject.start, this.descriptorStart(people[0])),
      end: subject.end,
      speaker,
      entity: null,
      kind: 'person',
    };
  }

  private frameSubjectsBefore(sIdx: number, cs: number): [Subject | null, Subject | null] {
    let nearest: Subject | null = null;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.sentence !== sIdx) break;
      if (f.cue.start >= cs) continue;
      if (this.withinEarlierRegion(f, i)) continue;
      nearest ??= spanning(f.subject, f.subject.start, f.subject.end);
      if (f.subject.speaker || f.subject.entity)
        return [spanning(f.subject, f.subject.start, f.subject.end), nearest];
    }
    return [null, nearest];
  }

  /**
   * "people who have battled other online threats say", "The state officials whose laws have been invalidated say":
   * a common noun and the relative clause that tells who they are, opening a clause before a verb of speech. The
   * speaker stays unnamed: a clause that names someone ("executives who have worked with Lachlan Murdoch") is left to
   * the other searches, as the benchmark's speaker figure counts an unnamed speaker there as wrong; so is a phrase
   * after a comma that closes its sentence ("…, sources who reviewed them told POLITICO."): what comes before may be
   * a stance of its own, already framed.
   */
  private relativeClauseSubject(sent: Span, verbAt: number, ce: number): Subject | null {
    const from = Math.max(sent.start, verbAt - 140);
    const tail = this.masked.slice(from, verbAt);
    if (!tail.includes(' who')) return null;
    const m = RELATIVE_CLAUSE_SUBJECT_RE.exec(tail);
    if (!m || (m.index === 0 && from > sent.start && m[0] === m[1])) return null;
    if (m[0].startsWith(',') && wordCount(this.masked.slice(ce, sent.end), 4) < 4) return null;
    if (this.mentionWithin(verbAt - m[1].length, verbAt)) return null;
    return { start: verbAt - m[1].length, end: verbAt, speaker: null, entity: null, kind: 'anonymous' };
  }

  /** `checked`: cueMayHold has already passed (the learned cues ask it before the model). */
  private cue(cs: number, ce: number, word: string, sIdx: number, given?: CueInfo, checked = false): void {
    const info = given ?? cueForm(word) ?? null;
    const sent = this.sentences[sIdx];
    // A listed (not learned) verb of speech: only these read the asides, dashes and openings below; the learned
    // "put it" reads as one in an aside that opens its sentence ("As The Post's Ruth Marcus puts it, Obama …").
    const listedSpeech =
      info !== null && ((!info.learned && SPEECH_BASES.has(info.base)) || this.opensAsPutIt(cs, word, sent));
    if (!checked && !this.cueMayHold(cs, ce, word, sent, info)) return;
    // "A major climate group is demanding …": after a form of "be" the participle is the clause's own verb.
    const participle =
      (info?.participle ?? false) &&
      !PROGRESSIVE_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 40), cs));
    let subject: Subject | null = null;
    let via: string | null = null;
    let subjEndX = cs;
    let inverted = false;
    // A participle that takes its subject from an earlier frame or the sentence's opening: it can be no aside.
    let borrowed = false;
    // Evidence before "that" whose phrase only the last fallback below reads (see outer-cues.ts).
    let outerEvidence = false;
    // The participle goes on from a frame already found in the sentence ("the company said …, warning that …").
    let continuesFrame = false;
    // The subject opens the sentence after an adverbial ("In an interview with NPR, Obama said"): that adverbial
    // is never what was said.
    let afterAdjunct = false;
    // Where the subject ends, skipping adverbs: asked for up to three times below, so worked out once.
    const verbAt = this.skipAdverbs(cs, sent.start, !participle);
    // "he was cited by Russia’s Interfax news agency as saying"
    if (word === 'saying') {
      const passive = this.masked
        .slice(Math.max(sent.start, cs - 160), cs)
        .match(/\b(?:was|were|is|are|been)\s+(?:cited|quoted)(?:\s+by\s+([^,~"]+?))?\s+as\s*$/);
      if (passive) {
        const at = cs - passive[0].length;
        const x = this.skipAdverbs(at, sent.start);
        subject = this.subjectEndingAt(x, sent.start, sIdx, false);
        if (passive[1]) via = outletName(passive[1]);
        subjEndX = x;
      }
    }
    if (!subject && !participle) {
      // "“…,” Russia’s Foreign Ministry spokeswoman Maria Zakharova said": all between the quote and the verb names the speaker.
      const x = verbAt;
      const segText = this.masked.slice(Math.max(sent.start, x - 160), x);
      // The anchored pattern backtracks over every start; most cues have no quote before them at all.
      const seg = segText.includes('"') ? segText.match(SEGMENT_AFTER_QUOTE_RE) : null;
      if (
        seg &&
        wordCount(seg[1], 15) <= 14 &&
        (!mayHoldCue(seg[1]) || this.titledNameEndsAt(x - seg[1].length, x))
      ) {
        subject = this.resolveSegment(x - seg[1].length, x, sIdx);
        if (subject) subjEndX = x;
      }
    }
    if (
      !subject &&
      !participle &&
      !info?.detected &&
      INVERTING_VERBS.has(word.toLowerCase()) &&
      lastNonSpaceCode(this.masked, sent.start, cs) === 44
    ) {
      // "In California, the rule is crucial, said Mark Rockwell, state representative of …": a name standing alone
      // after ", said" is the speaker of what came before, whatever name opened the clause.
      let x = ce;
      while (x < sent.end && isSpace(this.masked[x])) x++;
      const m = this.index.byStart.get(x);
      if (
        m &&
        this.typeOfMention(m) === 'person' &&
        /^\s*(?:[,.;]|$)/.test(this.masked.slice(m.end, m.end + 3))
      ) {
        subject = this.fromMention(m);
        inverted = true;
      }
    }
    // "Donald Trump - who previously said … - said": a phrase ending in a spaced hyphen is no subject; the one
    // before the aside is (em and en dashes are looked at below, after the other searches).
    if (
      !subject &&
      !participle &&
      listedSpeech &&
      lastNonSpaceCode(this.masked, Math.max(sent.start, verbAt - 3), verbAt) === 45 &&
      /\s-\s*$/.test(this.masked.slice(Math.max(sent.start, verbAt - 3), verbAt))
    ) {
      const found = this.subjectBeforeDashAside(sent, verbAt, sIdx);
      if (found) [subject, subjEndX] = found;
    }
    if (!subject) {
      const x = verbAt;
      subjEndX = x;
      subject = this.subjectEndingAt(x, sent.start, sIdx, participle);
      // "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said", "Sandy Phillips,
      // who lost her daughter in Aurora, Colorado, said": a place or a body closing the apposition is where the
      // person works or lived; the person opening the clause speaks.
      if (
        subject?.kind === 'organization' &&
        !participle &&
        lastNonSpaceCode(this.masked, sent.start, cs) === 44
      ) {
        const opening = this.appositiveSubject(sent.start, subject.start);
        const place = subject.entity !== null && this.entities.get(subject.entity)?.type === 'place';
        if (opening && (opening.kind === 'person' || place)) subject = opening;
      }
      if (subject && info && NOUN_OR_EVIDENCE_FORMS.has(word)) {
        // "the claims that …" is a noun; "the poll shows that …" a verb with its subject.
        const nounLike = /^(?:claims|reports|notes|fears|hopes|comments|warning|thought)$/.test(word);
        const thatFollows = /^\s+that\s/.test(this.masked.slice(ce, ce + 8));
        if (
          subject.kind === 'unknown' &&
          !subject.speaker &&
          (nounLike || !thatFollows) &&
          !this.isEvidence(subject)
        )
          subject = null;
      }
    }
    if (!subject && !participle && listedSpeech) {
      // "Jason Sims — a teacher from Mount Pleasant — says …" (verbs of speech only: "The cable news networks —
      // MSNBC, CNN … — all stuck with" is a list, no speech).
      const found = this.subjectBeforeDashAside(sent, subjEndX, sIdx);
      if (found) [subject, subjEndX] = found;
    }
    if (!subject && !participle && lastNonSpaceCode(this.masked, sent.start, subjEndX) === 44) {
      // "Marley Anderson, 21, a junior from Las Vegas, said": the name opening the clause.
      subject = this.appositiveSubject(sent.start, subjEndX);
    }
    if (!subject && !participle && lastNonSpaceCode(this.masked, sent.start, subjEndX) === 34) {
      // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested …": the comma that closes the appositive sits
      // inside a quoted title, and the name after the verb is no inverted speaker but part of what was said.
      const title = this.titleQuoteEndingAt(sent.start, subjEndX);
      if (title) subject = this.appositiveSubject(sent.start, subjEndX, title.open);
    }
    if (!subject) {
      // Only a listed verb of speech puts its subject after it ("…,” said Trump); a detected cue there ("…, citing
      // Trump") has its object next, and so do the words learned from data (", titled Aspects.", "…, referring to
      // Hillary Clinton") and verbs of stance.
      const before = lastNonSpaceCode(this.masked, sent.start, cs);
      // "Small, who attended the rally, said that Trump …": a clause follows, not the speaker.
      // A verb of stance has its object next ("Patti Davis, Reagan’s daughter, attacked Trump").
      if (
        (before === 44 || before === 34) &&
        !participle &&
        !info?.detected &&
        !info?.learned &&
        !(info && STANCE.has(info.base) && !SPEECH_BASES.has(info.base)) &&
        !/^\s+that\s/.test(this.masked.slice(ce, ce + 7))
      ) {
        let x = ce;
        while (x < sent.end && isSpace(this.masked[x])) x++;
        subject = this.subjectStartingAt(x, sent.end, sIdx);
        if (subject) inverted = true;
      }
      // "His critics in the United States, many of them conservative Catholics, argue …", "The lawmaker, who
      // represents …, said Trump's remarks …": a phrase of no name opens the clause and an aside follows it up to
      // the verb. A name after the verb is its speaker only when nothing of a clause follows the name ("…, said
      // Larry Sabato, director of …"; not "said Gates described …").
      const speech = listedSpeech && !info.detected;
      const nameEnds =
        subject !== null && INVERTED_SPEAKER_END_RE.test(this.masked.slice(subject.end, subject.end + 14));
      // "he asked about …, called Omar a “terrorist” and said": the name after "called" is whom it named.
      if (inverted && word === 'called' && !nameEnds) {
        subject = null;
        inverted = false;
      }
      if (speech && before === 44 && !participle && !nameEnds) {
        const head = this.phraseBeforeAside(sent, subjEndX);
        if (head) {
          subject = head;
          inverted = false;
        }
      }
    }
    if (!subject) {
      // "… and said", "offered the man a job, then says …": a second verb of the clause's subject.
      const coordinated =
        endsWithWord(this.masked, sent.start, subjEndX, 'and') ||
        endsWithWord(this.masked, sent.start, subjEndX, 'but') ||
        (lastNonSpaceCode(this.masked, sent.start, subjEndX) === 44 &&
          /^\s*then\s/.test(this.masked.slice(subjEndX, cs)));
      if (coordinated && !participle) {
        // "Trump spotted a sign in the crowd and asked …": the speaker of the sentence's frame before, if it names
        // somebody, rather than the first name of the clause ("The Louisville crowd").
        const head = this.masked.slice(sent.start, cs);
        const colon = Math.max(head.lastIndexOf(':'), head.lastIndexOf(';'));
        // Else the clause's own phrase, else that frame's person or body even when left unnamed ("She declared
        // “…” and said that …": the pronoun is resolved later, or the speaker stays empty).
        const [named, nearest] = this.frameSubjectsBefore(sIdx, cs);
        const clause = named ? null : this.clauseSubject(sent.start + colon + 1, cs);
        subject = named ?? clause ?? nearest;
        if (subject && subject.kind !== 'person' && subject.kind !== 'organization') subject = null;
        if (subject && subject === clause) subject = this.placeFree(clause, cs, nearest);
        // "Her campaign also announced new support … and said …": an unnamed phrase opening the clause, the subject of a
        // frame before, does the second verb too (not one inside an opening "when" clause: "when my mother mentioned
        // the devil to me, I laughed and said").
        if (
          !subject &&
          nearest &&
          listedSpeech &&
          !info.detected &&
          /^[\s"]*$/.test(
            this.masked.slice(this.openingAdjunctsEnd(sent.start + colon + 1, cs), nearest.start),
          )
        )
          subject = nearest;
        // "He called the actions lawful, and said …", "The judge rubbed his chin, and then said …": no frame and no
        // name before, so the clause's own opening pronoun or described phrase does the second verb too.
        if (!subject && !nearest && listedSpeech && !info.detected)
          subject = this.clauseOpeningSubject(sent.start + colon + 1, cs, sIdx);
      }
    }
    // "Smith took the stage to say …" (before the opening phrase below, which would take the whole clause). Like a
    // participle's, such a subject reports what follows the verb, never the words before the subject.
    if (!subject && !participle && listedSpeech && endsWithWord(this.masked, sent.start, verbAt, 'to')) {
      subject = this.infinitiveSubject(sent, verbAt, cs, sIdx);
      borrowed = subject !== null;
    }
    if (!subject && !participle) {
      // "The nonpartisan Commission on Presidential Debates says …": a longer phrase opening the sentence.
      // A listed verb of speech may also have a quantity before its phrase ("Some advocates … said"), or an
      // adverbial before it ("In addition, Republican opponents have said …"); a learned word reads too much
      // into such a phrase ("the language on their shows often made its way").
      const speech = listedSpeech && !info.detected && !NOUN_LIKE_FORMS.has(word);
      subject = this.openingPhrase(sent.start, verbAt, false, speech);
      if (!subject && speech) {
        const adjunct = OPENING_ADJUNCT_RE.exec(this.masked.slice(sent.start, verbAt));
        if (adjunct) subject = this.openingPhrase(sent.start + adjunct[0].length, verbAt, true, true);
        afterAdjunct = subject !== null;
      }
    }
    if (
      !subject &&
      !participle &&
      listedSpeech &&
      !info.detected &&
      lastNonSpaceCode(this.masked, sent.start, verbAt) === 44 &&
      lastNonSpaceCode(this.masked, sent.start, cs) !== 44
    ) {
      // "The Obama administration, in a far-reaching effort …, has said …": an auxiliary or adverb after the aside
      // hid its comma from the search above.
      subject = this.phraseBeforeAside(sent, verbAt);
    }
    // "… to say": verbs of speech only ("visited NBC's “Today” to discuss", "the first to endorse" name no speech).
    if (!subject && !participle && listedSpeech && !info.detected) {
      // "But opponents say", "…, strategists said", "Iowa biofuels advocates say": people named by a plural noun
      // alone, opening a clause (when no step above found a longer phrase); only before a verb of speech ("ads
      // attacking", "polls show" are no such people).
      const plural = BARE_PLURAL_SUBJECT_RE.exec(
        this.masked.slice(Math.max(sent.start, verbAt - 60), verbAt),
      );
      if (plural && !TIME_PLURAL_RE.test(plural[2]))
        subject = {
          start: verbAt - plural[1].length,
          end: verbAt,
          speaker: null,
          entity: null,
          kind: 'anonymous',
        };
      else subject = this.relativeClauseSubject(sent, verbAt, ce);
    }
    if (!subject && participle && info?.learned && isLetter(this.masked.charCodeAt(verbAt - 1))) {
      // "an outside group backing Rubio", "evidence suggesting …": a learned participle right after its phrase (no
      // comma) describes what that phrase holds; not a statement's ("a statement saying": its owner speaks).
      const tail = this.masked.slice(Math.max(sent.start, verbAt - 90), verbAt);
      const described = this.describedPhraseEndingAt(tail, verbAt);
      if (described && !WRITTEN_BY_SOMEONE_RE.test(this.masked.slice(described.start, described.end)))
        subject = described;
    }
    if (!subject && participle) {
      // The subject of the sentence's frame before this one; one that names somebody wins over a nearer one that
      // does not ("Trump is defending his early-morning tweets …, saying …": not "his early-morning").
      const [named, nearest] = this.frameSubjectsBefore(sIdx, cs);
      subject = this.mainClauseAfterSubordinateFrame(sIdx, cs) ?? named ?? nearest;
      // "Donald Trump on Thursday ratcheted up his attacks on Rubio, saying …": a nameless phrase taken for an
      // earlier frame's subject yields to the person who opens it; so does an unresolved "who" of a clause inside
      // the sentence ("Obama rebuked critics who say he should …, saying …").
      if (subject && subject === nearest && !named) {
        const opening = this.openingSubject(sent.start, cs);
        const relative = /^who$/i.test(this.masked.slice(nearest.start, nearest.end));
        if (
          opening?.kind === 'person' &&
          (relative
            ? opening.end <= nearest.start
            : opening.start >= nearest.start && opening.end <= nearest.end) &&
          !NAME_AS_MODIFIER_RE.test(this.masked.slice(opening.end, opening.end + 16))
        )
          subject = opening;
      }
      // Only right after a comma: "in denouncing …", "by condemning …" say what the frame's speaker did.
      continuesFrame = subject !== null && lastNonSpaceCode(this.masked, sent.start, cs) === 44;
      // "Clinton celebrated in Florida, declaring it …": the person who opens the sentence.
      // ("Although Bloomberg is not yet a candidate, Trump sent …, suggesting": after the opening subordinate clause.)
      if (!subject) subject = this.openingSubject(this.mainClauseStart(sent, cs), cs);
      // "However, he held his fire on Carson, calling him …", "The Post intervened in April, arguing …": the
      // clause before the comma has a subject of its own that does the saying.
      if (!subject && lastNonSpaceCode(this.masked, sent.start, cs) === 44)
        subject = this.clauseOpeningSubject(sent.start, cs, sIdx);
      borrowed = subject !== null;
    }
    if (
      !subject &&
      word === 'asked' &&
      WHEN_ASKED_RE.test(this.masked.slice(Math.max(sent.start, cs - 8), cs))
    ) {
      // "…,” Christie said when asked whether he would …": a question put by someone the text leaves unnamed,
      // which PolNeAR marks as an attribution of its own (an empty source).
      subject = { start: cs, end: cs, speaker: null, entity: null, kind: 'unknown' };
    }
    if (
      !subject &&
      !participle &&
      isEvidenceBeforeThat(this.masked.slice(sent.start, cs), word, this.masked.slice(ce, ce + 7))
    ) {
      // "Exit polls from the primary, which Mr. Trump won decisively, showed that …": the evidence whose phrase no
      // search above reads still reports its clause, as PolNeAR marks it (see outer-cues.ts).
      subject = this.evidencePhrase(sent.start, verbAt);
      outerEvidence = true;
    }
    if (!subject) return;
    // "Rafael Nadal kept Spain’s hopes alive": after a possessive a word of hope or fear is a noun, and without
    // "that" ("Their fear is that …") it reports nothing.
    if (
      !inverted &&
      HOPES_OR_FEARS_RE.test(word) &&
      POSSESSIVE_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 7), cs)) &&
      !/^\s+(?:(?:is|was)\s+)?that\s/.test(this.masked.slice(ce, ce + 12))
    )
      return;
    // "Danilo Gallinari added 25 points", "The Eagles snapped an 11-game losing streak": what follows shows the word
    // in its sense of doing, not saying.
    if (!inverted && this.readsAsDoing(word, cs, ce)) return;
    // "Benchmark 10-year notes rose", "the two-year notes": a span of time right before the word makes it a noun.
    if (!inverted && DURATION_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, verbAt - 14), verbAt)))
      return;
    // "the shift on which Epstein was found dead": a passive "found" reports nothing unless a clause follows it
    // ("It was found that …").
    if (word === 'found' && PASSIVE_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, cs - 8), cs))) {
      if (!/^\s+that\s/.test(this.masked.slice(ce, ce + 7))) return;
    }
    // "gathered in a South Carolina shared workspace": a place after "a" or "an" modifies a noun, and the word after
    // it is no verb of that place's.
    if (
      !inverted &&
      subject.entity &&
      this.entities.get(subject.entity)?.type === 'place' &&
      INDEFINITE_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, subject.start - 4), subject.start))
    )
      return;
    if (
      !inverted &&
      lastNonSpaceCode(this.masked, sent.start, subject.start) === 44 &&
      SUMMING_UP_SUBJECT_RE.test(this.masked.slice(subject.start, subject.end))
    )
      return;
    if (!subject.speaker && subject.end - subject.start === 3) subject = this.relativeResolved(subject);
    if (!subject.speaker && subject.end > subject.start) subject = this.possessorResolved(subject, sIdx);
    if (!subject.speaker && subject.end > subject.start)
      subject = this.lightVerbSubject(subject, sent.start, sIdx);
    if ((subject.kind === 'organization' || !subject.speaker) && !inverted)
      subject = this.personOfBody(subject, sent.start);
    if (subject.kind === 'person' && !inverted) subject = this.coordinatedPeople(subject);
    if (!subject.speaker && subject.end > subject.start) subject = this.unrecognizedName(subject);
    const afterFrom = inverted ? subject.end : ce;
    let region: Span | null = null;
    let continuation: Span | null = null;
    let pieces = false;
    const comp = this.complementStart(afterFrom, sent.end, info, word);
    // "Pivoting to deficit reduction too soon, a wide array of economists say, limited …": the subject's whole phrase
    // is set off by commas, so what comes before it was said.
    if (!inverted && listedSpeech && lastNonSpaceCode(this.masked, sent.start, subject.start) !== 44)
      subject = this.asideSubjectPhrase(sent.start, subject, ce);
    const preEnd = inverted ? cs : subject.start;
    let pre = this.masked.slice(sent.start, preEnd);
    // "…, as Smith said on Monday.": the "as" of the aside belongs to neither the content nor the speaker.
    if (!inverted && endsInSpacedAs(pre) && AS_ASIDE_RE.test(pre))
      pre = pre.slice(0, pre.search(/\s*as\s+$/i));
    // "…, the news site RTL Info reported.": see describedNameAfterComma. Only for a listed verb that closes its
    // sentence (a day at most after it), checked by length first, as most cues have words after them.
    if (
      sent.end - ce <= 24 &&
      !inverted &&
      !participle &&
      subject.speaker &&
      info &&
      !info.learned &&
      CLOSES_SENTENCE_RE.test(this.masked.slice(ce, sent.end))
    )
      pre = this.describedNameAfterComma(pre, subject);
    const afterCue = this.masked.slice(afterFrom, sent.end);
    // Right after a closing quote the frame is trailing whatever follows the verb ("said of the title").
    // "“…,” retired Air Force general Lloyd Newton said": lowercase modifiers may sit between quote and name.
    // A borrowed subject's participle reports what follows it ("In a speech, Trump attacked Clinton, saying, “…”",
    // "“…,” Trump said, adding, “…”"), never the words before its subject.
    // A show's title before the name ("on Fox News Channel’s “Hannity,” Newt Gingrich said") is no quotation.
    const afterQuote =
      !borrowed && pre.includes('"') && !this.showTitleEndingAt(sent.start, sent.start + pre.length)
        ? pre.match(QUOTE_THEN_MODIFIERS)
        : null;
    const preContent = afterQuote ? pre.slice(0, (afterQuote.index ?? 0) + 1) : pre;
    const preLast = lastNonSpaceCode(pre, 0, pre.length);
    // "Asked about the bomb, Clinton said, “…”": the question put to the speaker is not what they said.
    const asked = mayOpenAsked(pre) && ASKED_RE.test(pre);
    // "Just last week, Canova wrote …": an opening that only tells when is no content before its speaker.
    // ("This has been a concern, Elleithee said" opens with a pronoun, not with "this week".) Read last: most
    // frames have no content before their subject.
    const trailing =
      afterQuote !== null ||
      (!asked &&
        !borrowed &&
        !afterAdjunct &&
        (preLast === 44 || preLast === 34 || preLast === 0x2014 || preLast === 0x2013) &&
        (pre.includes('~') || wordCount(pre, 2) >= 2) &&
        (TRAILING_AFTER.test(afterCue) ||
          TRAILING_OBJECT.test(afterCue) ||
          (info?.base === 'tell' && TOLD_LISTENER_RE.test(afterCue))) &&
        !(OPENING_ADJUNCT_RE.exec(pre)?.[0].length === pre.length && !THIS_NOT_TIME_RE.test(pre)));
    const clauseAfterComma = firstCodePast(afterCue) === 44 && /^\s*,\s*(?:that\s+)?"/.test(afterCue);
    // "Greensboro, Sexton said, made …", "Otherwise, she said, countries …": an aside after a one-word opening.
    const shortOpening =
      !trailing &&
      !asked &&
      !borrowed &&
      !afterAdjunct &&
      preLast === 44 &&
      !pre.includes('"') &&
      wordCount(pre, 1) === 1;
    let medial = (trailing && !afterQuote) || shortOpening ? afterCue.match(MEDIAL_REST) : null;
    // "Holding open a book, Beck said, “I just want …”": a quotation that opens with a capital is a sentence of its
    // own, so the words before the speaker set the scene; "An economic downturn, he said, “could be …”" goes on.
    if (medial && this.opensQuotedSentence(afterFrom + medial[0].length)) medial = null;
    // "As The Washington Post reported, even if Sanders …", "But as Clyburn noted, those voters will …": the aside
    // opens the sentence, and what follows its comma is what was reported.
    // Only a verb of speech ("As the day went on", "As she seeks reelection" tell when), and not before a quotation,
    // which the quote's own frame already holds.
    // (A sentence-opening "As" may have been read as part of a name's title: "As Smith" then starts the subject.)
    const mayAs = mayOpenAs(pre);
    const asTitled = mayAs ? AS_THEN_TITLES_RE.exec(pre) : null;
    const opensWithAs =
      (mayAs && AS_OPENING_RE.test(pre)) ||
      // "As White House press secretary Josh Earnest explained, …": titles between "As" and the name.
      (asTitled !== null && TITLED_LEAD_RE.test(pre.slice(asTitled[0].length))) ||
      (onlySpacesAndQuotes(pre, 0, pre.length) &&
        this.masked.startsWith('As', subject.start) &&
        /^As\s/.test(this.masked.slice(subject.start, subject.end)));
    const asAside = !inverted && listedSpeech && opensWithAs ? afterCue.match(AS_ASIDE_REST_RE) : null;
    // (A "that" past the aside's comma is the reported clause's own: "As Gupta noted, the disease meant that …".)
    if (
      asAside &&
      (comp < 0 || (comp > afterFrom + asAside[0].length && this.masked.startsWith('that', comp))) &&
      this.masked[afterFrom + asAside[0].length] !== '"'
    ) {
      const start = afterFrom + asAside[0].length;
      if (wordCount(this.masked.slice(start, sent.end), 3) >= 3) region = { start, end: sent.end };
      if (region && /^As\s/.test(this.masked.slice(subject.start, subject.end)))
        subject = spanning(subject, subject.start + 3, subject.end);
    } else if (medial) {
      // "The hashtag, Mr. Abboud said, accompanied …": the words after the aside finish what was said.
      region = { start: sent.start, end: sent.start + pre.replace(/[\s,—–]+$/, '').length };
      let start = afterFrom + medial[0].length;
      // "…, said Mark Rockwell, California state representative of the coalition.": a phrase describing the
      // speaker named after the verb is no part of what was said; what follows its comma may be, when it goes on
      // with a verb ("And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive").
      let described = false;
      while (
        inverted &&
        start < sent.end &&
        DESCRIBES_SPEAKER_RE.test(this.masked.slice(start, start + 80))
      ) {
        described = true;
        const comma = this.masked.indexOf(', ', start);
        start = comma >= 0 && comma < sent.end ? comma + 2 : sent.end;
      }
      const goesOn = this.masked.slice(start, sent.end).match(/^[\p{L}'’]+/u)?.[0] ?? '';
      if (described && !FINITE.test(goesOn.replace('’', "'"))) start = sent.end;
      const rest = this.masked.slice(start, sent.end);
      if (wordCount(rest, 3) >= 3) continuation = { start, end: sent.end };
      // "Compaq, she predicted, would come to them.", "The presumed adjustment, they concluded, never happened.":
      // the words before the aside are the subject of the verb after it, and both halves are what was said, however
      // short each is (they are listed in two pieces under one cue).
      if (!described && wordCount(rest, 1) === 1 && opensWithVerb(rest) && !ONLY_CONNECTIVES_RE.test(pre)) {
        continuation = { start, end: sent.end };
        pieces = true;
      }
    } else if (
      ((comp >= sent.end - 1 || (firstCodePast(afterCue) === 58 && /^\s*:\s*$/.test(afterCue))) &&
        /:\s*$/.test(afterCue)) ||
      (comp < 0 &&
        !afterQuote &&
        pre.trim() === '' &&
        STATEMENT_CLOSES_RE.test(afterCue) &&
        this.quoteOpeningAt(sent.end) !== undefined)
    ) {
      // "He said:" closing a paragraph introduces the quote that opens the next one; so does "X said in a
      // statement." before the quotation that follows it.
      const q = this.quoteOpeningAt(sent.end);
      if (q) region = { start: q.open, end: q.close };
    } else if (
      afterQuote &&
      (inverted ||
        comp < 0 ||
        QUOTE_FRAME_TAIL_RE.test(afterCue) ||
        // "“…,” Eric Trump wrote in a late-evening email on Monday, meaning …": where it was written is no content.
        word.endsWith(' in') ||
        SUBORDINATE_START_RE.test(this.masked.slice(comp, comp + 12)) ||
        (info?.base === 'tell' && !this.clauseAt(comp, sent.end)))
    ) {
      // "“…,” Mr. Clarke recalled of the proceedings.": the quote is what was said, not the phrase after.
      // "“…,” Mr Farage told BBC Radio Four’s Any Questions.": what follows the listener is no clause.
      region = {
        start: sent.start + quotationAfterColon(preContent),
        end: sent.start + preContent.replace(/[\s,—–]+$/, '').length,
      };
    } else if (
      comp >= 0 &&
      !(trailing && /^\s*,/.test(afterCue) && !clauseAfterComma) &&
      // "“…,” Trump tweeted soon after the committee concluded its hearing": a time clause after the verb of a
      // quotation's tag tells when, and the quotation is what was said; so after a trailing tag ("…, Cook said while
      // visiting Salesforce's conference").
      !(afterQuote && TIME_CLAUSE_AFTER_RE.test(afterCue)) &&
      !(trailing && TIME_CLAUSE_AFTER_TAG_RE.test(afterCue))
    ) {
      region = { start: comp, end: sent.end };
    } else if (trailing) {
      region = {
        start: sent.start + quotationAfterColon(preContent),
        end: sent.start + preContent.replace(/[\s,—–]+$/, '').length,
      };
    }
    if (!region && !inverted) {
      // "The meeting was first reported by Politico.": a passive verb reports its own subject, said by the agent.
      const agent = this.passiveAgent(subject, cs, ce, sent.end, sIdx);
      if (agent) {
        region = { start: subject.start, end: subject.end };
        subject = agent;
      }
    }
    if (!region) return;
    // "Britain's Conservative Party was accused Wednesday of trying to deceive voters": with no agent, a passive
    // verb of blame, praise or address says what was said of or to its subject, never by it, so nobody is named.
    if (
      !inverted &&
      subject.speaker &&
      subject.end <= cs &&
      ADDRESSED_PASSIVE_RE.test(word) &&
      PASSIVE_BE_RE.test(this.masked.slice(subject.end, cs))
    )
      subject = { start: subject.start, end: subject.end, speaker: null, entity: null, kind: 'unknown' };
    // "which Jeff Bezos announced earlier this year": a time alone says when, not what.
    if (
      region.start >= ce &&
      TIME_ONLY_RE.test(this.masked.slice(region.start, Math.min(region.end, region.start + 40)))
    )
      return;
    // "Adam Neumann can still reportedly name directors": others report it; the subject is what they report on.
    if (subject.speaker && REPORTED_ADVERB_RE.test(word))
      subject = { start: subject.start, end: subject.end, speaker: null, entity: null, kind: 'unknown' };
    // "Chad Wolf has been named new DHS acting secretary": a passive of naming to a post reports an appointment.
    if (
      !inverted &&
      subject.end <= cs &&
      APPOINTED_PASSIVE_RE.test(word) &&
      PASSIVE_BE_RE.test(this.masked.slice(subject.end, cs))
    )
      return;
    // "46 percent of voters said yes, compared with …": the answer alone is what was said.
    if (region.start === comp && info?.base === 'say') {
      const answer = bareAnswerLength(this.masked.slice(comp, region.end));
      if (answer > 0) region = { start: comp, end: comp + answer };
    }
    // "Peter Thiel, who backed Ron Paul's bid in 2008, is a Trump delegate": what a relative clause reports ends at
    // the comma before the main clause's verb.
    if (
      region.start >= ce &&
      subject.end - subject.start === 3 &&
      /^who$/i.test(this.masked.slice(subject.start, subject.end))
    ) {
      const main = /,\s+(?:is|are|was|were|has|have|had|said|says|told|tells)\s/.exec(
        this.masked.slice(region.start, region.end),
      );
      if (main) region = { start: region.start, end: region.start + main.index };
    }
    // "Donald Trump - who previously said he would … - said at a rally": what a frame inside a dash-bracketed aside
    // reports ends where the aside does.
    if (
      region.start >= ce &&
      isDashCode(lastNonSpaceCode(this.masked, Math.max(0, subject.start - 3), subject.start)) &&
      /(?:\s-|[—–])\s*$/.test(this.masked.slice(Math.max(0, subject.start - 3), subject.start))
    ) {
      const close = this.masked.slice(region.start, region.end).search(/\s-\s|\s*[—–]/);
      if (close > 0) region = { start: region.start, end: region.start + close };
    }
    // "Thomas went on IR", "Trump went on the offensive", "the protests continued into the night": going on is
    // speech when words follow as said ("he went on, …", "went on about …"), or what came before was said ("…, he
    // continued."); "went on to say" leads to the cue after it.
    if (info?.base === 'continue' && region.start >= ce) {
      const next = this.masked.slice(ce, ce + 12);
      const goes = /^(?:went|goes|going|go)\s/i.test(word);
      if (
        goes
          ? !/^\s*(?:[,:;"“]|to\s|about\s)/.test(next)
          : /^\s+(?:into|until|through|throughout|unabated|apace)\b/.test(next)
      )
        return;
    }
    if (
      region.start === comp &&
      ((SEEMING.has(word) && SEEMING_WHAT_RE.test(afterCue)) || this.expectedOf(subject, cs, word, afterCue))
    ) {
      // "Enthusiasm for Clinton appears to have plummeted": how things look, with nobody saying so. The subject is
      // part of what is claimed, as PolNeAR marks it, and not its source.
      region = {
        start: word === 'expected' ? this.phraseOpening(sent.start, subject.start) : subject.start,
        end: region.end,
      };
      subject = { start: cs, end: cs, speaker: null, entity: null, kind: 'unknown' };
    }
    // Stances need someone to hold them: "the measure condemned …" is no speech. A participle that goes on from
    // the sentence's frame has its holder there, named or not ("the company said …, warning that it could default").
    if (
      info &&
      STANCE.has(info.base) &&
      !continuesFrame &&
      !subject.speaker &&
      subject.kind === 'unknown' &&
      !this.isEvidence(subject)
    )
      return;
    if (!via) via = this.viaIn(ce, sent.end);
    const statement = /\b(?:statement|communiqu[eé]|press release)\b/i.test(
      this.masked.slice(ce, Math.min(sent.end, ce + 60)),
    );
    const learnedCue = info?.learned ?? false;
    this.addFrame({
      cue: { start: cs, end: ce },
      subject,
      region,
      via,
      sentence: sIdx,
      paragraph: this.paraOf[sIdx],
      statement,
      learnedCue,
      // Set on every frame made here, never spread in: one shape for all of them.
      piece: pieces,
      outerEvidence,
    });
    if (continuation) {
      this.frames.push({
        cue: { start: cs, end: ce },
        subject,
        region: continuation,
        via,
        sentence: sIdx,
        paragraph: this.paraOf[sIdx],
        statement,
        learnedCue,
        piece: pieces,
        outerEvidence,
      });
    }
  }

  /**
   * Who spoke: the entity the subject resolved to, with the name cleared of words a recognizer took with it
   * ("While Obama"), or nobody when the "name" names no one ("On Tuesday"); else the phrase as written when
   * that names something ("the Trump campaign").
   */
  speakerFor(f: Frame): Speaker {
    // A frame's speaker is asked for once for each quote it holds and once for itself.
    let who = this.speakers.get(f);
    if (who === undefined) {
      who = this.findSpeaker(f);
      this.speakers.set(f, who);
    }
    return who;
  }

  private findSpeaker(f: Frame): Speaker {
    const said = f.subject.speaker;
    // "the mayor of Chicago said": the place a role belongs to is not who spoke; the role as written is.
    const place = f.subject.entity ? this.index.byEnd.get(f.subject.end) : undefined;
    if (
      place &&
      place.start > f.subject.start &&
      this.typeOfMention(place) === 'place' &&
      PLACE_OF_ROLE_RE.test(this.masked.slice(f.subject.start, place.start))
    )
      return {
        speaker: this.body.slice(f.subject.start, f.subject.end).replace(/^(?:the|a|an)\s+/i, ''),
        entity: null,
      };
    if (said) {
      let name = this.namesIn.get(said);
      if (name === undefined) {
        name = nameIn(said);
        this.namesIn.set(said, name);
      }
      if (name === said) return { speaker: said, entity: f.subject.entity };
      // A name in capitals after "according to" ("according to POLITICO") is no dateline, nor is one within its
      // sentence ("As POLITICO revealed, …").
      if (
        name === null &&
        f.subject.entity &&
        (/^according\s/i.test(this.masked.slice(f.cue.start, f.cue.end)) ||
          (ONE_WORD_IN_CAPITALS_RE.test(said) &&
            this.body.slice(f.subject.start, f.subject.end).endsWith(said) &&
            this.afterRunningWords(f.sentence, f.subject.end - said.length)))
      )
        return { speaker: said, entity: f.subject.entity };
      if (name === null) return { speaker: null, entity: null };
      const known = this.entityFor(name);
      return { speaker: known?.name ?? name, entity: known?.id ?? null };
    }
    if (f.subject.end <= f.subject.start) return { speaker: null, entity: null };
    // A place left as the phrase of an unnamed speaker (see placeFree) is where, not who: no label either.
    const alone = this.index.byStart.get(f.subject.start);
    if (alone?.end === f.subject.end && this.typeOfMention(alone) === 'place')
      return { speaker: null, entity: null };
    const sentStart = this.sentences[f.sentence]?.start ?? 0;
    const opensSentence = onlySpacesAndQuotes(this.masked, sentStart, f.subject.start);
    const author = this.authorIn(f.subject);
    if (author) return author;
    const firstIsName = this.index.byStart.has(f.subject.start);
    const described = describedSpeaker(
      this.body.slice(f.subject.start, f.subject.end),
      opensSentence,
      firstIsName,
    );
    if (described) return { speaker: described, entity: null };
    return (
      this.ownersPeople(f) ??
      this.openingActor(f) ??
      this.actorBeforeObject(f) ?? { speaker: null, entity: null }
    );
  }

  /**
   * "Obama’s aides retweeted": the subject search stops at the possessive and finds "aides" alone; with the owner
   * named before it, the phrase describes who spoke ("Obama’s aides").
   */
  private ownersPeople(f: Frame): Speaker | null {
    const possessive = /(?:’s|'s|’|')\s+$/.exec(
      this.masked.slice(Math.max(0, f.subject.start - 4), f.subject.start),
    );
    if (!possessive) return null;
    const m = this.index.byEnd.get(f.subject.start - possessive[0].length);
    if (!m || this.typeOfMention(m) === 'place') return null;
    const described = describedSpeaker(this.body.slice(m.start, f.subject.end), false, true);
    return described ? { speaker: described, entity: null } : null;
  }

  /**
   * "Mrs. Clinton has been a dogged" before "defender of", "Cruz made an unprompted" before "call for": the phrase
   * the subject search found is the object that opens the cue's own noun phrase, and the name before its verb holds
   * the view. (After a comma alone it is no object: "Clinton, a top aide said".)
   */
  private actorBeforeObject(f: Frame): Speaker | null {
    if (!LOWERCASE_OBJECT_RE.test(this.masked.slice(f.subject.start, f.subject.end))) return null;
    if (!/^\s*$/.test(this.masked.slice(f.subject.end, f.cue.start))) return null;
    const sent = this.sentences[f.sentence];
    const lead = this.masked.slice(Math.max(sent.start, f.subject.start - 60), f.subject.start);
    const verb = VERB_BEFORE_OBJECT_RE.exec(lead);
    if (!verb) return null;
    const m = this.index.byEnd.get(f.subject.start - verb[0].length);
    if (!m || this.typeOfMention(m) === 'place') return null;
    // "Republicans on the House Financial Services Committee approved": the name is the object of a preposition.
    if (PREP_BEFORE_RE.test(this.masked.slice(Math.max(sent.start, m.start - 12), m.start))) return null;
    const who = this.fromMention(m);
    return { speaker: who.speaker, entity: who.entity };
  }

  /**
   * A person or body named at the head of a subject phrase that runs on into its own predicate ("Trump took" before
   * "offense", "the SVP is campaigning") or names their statement ("Trump's controversial" before "pledge",
   * "Trump's comments"): the learned detector fires on a later word, and the name is whose words they are.
   */
  private openingActor(f: Frame): Speaker | null {
    let at = f.subject.start;
    if (/^the\s/i.test(this.masked.slice(at, at + 4))) at += 4;
    const m = this.index.byStart.get(at);
    if (!m || m.end >= f.subject.end || this.typeOfMention(m) === 'place') return null;
    const rest = this.masked.slice(m.end, f.subject.end);
    const owned = POSSESSIVE_RE.exec(rest);
    if (owned) {
      const words = splitAtSpaces(owned[1].trim());
      if (words.some((w) => FUNCTION_WORD.test(w))) return null;
      const cueWord = /^[\p{L}-]*/u.exec(this.masked.slice(f.cue.start, f.cue.end))?.[0] ?? '';
      if (!STATEMENT_NOUN.test(words[words.length - 1]) && !STATEMENT_NOUN.test(cueWord)) return null;
    } else {
      // "Smith took offense when reporters asked": a clause of its own inside the phrase has its own subject.
      if (CLAUSE_INSIDE_RE.test(rest) || wordCount(rest, 8) > 6) return null;
      // "The EU has used those" before "allegations": a demonstrative points back to what others said.
      if (/\b(?:this|these|those)\s*$/i.test(rest)) return null;
      const verb = /^\s/.test(rest) ? OPENING_PREDICATE_RE.exec(rest.trimStart())?.[1] : undefined;
      if (!verb || !(PAST_OR_AUX.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb))) return null;
    }
    const who = this.fromMention(m);
    return { speaker: who.speaker, entity: who.entity };
  }

  /**
   * "an analysis by Lily Batchelder", "a web video by the Republican National Committee": a work credited to a
   * named author speaks for that author.
   */
  private authorIn(subject: Subject): Speaker | null {
    const phrase = this.masked.slice(subject.start, subject.end);
    const by = WORK_BY_RE.exec(phrase);
    if (!by) return this.outletReportedIn(subject, phrase);
    let at = subject.start + by.index + by[0].length;
    if (this.masked.startsWith('the ', at)) at += 4;
    const m = this.index.byStart.get(at);
    if (!m || m.end > subject.end) {
      // "a new report by E! News": a name the entity stage missed still names the author, when it ends the phrase.
      const rest = this.masked.slice(at, subject.end);
      return CAPITALISED_NAME_RE.test(rest) ? { speaker: rest, entity: null } : null;
    }
    const who = this.fromMention(m);
    return { speaker: who.speaker, entity: who.entity };
  }

  /**
   * "a report in the Argus Leader of Sioux Falls": the outlet a report appeared in is its author; the place after
   * "of" is where the outlet is, and a place or a month right after "in" ("a report in March") is no outlet.
   */
  private outletReportedIn(subject: Subject, phrase: string): Speaker | null {
    // "a new Fast Company report": the name before the kind of work is its author.
    const named = NAMED_REPORT_RE.exec(phrase);
    if (named) {
      // "a June poll", "the September Washington Post-ABC News poll": a month tells when, not who.
      const name = named[1].replace(MONTH_RE, '').trim();
      if (name === '') return null;
      const known = this.entityFor(name);
      return { speaker: known?.name ?? name, entity: known?.id ?? null };
    }
    const m = REPORT_IN_RE.exec(phrase);
    if (!m) return null;
    const at = subject.start + m.index + m[0].length;
    const run = OUTLET_RUN_RE.exec(this.masked.slice(at, subject.end))?.[0];
    if (!run || MONTH_RE.test(run)) return null;
    const mention = this.index.byStart.get(at);
    if (mention && mention.end === at + run.length) {
      if (this.typeOfMention(mention) === 'place') return null;
      const who = this.fromMention(mention);
      return { speaker: who.speaker, entity: who.entity };
    }
    const known = this.entityFor(run);
    return { speaker: known?.name ?? run, entity: known?.id ?? null };
  }

  /** "The poll", "FEC records", "exit polls": a document or survey that a finding is attributed to. */
  isEvidence(subject: Subject): boolean {
    return EVIDENCE_END.test(this.masked.slice(subject.start, subject.end));
  }

  /**
   * "The birth of the newest Clinton is expected to coincide with …": a passive "expected to" right after its
   * subject tells what is foreseen, the subject part of it, as PolNeAR marks it (the content in two pieces around the
   * cue), and nobody named foresees it. Not for a person ("The Italian leader is expected to raise the issue"), whose
   * intention who-said-what lists as theirs (see index.ts, isIntention).
   */
  private expectedOf(subject: Subject, cs: number, word: string, afterCue: string): boolean {
    return (
      word === 'expected' &&
      !subject.speaker &&
      /^\s+to\s/.test(afterCue) &&
      !reportsAfterTo(afterCue) &&
      subject.end > subject.start &&
      EXPECTED_AUX_RE.test(this.masked.slice(subject.end, cs))
    );
  }

  /**
   * Where the noun phrase holding a name opens: "The birth of the newest Clinton", "rivals beyond Mr. Bush" (after
   * "In the coming weeks, "). The clause's start, after the last comma or joining word, within eight words and no
   * verb ("they say they support the changes lawmakers are expected to consider" opens at "lawmakers").
   */
  private phraseOpening(sentStart: number, at: number): number {
    const head = this.masked.slice(sentStart, at);
    let from = 0;
    for (const m of head.matchAll(PHRASE_BOUNDARY_RE)) from = (m.index ?? 0) + m[0].length;
    const lead = head.slice(from).match(/^[\s"~]*/)![0].length;
    const phrase = head.slice(from);
    return wordCount(phrase, 9) <= 8 && !hasVerb(phrase) && !CLAUSE_IN_PHRASE_RE.test(phrase)
      ? sentStart + from + lead
      : at;
  }

  /** Cuts a leading frame's content where a later ", X added" or ", adding" in the same sentence begins. */
  framesBySentence(): Map<number, Frame[]> {
    const out = new Map<number, Frame[]>();
    for (const f of this.frames) {
      const list = out.get(f.sentence);
      if (list) list.push(f);
      else out.set(f.sentence, [f]);
    }
    return out;
  }

  /** Whether a frame's cue lies in [from, to). */
  private frameWithin(from: number, to: number, frames: Frame[]): boolean {
    for (const h of frames) if (h.cue.start >= from && h.cue.end <= to) return true;
    return false;
  }

  trimRegions(): void {
    const bySentence = this.framesBySentence();
    // "Carter said he had …, the Times reported": a frame's content ends before the outlet that reports it.
    for (const c of this.channelFrames) bySentence.get(c.sentence)?.push(c);
    for (const f of this.frames) {
      // A transcript line is all its speaker's words, whoever they report in it.
      if (!f.region || f.verbatim) continue;
      for (const g of bySentence.get(f.sentence) ?? []) {
        if (g === f) continue;
        const at = g.subject.start >= f.region.start ? Math.min(g.subject.start, g.cue.start) : g.cue.start;
        if (at <= f.region.start || at >= f.region.end) continue;
        const before = this.masked.slice(f.region.start, at);
        const cut = before.match(/(?:[,;—–]|,?\s+(?:and|but))\s*$/);
        if (
          cut &&
          goesOnInContent(f, g, before.slice(0, before.length - cut[0].length), cut[0]) &&
          !cueForm(this.masked.slice(g.cue.start, g.cue.end))?.bare &&
          !this.frameWithin(f.region.start, at, bySentence.get(f.sentence)!)
        )
          continue;
        if (cut) f.region = { start: f.region.start, end: f.region.start + before.length - cut[0].length };
      }
    }
  }
}

/**
 * "said he was not certain the rule would apply, but planned to follow it": a second verb joined by "and" or "but"
 * that shares the first frame's subject goes on within what the first one reports, as PolNeAR marks it; its own
 * frame stays. Only where that frame's content is under half the first one's (so that `withoutRepeats` keeps both)
 * and no other frame stands between them; not past a quotation's close (a quote stays its words); a second verb of
 * speech ("denied A but said B") is a statement of its own (checked by the caller).
 */
const goesOnInContent = (f: Frame, g: Frame, before: string, link: string): boolean =>
  g.subject.start < f.region!.start &&
  g.subject.start === f.subject.start &&
  /\s(?:and|but)\s*$/.test(link) &&
  !/"\s*$/.test(before) &&
  !!g.region &&
  2 * (g.region.end - g.region.start) < f.region!.end - f.region!.start;

/** Whether a listed frame's content covers more than half of a learned frame's content, and repeats it. */
const isShadowed = (masked: string, f: Frame, listed: Frame[] | undefined): boolean => {
  const r = f.region!;
  if (!listed) return false;
  for (const g of listed)
    if (
      !opensContent(masked, g, f) &&
      Math.min(g.region!.end, r.end) - Math.max(g.region!.start, r.start) > 0.5 * (r.end - r.start)
    )
      return true;
  return false;
};

/**
 * Whether a listed frame's clause opens a learned frame's content, its subject first: "Hewitt suggested Trump hadn’t
 * meant his statement …", "were more likely to say they preferred Clinton": the learned verb reports the whole
 * clause, as PolNeAR marks it, so it repeats nothing. (Not a frame whose subject comes later: "has been targeting
 * Machado since Clinton … cited …" is no content of "has"; nor a learned verb inside its own content, "Stumpf
 * appeared to blame …", where the listed frame names the speaker.)
 */
const opensContent = (masked: string, g: Frame, f: Frame): boolean =>
  f.cue.end <= f.region!.start &&
  g.subject.end > g.subject.start &&
  g.subject.start >= f.region!.start &&
  g.cue.end <= f.region!.end &&
  /^\s*(?:that\s+)?$/.test(masked.slice(f.region!.start, g.subject.start));

/** A description after a speech verb, up to the comma before a name: "his best friend at Lehigh". */
const DESCRIPTION_AFTER_RE = /^(?:his|her|their|a|an|one|another|the)\s+[^,.;:"~]{2,60}?(?=,)/u;
/** A participle or adjective after an unnamed speaker, then the preposition of what describes them. */
// ("said Clinton aides on Monday": a day or a date after the preposition tells when, not who.)
const POST_MODIFIER_LEAD = `(?:(?:${POSTPOSED_WORDS})\\s+)?(?:to|for|of|with|at|in|on|from|inside|within|close\\s+to)\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|the\\s+(?:morning|evening|afternoon|weekend)|this\\s|last\\s|\\d)\\b)`;
/**
 * What may follow an unnamed speaker after a speech verb and still describe them, up to the clause's end: "to
 * President George W. Bush", "involved in the planning", "familiar with the Clinton campaign's organization".
 */
const POST_MODIFIER_RE = new RegExp(
  `^\\s+${POST_MODIFIER_LEAD}${String.raw`(?:[^,.;:!?"~()]|(?<=(?:\s|^|\.)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr))\.){1,60}?(?=\s*(?:[,;:!?]|$|(?<!(?:\s|^|\.)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr))\.))`}`,
  'u',
);

/** People by what they do, who may be described by whom they work for: "a lawyer for the Sierra Club". */
const PERSON_HEADS = new Set(
  'adviser advisor aide spokesman spokeswoman spokesperson lawyer attorney analyst anchor source official member director executive economist strategist friend correspondent reporter editor columnist host producer researcher professor fellow partner consultant lobbyist organizer staffer employee officer representative agent'.split(
    ' ',
  ),
);
/** ", a lawyer for the " ending where a name follows: the start of an apposition, after a comma. */
const APPOSED_NP_RE = /,\s*(?:a|an|the|his|her)\s+[^,"~;:()]{2,70}$/u;
/** A lowercase head and the preposition leading to the name after it: "adviser to ", "spokesman for the ". */
const HEAD_AND_PREPOSITION_RE = /(?:^|\s)(\p{Ll}+)\s+(?:to|for|of|with|at|close\s+to)\s+(?:the\s+)?$/u;

/** The length of such a post-modifier right after `at` in `head`, or 0. */
const postModifierLength = (head: string, at: number): number =>
  POST_MODIFIER_RE.exec(head.slice(at))?.[0].length ?? 0;

/** One person described, not named, closing the clause after a speech verb: "a Nevada Democrat", "one GOP aide". */
const UNNAMED_PERSON_AFTER_RE = new RegExp(
  String.raw`^((?:a|an|one|another)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?(?:Democrat|Republican|strategist|official|aide|adviser|advisor|leader|member|lawmaker|operative|donor|delegate|supporter|voter|source|spokes(?:man|woman|person)|insider|consultant|expert|analyst|observer|staffer|executive|lobbyist|activist|organizer|organiser|veteran|resident|student|worker|officer|diplomat|lawyer|attorney|economist|pollster|advocate|protester|protestor|demonstrator|user|friend|fan|man|woman|person|mother|father|parent|neighbou?r|teacher|owner|attendee|participant|witness|survivor|critic|commentator|journalist|reporter|writer|blogger|scholar|professor|historian|scientist|researcher|doctor|physician|nurse|farmer|employee|customer|passenger|driver|soldier|candidate|colleague|relative|citizen|immigrant|refugee|volunteer|manager|director|chairman|chairwoman|businessman|businesswoman|retiree|pastor|priest|senator|congressman|congresswoman|governor|mayor|judge|prosecutor|investigator|investor|banker|engineer))` +
    `(?=(?:\\s+${POST_MODIFIER_LEAD}[^,.;:!?"~()]{1,60}?)?\\s*(?:[,.;:!?]|$))`,
  'u',
);

/** A possessive name's ending and up to three lowercase words after it ("’s most surprising", "'s comments"). */
const POSSESSIVE_RE = /^[’']s?((?:\s+\p{Ll}[\p{L}-]*){0,3})\s*$/u;
/** Words that begin a phrase of their own after a possessive ("Trump's use of a"): no statement is named. */
const FUNCTION_WORD = /^(?:of|in|at|to|for|on|by|with|from|a|an|the|and|or|is|was|are|were|has|had)$/;
/** Nouns for what someone said, proposed or did in words: whose they are is whose the content is. */
const STATEMENT_NOUN =
  /^(?:comments?|remarks?|claims?|assertions?|pledges?|promises?|attacks?|calls?|suggestions?|rejection|embrace|endorsements?|refusal|focus|concerns?|posts?|tweets?|speech|statements?|words|arguments?|criticism|response|proposals?|vows?|warnings?|praise|broadside|insistence|denials?|complaints?|accusations?|charges?|announcement|admission|description|characterization|plea|defen[cs]e)$/;
/**
 * The first words of a predicate after a name: an optional "-ly" adverb, then (captured) the verb, which must be
 * a past tense or an auxiliary ("took", "quickly pivoted", "didn’t stop", "is campaigning").
 */
const OPENING_PREDICATE_RE = /^(?:\p{Ll}+ly\s+)?(\p{Ll}[\p{L}’']*)(?:\s|$)/u;
/** A comma or a word that opens a clause or a second subject ("when reporters", "and his aides"). */
const CLAUSE_INSIDE_RE =
  /[,;:]|\b(?:when|while|after|before|as|because|since|if|that|who|which|where|and|but|or|until|though|although|whether)\b/i;
/** A lowercase noun phrase opened by an article or a possessive: "a dogged", "an unprompted", "her final". */
const LOWERCASE_OBJECT_RE = /^(?:a|an|his|her|their|its)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u;
/**
 * What stands between a name and its object at the end of a sentence's opening: an optional apposition ("Hughes,
 * 43,") and a verb that takes the object ("has been", "made", "delivered").
 */
const VERB_BEFORE_OBJECT_RE =
  /(?:,[^,;:"~]{1,40},)?\s+(?:\p{Ll}+ly\s+)?(?:(?:has|had|have)\s+been|has|had|is|was|are|were|remains|remained|became|made|gave|took|used|\p{Ll}{3,}ed)\s+$/u;
/** A title of one gender right before a surname: "Mrs. ", "Ms. ", "Mr. ". */
const GENDER_TITLE_RE = /(?:^|[^\p{L}])(Mrs|Ms|Miss|Mr)\.?\s+$/u;
/** The first gendered pronoun of a stretch of text. */
const GENDERED_PRONOUN_RE = /\b(she|her|he|his|him)\b/i;
/** Irregular past tenses and auxiliaries that open a predicate. */
const PAST_OR_AUX = new Set(
  "took spoke made left shot began gave went came wrote sent put kept held brought stood ran won lost met saw felt thought found got struck threw drew chose rose fell broke led paid heard sought fought hit cut spent told said is was are were has have had did does didn’t didn't doesn’t doesn't won’t won't will would".split(
    ' ',
  ),
);

/** A comma, then up to six words describing the name that follows ("the news site ", "ministry spokesman "). */
const DESCRIBED_NAME_AFTER_COMMA_RE = /^,\s+((?:[\p{L}\p{N}’'.&-]+\s+){1,6})$/u;
/** The last word of such a description: a title or name, or a word for a person, body or outlet. */
const DESCRIPTOR_LAST_WORD =
  /^(?:\p{Lu}[\p{L}.&-]*|[\p{Ll}-]*(?:man|woman|men|women|person|people|er|ers|or|ors|ist|ists|ant|ants|ent|ents|site|agency|paper|outlet|network|official|officials|aide|aides|chief|head|leader|leaders|member|members|source|sources|expert|experts|president|secretary|minister|senator|governor|candidate|nominee|host|anchor|editor|editors|CEO|ceo))$/u;
/** A lowercase word for a person or an outlet opening the subject phrase ("spokesman Benali Cherif Abdelaziz"). */
const DESCRIPTOR_ROLE_WORD =
  /^(?=\p{Ll})[\p{Ll}-]*(?:man|woman|person|er|or|ist|ant|ent|site|agency|paper|official|aide|chief|head|leader|member|source|expert|president|secretary|minister|senator|governor|candidate|nominee|host|anchor|editor)$/u;
/** What may follow a verb that closes its sentence: a day or a time word, then the full stop. */
const CLOSES_SENTENCE_RE =
  /^\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|earlier|later|last\s+week|this\s+week)\s*)?[.!?]?\s*$/i;
/** Words that make the stretch after a comma a clause or an adjunct rather than a description of a name. */
const NOT_A_DESCRIPTOR_WORD =
  /^(?:that|who|whom|which|whose|where|when|while|as|and|but|or|nor|if|because|since|before|after|until|than|then|so|is|was|are|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|to|in|on|at|by|with|from|about|into|not|also|even|just|only|says?|said|told|according|unlike|like|despite|though|although|including|i|we|you|he|she|they|it)$/i;

/**
 * An adverbial opening a sentence, closed by its comma: "In addition, ", "In the short term, ", "On Monday, ",
 * "Meanwhile, ". A preposition or a sentence adverb first, at most six words, no second comma.
 */
const OPENING_ADJUNCT_RE =
  /^\s*(?:(?:(?:just|only|even|back|early|late)\s+)?(?:in|on|at|for|after|before|during|since|by|under|with|without|from|over|through|throughout|within|despite|unlike|like|last|this|earlier|later)\s+[^,;:"~()—–]{1,60}|meanwhile|however|still|instead|also|separately|additionally|moreover|furthermore|indeed|overall|similarly|likewise|ultimately|eventually|initially|now|today|yesterday|then|so|yet|but|and)\s*,\s*/i;
/**
 * A sentence ending on its verb, or on where or how something was said: "… agreed.", "… said in a statement.", "…
 * wrote in an email on Monday.", "… continued his remarks."
 */
const STATEMENT_CLOSES_RE =
  /^(?:\s+(?:in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:statement|interview|email|e-mail|tweet|post|release|letter)\b[^.;:"~]{0,30}|\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:remarks|comments|argument|point)|\s+\p{Ll}+ly)?\.\s*$/u;
/** A closing quotation mark, then only a capitalised name before the verb: "“…?” Beck ". */
/** Prepositions before the person words are about or to, not from ("by Ben Sisario:" and "from …:" name writers). */
const TOPIC_PREPOSITIONS = new Set([
  'of',
  'about',
  'on',
  'to',
  'at',
  'with',
  'against',
  'toward',
  'towards',
  'over',
  'regarding',
]);
/** A name written in capitals, one word: "POLITICO". */
const ONE_WORD_IN_CAPITALS_RE = /^[A-Z]{2,}$/;
/** An adverbial opening a sentence, up to its comma: "From his speech at the convention last week, ". */
const OPENING_ADVERBIAL_RE =
  /(?:From|In|At|After|Before|During|On|With|Without|Despite|Since|Following|Amid|Under|Through|Throughout|Like|Unlike)\s[^,;"~\n]{0,120},\s*/y;
/** The first letters of those words, as codes. */
const ADVERBIAL_INITIALS = new Set([...'FIABDOWSALUT'].map((c) => c.charCodeAt(0)));
/** A poll, survey or study named in an opening adverbial. */
const FINDINGS_RE = /\b(?:polls?|surveys?|study|studies|report)\b/i;
/** An honorific right before a name, as the name's descriptor may leave it out: "Ms. ". */
const HONORIFIC_END_RE = /(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s*$/;
/** What ends the words of a quotation that its sentence goes on after: "“…,” he said", "“…?” she asked". */
const CONTINUING_CLOSE = new Set([',', '?', '!', '—', '–']);
/**
 * After a quotation: its speaker (a few words, or a name with an apposition in commas) and a verb in the past
 * tense that closes the clause ("an angry Hollande retaliated.", "Murphy, the head of Right to Rise USA, Tweeted on
 * Friday"); or the verb first ("reacted Trump.").
 */
const VERB_CLOSING_QUOTE_RE =
  /^\s*,?\s*((?:[^\s.,;:!?"~]+\s+){1,6}?|[^\s.,;:!?"~][^.;:!?"~]{2,80}?,\s+|)(\p{Ll}{3,}ed|Tweeted)(?=\s*(?:[.,;!?]|$)|\s+(?:on|in|at|with|as|after|before|during|while|from|over|about|when|via|later|again|back|\p{Lu}[\p{L}’'.-]*\s*[.,]))/u;
/** Heads of a phrase that name a document or a body, not a person: "the editorial", "the campaign". */
const DOCUMENT_OR_BODY_RE =
  /^(?:editorial|article|report|study|survey|poll|statement|memo|letter|message|analysis|review|ad|video|tweet|post|complaint|lawsuit|filing|ruling|opinion|book|release|transcript|website|network|newspaper|campaign|committee|group|organization|agency|department|office|government|administration|ministry|council|commission|court|union|party|coalition|foundation|institute|center|team|board|panel)s?$/i;
/** A possessive after a name and the capitalised name it owns: "’s Plain Dealer". */
const OWNER_THEN_NAME_RE = /^[’']s\s+(?=\p{Lu})/u;
/** A phrase with an article after a verb, and its head: "a Wednesday editorial", "the campaign's statement". */
const DESCRIBED_AFTER_RE =
  /^((?:the|a|an|one|another)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?([\p{L}-]+))(?=\s*(?:[,.;:!?]|$)|\s+(?:in|of|for|from|by|on|at)\s)/u;
/** The verb first, in the present tense too, before a phrase or a name: "reads a Wednesday editorial in …". */
const VERB_THEN_SPEAKER_RE = /^\s*,?\s*()(\p{Ll}{3,}(?:ed|s))(?=\s+(?:the\s|a\s|an\s|\p{Lu}))/u;
/**
 * Words before such a verb that make it no speaker's: an auxiliary right before it, a relative pronoun, or only a
 * determiner ("“…,” the bespectacled, 71-year-old diplomat said": an adjective).
 */
const NOT_A_SPEAKER_TAG_RE =
  /(?:^|\s)(?:that|which|who|whom|whose|where|when)\s|(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had)\s+$|^(?:the|a|an|his|her|their|its)\s+$/i;
const QUOTE_THEN_NAME_RE = /"\s*,?\s*(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}$/u;
/** A party and state tag ending a name: "(R-OH)", "(D-Va.)", "(I-Vt.)". */
const PARTY_TAG_BEFORE_RE = /\([RDI]-[A-Z][A-Za-z.]{1,5}\)$/;
/** The same set off by commas: ", R-NY,", ", D-Calif.,". */
const PARTY_TAG_IN_COMMAS_RE = /,\s*[RDI]-[A-Z][A-Za-z.]{1,5},$/;
/** A conjunction opening a sentence, before its subject: "And …", "But …". */
const OPENING_CONJUNCTION_RE = /^(?:And|But|Yet|So)\s+/;
/** A sentence opening with "this" that is no time ("This has been …", not "This week,"). */
const THIS_NOT_TIME_RE =
  /^[\s"]*this\s+(?!(?:week|month|year|morning|afternoon|evening|weekend|summer|spring|fall|autumn|winter|time)\b)/i;
/** Verbs that report words said or written, not a finding, a view or an expectation ("found", "expected"). */
const SPEECH_BASES = new Set(
  'say tell add warn declare state announce claim note affirm explain insist argue assert stress emphasize point report write tweet acknowledge confirm deny suggest predict caution vow allege contend maintain reiterate respond complain conclude reveal testify proclaim'.split(
    ' ',
  ),
);
/** Forms that are more often nouns ("hours before reports that …", "the claims"). */
const NOUN_LIKE_FORMS = new Set([
  'reports',
  'claims',
  'notes',
  'comments',
  'promises',
  'calls',
  'fears',
  'hopes',
]);
/** Words that open a relative clause inside a phrase. */
const RELATIVE_WORD = /^(?:that|which|who|whom|whose|where|when)$/i;
/** What may follow the name after a verb of speech when that name is its speaker: an aside, the stop, a time. */
const INVERTED_SPEAKER_END_RE =
  /^(?:\s*(?:[,.;:!?)"~—–]|$)|\s+(?:on|in|at|during|last|this|after|before|when|while|who|of|to|from|with|via|according)\b)/i;
/** A preposition or conjunction opening what would be the subject phrase ("Among likely voters, …"). */
const CLAUSE_OPENER_RE =
  /^\s*(?:in|on|at|among|amid|for|after|before|during|since|by|under|with|without|from|over|through|despite|unlike|like|as|while|when|if|although|though|because|according|once|until|unless|whether|where|even)\b/i;
/** Quantities that open a phrase naming people ("Some advocates", "All three candidates", "Many speakers"). */
/** The last words of a quantity standing for people ("Some", "most of them", "three in five", "two-thirds"). */
const QUANTITY_LAST = new Set(
  'some many most others another one both few several half majority them those these three four five ten thirds fourths quarters'.split(
    ' ',
  ),
);
/**
 * A quantity standing alone as a subject, after the start of a clause: a punctuation mark or a word that opens one
 * ("and many said", "who many feel"). Not "all": it floats after its noun ("Bush and Kasich all appeared"), and "All
 * told" is an idiom.
 */
const QUANTITY_SUBJECT_RE =
  /(?:^|[,;:.(—–]\s*|(?:^|\s)(?:and|but|while|as|who|that|however|yet|so|because|though|although|where|whom|even|then|which|when|with|leaving|caused|led|And|But|Yet|So|While)\s+)((?:(?:more than|fewer than|less than|nearly|almost|about|only about|roughly|at least|just over|just under)\s+)?(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]thers|[Aa]nother|one|[Bb]oth|[Ff]ew|[Ss]everal|half|a majority|(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+in\s+(?:three|four|five|ten|\d+)|(?:one|two|three)-(?:thirds|fourths|quarters)|(?<!\d[,.])\d{1,3}(?:,\d{3})*)(?:\s+of\s+(?:them|those|these))?)$/u;
/** A common noun phrase and its "who"/"whose" clause opening a clause (see relativeClauseSubject). */
const RELATIVE_CLAUSE_SUBJECT_RE =
  /(?:^|,\s+|(?:^|\s)(?:while|though|although|because|but|and|While|Though|Although|Because|But|And)\s+)((?:(?:the|a|an|The|A|An|many|some|Many|Some)\s+)?(?:[\p{Ll}’'-]+\s+){0,2}[\p{Ll}’'-]+\s+(?:who|whose)\s+[^,;:"~()—–]{3,90}?)\s*$/u;
/** A plural noun with up to two words before it, opening a clause ("But opponents", ", security specialists"). */
const BARE_PLURAL_SUBJECT_RE =
  /(?:^|[,;:]\s*|(?:^|\s)(?:and|but|so|while|though|although|because|yet|if)\s+)((?:[\p{L}’'-]+\s+){0,2}?(\p{Ll}+[^s\s’']s))$/u;
/** What stands between a passive verb and its subject: a form of "be" and adverbs ("was first", "has been"). */
const PASSIVE_BE_RE =
  /^\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:(?:first|also|initially|originally|widely|\p{Ll}+ly)\s+)?$/u;
/** Verbs whose passive subject is blamed, praised or addressed ("was accused of", "were told that"). */
const ADDRESSED_PASSIVE_RE =
  /^(?:accused|criticized|criticised|blamed|condemned|attacked|praised|urged|asked|told|warned|questioned|pressed|slammed|denounced|applauded|lauded|challenged|mocked|ridiculed|advised|ordered|encouraged|reminded|assured|informed|called)$/i;
/** Adverbs that say a thing is reported by others, not by the clause's subject. */
const REPORTED_ADVERB_RE = /^(?:reportedly|allegedly|purportedly|supposedly)$/i;
/** Verbs whose passive names somebody to a post ("has been named acting secretary", "was appointed …"). */
const APPOINTED_PASSIVE_RE = /^(?:named|appointed|elected|chosen|nominated|tapped|picked|designated)$/i;
/** Cue words with a sense of doing, told by the words after them (and, for "estimated", an article before it). */
const ADDED_NUMBER = { after: /^\s+[\d$]/ };
const SNAPPED_OBJECT = { after: /^\s+(?:a|an|the|his|her|their|its)\s/i };
const FELT_EFFECT = { after: /^\s+the\s+(?:pinch|pain|heat|effects?|impact|brunt|squeeze)\b/i };
const MEANT_AMOUNT = { after: /^\s+(?:much|little|anything|nothing|a\s+lot)\b/i };
const DOING_SENSES = new Map<string, { after: RegExp; before?: RegExp }>([
  ['added', ADDED_NUMBER],
  ['adds', ADDED_NUMBER],
  ['add', ADDED_NUMBER],
  ['snapped', SNAPPED_OBJECT],
  ['snaps', SNAPPED_OBJECT],
  ['estimated', { after: /^\s+[\d$]/, before: /\ban\s+$/i }],
  ['feel', FELT_EFFECT],
  ['feels', FELT_EFFECT],
  ['felt', FELT_EFFECT],
  ['mean', MEANT_AMOUNT],
  ['means', MEANT_AMOUNT],
  ['meant', MEANT_AMOUNT],
]);
/** Nouns of hope and fear that are also verbs of stance ("hopes", "fears"). */
const HOPES_OR_FEARS_RE = /^(?:hopes|fears|hope|fear)$/i;
/** Content that is a time and nothing more: "earlier this year", "last week", "on Monday". */
const TIME_ONLY_RE =
  /^\s*(?:(?:earlier|later|last|this|next|early|late)\s+(?:this\s+|last\s+|next\s+)?(?:year|month|week|weekend|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|recently)\s*[.,;]?\s*$/i;
/** A role and the preposition that ties it to a place: "the mayor of ", "a spokesman for the ". */
const PLACE_OF_ROLE_RE = /^(?:the|a|an)?\s*\p{Ll}[\p{L}\s-]{1,40}\s(?:of|for|in|from)\s+(?:the\s+)?$/u;
/** A relative clause opening: "which was …", "who …". */
const RELATIVE_OPENING_RE = /^(?:which|who|whose|where)\s/i;
/** "than " right before a name (its first names between): the other side of a comparison. */
const COMPARED_BEFORE_RE = /\bthan\s+(?:[\p{Lu}][\p{L}’'-]*\s+){0,2}$/u;
/** A possessive right before a word: "Spain’s ", "his ", "their ". */
const POSSESSIVE_BEFORE_RE = /(?:[’']s|\b(?:his|her|their|its|our|my|your))\s+$/i;
/** Pronouns that name a person or a thing, not a clause's relative ("who", "which", "that" stay). */
const PERSONAL_PRONOUN_RE = /^(?:he|she|it|they|we|i|you)$/i;
/** Up to six words of a phrase before its subject's last words (see asideSubjectPhrase). */
const ASIDE_SUBJECT_LEAD_RE = /^\s+(?:[\p{L}\p{N}’'.&-]+\s+){1,6}$/u;
const ASIDE_OPENER_RE =
  /^(?:as|and|but|or|nor|though|although|while|whereas|when|whenever|if|unless|because|since|until|so|yet|then|than|once)$/i;
/** Plural nouns of time: "For years, …" or "Two days later, …" open no subject. */
const TIME_PLURAL_RE = /^(?:years|months|weeks|days|hours|minutes|decades|times|nights|mornings)$/;
/** A count of people ends the quantity ("43", "at least 21,000"), and what it may say before. */
const BARE_COUNT_RE = /(?:^|\s)\d{1,3}(?:,\d{3})*$/;
const COUNT_SAID_RE = /^\s+(?:(?:have|had)\s+)?(?:(?:also|publicly)\s+)?(?:said|say|says)\s/;
/** "another", "one": a subject before a verb ("another said", "one suggested"), a determiner before a noun. */
const SINGULAR_QUANTITY = new Set(['another', 'one']);
/** A verb after "another" or "one": past, present in -s, or a modal ("; another critic of …" is a noun). */
const VERB_NEXT_RE =
  /^\s+(?:\p{Ll}+(?:ed|s)|said|told|wrote|thought|felt|put|might|may|could|would|will|can|should|must)(?![\p{L}])/u;
/** A plural noun next ("worries", "calls"): the quantity before it is its determiner, not a subject. */
const PLURAL_NEXT_RE = /^\s+\p{Ll}+[^s\s]s\b/u;
/** A verb that makes or leads someone to do something, and that someone (up to six words), before "to". */
const MADE_TO_RE =
  /(?:^|[^\p{L}])(?:led|leads?|leading|forced?|forces|forcing|caused?|causes|causing|prompted|prompts?|prompting|pushed|pushing|pressed|pressured|persuaded|convinced|encouraged|allowed|urged|sent|sends)\s+((?:[\p{L}\p{N}.’'-]+,?\s+){1,6})$/u;
/** A written or spoken piece whose author, not the piece, holds what it says ("a letter to Comey seeking …"). */
const WRITTEN_BY_SOMEONE_RE =
  /\b(?:statements?|letters?|tweets?|posts?|releases?|memos?|e-?mails?|filings?|ads?|videos?|op-eds?|speech|remarks|comments)\b/i;
/** A form of "be" (and adverbs) ending the text before a participle: "is demanding", "are gently urging". */
const PROGRESSIVE_BEFORE_RE =
  /(?:^|[^\p{L}’'])(?:is|are|was|were|been|be|am)\s+(?:(?:also|still|now|not|already|just|\p{Ll}+ly)\s+)*$/u;
/** A pronoun opening a clause, followed by a lower-case word (its verb or an adverb). */
const CLAUSE_PRONOUN_RE = /^(he|she|they)(?:['’](?:s|d|ve|re|ll))?\s+(?=\p{Ll})/iu;
/**
 * A subject phrase opening a clause: an article or possessive and up to four words, or a capitalised name of up to
 * four words, then an auxiliary or a past-tense word ("The Post intervened", "His campaign sued", "The New York
 * businessman has praised").
 */
const CLAUSE_OPENING_PHRASE_RE =
  /^((?:(?:The|A|An|His|Her|Its|Their)\s+(?:[\p{L}\p{N}.’'-]+\s+){0,3}[\p{L}\p{N}.’'-]+)|(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*)\s+(?:(?:also|later|then|basically|quickly|again|still|already|even|now|just)\s+)?(?:is|are|was|were|has|have|had|will|would|did|does|\p{Ll}+ed)(?=[\s,])/u;
const OPENING_QUANTIFIER = new Set(['some', 'many', 'most', 'all', 'both', 'each', 'several']);
const OTHER_OPENING = new Set(['other', 'another']);

/** A sentence opened by "As" before the speaker of an aside ("As Smith noted, …", "But as the paper reported, …"). */
const AS_OPENING_RE = /^[\s"~(]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+$/i;
/** The same "As" with more words after it, which may be the speaker's titles. */
const AS_THEN_TITLES_RE = /^[\s"~(]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+(?=\S)/i;
/**
 * The rest of such an aside up to its comma: an adverbial at most ("in December", "in an op-ed Thursday"), not an
 * object ("As Trump lamented illegal immigration, …" is a clause of time).
 */
const AS_ASIDE_REST_RE =
  /^(?:\s+(?:in|on|at|during|last|this|earlier|recently|to|with|for|about|after|before|over|since)\b[^,.;:"~]{0,55})?\s*,\s*/i;

/** A content closed by ", as" before the speaker of a trailing aside ("…, as Smith said"). */
const AS_ASIDE_RE = /[,—–]\s*as\s+$/i;

/** Longest content a frame can have that quotes are checked against: a transcript paragraph. */
const MAX_REGION = 20_000;

/** Whitespace or , ; : — – -: what a content neither opens nor (with a full stop too) ends with. */
const isContentEdge = (c: number): boolean =>
  c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45 || isWhitespace(c);
const trimContent = (body: string, s: Span): Span => {
  let a = s.start;
  let b = s.end;
  while (a < b && isContentEdge(body.charCodeAt(a))) a++;
  while (b > a && (isContentEdge(body.charCodeAt(b - 1)) || body.charCodeAt(b - 1) === 46)) b--;
  // "(As Gupta noted, the risk was moderate.)": a bracket closing what opened before the content is not its own.
  if (b > a && body.charCodeAt(b - 1) === 41 && body.lastIndexOf('(', b - 1) < a) {
    b--;
    while (b > a && (isContentEdge(body.charCodeAt(b - 1)) || body.charCodeAt(b - 1) === 46)) b--;
  }
  return { start: a, end: b };
};

/** The forms of "show" that records, data and polls take: "records show", "the data showed". */
const SHOW_FORMS = new Set(['show', 'shows', 'showed']);
/** Records after a comma, before "show": "…, F.A.A. records", "…, new fundraising reports". */
const RECORDS_AFTER_COMMA_RE =
  /,\s+(?:[\p{L}.’'-]+\s+){0,3}(?:records|data|documents|filings|reports|figures|results|numbers|statistics|polls|surveys|tallies|e-?mails)\s+$/u;
/** What a report gives: a gerund ("raising"), an amount, "no arrests", "a profit of". */
const REPORTED_WHAT_RE =
  /^(?:\p{Ll}{3,}ing\s|\$|\d|no\s|between\s|(?:a|an)\s+(?:profit|loss|gain|decline|drop|increase|rise)\b)/u;

/**
 * Where "Asked" or "When asked", with "asked" at `cs`, opens a text, a line or a sentence (after a stop, a question
 * or exclamation mark or a quotation mark, then spaces), as /(^|[\n.!?"]\s*)(?:When\s+asked|Asked)(?=\s)/ finds it;
 * -1 when it does not.
 */
function askedOpeningAt(text: string, cs: number): number {
  if (cs + 5 >= text.length || !isWhitespace(codeAt(text, cs + 5))) return -1;
  let phrase = cs;
  if (text[cs] === 'a') {
    let k = cs;
    while (k > 0 && isWhitespace(codeAt(text, k - 1))) k--;
    if (k === cs || k < 4 || text.slice(k - 4, k) !== 'When') return -1;
    phrase = k - 4;
  } else if (text[cs] !== 'A') return -1;
  if (phrase === 0) return 0;
  let j = phrase;
  while (j > 0 && isWhitespace(codeAt(text, j - 1))) j--;
  if (j > 0 && '\n.!?"'.includes(text[j - 1])) return phrase;
  return text.slice(j, phrase).includes('\n') ? phrase : -1;
}
/**
 * Where the question starts after "Asked": an asker ("by Stephanopoulos", group 1) and where or when it was put
 * ("on Fox News", "during a January debate") at most, then the question word.
 */
const ASKED_QUESTION_RE =
  /^\s+(?:by\s+([^\s,.;:"~]+(?:\s+[\p{Lu}][^\s,.;:"~]*){0,3})\s+)?(?:[^\s,.;:"~]+\s+){0,8}?(?=(?:whether|if|what|why|how|who|whom|which|when|where|about|to)\s)/u;
/**
 * The comma that ends the question, before the clause that answers it: a name, a number, a pronoun or a determiner
 * next (the first such comma: an apposition in the question ends it early, "whether Trump, the nominee, …").
 */
const ANSWER_AFTER_RE = /,\s+(?=[\p{Lu}\d"~]|(?:he|she|they|we|it|the|a|an|his|her|their|its)\s)/u;
/** What leaves "asked" without its asker: "when asked whether …", "Asked if …" opening the sentence. */
const WHEN_ASKED_RE = /(?:^|\b(?:when|after|once|if|as))\s*$/i;
/** A clause opening with the question put to the speaker. */
const ASKED_RE = /^[\s"~]*(?:(?:when|after|before|if)\s+)?(?:asked|pressed|questioned)\s/i;
/** A work and the "by" that credits its author: "analysis by", "a web video by", "a study from". */
const WORK_BY_RE =
  /\b(?:analysis|analyses|study|studies|report|poll|survey|review|estimate|memo|letter|paper|audit|investigation|video|ad|advertisement|op-ed|column|editorial|statement|book|calculations?)\s+(?:by|from)\s+/i;
/** "a new Fast Company report", "the latest Gallup poll": a work named by its author's name. */
const NAMED_REPORT_RE =
  /^(?:a|an|the)\s+(?:(?:new|recent|latest|separate|previous|earlier|recently\s+released)\s+)?([\p{Lu}][\p{L}\p{N}!.&’'/-]*(?:\s+[\p{Lu}][\p{L}\p{N}!.&’'/-]*){0,3})\s+(?:report|story|article|analysis|investigation|poll|survey|review|study)$/u;
/** "a report in the ", "an article in ": a work published in an outlet. */
const REPORT_IN_RE =
  /\b(?:report|article|story|editorial|column|op-ed|interview)\s+in\s+(?:the\s+)?(?=\p{Lu})/u;
/** An outlet's capitalised words, up to "of" and its place ("Argus Leader" of "Argus Leader of Sioux Falls"). */
const OUTLET_RUN_RE = /^[\p{Lu}][\p{L}\p{N}!.&’'-]*(?:\s+[\p{Lu}][\p{L}\p{N}!.&’'-]*){0,4}(?=\s+of\s|\s*$)/u;
const MONTH_RE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** One to five capitalised words and nothing else ("E! News", "Goldman Sachs"). */
const CAPITALISED_NAME_RE = /^[\p{Lu}][\p{L}\p{N}!.&’'-]*(?:\s+[\p{Lu}][\p{L}\p{N}!.&’'-]*){0,4}$/u;

/** A dateline opening a wire story: "WASHINGTON, March 4 (Reuters) - ", "BRUSSELS — ", "MOSCOW (AP) -- ". */
/** An agency's credit opening a story without its city: "(Reuters) — ", "(CNN) ", "(AP) -- ". */
const AGENCY_CREDIT_RE = /^\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa|Xinhua)\)\s*(?:(?:-{1,2}|[—–])\s*)?/;
const DATELINE_RE =
  /^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:-{1,2}|[—–])\s+/;

/**
 * One attribution per stretch of text: two cues over the same words ("rejected …, warning that …",
 * "questioned the health of …" and "the health of …") give one statement twice. Two paraphrases that share at
 * least half of the longer one are one, and the first stays (the list is sorted); of two over the very same
 * words, the one that names a speaker.
 * Quotations always stay: a partial quote inside a paraphrase is a quote of its own.
 */
function withoutRepeats(sorted: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const a of sorted) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(a);
      continue;
    }
    const shared = Math.min(prev.end, a.end) - Math.max(prev.start, a.start);
    if (prev.start === a.start && prev.end === a.end) {
      if (!prev.speaker && a.speaker) out[out.length - 1] = a;
    } else if (
      prev.kind !== 'indirect' ||
      a.kind !== 'indirect' ||
      shared < 0.5 * Math.max(prev.end - prev.start, a.end - a.start)
    )
      out.push(a);
  }
  return out;
}

/**
 * The object of a verb before a colon: "reiterated many of the campaign pledges he's been making for months: …",
 * "endorsed one of their preferred methods for stopping Trump: …". PolNeAR's content holds it, up to what the colon
 * lists; not a listener ("told reporters: …"), an adverbial ("said in a statement: …", "said Tuesday: …"), "the
 * following:" or a colon that ends its paragraph ("issued a statement:⏎⏎“…”"), which open what was said.
 */
const objectBeforeColon = (stretch: string, info: CueInfo | null): boolean =>
  !LISTENER_VERB_RE.test(info?.base ?? '') && OBJECT_BEFORE_COLON_RE.test(stretch);
const OBJECT_BEFORE_COLON_RE =
  /^\s+(?!the\s+following\b)(?:the|a|an|many|some|one|several|his|her|their|its|our|something|them|similar|another|few)\s[^\n]*:[^\S\n]*$/;
const LISTENER_VERB_RE = /^(?:tell|ask|inform|remind|assure|warn|urge|brief|advise|notify|question)/;

/** Index of the first element of ascending xs above v. */
const upperBound = (xs: number[], v: number): number => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

// A frame whose content is all quotation is a direct quote; otherwise its content is also reported speech
// ("said that voting fraud is “a big problem” but “…”" keeps it beside the quotes). With one word of its own
// ("that “…”") it is listed as framing only (see Attribution.framing).
/** Words of a frame's content outside its quotation marks (at most 2 counted). */
const ownWords = (masked: string, f: Frame): number => {
  const r = trimContent(masked, f.region!);
  return wordCount(masked.slice(r.start, r.end).replace(/"~*"?/g, ''), 2);
};

/** Whether a frame's content has a word of its own besides its quotations and an opening "that" (0 or 1). */
const wordsOutsideQuotes = (masked: string, f: Frame): number => {
  const r = trimContent(masked, f.region!);
  return wordCount(
    masked
      .slice(r.start, r.end)
      .replace(/"~*"?/g, ' ')
      .replace(/^\s*that\s/, ''),
    1,
  );
};

/**
 * Verbs whose object is the stance itself, however short, as PolNeAR marks it: "declined to comment", "rejected the
 * label", "endorsed Clinton". ("opposed", "defended" and "announced" were tried too: "opposed to Trump", "announced
 * Monday morning" read wrong; bench/quotes/RESULTS.md, quotes18.)
 */
const SHORT_OBJECT_CUE_RE = /^(?:declin|reject|endors)/i;
/** The fewest words a frame's content may hold to be listed (three, so that fragments are not). */
const minContentWords = (body: string, f: Frame): number => {
  if (f.piece) return 1;
  // "46 percent said yes": a short answer after the verb is all that was said (see short-answers.ts).
  const r = f.region;
  if (r && r.start >= f.cue.end && bareAnswerLength(body.slice(r.start, r.end)) > 0) return 1;
  // "The meeting was first reported by Politico": a passive verb's subject, however short, is what was reported.
  if (r && r.end <= f.cue.start && body.startsWith(' by ', f.cue.end)) return 1;
  const cue = body.slice(f.cue.start, f.cue.end);
  return mayOpenShortObjectCue(cue) && SHORT_OBJECT_CUE_RE.test(cue) ? 1 : 3;
};

/** Quotes with speakers, plus the frames and quoted passages behind them. */
/**
 * The frame a quote standing alone at `at` runs on from: the one of the last quote before it in its paragraph, or
 * when none comes before, the first after it ("“A.” “B,” he said.").
 */
function speakerRunningOn(list: { at: number; frame: Frame }[] | undefined, at: number): Frame | null {
  if (!list) return null;
  let found: Frame | null = null;
  for (const e of list) {
    if (e.at >= at) break;
    found = e.frame;
  }
  return found ?? list[0].frame;
}

/**
 * "Sometimes employees don’t follow the rules, he said. “But does that mean …?”": a quotation standing alone right
 * after a sentence of reported speech in the same paragraph goes on in that speaker's voice. Only a speech verb's
 * frame with a named speaker counts, not a stance or a learned word.
 */
function reportedJustBefore(bySentence: Map<number, Frame[]>, sIdx: number, para: number): Frame | null {
  const before = bySentence.get(sIdx - 1) ?? [];
  const named = before.filter((g) => g.paragraph === para && g.subject.entity && g.region && !g.learnedCue);
  return named.length === 1 ? named[0] : null;
}

/**
 * Whether a quotation that closes on a comma, "?" or "!" is followed by a few words and a full stop within its
 * sentence (ending at `end`): a tag ("“…,” the two write."), read by no frame, that still gives the quote a speaker
 * of its own.
 */
function unreadTagAfter(body: string, masked: string, q: QuotedSpan, end: number): boolean {
  const last = body.charCodeAt(q.innerEnd - 1);
  if (last !== 44 && last !== 63 && last !== 33) return false;
  // The tag's sentence may run on into the next quotation: read up to the first full stop.
  const stop = masked.indexOf('.', q.close);
  if (stop < 0 || stop > end || stop - q.close > 50) return false;
  return UNREAD_TAG_RE.test(masked.slice(q.close, stop));
}

/**
 * "“Supporters of some other candidates,” Blackwell added, “have focused …”": a quotation broken by its tag. The
 * tag's frame holds what follows it; the words before the tag are the same speaker's. Only a quotation that ends
 * in a comma, with nothing but the tag between it and that frame's content.
 */
function tagBreaking(body: string, masked: string, q: QuotedSpan, frames: Frame[] | undefined): Frame | null {
  if (!frames || q.innerEnd <= q.innerStart || body[q.innerEnd - 1] !== ',') return null;
  for (const f of frames) {
    if (!f.region || f.region.start < q.close) continue;
    const tagStart = Math.min(f.subject.start, f.cue.start);
    const tagEnd = Math.max(f.subject.end, f.cue.end);
    if (tagStart < q.close || !/^\s*$/.test(masked.slice(q.close, tagStart))) continue;
    if (/^,?[^",.;:~]{0,40}?,\s*$/.test(masked.slice(tagEnd, f.region.start))) return f;
  }
  return null;
}

/**
 * "“It is a difficult issue,” said the senator, “because it puts …”": a quotation that resumes right after the tag
 * of the quotation before it is the same speaker's, named or not (a named one is also found as the sentence's only
 * speaker). Only a comma between the tag and the quotation, and a tag that closes the quotation before it.
 */
function tagResumed(masked: string, q: QuotedSpan, frames: Frame[] | undefined): Frame | null {
  if (!frames) return null;
  for (const f of frames) {
    if (!f.region || f.region.end > q.open) continue;
    const tagStart = Math.min(f.subject.start, f.cue.start);
    const tagEnd = Math.max(f.subject.end, f.cue.end);
    if (tagEnd > q.open || !/^,\s*$/.test(masked.slice(tagEnd, q.open))) continue;
    if (/^[\s,]*["\u201d]?[\s,]*$/.test(masked.slice(f.region.end, tagStart))) return f;
  }
  return null;
}

export function findAttributions(
  body: string,
  mentions: Mention[],
  entities: LocalEntity[],
): AttributionResult {
  const fx = new Finder(body, mentions, entities);
  fx.run();
  fx.dropShadowedLearned();
  fx.trimRegions();
  const out: Attribution[] = [];
  const framesWithQuotes = new Set<Frame>();
  const quoteFrame = new Map<QuotedSpan, Frame | null>();
  // Frames by where their content starts, so that each quote looks only at the frames that can hold it.
  const withRegion = fx.frames.filter((f) => f.region).sort((a, b) => a.region!.start - b.region!.start);
  const regionStarts = withRegion.map((f) => f.region!.start);
  for (const q of fx.quoted) {
    let best: Frame | null = null;
    for (let i = upperBound(regionStarts, q.open + 1) - 1; i >= 0; i--) {
      const f = withRegion[i];
      if (!f.region) continue;
      if (f.region.start < q.open - MAX_REGION) break;
      if (f.region.start <= q.open + 1 && q.close - 1 <= f.region.end + 1) {
        const better =
          !best ||
          (f.subject.speaker && !best.subject.speaker) ||
          (!!f.subject.speaker === !!best.subject.speaker &&
            f.region.end - f.region.start < best.region!.end - best.region!.start);
        if (better) best = f;
      }
    }
    quoteFrame.set(q, best);
  }
  const bySentence = fx.framesBySentence();
  const framedParagraphs = new Set(fx.frames.map((g) => g.paragraph));
  // Per paragraph, each named frame of a quote with where that quote opens, in text order.
  const directByPara = new Map<number, { at: number; frame: Frame }[]>();
  // A frame of a quote whose speaker the text leaves unresolved ("“…,” he said" with no "he" in reach) still
  // holds the quotes that run on in its paragraph: one attribution in pieces, as PolNeAR marks it.
  const unnamedByPara = new Map<number, Frame>();
  for (const q of fx.quoted) {
    const f = quoteFrame.get(q) ?? null;
    if (f) {
      framesWithQuotes.add(f);
      if (f.subject.speaker) {
        const list = directByPara.get(f.paragraph);
        if (list) list.push({ at: q.open, frame: f });
        else directByPara.set(f.paragraph, [{ at: q.open, frame: f }]);
      } else unnamedByPara.set(f.paragraph, f);
    }
  }
  for (const q of fx.quoted) {
    let f = quoteFrame.get(q) ?? null;
    const words = wordCount(body.slice(q.innerStart, q.innerEnd), 8);
    const before = body.slice(Math.max(0, q.open - 30), q.open);
    if (SCARE_BEFORE.test(before)) continue;
    // "tells MSNBC’s “Morning Joe” on Friday", "on CBS's "Face the Nation"": a show's title after its network (not
    // a person's words: "Trump’s “Incredibly Hateful Rhetoric”").
    if (fx.showTitleAfterOutlet(q, before)) continue;
    let kind: Quote['kind'];
    if (f) {
      kind = wordsOutsideQuotes(fx.masked, f) === 0 ? 'direct' : 'partial';
    } else {
      const sIdx = fx.sentenceAt(q.open);
      const s = fx.sentences[sIdx];
      const standalone =
        q.multiParagraph ||
        (s && q.open <= s.start + 1 && q.close >= s.end - 2) ||
        (s && q.open <= s.start + 1 && words >= 8);
      // "“…,” Tester said, referring to the excuse, “…”": one speaker for the sentence's quotes.
      // Only when no one else is named between that frame and this quote.
      const inSentence = (bySentence.get(sIdx) ?? []).filter(
        (g) =>
          g.subject.speaker &&
          g.region &&
          g.cue.start < q.open &&
          !fx.nameBetweenOtherThanTopic(Math.max(g.cue.end, g.region.end, g.subject.end), q.open),
      );
      const introduced = inSentence.length === 1 && words >= 2 ? null : fx.introducer(q);
      // A lone word before the tag ("“Honestly,” he said, …") is no quote to list on its own.
      const broken = words >= 2 ? tagBreaking(body, fx.masked, q, bySentence.get(sIdx)) : null;
      const resumed = broken ? null : tagResumed(fx.masked, q, bySentence.get(sIdx));
      if (broken) {
        f = broken;
        kind = 'direct';
      } else if (resumed) {
        f = resumed;
        kind = 'direct';
      } else if (inSentence.length === 1 && words >= 2) {
        f = inSentence[0];
        kind = 'direct';
      } else if (introduced) {
        f = introduced;
        kind = 'direct';
      } else if (!standalone) {
        if (words < 4) continue;
        kind = 'partial';
        // "“…,” said Steve Schmidt. Unless rivals quit, “it's very difficult to see how he is stopped on his way to
        // the nomination.”": a long quotation in a sentence with no frame of its own goes on in the voice of the
        // sentence before (a short one is more often a term or a title).
        if (words >= 8 && !bySentence.has(sIdx))
          f = reportedJustBefore(bySentence, sIdx, fx.paragraphAt(q.open));
      } else {
        kind = 'direct';
        const para = fx.paragraphAt(q.open);
        // Speech often runs on: a quote alone in a paragraph continues the speaker of the one before.
        // ("“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “…”": hers, the speaker of
        // the quote before it, not of the one after.)
        // "“You seem to have picked a new standard,” the two write.": a tag no frame reads still says whose the
        // quote is, so it does not run on from the speaker before; it stays unattributed.
        const tagged = unreadTagAfter(body, fx.masked, q, s.end);
        f = tagged
          ? null
          : (speakerRunningOn(directByPara.get(para), q.open) ??
            unnamedByPara.get(para) ??
            reportedJustBefore(bySentence, sIdx, para));
        if (!f && !tagged) {
          // "Erekat said it was only the latest move by the US …\n\n“They wanted us on our knees …”": a paragraph
          // of quotation alone goes on in the voice of the reported speech that closed the paragraph before.
          const before = fx.paragraphBefore(para);
          const prev =
            speakerRunningOn(directByPara.get(before), q.open) ??
            (q.close >= fx.paraEndOf(para) - 1 ? reportedJustBefore(bySentence, sIdx, before) : null);
          const framesHere = framedParagraphs.has(para);
          if (prev && !framesHere && q.open <= fx.paraStartOf(para) + 1) f = prev;
        }
      }
      if (words < 2 && kind !== 'direct') continue;
    }
    const content = { start: q.innerStart, end: q.innerEnd };
    const who = f ? fx.speakerFor(f) : null;
    out.push({
      start: content.start,
      end: content.end,
      text: body.slice(content.start, content.end),
      kind,
      speaker: who?.speaker ?? null,
      speakerEntity: who?.entity ?? null,
      via: f?.via ?? null,
      source: f ? { start: f.subject.start, end: f.subject.end } : null,
      cue: f ? f.cue : null,
      sourceKind: f ? f.subject.kind : null,
      learnedCue: f?.learnedCue ?? false,
    });
  }
  for (const f of fx.frames) {
    if (!f.region) continue;
    const own = framesWithQuotes.has(f) ? ownWords(fx.masked, f) : 2;
    if (own === 0) continue;
    const r = trimContent(body, f.region);
    // "WASHINGTON, March 4 (Reuters) - The United States …, the Treasury said": the dateline is no content.
    const dateline = mayOpenCapitalsDateline(body, r.start)
      ? body.slice(r.start, r.start + 80).match(DATELINE_RE)
      : null;
    if (dateline) r.start += dateline[0].length;
    // "(Reuters) — The New York State Attorney General is investigating WeWork": an agency's credit without its city.
    else if (body.charCodeAt(r.start) === 40)
      r.start += AGENCY_CREDIT_RE.exec(body.slice(r.start, r.start + 24))?.[0].length ?? 0;
    if (wordCount(body.slice(r.start, r.end), 3) < minContentWords(body, f)) continue;
    // A transcript line is the speaker's own words, final stop included.
    if (f.verbatim && /[.!?]/.test(body[r.end] ?? '')) r.end++;
    const who = fx.speakerFor(f);
    out.push({
      start: r.start,
      end: r.end,
      text: body.slice(r.start, r.end),
      kind: f.verbatim ? 'direct' : 'indirect',
      speaker: who.speaker,
      speakerEntity: who.entity,
      via: f.via,
      source: { start: f.subject.start, end: f.subject.end },
      cue: f.cue,
      sourceKind: f.subject.kind,
      learnedCue: f.learnedCue ?? false,
      framing: own === 1,
    });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { attributions: withoutRepeats(out), frames: fx.frames, quoted: fx.quoted };
}

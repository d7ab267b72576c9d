// Patterns and word tests that only the reading of one speech cue uses (no article state).

import { opensLower } from '../gates.js';
import { CUE_SOURCE } from '../lexicon.js';
import { codeAt, isAsciiLetter } from '../text.js';
import { CLAUSE_VERB_PASTS } from '../verb-forms.js';
import { WordTable } from '../word-table.js';
import { FINITE } from './patterns.js';

/** A noun after a name that makes the name its modifier: "the Sanders campaign", "Clinton supporters". */
export const NAME_AS_MODIFIER_RE =
  /^(?:’s|'s)?\s+(?:campaign|camp|supporters?|backers?|aides?|allies|ally|advisers?|staff|team|spokes\w+|administration|surrogates?|loyalists?|critics?|fans?|voters?|delegates?|people|officials?|lawyers?|attorneys?|family|foundation|operation|operatives?)\b/;

const CUE_TEST_SOURCE = `(?<![\\p{L}\\p{N}-])(?:according\\s+to|${CUE_SOURCE})(?![\\p{L}\\p{N}])`;
const CUE_TEST = new RegExp(CUE_TEST_SOURCE, 'iu');
/** The same pattern tried at one place only (sticky). */
const CUE_AT = new RegExp(CUE_TEST_SOURCE, 'iuy');

/** The letters (a–z) each cue form opens with, up to its first other character ("doesn" of "doesn't want"). */
const CUE_OPENINGS = new WordTable(
  ['according', ...CUE_SOURCE.split('|')].map((form) => [/^[a-z]+/.exec(form)?.[0] ?? '', true] as const),
);

/**
 * CUE_TEST.test(s), with the pattern tried only where a word of s opens like a cue: a match starts a run of
 * letters that is exactly a form's opening letters (the forms are ASCII), so it is tried there alone (sticky), not
 * from every character of s. Only "ſ" and the Kelvin sign fold to A–Z in a case-insensitive Unicode pattern; a
 * text holding one goes straight to the whole pattern.
 */
export function mayHoldCue(s: string): boolean {
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
    if (CUE_OPENINGS.get(s, start, i, true) === undefined) continue;
    CUE_AT.lastIndex = start;
    if (CUE_AT.test(s)) return true;
  }
  return false;
}

/** What may follow the verb of a trailing "…, X said" frame: the end, an aside, a time or place. */
export const TRAILING_AFTER =
  /^\s*(?:[.!?;:()"]|,|—|–|$|(?:(?:outside|inside)(?=\s+(?:the|a|an|his|her|their|its)\s)|amid|ahead\s+of|in|at|on|during|to|from|after|before|with|via|by|through|last|this|earlier|later|yesterday|today|tonight|according|while|when|as|late|early|recently|also|again|then|of|about|after|before|afterward|afterwards|onstage|\w+ly|reporters|journalists|the\s+(?:media|press|\w+\s+newspaper|\w+\s+news\s+agency))\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/iu;

/** "…,” Warren told Stumpf." / "… told CNN’s Jake Tapper on Sunday." */
export const TRAILING_OBJECT =
  /^\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Lu}][\p{L}.&’'-]*\s*(?:(?:of|for|de)\s+(?=\p{Lu}))?){1,5}(?:[,.;!?)]|$|\s+(?:on|in|at|during|after|before|that|this|last|about|via|by|from)\b|\s+"~)/u;

/**
 * "…, the president told her.", "…, Carter told a Senate panel Wednesday.", "…, he told the court in his filing.":
 * whom a trailing "told" addresses, then the end of the clause, a time, a place or a clause of when.
 */
export const TOLD_LISTENER_RE =
  /^\s+(?:him|her|them|us|me|you|(?:the|a|an|his|her|their|its|this)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+|[\p{Lu}][\p{L}.&’'-]*(?:\s+[\p{Lu}][\p{L}.&’'-]*){0,4})(?=\s*(?:[.,;!?)]|$)|\s+(?:on|in|at|during|after|before|last|earlier|later|about|via|from|as|when|while|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b)/iu;

/** Verbs of how things look ("seems to …", "appeared paralyzed"), whose subject is part of the claim. */
export const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/** Forms the cue search reads as a noun ("the claims that …") or as evidence ("the poll shows") after an unnamed phrase. */
export const NOUN_OR_EVIDENCE_FORMS = new Set([
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
export const SEEMING_WHAT_RE =
  /^\s+(?!(?:on|at|in|with|before|for|from|during|after|alongside|together|onstage|live)\b)(?:to\s|\p{Ll})/u;

/**
 * What follows such a verb when it shows a mind, whose holder PolNeAR names ("seemed hopeful that …", "appears to be
 * ready to …", "seemed to suggest …", "seemed to become especially agitated", "seem to be hoping", "appears set to
 * veto"), not how things stand ("appears to have a slight lead", "appears to be heavily used", "seemed certain to
 * leave"), which nobody holds.
 */
export const SEEMING_MIND_RE =
  /^\s+(?:(?:to\s+(?:be|become|grow|remain)\s+)?(?:(?:more|less|very|quite|far|somewhat|increasingly|genuinely|fairly|rather|especially|visibly|clearly)\s+)?(?!(?:sure|certain)\s+to\s)(?:hopeful|confident|optimistic|pessimistic|skeptical|sceptical|sure|unsure|certain|uncertain|convinced|unconvinced|eager|ready|willing|unwilling|open|reluctant|determined|keen|intent|inclined|pleased|happy|unhappy|frustrated|upset|angry|annoyed|irritated|concerned|worried|resigned|content|satisfied|dismissive|defiant|unfazed|unmoved|aware|unaware|surprised|comfortable|uncomfortable|nervous|anxious|enthusiastic|supportive|sympathetic|critical|agitated)|to\s+be\s+(?:hoping|counting\s+on|banking\s+on|bracing)|(?:(?:set|prepared)\s+)?to\s+(?:suggest|say|believe|think|agree|disagree|acknowledge|concede|admit|hint|indicate|signal|endorse|reject|dismiss|accept|want|favou?r|support|oppose|blame|question|doubt|embrace|contradict|mock|defend|critici[sz]e|praise|welcome|back|warn|threaten|promise|rule|offer|veto))\b/u;

/** Between a closing quote and the verb: the speaker's phrase, whose titles may end in a full stop ("Rep."). */
export const SEGMENT_AFTER_QUOTE_RE =
  /"\s*,?\s*((?:[^"~.;:!?]|(?<=(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr|Sr|[A-Z]))\.){1,150})$/;

/**
 * What may follow "“…,” X said" without being content: a preposition, a time, an adverb, or a clause of its own
 * ("“Go back to Univision,” Trump barked and a security guard escorted Ramos out").
 */
export const QUOTE_FRAME_TAIL_RE =
  /^(?:\s*[—–]|\s+-\s)|^\s+(?:and|but|(?:several|a\s+few|a|one|two|three|four|five|six|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|ago|earlier|after|before|into)|the\s+(?:day|night|morning|evening|week)\s+(?:after|before)|the\s+same\s+day|(?:late|early)\s+(?:last|this|next|on|in|that|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)|of|about|on|in|at|to|during|after|before|from|with|without|via|by|through|last|this|earlier|later|yesterday|today|tonight|while|when|as|just|recently|also|again|twice|once|then|onstage|offstage|\p{Ll}[\p{Ll}-]*ly|answering|responding|replying|referring|alluding|speaking|talking|pointing|gesturing|laughing|smiling|shrugging|standing|sitting|looking|reflecting|appearing|campaigning|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)\b/u;

/** A clause that tells when or why, not what was said: "… told the paper on Thursday when asked about it". */
export const SUBORDINATE_START_RE =
  /^(?:when|while|as|after|before|because|if|since|though|although|during|until)\b/i;

/** A closing quote, then at most two lowercase modifiers ("retired", "panel") before the speaker's name. */
/**
 * Where a tag's content starts within the words before it: at their start, or at the quotation closing them when a
 * colon or a dash stands right before it ("… about why no one should be surprised: “Men, …,” she wrote"): the words before
 * the colon introduce the quotation; the tag reports the quotation alone.
 */
export const quotationAfterColon = (pre: string): number => {
  // So too after a dash that opens an aside: "… by Mrs. Clinton - “Born with a silver spoon,” Mr. Elkins said - but …".
  const m = /(?::|\s-|[—–])\s*"[^"]*"$/.exec(pre);
  return m ? m.index + m[0].indexOf('"') : 0;
};

export const QUOTE_THEN_MODIFIERS =
  /"\s*,?\s*(?:(?!(?:and|but|or|nor|the|a|an|as|when|while|that|because|if|so|then|after|before|which|who|where|since|though|although|until|unless|once|even|also|than|to|of|in|on|at|for|with|by|from)\s)[\p{Ll}][\p{L}-]*\s+){0,2}$/u;

/** Words that join or hedge a sentence and name nothing ("However, he said, …", "And, she added, …"). */
export const ONLY_CONNECTIVES_RE =
  /^[\s"~]*(?:(?:and|but|or|so|yet|however|rather|specifically|perhaps|still|instead|indeed|meanwhile|moreover|also|then|now|even|otherwise|first|second|third|finally|ultimately|again|therefore|thus|besides|plus|well|yes|no|sure|anyway|today|later|earlier|\p{L}+ly)[\s,]+)+$/iu;

/**
 * Whether the words after an aside open with a verb, so that the words before it were its subject: a finite
 * auxiliary, a past form, or a word in -s that no auxiliary follows ("becomes hopeless"; not "countries would"),
 * after adverbs at most ("never happened").
 */
export const opensWithVerb = (rest: string): boolean => {
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
    CLAUSE_VERB_PASTS.has(w) ||
    /^(?:\p{Ll}+ed|won't|can't|isn't|doesn't|didn't|wasn't)$/u.test(w)
  )
    return true;
  return /^\p{Ll}+[^s]s$/u.test(w) && !FINITE.test(words[i + 1] ?? '');
};

/**
 * What follows the verb of a medial aside before the rest of the content: a time or a place ("said in a June report,",
 * "told reporters at a rally,"), then the closing comma. The rest goes on in the content, as PolNeAR marks it, after
 * "because", "while" or "although" too ("…, the agency said, while the bottom fifth paid 0.8 percent": train 227 of
 * 276 asides closed by a comma run on); not a participle of speech, a relative pronoun or a clause of when.
 */
export const MEDIAL_REST =
  /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|later|earlier|last\s+\w+|this\s+\w+|in\s+an?\s+(?:interview|statement|email|e-mail|phone\s+interview|tweet|speech|blog\s+post|post)|in\s+interviews(?:\s+this\s+week)?|on\s+twitter|(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+))?\s*,\s+(?!(?:adding|saying|noting|explaining|arguing|according|citing|quoting|who|which|as|after|before|when)\b)(?=[\p{L}\p{N}"])/iu;

/**
 * "And yet every Friday, the former HP executive told The Washington Post, Fiorina would lead …": a named listener
 * between the verb and the comma that closes the aside (case-sensitive, unlike MEDIAL_REST).
 */
export const MEDIAL_LISTENER_REST =
  /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&’'-]*\s+){0,4}\p{Lu}[\p{L}.&’'-]*\s*,\s+(?!(?:adding|saying|noting|explaining|arguing|according|citing|quoting|who|which|while|as|after|before|when|because|although|though)\b)(?=[\p{L}\p{N}"])/u;

/** An indefinite article right before a word: "a ", "an ". */
export const INDEFINITE_BEFORE_RE = /(?:^|\s)an?\s+$/i;

/**
 * ", a deal announced at the beginning of the week": a noun phrase that sums up the clause before it, set off by a
 * comma, with a participle after it. Deals, moves and figures are announced or reported; they announce nothing.
 */
export const SUMMING_UP_SUBJECT_RE =
  /^(?:a|an|the)\s+(?:[\p{L}\p{N}%$-]+\s+){0,2}(?:deal|move|step|decision|agreement|acquisition|purchase|merger|sale|transaction|increase|rise|drop|decline|jump|fall|gain|loss|cut|change|figure|number|level|record|amount|sum|total|investment|payment|contract|settlement|offer|bid)s?$/iu;

/** A passive auxiliary right before a verb: "was ", "were ", "been ". */
export const PASSIVE_BEFORE_RE = /\b(?:is|are|was|were|be|been|being)\s+$/;

/** A clause of time right after a verb, opened by one of `conjunctions`, with how soon before it ("soon after …"). */
const timeClauseAfter = (conjunctions: string): RegExp =>
  new RegExp(
    `^\\s*(?:(?:soon|shortly|just|right|moments|minutes|hours|days|weeks)\\s+)?(?:${conjunctions})\\s`,
    'i',
  );

/** A clause of time right after a verb: "soon after …", "hours before …", "when …", "while …". */
export const TIME_CLAUSE_AFTER_RE = timeClauseAfter('after|before|when|while|as|once|until');

/** A clause of time after a trailing tag's verb ("…, Cook said while visiting …"); not "as", which may compare. */
export const TIME_CLAUSE_AFTER_TAG_RE = timeClauseAfter('after|before|when|while|once|until');

/** A span of time as a modifier, right before a word: "10-year ", "two-month ". */
export const DURATION_BEFORE_RE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty))-(?:year|month|week|day)\s*$/i;

/**
 * How a phrase describing a person opens: "a Democrat", "the group's director", "California state representative",
 * a relative clause ("who remains friendly with her former boss"), or a job with its employer ("senior foreign
 * exchange trader and strategist at Tempus Inc").
 */
export const DESCRIBES_SPEAKER_RE =
  /^(?:(?:who|whose|which|where)\s|(?:a|an|the|his|her|its|their)\s|\p{Lu}[\p{L}&.’'-]*\s+(?:(?:[\p{Lu}\p{Ll}][\p{L}&.’'-]*|&)\s+){0,3}(?:representative|director|spokesman|spokeswoman|spokesperson|president|chairman|chairwoman|leader|member|senator|official|analyst|professor|executive|founder|secretary|minister|manager|coach|attorney|lawyer|advocate|activist|organizer|head|chief)\b|(?:[\p{Ll}][\p{L}’'-]*\s+){0,5}(?:trader|strategist|economist|analyst|director|manager|executive|professor|researcher|fellow|partner|editor|correspondent|spokes(?:man|woman|person)|adviser|advisor|consultant|officer|president|chair(?:man|woman)?|head|chief|member|leader|founder|secretary|official|coordinator|organizer|commissioner|counsel)\s+(?:at|of|for|with)\s)/u;

/** Speech verbs that put their subject after them in running text ("…, said Mark Rockwell, …"). */
export const INVERTING_VERBS = new Set(
  'said says added adds noted notes explained explains wrote writes argued argues continued recalled observed stressed insisted declared warned acknowledged asked'.split(
    ' ',
  ),
);

/** What may follow a verb that closes its sentence: a day or a time word, then the full stop. */
export const CLOSES_SENTENCE_RE =
  /^\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|recently|earlier|later|last\s+week|this\s+week)\s*)?[.!?]?\s*$/i;

/**
 * A sentence ending on its verb, or on where or how something was said: "… agreed.", "… said in a statement.", "…
 * wrote in an email on Monday.", "… continued his remarks."
 */
export const STATEMENT_CLOSES_RE =
  /^(?:\s+(?:in|on)\s+(?:a|an|the|his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:statement|interview|email|e-mail|tweet|post|release|letter)\b[^.;:"~]{0,30}|\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:remarks|comments|argument|point)|\s+\p{Ll}+ly)?\.\s*$/u;

/** A sentence opening with "this" that is no time ("This has been …", not "This week,"). */
export const THIS_NOT_TIME_RE =
  /^[\s"]*this\s+(?!(?:week|month|year|morning|afternoon|evening|weekend|summer|spring|fall|autumn|winter|time)\b)/i;

/** Verbs that report words said or written, not a finding, a view or an expectation ("found", "expected"). */
export const SPEECH_BASES = new Set(
  'say tell add warn declare state announce claim note affirm explain insist argue assert stress emphasize point report write tweet acknowledge confirm deny suggest predict caution vow allege contend maintain reiterate respond complain conclude reveal testify proclaim'.split(
    ' ',
  ),
);

/** Forms that are more often nouns ("hours before reports that …", "the claims"). */
export const NOUN_LIKE_FORMS = new Set([
  'reports',
  'claims',
  'notes',
  'comments',
  'promises',
  'calls',
  'fears',
  'hopes',
]);

/** What may follow the name after a verb of speech when that name is its speaker: an aside, the stop, a time. */
export const INVERTED_SPEAKER_END_RE =
  /^(?:\s*(?:[,.;:!?)"~—–]|$)|\s+(?:on|in|at|during|last|this|after|before|when|while|who|of|to|from|with|via|according)\b)/i;

/** A plural noun with up to two words before it, opening a clause ("But opponents", ", security specialists"). */
export const BARE_PLURAL_SUBJECT_RE =
  /(?:^|[,;:]\s*|(?:^|\s)(?:and|but|so|while|though|although|because|yet|if)\s+)((?:[\p{L}’'-]+\s+){0,2}?(\p{Ll}+[^s\s’']s))$/u;

/** Verbs whose passive subject is blamed, praised or addressed ("was accused of", "were told that"). */
export const ADDRESSED_PASSIVE_RE =
  /^(?:accused|criticized|criticised|blamed|condemned|attacked|praised|urged|asked|told|warned|questioned|pressed|slammed|denounced|applauded|lauded|challenged|mocked|ridiculed|advised|ordered|encouraged|reminded|assured|informed|called|charged|indicted|convicted|sentenced|suspected|booed|heckled|sued|arrested|rebuked|censured|faulted|thanked|congratulated|invited)$/i;

/** Adverbs that say a thing is reported by others, not by the clause's subject. */
export const REPORTED_ADVERB_RE = /^(?:reportedly|allegedly|purportedly|supposedly)$/i;

/** Verbs whose passive names somebody to a post ("has been named acting secretary", "was appointed …"). */
export const APPOINTED_PASSIVE_RE =
  /^(?:named|appointed|elected|chosen|nominated|tapped|picked|designated)$/i;

/** Nouns of hope and fear that are also verbs of stance ("hopes", "fears"). */
export const HOPES_OR_FEARS_RE = /^(?:hopes|fears|hope|fear)$/i;

/** Content that is a time and nothing more: "earlier this year", "last week", "on Monday". */
export const TIME_ONLY_RE =
  /^\s*(?:(?:earlier|later|last|this|next|early|late)\s+(?:this\s+|last\s+|next\s+)?(?:year|month|week|weekend|spring|summer|fall|autumn|winter|morning|afternoon|evening|night)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|tonight|recently)\s*[.,;]?\s*$/i;

/** A time right after "expected": what is due then ("until next year", "later this month", "by March"). */
export const DUE_AT_TIME_RE =
  /^\s+(?:until|till|later|soon|shortly|early|earlier|late|next|this|within|by\s+(?:the\s+end|early|late|mid|next|\p{Lu}\p{Ll}+\b(?!\s+to\b)|\d)|in\s+(?:the\s+(?:coming|next|first|second|third|fourth|spring|summer|fall|autumn|winter)|early|late|mid|\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/u;

/** A possessive right before a word: "Spain’s ", "his ", "their ". */
export const POSSESSIVE_BEFORE_RE = /(?:[’']s|\b(?:his|her|their|its|our|my|your))\s+$/i;

/** Plural nouns of time: "For years, …" or "Two days later, …" open no subject. */
export const TIME_PLURAL_RE = /^(?:years|months|weeks|days|hours|minutes|decades|times|nights|mornings)$/;

/**
 * Words ending in "s" that BARE_PLURAL_SUBJECT_RE takes for a plural but are none: a possessive or pronoun ("made his
 * comments", "How does this not …"), a verb form, an adverb, an adjective in "-ous" ("numerous complaints").
 */
export const NOT_PLURAL_RE =
  /^(?:his|its|this|hers|ours|yours|theirs|us|is|was|has|does|thus|always|perhaps|sometimes|whereas|unless|besides|plus|news)$|ous$/;

/** A written or spoken piece whose author, not the piece, holds what it says ("a letter to Comey seeking …"). */
export const WRITTEN_BY_SOMEONE_RE =
  /\b(?:statements?|letters?|tweets?|posts?|releases?|memos?|e-?mails?|filings?|ads?|videos?|op-eds?|speech|remarks|comments)\b/i;

/** A form of "be" (and adverbs) ending the text before a participle: "is demanding", "are gently urging". */
export const PROGRESSIVE_BEFORE_RE =
  /(?:^|[^\p{L}’'])(?:is|are|was|were|been|be|am)\s+(?:(?:also|still|now|not|already|just|\p{Ll}+ly)\s+)*$/u;

/** A sentence opened by "As" before the speaker of an aside ("As Smith noted, …", "But as the paper reported, …"). */
export const AS_OPENING_RE = /^[\s"~(]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+$/i;

/**
 * "As" opening a clause joined after a comma ("…, and as Smith noted, the board could still act"; "…, but as a
 * reporter pointed out, he …"): what the aside reports is that clause, as when "As" opens the sentence.
 */
export const JOINED_AS_OPENING_RE = /[,;]\s+(?:and|but|yet)\s+as\s+$/i;

/** The same "As" with more words after it, which may be the speaker's titles. */
export const AS_THEN_TITLES_RE = /^[\s"~(]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+(?=\S)/i;

/**
 * The rest of such an aside up to its comma: an adverbial at most ("in December", "in an op-ed Thursday"), not an
 * object ("As Trump lamented illegal immigration, …" is a clause of time).
 */
export const AS_ASIDE_REST_RE =
  /^(?:\s+(?:in|on|at|during|last|this|earlier|recently|to|with|for|about|after|before|over|since)\b[^,.;:"~]{0,55})?\s*,\s*/i;

/** A content closed by ", as" before the speaker of a trailing aside ("…, as Smith said"). */
export const AS_ASIDE_RE = /[,—–]\s*as\s+$/i;

/** The same aside with a share before its speaker: "…, as one of Mr. Obama's advisers pointed out". */
export const AS_SHARE_ASIDE_RE =
  /[,—–]\s*as\s+(?:one|some|many|several|most|two|three|a\s+few)\s+of\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?$/;

/** What leaves "asked" without its asker: "when asked whether …", "Asked if …" opening the sentence. */
export const WHEN_ASKED_RE = /(?:^|\b(?:when|after|once|if|as))\s*$/i;

/** A clause opening with the question put to the speaker. */
export const ASKED_RE = /^[\s"~]*(?:(?:when|after|before|if)\s+)?(?:asked|pressed|questioned)\s/i;

/** A document named after "wrote in" up to the clause's end: " a blog post.", " his memoir, published …". */
export const DOCUMENT_CLOSING_RE = /^\s+(?:a|an|the|his|her|their|its)\s+[^,.;:!?"~]{1,40}(?:[,.;:!?]|$)/;

/** The end of a quotation closed on its comma, right before a tag's subject ("…,” Bell added"). */
export const COMMA_QUOTATION_END_RE = /,[”"’']\s+$/;

/** A trailing tag's end at a comma, a day between ("…, the Journal reported on Friday, citing officials"). */
export const TAG_ENDS_AT_COMMA_RE =
  /^(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))?\s*,/i;

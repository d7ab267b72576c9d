// A speaker the text describes but does not name as a person: "the Trump campaign", "a Bloomberg poll",
// "the nonpartisan Congressional Budget Office". Given as written, so a reader still learns who spoke.

import { opensUpper } from './gates.js';
import { shareOpeningLength } from './shares.js';
import { splitAtSpaces } from './text.js';

/** Determiners and quantifiers that open the phrase and say nothing about who spoke. */
const LEAD =
  /^(?:(?:a|an|the|one|some|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|many|other|another|both|this|that|these|those|his|her|their|its|our)\s+)+/i;
/**
 * A share of a group, or an "of" left over from one ("Two-thirds of Democratic insiders", "some of Clinton's
 * allies", "of Republican voters" when the subject search began after the quantity): the group is the speaker.
 */
const SHARE_OF =
  /^(?:(?:(?:a|the)\s+)?(?:many|most|some|all|none|few|several|both|each|one|two|three|four|five|half|two-thirds|a third|third|quarter|number|majority|minority|handful|dozens|hundreds|thousands|[\d.]+%?)\s+)?of\s+(?:the\s+)?/i;
/**
 * Some of a group set inside it: "many in the Republican establishment", "others in the African-American
 * community", "some within the GOP": the group is the speaker.
 */
const SHARE_IN = /^(?:(?:a\s+)?(?:many|most|some|others|few|several)\s+(?:in|within|inside)\s+(?:the\s+)?)/i;
/** What follows the head of the phrase: an aside, a relative clause or a participle ("a study that appeared in …"). */
const TAIL =
  /(?:\s*[,(—–].*|\s+(?:that|which|who|whose|where|when|released|conducted|published|issued|filed|obtained|seen|reviewed|owned|seeking|handling|including|led|run|out)\b.*)$/s;
/** A day between the head and its source: "a report Tuesday from WKOW", "a statement Monday by the union". */
const DAY_BEFORE_PREPOSITION =
  /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=\s+(?:from|by|of|for)\s)/;
/**
 * Words a poll puts after the people it counts, up to the phrase's end: "Democratic voters overall", "Cuban-Americans
 * polled", "Democratic voters or less".
 */
const SHARE_TAIL = /\s+(?:overall|polled|surveyed|questioned|interviewed|or\s+(?:less|more|fewer))$/;
/** A people by name, in the plural: "Americans", "Cuban-Americans", "Hispanics", "Latinos", "Evangelicals". */
const PEOPLES_RE = /^\p{Lu}[\p{L}-]*(?:ans|ese|ics|als|inos|inas|ites)$/u;
/** Capitalised words that open a phrase without naming anyone ("With Democratic leaders", "After Trump"). */
const NOT_A_NAME =
  /^(?:with|after|before|when|while|if|as|since|though|although|but|and|or|so|for|from|by|to|of|in|on|at|during|because|unless|until|whether|without|like|than|then|however|meanwhile|instead|i|he|she|it|they|we|you|his|her|its|their|our|my|your)$/i;
/** A finite verb or a negated auxiliary: "wouldn’t", "is", "has", "will". */
const FINITE_VERB =
  /^(?:\p{L}+n[’']t|is|are|was|were|has|have|had|will|would|could|should|can|did|does|do)$/u;
/** Words that cannot end a phrase: it was cut short ("involved in the"). */
const DANGLING = /^(?:the|a|an|of|in|to|for|with|at|on|from|by|and|or)$/i;
/** Words that follow the head of a phrase and lead to a preposition: "familiar with", "involved in". */
export const POSTPOSED_WORDS = 'involved|familiar|close|connected|associated|working|based';
const POSTPOSED = new RegExp(`^(?:${POSTPOSED_WORDS})$`);
const MAX_WORDS = 6;
const MAX_WORDS_AFTER_HEAD = 11;
/** Lowercase heads of a phrase that can speak or be cited: people by role, bodies, documents (court papers too:
 * "a police affidavit", "the indictment"; forms, emails, files and excerpts: "Trump’s new PFD form stated", "Audit
 * files from NGP VAN show"), recordings and ads, polls and their results. (Not "spot" or "commercial": most often
 * the object a sponsor runs, "is running a TV spot attacking …", where the sponsor speaks.) */
const SPEAKING_HEAD =
  /^(?:campaigns?|polls?|surveys?|study|studies|analysis|analyses|reports?|memos?|brief|statement|sources?|officials?|spokes(?:man|woman|person|men|women)|aides?|advis[eo]rs?|judges?|lawyers?|attorneys?|committee|office|department|agency|administration|government|governors?|senators?|congress(?:man|woman)|lawmakers?|politicians?|nominee|candidate|front-?runner|leaders?|chair(?:man|woman)?|director|secretary|minister|president|mayors?|representative|members?|voters|supporters?|diplomats?|prosecutors?|investigators?|authorities|researchers|economists?|experts?|analysts?|team|staff|group|organization|union|website|newspaper|network|video|ad|tweet|letter|filing|release|records|documents?|transcript|complaint|lawsuit|suit|affidavits?|indictments?|testimony|depositions?|petitions?|editorial|article|story|book|ruling|opinion|order|bill|measure|proposal|plan|platform|resolution|ministry|spokespeople|operatives?|strategists?|pollsters?|officer|executive|ambassador|envoy|commission|council|court|panel|party|caucus|general|commissioner|chief|founder|professor|reporters?|correspondents?|journalists?|columnists?|editors?|hosts?|anchors?|manager|allies|insiders?|defenders|associates|backers|opponents|critics|donors|loyalists|surrogates|commentators|counsel|camp|media|candidates|delegates|activists|average|estimates?|account|veterans?|advocates?|users?|consultants?|lobbyists?|observers?|historians?|scholars?|residents?|organizers?|volunteers?|moderators?|factions?|units?|producers?|writers?|authors?|bishops?|staffers?|business(?:man|woman)|contenders?|voter|speechwriters?|tally|readout|filings|statistics|executives|founders?|employees?|soldiers|fans|admirers|confidants|workers?|watchers|elders|figures|conservatives?|liberals?|students|circle|leadership|regulations|counterproposals?|reviews?|research|family|wife|husband|widow|sons?|daughters?|mother|father|parents|brothers?|sisters?|doctors?|physicians?|company|firm|rivals|embass(?:y|ies)|consulates?|narrators?|city|journal|magazine|outlet|broadcaster|channel|station|person|people|dean|paper|tabloid|affiliate|organizations|confidant|head|deputy|forms?|e-?mails?|profile|footage|files|excerpts|slides?|notice|blog|newsletter|fl[iy]er|brochure|pamphlet|recording|ads|videos|tweets|script|announcement|bulletin|projection|forecast|results|polling|count|establishment|community|countries|nations|governments|cities|majority|brass|wom[ae]n|m[ae]n|student|challengers?)$/i;
/** Whether a lowercase word can head a phrase that speaks ("governor", "sources", "campaign"). */
export const isSpeakingHead = (word: string): boolean => SPEAKING_HEAD.test(word);
/** Capitalised heads of an organisation's name ("the Tax Foundation", "the Congressional Budget Office"). */
const ORG_HEAD =
  /^(?:Democrats?|Republicans?|Office|Foundation|Institute|Center|Centre|Committee|Department|Agency|Commission|Council|Party|Association|Union|Times|Post|News|Journal|Bureau|Service|Administration|Campaign|University|College|Court|Board|Ministry|Group|Network|Project|Fund|Coalition|League|Alliance|Society|Organization|Federation|Caucus|PAC|Company|Corporation|Corp\.?|Inc\.?|Research|Poll|Survey|Police|Army|Senate|House|Congress|Government|Cabinet|Kremlin|Pentagon|Tribune|Herald|Gazette|Telegraph|Guardian|Magazine|Museum|Media|Daily|Star|Leader|Review|Report)$/;

/**
 * The phrase as a speaker label, or null when it names nothing: it must hold a capitalised word that is not
 * just the one opening the sentence ("Protesters said" names no one; "A Democratic source said" does).
 */
export function describedSpeaker(phrase: string, opensSentence: boolean, firstIsName = false): string | null {
  let p = phrase.trim();
  if (p === '' || p.length > 120 || /["~“”]/.test(p)) return null;
  p = p.replace(TAIL, '').replace(SHARE_TAIL, '').replace(DAY_BEFORE_PREPOSITION, '');
  // "Two-thirds of Democratic insiders", "58 percent of Florida Latino voters", "Only about 4 in 10 Republican voters".
  const shareLength = p.match(SHARE_OF)?.[0].length || p.match(SHARE_IN)?.[0].length || shareOpeningLength(p);
  const share = shareLength > 0;
  p = p.slice(shareLength);
  const lead = p.match(LEAD);
  if (lead) p = p.slice(lead[0].length);
  p = p.replace(/[\s,.;:]+$/, '');
  const words = splitAtSpaces(p).filter((w) => w !== '');
  // "lawyer involved in the": a phrase cut short names no one.
  if (words.length === 0 || DANGLING.test(words[words.length - 1])) return null;
  // "Belcher wouldn’t share Obama’s internal polling": a finite verb makes the phrase a clause, which is no one.
  if (words.some((w) => FINITE_VERB.test(w))) return null;
  // "Commission on Presidential Debates", "Bureau of Prisons": the head comes before the preposition.
  const prep = words.findIndex(
    (w, i) => i > 0 && /^(?:of|on|for|to|from|at|in|with|by|across|inside)$/.test(w),
  );
  // Longer only when the head comes early and what follows it is a prepositional phrase ("Democrats on the
  // House Select Committee on Benghazi").
  if (words.length > (prep > 0 && prep <= MAX_WORDS ? MAX_WORDS_AFTER_HEAD : MAX_WORDS)) return null;
  if (NOT_A_NAME.test(words[0])) return null;
  // A possessive names its owner even where it opens the sentence ("Connecticut’s tax commissioner").
  // So does a name the text knows as one ("Clinton allies", where "Clinton" is a recognised mention).
  const firstCounts =
    share || lead !== null || !opensSentence || firstIsName || /^\p{Lu}\p{L}+[’']s$/u.test(words[0]);
  const named = words.some((w, i) => (i > 0 || firstCounts) && opensUpper(w));
  if (!named) return null;
  // The head must be something that speaks or is cited: "the Affordable Care Act" and "percent of
  // Republicans" are not, and a wrong speaker is worse than none.
  // "source familiar with …", "Republican involved in …": a participle or adjective before the preposition
  // follows the head.
  const afterHead = prep > 1 && POSTPOSED.test(words[prep - 1]) ? 2 : 1;
  const headAt = prep > 0 ? prep - afterHead : words.length - 1;
  const head = words[headAt].replace(/[’']s?$/, '');
  // A capital opening the phrase may be the sentence's ("Officials at the agency"): the word is read as a noun too.
  // A people's name after a share is those people ("56 percent of Cuban-Americans", "a majority of Hispanics").
  const speaks = /^\p{Lu}/u.test(head)
    ? ORG_HEAD.test(head) ||
      /^[\p{Lu}]{2,6}$/u.test(head) ||
      (headAt === 0 && SPEAKING_HEAD.test(head)) ||
      (share && PEOPLES_RE.test(head))
    : SPEAKING_HEAD.test(head);
  if (!speaks) return null;
  // "Mr. Trump's rivals to sow" before "doubts": an infinitive after the head is the predicate, not the name.
  if (prep > 0 && words[prep] === 'to' && words.length === prep + 2 && INFINITIVE_RE.test(words[prep + 1]))
    return words.slice(0, prep).join(' ');
  return p;
}

/** A lowercase word after "to" that is a verb rather than a determiner: "sow", not "the". */
const INFINITIVE_RE = /^(?!(?:the|a|an|his|her|their|its|this|that|these|those)$)\p{Ll}+$/u;

/** Months and days alone (not May or June, which are also surnames and first names). */
const MONTH_OR_DAY =
  /^(?:January|February|March|April|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** "On Tuesday", "Twitter Thursday": a time phrase the recognizer took for a name. */
const HAS_DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** Capitalised words that open a sentence or stand as adjectives, never a speaker on their own. */
const NOT_ALONE = /^(?:Islamic|Wow|Whether|Yes|No|Well|Now|Here|There|Today|Yesterday)$/;
/** A place made an adjective ("London-based", "Kremlin-backed", "US-led"): where someone is, not who. */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(?:based|born|backed|led|owned|run|funded|controlled|area)$/u;

/** Capitalised words in -ly that are no adverb but part of a name: "The Daily Caller", "Kelly Ayotte". */
const NAME_IN_LY = /^(?:Daily|Weekly|Family|Italy|Kelly|Sally|Emily|Billy|Molly|Holly|Beverly|Kimberly)$/;

/** Words that may open a recognised "name" without being part of it: "While Obama", "Even China", "Ultimately". */
const isLeadingJunk = (w: string): boolean =>
  NOT_A_NAME.test(w) ||
  (/^\p{Lu}\p{Ll}+(?:ly|ing)$/u.test(w) && !NAME_IN_LY.test(w)) ||
  /^(?:a|an|what|who|whom|whose|this|these|those|just|watch|even|only|also|yet|still|here|there|on|why|how)$/i.test(
    w,
  );

/**
 * A lone capitalised word right after the verb ("…,” says Early.", "says WHO."): a name even where it would read as
 * an adverb or a pronoun opening a sentence; months, days and adjectives are still none.
 */
export function loneNameAfterVerb(word: string): boolean {
  return (
    /^\p{Lu}[\p{L}’'-]*$/u.test(word) &&
    !MONTH_OR_DAY.test(word) &&
    !NOT_ALONE.test(word) &&
    !NOT_A_NAME.test(word)
  );
}

/**
 * The name a speaker string holds, without the words a recognizer may have taken with it ("While Obama" →
 * "Obama"); null when nothing in it names anyone: a dateline or heading in capitals ("WASHINGTON"), a time
 * ("On Tuesday"), a month, a lone adjective ("Islamic"), a lowercase word or a number.
 */
export function nameIn(name: string): string | null {
  const words = splitAtSpaces(name.trim());
  let k = 0;
  while (k < words.length && isLeadingJunk(words[k])) k++;
  const rest = words.slice(k);
  if (rest.length === 0) return null;
  const text = rest.join(' ');
  const head = /^the$/i.test(rest[0]) && rest.length > 1 ? rest[1] : rest[0];
  // A name opens with a capital or a particle ("von der Leyen", "al-Assad", "dos Santos"), not "law" or "2001".
  const particle =
    /^(?:von|van|de|da|das|del|della|der|den|des|di|do|dos|du|al|el|bin|ibn|la|le|ul)(?:-|$)/.test(head) &&
    /\p{Lu}/u.test(text);
  if (!particle && !opensUpper(head)) return null;
  if (rest.length === 1 && (MONTH_OR_DAY.test(head) || NOT_ALONE.test(head) || PLACE_ADJECTIVE.test(head)))
    return null;
  if (HAS_DAY.test(text)) return null;
  const letters = text.replace(/[^\p{L}]/gu, '');
  // All capitals: an acronym ("NATO", "AFP") is a name; a longer run is a dateline or a shouted heading.
  if (letters.length > 5 && letters === letters.toUpperCase() && (rest.length > 1 || letters.length > 6))
    return null;
  return k === 0 ? name : text;
}

// Attributions that are acts or names, not speech, which who-said-what does not list (read on news pages no benchmark
// scores): a term given in quotation marks, a verb joined to the cue by "and", media posted, a tally scored, a charge,
// a permission or an order, a deal agreed, a ruling on a request, a naming, a thing called something, a saying, a
// study's finding.

import type { Span } from '../../model/index.js';
import type { Attribution } from './attribute.js';
import { wordCount } from './text.js';

/**
 * An indirect content that comes after its cue, as the cue's object ("agreed a deal …", "charged with …"): the shape
 * each act below reads. (A content before its tag, "…, the court said", is a statement of its own.)
 */
const isCueObject = (a: Attribution): a is Attribution & { cue: Span } =>
  a.kind === 'indirect' && a.cue !== null && a.start >= a.cue.end;

/**
 * "HP is called “feather duvet lung.”", "it has earned the nickname of “bird fancier’s lung.”", "the term often
 * used is “…”", "a practice known as “…”", "a poem called “…”": a few words in quotation marks after a passive of
 * naming, "known as", a thing set up by "a"/"an" and "called" (not "what a spokesman called “…”", his words), "the
 * nickname" or "the term" are what a thing is called, nobody's words. (The active "Trump called it “a disaster”" is
 * Trump's characterization, and stays.)
 */
export function isNamedTerm(a: Attribution, body: string): boolean {
  if (a.kind === 'indirect' || wordCount(a.text, 7) > 6) return false;
  return TERM_NAMING_BEFORE_RE.test(body.slice(Math.max(0, a.start - 60), a.start));
}

/**
 * A naming that makes the quotation after it a term, nobody's words: a passive ("is called", "known as") or "the
 * nickname", "the term". (quoted-titles.ts's SPEAKER_NAMING_BEFORE_RE is the opposite: an active naming, someone's.)
 */
const TERM_NAMING_BEFORE_RE =
  /(?:\b(?:is|are|was|were|be|been|being)\s+(?:(?:often|also|commonly|sometimes|widely|now|simply)\s+)?(?:called|dubbed|nicknamed|termed|known\s+as|referred\s+to\s+as)|(?<!\b(?:what|which|that)\s+)\b(?:a|an)\s+(?:[\p{L}-]+\s+){1,4}called|\b(?:known|referred\s+to)\s+as|\bso-called|\b(?:the|a|its|their)\s+(?:nickname|term|name)(?:\s+of|(?:\s+\p{Ll}+){0,2}\s+is)?)\s*[“"‘']$/u;

/**
 * "officers found and rescued her from a hotel room": an indirect content that opens on "and" or "or" and a verb
 * right after its cue is the second of two joined verbs, not the cue's object. (After a comma it is the second
 * piece of a statement broken by its tag, "He had no known affiliations, the airline added, and had passed all
 * checks", and stays.)
 */
export function opensOnJoinedVerb(a: Attribution, body: string): boolean {
  if (!isCueObject(a)) return false;
  return JOINED_OPENING_RE.test(a.text) && /^\s*$/.test(body.slice(a.cue.end, a.start));
}

const JOINED_OPENING_RE = /^(?:and|or)\s+\p{Ll}/u;

/**
 * "Tottenham posted an image of Mourinho holding up a shirt", "shared a video of the crash": what someone posted
 * is a picture or a clip, not words (the caption quoted with it is listed on its own).
 */
export function isPostedMedia(a: Attribution, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null) return false;
  return POST_CUE_RE.test(cue) && MEDIA_OBJECT_RE.test(a.text);
}

const POST_CUE_RE = /^(?:post|share|upload|publish)(?:s|ed|ing)?$/i;
const MEDIA_OBJECT_RE =
  /^(?:(?:a|an|the|his|her|their|its)\s+)?(?:\p{L}+\s+){0,2}?(?:images?|photos?|photographs?|pictures?|videos?|clips?|selfies?|footage|snaps?|gifs?)\b(?!\s+(?:saying|that|with\s+the\s+(?:caption|message|words)))/iu;

/**
 * "Anthony Beauvillier added his seventh for the Islanders", "Brad Marchand added three assists", "Clifton added a
 * goal as the Bruins beat …": in a game report "added" with a tally (goals, points, saves …, or "his seventh") is
 * scoring, not speaking; so is a figure someone "posted" ("posted an elite 93.2 defensive grade"). ("added that the
 * team …", "added three points to his argument" with a clause after it stay.)
 */
export function isScoredTally(a: Attribution, cue: string): boolean {
  if (!isCueObject(a)) return false;
  if (ADD_CUE_RE.test(cue)) return TALLY_OBJECT_RE.test(a.text);
  // "He posted an elite 93.2 defensive grade", "posted 20 points": a player posts a figure, not words.
  return POST_CUE_RE.test(cue) && (TALLY_OBJECT_RE.test(a.text) || FIGURE_OBJECT_RE.test(a.text));
}

const ADD_CUE_RE = /^add(?:s|ed|ing)?$/i;
/** A figure opening a posted object, a word or two after its article: "an elite 93.2 defensive grade", "20 points". */
const FIGURE_OBJECT_RE =
  /^(?:(?:a|an|his|her|their|its)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?\d[\d.,]*%?\s+\p{Ll}/u;
const TALLY_OBJECT_RE =
  /^(?:(?:(?:his|her|their|its|a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|\d+)\s+)(?:(?:more|late|first|second|third|\p{Ll}+-yard|empty-net|power-play|go-ahead|insurance)\s+)?(?:goals?|assists?|points?|rebounds?|saves?|steals?|blocks?|touchdowns?|TDs?|field\s+goals?|three-pointers?|3-pointers?|runs?|hits?|home\s+runs?|homers?|RBIs?|strikeouts?|birdies?|tries|try|yards|catches|receptions|tackles|sacks|interceptions)\b|(?:his|her|their)\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{Ll}+teenth|\p{Ll}+tieth)\b)/u;

/**
 * "Video footage shows security forces using firearms …", "Photos showed the crowd …": what a picture or a clip
 * shows is seen, not said (a study, a poll or records "showing" a finding stay: they state it).
 */
export function isDepiction(a: Attribution, body: string, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null || a.source === null) return false;
  return SHOW_CUE_RE.test(cue) && PICTURE_SOURCE_RE.test(body.slice(a.source.start, a.source.end));
}

const SHOW_CUE_RE = /^(?:show|shows|showed|shown|showing|depicts?|depicted)$/i;
const PICTURE_SOURCE_RE =
  /(?:^|\s)(?:footage|videos?|photos?|photographs?|pictures?|images?|clips?|(?:body|dash)cam(?:era)?s?|stills?)$/i;

/** "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports": links are where to read on, not words. */
export function isLinksOnly(a: Attribution): boolean {
  return a.kind === 'indirect' && LINKS_ONLY_RE.test(a.text);
}

const LINKS_ONLY_RE = /^(?:\s*(?:https?:\/\/|www\.)\S+[\s,]*(?:and|or)?)+\s*[.]?\s*$/i;

/**
 * "Noel, 31, is charged with five counts of falsifying records", "Two officers charged with falsifying records": the
 * one charged "with" a crime is the accused, who said nothing; the charge is the prosecutors' act. ("Prosecutors
 * charged that …", "charged Assange with espionage" keep the accuser as source, and stay.)
 */
export function isChargedWith(a: Attribution, cue: string): boolean {
  if (!isCueObject(a)) return false;
  return CHARGED_CUE_RE.test(cue) && /^with\s/i.test(a.text);
}

const CHARGED_CUE_RE = /^charged$/i;

/**
 * "the other 28 people have showed no signs or symptoms of the plague", "the economy shows signs of slowing": signs
 * someone or something shows are a state seen, not words.
 */
export function isShownSigns(a: Attribution, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null) return false;
  return SHOW_CUE_RE.test(cue) && SIGNS_OBJECT_RE.test(a.text);
}

const SIGNS_OBJECT_RE =
  /^(?:(?:no|any|some|few|little|clear|early|several|the\s+first)\s+)?(?:signs?|symptoms?)\b/i;

/**
 * "Instagram allows you to choose what type of business you run", "Barr ordered multiple investigations into …",
 * "Howitt ordered another set of mice": a permission, or an order of a thing (an inquiry, goods), is an act, not
 * words. ("allowed that he may have erred" concedes, and stays; so does "ordered the troops to withdraw" and
 * "ordered that …", a command given.)
 */
export function isPermissionOrOrder(a: Attribution, cue: string): boolean {
  if (!isCueObject(a)) return false;
  if (ALLOW_CUE_RE.test(cue)) return !/^that\s/i.test(a.text);
  return ORDER_CUE_RE.test(cue) && !/^that\s/i.test(a.text) && !ORDERED_TO_RE.test(a.text);
}

const ALLOW_CUE_RE = /^allow(?:s|ed|ing)?$/i;
const ORDER_CUE_RE = /^order(?:s|ed|ing)?$/i;
/**
 * "ordered the troops to withdraw", "ordered them not to speak", "ordered Emanuel's office, along with the county
 * prosecutor, to release …": a command to someone, within a few words.
 */
const ORDERED_TO_RE = /^(?:\S+\s+){0,10}?(?:not\s+)?to\s+\p{Ll}/u;

/**
 * "Jose Mourinho has agreed a deal to replace Mauricio Pochettino", "the two sides agreed a ceasefire": a deal or
 * terms someone "agreed" (British usage, no "to" or "on") are a thing signed, an act; "agreed that …" and "agreed
 * to …" say what was accepted, and stay (nonspeech58).
 */
export function isAgreedThing(a: Attribution, cue: string): boolean {
  if (!isCueObject(a)) return false;
  return AGREE_CUE_RE.test(cue) && AGREED_THING_RE.test(a.text);
}

const AGREE_CUE_RE = /^agree(?:s|d|ing)?$/i;
const AGREED_THING_RE =
  /^(?:(?:a|an|the|his|her|their|its|new|fresh|\d+-year)\s+)(?:[\p{L}-]+\s+){0,3}?(?:deal|contract|terms|agreement|ceasefire|truce|settlement|fee|loan|move|transfer|extension|compromise|package|pact)\b/iu;

/**
 * "a judge rejected Assange’s attempt to delay the hearing", "the court denied his request for bail", "the board
 * granted the motion": a ruling on someone's request (an attempt, a bid, a motion, an appeal) is an act of a court
 * or a board, not a statement; "rejected the claims", "denied the charges" say the claims are false, and stay
 * (nonspeech58).
 */
export function isRuledRequest(a: Attribution, cue: string): boolean {
  if (!isCueObject(a)) return false;
  return RULING_CUE_RE.test(cue) && RULED_REQUEST_RE.test(a.text);
}

const RULING_CUE_RE =
  /^(?:reject|den(?:y|ie)|grant|dismiss|approv|uph[eo]ld|overturn|throw\s+out|threw\s+out)(?:s|ed|d|ing)?$/i;
const RULED_REQUEST_RE =
  /^(?:(?:a|an|the|his|her|their|its|this|that|[\p{Lu}][\p{L}.’'-]*(?:['’]s)?)\s+)(?:[\p{L}-]+\s+){0,2}?(?:attempts?|bids?|requests?|motions?|appeals?|applications?|petitions?|pleas?|lawsuits?|suits?|challenges?|injunctions?)\b/u;

/** A pronoun or an auxiliary right before "named": someone did the naming. */
const NAMER_BEFORE_RE = /\b(?:he|she|they|we|I|you|it|who|has|have|had|will|would)\s+$/i;
/**
 * "all candidates not named Biden have serious work to do", "a worker named Juan Perez": "named" with a name after
 * it gives what someone is called, and nobody said anything (nonspeech58). ("named that …" would be a claim.)
 */
export function isNaming(a: Attribution, body: string, cue: string): boolean {
  if (!isCueObject(a)) return false;
  // ("she named Minning in an email", "has named him": a subject naming someone, an act of speech, stays.)
  return (
    /^named$/i.test(cue) &&
    /^\p{Lu}/u.test(a.text) &&
    !NAMER_BEFORE_RE.test(body.slice(Math.max(0, a.cue.start - 12), a.cue.start))
  );
}

/**
 * "a group of cells called group 2 innate lymphoid cells", "a poem called “Winter Solstice”", "an electric script
 * called “Wild Rose,”": "called" right after a thing set up by "a"/"an" names it, and nobody said anything
 * (nonspeech59). ("A spokesman called the move reckless" has a person for subject, and stays; "called for" is left
 * alone: "the prince called for Trump to drop out", "a group of rabbis called for a boycott" are demands, though
 * "the recipe called for three cups of sugar" is not.)
 */
export function isThingCalled(a: Attribution, body: string, cue: string): boolean {
  if (!isCueObject(a) || a.source === null || a.sourceKind !== 'unknown' || !/^called$/i.test(cue))
    return false;
  return (
    /^\s+$/.test(body.slice(a.source.end, a.cue.start)) &&
    !/^\s+(?:for|on|upon)\b/.test(body.slice(a.cue.end, a.start)) &&
    /^(?:a|an)\s/i.test(body.slice(a.source.start, a.source.end))
  );
}

/**
 * "There's a saying that goes “a figure is formed at the presence of flowers”", "as the old proverb goes, “…”": a
 * saying, a proverb or an adage in quotation marks is everyone's and no one's words (nonspeech58). ("Saying" is the
 * noun only right after its determiner or an adjective of sayings: "a cover saying “…”" is a verb, and stays.)
 */
export function isSaying(a: Attribution, body: string): boolean {
  return (
    a.kind !== 'indirect' &&
    a.speaker === null &&
    SAYING_BEFORE_RE.test(body.slice(Math.max(0, a.start - 60), a.start))
  );
}

const SAYING_BEFORE_RE =
  /\b(?:(?:a|an|the|that|this)\s+(?:(?:old|popular|famous|common|Chinese|Korean|English|Latin)\s+)?saying|(?:a|an|the|old|popular|famous|common|that|this)\s+(?:[\p{L}-]+\s+)?(?:proverb|adage|maxim|idiom|motto))(?:\s+(?:that\s+)?(?:goes|says|runs|is))?[,:]?\s*[“"‘']$/iu;

/**
 * "Another study in 20 girls found that combining yoga with treatment decreased depression", "a 2018 trial showed
 * …": what a study finds is a result the writer cites, no one's words; the benchmark keeps it as attribution
 * (PolNeAR marks findings), who-said-what does not list it (nonspeech58). So is what a medical test, a scan, an
 * analysis, research or a chart shows or reveals ("Breathing tests showed that his lungs …", "A CT of his chest
 * showed …", "Blood tests revealed that …", "Research also shows that …", "Studies indicate that …", "Our initial testing
 * suggests …", "Those facts suggest …": nonspeech59).
 * (A poll or a survey "finding" Clinton ahead is a count of what people said, and stays; so does a researcher who
 * "found that …", and a report, which says what its authors wrote.)
 */
export function isStudyFinding(a: Attribution, body: string, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null || a.source === null || a.sourceKind === 'person') return false;
  if (!FINDING_CUE_RE.test(cue)) return false;
  const source = body.slice(a.source.start, a.source.end);
  if (POLL_SOURCE_RE.test(source)) return false;
  return (
    STUDY_SOURCE_RE.test(source) ||
    MEDICAL_TEST_SOURCE_RE.test(source) ||
    // ("A USA TODAY analysis shows …", "research conducted by the Center for Media and Public Affairs found …": a
    // named outlet's or group's finding is credited to it, and stays.)
    (a.speaker === null && EVIDENCE_SOURCE_RE.test(source))
  );
}

const FINDING_CUE_RE =
  /^(?:found|finds|find|show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed)$/i;
const STUDY_SOURCE_RE = /\b(?:study|studies|trials?|experiments?|meta-analys[ie]s)\b/i;
/** A medical test or scan: "Breathing tests", "A CT of his chest", "Taylor's blood work", "a preliminary field test". */
const MEDICAL_TEST_SOURCE_RE = /\b(?:tests?|scans?|CT|MRI|X-rays?|biops(?:y|ies)|blood\s+work)\b/i;
/**
 * Research, data or a chart that names no one: "Research also shows", "official data suggest", "This graphic".
 * ("results" is left out: "official results showed the incumbent president had won" reports an election count.)
 */
const EVIDENCE_SOURCE_RE =
  /\b(?:analys[ie]s|research|work|data|evidence|facts|findings|testing|graphics?|charts?)\b/i;
/** A poll or a survey counts what people said ("A Fox News poll … shows Sanders with 47 percent"). */
const POLL_SOURCE_RE = /\b(?:polls?|polling|survey(?:s|ed)?)\b/i;

// What who-said-what lists: of the attributions findAttributions reads (every view PolNeAR marks), the statements a
// user wants credited to someone. Each filter below names one kind of attribution that is no one's statement (an
// intention, a verdict, a title, the writer's own voice, an act a learned cue marks …) and says why.

import type { Span } from '../../model/index.js';
import { isDrawnCriticism } from './attribute/drawn-criticism.js';
import { TITLE_SMALL_WORDS } from './attribute/quoted-titles.js';
import { type Attribution, holdsOwnSource, looksLikeClause } from './attribute.js';
import { opensLower } from './gates.js';
import { LEARNED_CUES } from './learned-cues.js';
import { ADVERBS, cueForm } from './lexicon.js';
import {
  isAgreedThing,
  isChargedWith,
  isDepiction,
  isLinksOnly,
  isNamedTerm,
  isNaming,
  isPermissionOrOrder,
  isPostedMedia,
  isRuledRequest,
  isSaying,
  isScoredTally,
  isShownSigns,
  isStudyFinding,
  isThingCalled,
  opensOnJoinedVerb,
} from './listed-acts.js';
import { isDoingNotSaying, isScareWordInThought } from './listed-doings.js';
import { isExpectedOf, isHypothetical, isKnowledge, isPrivateThought, isSeenAs } from './listed-thoughts.js';
import { keepsShortObject } from './short-objects.js';
import { lowerCased, splitAtSpaces, wordCount } from './text.js';
import { FUNCTION_WORDS, isWritersLabel, NOUN_AFTER_RE } from './writers-labels.js';

/** "The Russian leader made the remarks in a call …": a sentence about the statement, not what it said. */
const ABOUT_THE_STATEMENT =
  /\b(?:made|making|delivered|gave)\s+(?:the|these|those|his|her|its|their)\s+(?:remarks|comments)\b/i;

/** "reacted strongly to Putin’s announcement": a manner and what someone reacted to, not what they said. */
const REACTION_OBJECT = /^(?!only\s)\p{Ll}{2,}ly\s+(?:to|at|against|with|on|by|in)\s/u;

/** Verbs of judgment, whose object is whom someone judged: "slamming Trump …", "praised the Saudis …". */
const JUDGMENT_CUE =
  /^(?:slam|blast|critici[sz]|prais|blam|attack|thank|mock|chid|applaud|knock|rip|lambast|fault|commend|rebuk|scold|condemn|hail|berat)/i;
/**
 * "Trump for the move": whom someone judged, and a short noun phrase for the ground, with no verb, quote or
 * clause in it; nothing there was said. ("Clinton for accepting speaking fees from Wall Street", "Shuster for
 * “cavorting” with a lobbyist" carry the charge itself, and stay.)
 */
const BARE_GROUND =
  /^(?:[^\s,;:"“”]+\s+){1,5}?for\s+(?:(?![\p{L}’'-]*ing\b|(?:what|how|why|who|which|whom|whose)\b)[^\s,;:"“”]+(?:\s+|$)){1,5}$/u;
const isBareJudgment = (a: Attribution, cue: string): boolean =>
  a.cue !== null && JUDGMENT_CUE.test(cue) && BARE_GROUND.test(a.text);

/**
 * What who-said-what lists: every quotation, and reported speech but for these kinds. A fragment with nobody
 * behind it and no clause in it ("extensive election fraud", "contested the results", "Putin’s stand") tells a
 * reader nothing about who said what; nor does a view marked by a learned stance or evidence word with no one
 * holding it ("when supporters of rival candidates poured …", "used those allegations to impose …"); a sentence
 * about the statement, or the object of a reaction, is no part of it, nor is an intention, nor whom someone
 * judged for a bare noun phrase ("slamming Trump for the move"); a quotation's frame with one word of its own
 * ("that “…”") is listed as the quotation; nor is what someone knows, a hypothetical ("could mean that …", "if a
 * doctor concludes …"), an act with a listed verb ("is charged with", "showed no signs", "allows you to", "ordered
 * an audit"), criticism its subject drew ("The levy has drawn criticism from …": what is criticized, see
 * drawn-criticism.ts) or a quoted subheading (listed-thoughts.ts, listed-acts.ts). The benchmark still sees them all through
 * findAttributions.
 */
export function isStatement(a: Attribution, body: string): boolean {
  if (a.kind !== 'indirect')
    return (
      !isNamedTerm(a, body) &&
      !isSaying(a, body) &&
      !isInHeadlineLine(a, body) &&
      !isSubheadingQuote(a, body) &&
      !isTitleInSentence(a, body) &&
      !isListAnswer(a, body) &&
      !isScareWordInThought(a, body) &&
      (a.kind !== 'partial' ||
        (a.speaker !== null
          ? !isTitleInList(a, body) && !(isScareQuote(a, body) && isThoughtCue(a, body))
          : !looksLikeTitle(a.text) &&
            !isScareQuote(a, body) &&
            !isWritersLabel(a, body, framedBySaying(a, body))))
    );
  // The cue's words, sliced once for all the filters that read them ('' without a cue; each filter asks a.cue).
  const cue = a.cue === null ? '' : body.slice(a.cue.start, a.cue.end);
  return (
    !a.framing &&
    !opensOnJoinedVerb(a, body) &&
    !isPostedMedia(a, cue) &&
    !isScoredTally(a, cue) &&
    !isDepiction(a, body, cue) &&
    !isLinksOnly(a) &&
    !isChargedWith(a, cue) &&
    !isShownSigns(a, cue) &&
    !isPermissionOrOrder(a, cue) &&
    !isAgreedThing(a, cue) &&
    !isDrawnCriticism(cue) &&
    !isRuledRequest(a, cue) &&
    !isNaming(a, body, cue) &&
    !isThingCalled(a, body, cue) &&
    !isStudyFinding(a, body, cue) &&
    !isDoingNotSaying(a, body, cue) &&
    !isOwnersAdjective(a, body, cue) &&
    !isKnowledge(a, body, cue) &&
    !isPrivateThought(a, cue) &&
    !isSeenAs(a, cue) &&
    !isHypothetical(a, body) &&
    !isExpectedOf(a, body, cue) &&
    !isIntention(a, cue) &&
    !isBareJudgment(a, cue) &&
    !isUnaskedQuestion(a) &&
    !isSpeakerlessFragment(a, cue) &&
    !isPrepositionalFragment(a) &&
    !isUnheldView(a, body) &&
    !isWritersOwn(a, body) &&
    !holdsOwnSource(a) &&
    !isAuxiliaryWithoutSaying(a, body, cue) &&
    !isShortStanceObject(a, cue) &&
    !isNoComment(a, cue) &&
    !isUnsaid(a, body, cue) &&
    !isInfinitiveFrame(a, body) &&
    !isOpeningAdverbial(a, body) &&
    !isAppositionAfterSource(a, body, cue) &&
    !isSubjectlessPredicate(a, body) &&
    !isLearnedAct(a, cue) &&
    !isVerdict(a, cue) &&
    !isDetectedAct(a, body, cue) &&
    !isDiscovery(a, body, cue) &&
    !isLearning(a, body, cue) &&
    !isNotedQuestion(a, cue) &&
    !ABOUT_THE_STATEMENT.test(a.text) &&
    !(a.text.includes('ly') && REACTION_OBJECT.test(a.text))
  );
}

/** What someone realizes, wonders or "sees as": a thought, not a statement (listed-thoughts.ts). */
export function isThought(a: Attribution, body: string): boolean {
  const cue = a.cue === null ? '' : body.slice(a.cue.start, a.cue.end);
  return isPrivateThought(a, cue) || isSeenAs(a, cue);
}

/**
 * "His repeated claims of having no memory of events … were contrasted with …", "their stated aim": right after an
 * owner's word an -ed form qualifies the noun after it, and the owner is no subject; what the frame reads runs on
 * into the writer's own sentence (nonspeech58). The attribution layer keeps the frame: PolNeAR marks some of them
 * ("his repeated mispronunciations of “Hamas” only reinforced …").
 */
const isOwnersAdjective = (a: Attribution, body: string, cue: string): boolean =>
  a.cue !== null &&
  cue.endsWith('ed') &&
  /(?:^|[^\p{L}])(?:his|her|its|their|my|our|your)\s+$/iu.test(
    body.slice(Math.max(0, a.cue.start - 8), a.cue.start),
  );

/**
 * "Trump and Lighthizer recognize that making such concessions for a “skinny” trade deal …": a scare quote inside what
 * someone knows, realizes, recognizes or "sees" is the writer's, not the thinker's word (nonspeech58). (Under a
 * verb of saying or doing, "his “D-minus” rating", "a “revolution”", it is often the speaker's own, and stays.)
 */
const THOUGHT_CUE_RE =
  /^(?:know|knows|knew|realiz\p{L}*|realis\p{L}*|recogni[sz]\p{L}*|understand\p{L}*|understood|see|sees|saw)$/iu;
const isThoughtCue = (a: Attribution, body: string): boolean =>
  a.cue !== null && THOUGHT_CUE_RE.test(body.slice(a.cue.start, a.cue.end));

/** Whether a verb of saying frames the attribution: a cue that is no auxiliary, adverb or preposition. */
const framedBySaying = (a: Attribution, body: string): boolean =>
  a.cue !== null && !isNonVerbCue(body.slice(a.cue.start, a.cue.end));

/**
 * "a surprise version of their single “Takin’ It to the Streets,”", "the central theme ‘The Medium is the Message’",
 * "‘2018 Welcome Daehak-ro Festival’": a short quotation in title case that nobody is credited with names a work,
 * a show or a campaign; it is no one's words. (With a speaker it stays: "“Make America Great Again,” Trump said".)
 */
function looksLikeTitle(text: string): boolean {
  const t = text.replace(/[\s,.;:’”"']+$/u, '');
  if (t.length === 0 || t.endsWith('!') || t.endsWith('?')) return false;
  const words = splitAtSpaces(t);
  if (words.length > 8) return false;
  let capitals = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/^[^\p{L}\p{N}]+/u, '');
    if (w.length === 0) continue;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capitals++;
    else if (i === 0 || !TITLE_LOWER_CASE_WORDS.has(w.toLowerCase())) return false;
  }
  return capitals > 0;
}

/**
 * "After hitting “Takin’ It To the Streets,” the singer told the audience, “…”": a quotation in title case that
 * nobody is credited with, run straight on from a word of the sentence that is no verb of saying ("hitting",
 * "of", "with"), is a title the sentence names, not words spoken (nonspeech58). ("said “Make America Great
 * Again”" follows a cue, and stays.)
 */
function isTitleInSentence(a: Attribution, body: string): boolean {
  if (a.kind !== 'direct' || a.speaker !== null || !looksLikeTitle(a.text)) return false;
  const before = /(?:^|\s)(\p{Ll}[\p{L}’'-]*)\s+[“"‘']$/u.exec(
    body.slice(Math.max(0, a.start - 30), a.start),
  );
  return before !== null && cueForm(before[1]) === undefined;
}

/**
 * "Q: Favorite childhood memory? A: Trip to Disney World", "Q: Favorite apps? A: Bleacher Report, Uber Eats, and
 * ParkMobile": a short Q&A answer (twelve words or fewer) with no stop at its end is a list entry, a name or a
 * phrase, not a statement (nonspeech58). (An answer in sentences, "A: We are moving subscription access …", ends in
 * a stop; a long one cut off by the page, "A: It's a big mistake. Everybody's making it. … It's not even", is
 * sentences too; both stay.)
 */
function isListAnswer(a: Attribution, body: string): boolean {
  if (a.kind !== 'direct' || a.cue === null || a.cue.start === 0) return false;
  return (
    QA_ANSWER_CUE_RE.test(body.slice(a.cue.start - 1, a.cue.end)) &&
    wordCount(a.text, 13) <= 12 &&
    !/[.!?…]["”’)]?\s*$/u.test(a.text)
  );
}
/** The "A:" label a Q&A answer's frame takes its cue from (attribute/qa-answers.ts). */
const QA_ANSWER_CUE_RE = /^A[:.]$/;

/** The line of the body an attribution stands in: from after the newline before it to the newline after it. */
function lineAround(a: Attribution, body: string): [from: number, to: number] {
  const to = body.indexOf('\n', a.end);
  return [body.lastIndexOf('\n', a.start) + 1, to < 0 ? body.length : to];
}

/**
 * "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl": a quotation with no speaker in a line of its own
 * written in title case with no full stop is a headline (a link to another story set in the body), not speech.
 */
function isInHeadlineLine(a: Attribution, body: string): boolean {
  if (a.speaker !== null) return false;
  const [from, to] = lineAround(a, body);
  if (to - from > 120) return false;
  const line = body.slice(from, to).trim();
  if (/[.!?:)"”’']$/u.test(line)) return false;
  const rest = `${body.slice(from, a.start)} ${body.slice(a.end, to)}`.replace(/[“”"‘’']/gu, ' ').trim();
  return wordCount(rest, 3) >= 2 && looksLikeTitle(rest);
}

/**
 * "My fears have been realized", "The Gordon problem", "Alarming mortality rate", each a line of its own between
 * paragraphs: a short quotation standing alone as a line, with no speaker, no cue and no closing stop, is a
 * subheading that borrows a phrase from the story (the words are listed where the story quotes them), not a
 * statement. (A quoted sentence alone on its line, "“The Chinese government pays nothing.”", ends in a stop, and
 * stays.)
 */
function isSubheadingQuote(a: Attribution, body: string): boolean {
  if (a.kind !== 'direct' || a.speaker !== null || a.cue !== null || wordCount(a.text, 7) > 6) return false;
  if (/[.!?,;:…]\s*$/u.test(a.text)) return false;
  const [from, to] = lineAround(a, body);
  return (
    /^\s*(?:\d{1,2}[.)]\s+)?[“"‘']?\s*$/u.test(body.slice(from, a.start)) &&
    /^\s*[”"’']?\s*$/u.test(body.slice(a.end, to))
  );
}

/**
 * "hits including “Listen To The Music,” “Takin’ It To The Streets,” “Black Water” and others": three or more
 * quotations in title case set side by side, with nothing but a comma or "and" between them, list works (songs,
 * shows, books) even where the sentence credits someone with the list; none of them is anyone's words. (Two are
 * often a speaker's own names for someone: "called her “Miss Piggy” and “Miss Housekeeping”".)
 */
const isTitleInList = (a: Attribution, body: string): boolean =>
  looksLikeTitle(a.text) && quotationsInRun(a, body) >= 3;

/** How many quotations stand side by side with a's, a's own included, each at most 80 characters long. */
function quotationsInRun(a: Attribution, body: string): number {
  let count = 1;
  for (let at = a.end; ; ) {
    const next = NEXT_QUOTATION_RE.exec(body.slice(at, at + 12));
    if (!next) break;
    const open = at + next[0].length;
    const close = body.slice(open, open + 80).search(/[”"]/);
    if (close < 0) break;
    count++;
    at = open + close;
  }
  for (let at = a.start; ; ) {
    const previous = PREVIOUS_QUOTATION_RE.exec(body.slice(Math.max(0, at - 12), at));
    if (!previous) break;
    const close = at - previous[0].length;
    const open = body.slice(Math.max(0, close - 80), close).search(/[“"][^“"]*$/);
    if (open < 0) break;
    count++;
    at = Math.max(0, close - 80) + open + 1;
  }
  return count;
}
const NEXT_QUOTATION_RE = /^[,.]?[”"’'][, \t]*(?:(?:and|or)[ \t]+)?[“"‘]/u;
const PREVIOUS_QUOTATION_RE = /[”"’'][, \t]*(?:(?:and|or)[ \t]+)?[“"‘]$/u;

/**
 * "A ‘phase one’ trade deal", "a “vivid” touch display", "the “short-term” stays of immigrants": a word or three in
 * quotation marks that nobody is credited with, run straight into the noun they qualify, are the writer's scare
 * quotes, not anyone's words.
 */
function isScareQuote(a: Attribution, body: string): boolean {
  if (wordCount(a.text, 4) > 3 || /[,.!?;:]$/.test(a.text)) return false;
  if (!DETERMINER_BEFORE_RE.test(body.slice(Math.max(0, a.start - 16), a.start))) return false;
  const next = NOUN_AFTER_RE.exec(body.slice(a.end, a.end + 24));
  return next !== null && !FUNCTION_WORDS.has(next[1]);
}
/** A determiner or an owner right before the opening mark: "a “vivid” touch display", "Epstein’s “unbecoming” …". */
const DETERMINER_BEFORE_RE =
  /(?:\b(?:[Aa]n?|[Tt]he|this|that|these|those|its|his|her|their|our|my|your)|['’]s)\s+[‘“"']$/u;

/**
 * The words a short title leaves in lower case: the English small words, a few more, and the articles and
 * prepositions of names in other languages ("Festival de Cannes", "Ludwig van Beethoven"). ("&" needs no entry:
 * a word's leading marks are cut off before the lookup, and the empty rest is passed over.)
 */
const TITLE_LOWER_CASE_WORDS = new Set([
  ...TITLE_SMALL_WORDS,
  ...'nor are be vs. de del degli dello della la le il des du von van y e o'.split(' '),
]);

/**
 * "decided to weigh in", "tried to remove the helmet", "wants him to be disciplined", "is planning to end Saturday
 * editions", "continues to become more dismal": what someone means to do, or goes on doing, is no statement of
 * theirs, though PolNeAR marks some of it as attribution. (What someone "is expected to" do is no one's either:
 * listed-thoughts.ts, isExpectedOf.)
 */
const INTENTION_CUE =
  /(?:^|\s)(?:decid(?:e|es|ed|ing)|tr(?:y|ies|ied|ying)|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|continu(?:e|es|ed|ing))$/i;
const isIntention = (a: Attribution, cue: string): boolean => a.cue !== null && INTENTION_CUE.test(cue);

/**
 * "declined to comment", "rejected the results", "endorsed Hillary Clinton", "praised her effort": the attribution
 * layer keeps a stance's object however short, as PolNeAR marks it; who-said-what lists only objects of three words
 * or more, as before. A denial is listed however short: "Grant denied the charges" says they are false, and the
 * hand-marked news sets mark it.
 */
const isShortStanceObject = (a: Attribution, cue: string): boolean => {
  if (a.cue === null) return false;
  return keepsShortObject(cue, a.text) && wordCount(a.text, 3) < 3 && !DENIAL_CUE.test(cue);
};
const DENIAL_CUE = /^den(?:y|ie[sd])$/i;

/**
 * "A spokeswoman declined to comment on the report", "did not immediately respond to a request for comment", "He
 * declined to give details", "refused to elaborate": wire copy's notes that someone said nothing are no statement of
 * theirs. (The attribution layer keeps them, as PolNeAR
 * marks some.)
 */
const NO_COMMENT_CUE = /^(?:declin|refus|respond|return|repl|answer)/i;
const NO_COMMENT_OBJECT =
  /^(?:to\s+(?:comment|elaborate|give\s+(?:any\s+|further\s+|more\s+)?details|provide\s+(?:any\s+|further\s+|more\s+)?details|say\s+more|discuss|specify|disclose|be\s+(?:named|identified))\b|(?:an?|the|multiple|repeated|several|two)?\s*(?:requests?|calls?|e-?mails?|messages?|inquir(?:y|ies)|queries)\s+(?:for|seeking)\s+comment\b)/i;
const isNoComment = (a: Attribution, cue: string): boolean =>
  a.cue !== null && NO_COMMENT_CUE.test(cue) && NO_COMMENT_OBJECT.test(a.text);

/**
 * "He declined to say when Disney might change its sports strategy", "it didn't say when the wagon will go on sale",
 * "It did not reveal the crash location": what someone would not say is no statement of theirs, as "declined to
 * comment" is not.
 */
const REFUSAL_CUE = /^(?:declin|refus)/i;
const REFUSED_SAYING =
  /^(?:later\s+)?to\s+(?:say|state|address|disclose|specify|reveal|discuss|elaborate|identify|name|confirm|detail|explain)\b/i;
const WITHHELD_CUE = /^(?:say|said|reveal|disclose|specify|elaborate|name|identify|explain|confirm|comment)/i;
const NEGATION_BEFORE =
  /\b(?:did|does|do|would|will|could|has|have|had)(?:\s+not|n['’]t)\s+(?:\p{Ll}+ly\s+)?$|\bwon['’]t\s+$|\b(?:declined|refused)\s+to\s+$/u;
const isUnsaid = (a: Attribution, body: string, cue: string): boolean => {
  if (a.cue === null) return false;
  if (REFUSAL_CUE.test(cue)) return REFUSED_SAYING.test(a.text);
  return (
    WITHHELD_CUE.test(cue) && NEGATION_BEFORE.test(body.slice(Math.max(0, a.cue.start - 30), a.cue.start))
  );
};

/**
 * "I’d like to think the mission-driven companies …", "Is it fair to say that …", "The only other entity to confirm
 * it has bid …": a speakerless source that ends in "to" before its cue is an infinitive's frame, the writer's own
 * musing or a description, and names no one who spoke.
 */
const isInfinitiveFrame = (a: Attribution, body: string): boolean =>
  a.speaker === null &&
  a.source !== null &&
  a.cue !== null &&
  a.source.end <= a.cue.start &&
  /(?:^|\s)to$/.test(body.slice(a.source.start, a.source.end));

/**
 * "Fort Worth looking for the missing girl", "Americans voted for control of the state Legislature": learned cues of
 * a search or a vote mark what someone did, not what they said; so do a sentence handed down ("was sentenced to 12
 * years"), the audience someone addressed ("addressed the court before sentencing") and what someone ignored (court
 * and opinion copy). PolNeAR keeps some as attribution, who-said-what does not list them. ("offered" stays: in
 * political news it is mostly speech, "offered his congratulations".)
 */
const LEARNED_ACT_CUE =
  /^(?:look(?:s|ed|ing)?\s+(?:for|to)|vot(?:e|es|ed|ing)\s+for|sentenced|address(?:es|ed|ing)?|ignor(?:e|es|ed|ing))$/i;
const isLearnedAct = (a: Attribution, cue: string): boolean =>
  a.learnedCue && a.cue !== null && LEARNED_ACT_CUE.test(cue);

/**
 * "Garrett responded by hitting Rudolph in the head", "Amazon is offering Prime members a free gift card", "Hubble
 * has spotted indirect evidence of such plumes": a word that only the learned detector calls a cue, in no list of
 * cues, is on news pages mostly an act, not speech. Listed only when what it governs is a clause ("discovered that
 * …", "wonder whether …", "Court records show the man had …") or holds a quotation ("turned to Twitter to describe his city as a “gas chamber”").
 * (Auxiliaries and adverbs the detector fires on are read by isAuxiliaryWithoutSaying; the benchmark still sees
 * every frame through findAttributions.)
 */
const isDetectedAct = (a: Attribution, body: string, cue: string): boolean => {
  if (!a.learnedCue || a.cue === null) return false;
  return (
    !isNonVerbCue(cue) &&
    !SPEECH_ACT_CUE.test(cue) &&
    (cue.includes(' ') ? false : cueForm(cue) === undefined || rarelyACue(cue)) &&
    !CLAUSE_OBJECT.test(a.text) &&
    !BARE_CLAUSE_OBJECT.test(a.text) &&
    !QUOTE_MARK.test(a.text) &&
    !(CHARACTERIZATION.test(a.text) && !GERUND_OPENING.test(a.text)) &&
    !reportedByListedCue(a, body)
  );
};

/**
 * Verbs that are acts of speech whatever their object: "has voiced concerns about a potential military action",
 * "has requested Russia for assistance", "demanded a recount", "vowed revenge" (seed articles, Press TV).
 */
const SPEECH_ACT_CUE = /^(?:voic|request|demand|vow|pledg|promis)(?:e|es|ed|ing|s)?$/i;

/**
 * "he told police he supported Trump and hates radical Muslims": the act is itself what a listed verb of saying
 * a word or two before reports, and stays.
 */
const reportedByListedCue = (a: Attribution, body: string): boolean => {
  if (a.source === null) return false;
  const words = splitAtSpaces(body.slice(Math.max(0, a.source.start - 40), a.source.start)).slice(-4, -1);
  for (let k = words.length - 1; k >= 0; k--) {
    // "said Sowers, who is also considering …": a comma ends what the cue reports.
    if (/[^\p{L}’'-]/u.test(words[k])) return false;
    const info = cueForm(words[k]);
    if (info !== undefined && !info.learned) return true;
  }
  return false;
};
const learnedRatio = new Map(LEARNED_CUES.map(([form, cues, seen]) => [form, cues / seen]));
const rarelyACue = (cue: string): boolean => (learnedRatio.get(cue.toLowerCase()) ?? 1) < 0.5;
/**
 * What a clause looks like right after the cue or a short phrase: "that …", "whether …", a name or a pronoun with its
 * verb ("FEC records show Doe has donated …"), or "that" with a subject after a phrase ("made it clear to donors on
 * Wednesday that she has their backs").
 */
const FINITE_AFTER_SUBJECT =
  '(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|did|does|\\p{Ll}{3,}ed)\\s';
const CLAUSE_OBJECT = new RegExp(
  `^(?:(?:that|whether|if|how|why|what|when|where|who)[\\s,]|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}${FINITE_AFTER_SUBJECT}|(?:he|she|they|it|we|I|you)\\s+${FINITE_AFTER_SUBJECT}|[^,;:.“”"]{0,60}\\s(?:that|whether)\\s+(?:he|she|they|it|we|I|you|the|a|an|this|there|his|her|their|its|\\p{Lu})\\b)`,
  'u',
);
const QUOTE_MARK = /["“”]/;
/** "the study found the spacecraft mass could be reduced …": a bare clause, its subject in lower case. */
const BARE_CLAUSE_OBJECT =
  /^(?:the|a|an|his|her|its|their|this|these|those|some|many|most|children|people)\s+(?:[^\s,;:]+\s+){0,6}?(?:has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|did|does|didn['’]t|don['’]t|doesn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t)\s/u;

/**
 * "Steenburgen found a beautiful harmony between the two", "Smith still found it difficult to talk about …", "Trump
 * found himself embroiled in controversy": a person who "found" or "learned" something plain had a discovery or an
 * experience, and said nothing. (With a clause, "found that …", "he found the mass could be reduced …", it is a
 * finding.)
 */
const DISCOVERY_CUE = /^(?:found|finds|learned|learnt)$/i;
const isDiscovery = (a: Attribution, body: string, cue: string): boolean =>
  a.cue !== null &&
  // (A poll, a study or a group finds what it reports: "a survey found Clinton with a lead of 48 percent".)
  a.sourceKind === 'person' &&
  DISCOVERY_CUE.test(cue) &&
  // ("ILC2s, he found, release cytokines …": the second piece of a statement broken by its tag.)
  !/^\s*,/.test(body.slice(a.cue.end, a.start)) &&
  // ("found both issues to be disqualifying", "found Mr. Trump too objectionable to support": a judgment.)
  !/\s(?:to\s+be|too)\s/.test(a.text) &&
  !CLAUSE_OBJECT.test(a.text) &&
  !BARE_CLAUSE_OBJECT.test(a.text) &&
  !QUOTE_MARK.test(a.text);

/**
 * "The team looked at data on four states and noted if and how often respondents used marijuana": "noted" with
 * "if" or "whether" after it is what someone recorded, a question, not a claim (nonspeech59).
 */
const isNotedQuestion = (a: Attribution, cue: string): boolean =>
  a.cue !== null && /^not(?:e|es|ed|ing)$/i.test(cue) && /^(?:if|whether)\s/i.test(a.text);

const FINDING_OUT_CUE = /^(?:find|finds|found|finding)\s+out$/i;
/**
 * "This guy learned the importance of staying hydrated", "the nation learned that the whistleblower was no such
 * thing", "Buckley learned who had written the song", "News Nation tried to find out about this initiative": whoever
 * learns something or sets out to find it out was told it or looked for it, and said nothing, clause or not
 * (nonspeech59). (An outlet that "has learned that …" reports it, and stays; so does a content holding a quotation,
 * and the second piece of a statement broken by its tag, "ILC2s, he learned, release …".)
 */
const isLearning = (a: Attribution, body: string, cue: string): boolean =>
  a.cue !== null &&
  (FINDING_OUT_CUE.test(cue) ||
    (a.sourceKind !== 'organization' && /^(?:learned|learnt|learns)$/i.test(cue))) &&
  !/^\s*,/.test(body.slice(a.cue.end, a.start)) &&
  !QUOTE_MARK.test(a.text);
/**
 * "dismissed the deal as toothless", "hit Donald Trump for not paying federal income tax": a characterization or a
 * charge carries what was said.
 */
const CHARACTERIZATION =
  /^[^,;:]{0,80}?\s(?:as\s+(?:an?|the|its|his|her|their|one|part|less|more|too|\p{Ll}+(?:less|ful|ous|ive|ble|ic|al))\b|for\s+(?:not\s+)?\p{Ll}{3,}ing\b)/u;
/**
 * "began releasing some of the people detained for causing mayhem": a content that opens on a gerund is what the
 * cue's verb went on to do (an aspect verb's object), so a "for …ing" in it is no ground of a judgment.
 */
const GERUND_OPENING = /^\p{Ll}{3,}ing\s/u;

/**
 * "The jury found Gallagher guilty on all counts", "found the company liable", "Ortiz pleaded guilty to two counts":
 * a verdict or a plea (court copy), no statement; "the study found that …" keeps its clause.
 */
const VERDICT_RE = /^(?!that\s)(?:[^\s,;:"]+\s+){1,5}(?:not\s+)?(?:guilty|liable|innocent|responsible)\b/i;
const PLEA_RE = /^(?:not\s+)?guilty\b|^no\s+contest\b/i;
const PLEADED_RE = /^plead(?:s|ed|ing)?\s+(?:not\s+)?(?:guilty|no\s+contest)\b/i;
const isVerdict = (a: Attribution, cue: string): boolean => {
  if (a.cue === null || !a.text.includes('i')) return false;
  if (/^plead/i.test(cue)) return PLEA_RE.test(a.text);
  // "Both have pleaded not guilty": the learned detector's frame at the auxiliary holds the plea itself.
  if (AUXILIARY_CUE.test(cue)) return PLEADED_RE.test(a.text);
  return /^f(?:ound|inds?)$/i.test(cue) && VERDICT_RE.test(a.text);
};

/** "when asked whether …": the question an unnamed asker put, which says nothing of who said what. */
const isUnaskedQuestion = (a: Attribution): boolean =>
  a.speaker === null && a.source !== null && a.source.start === a.source.end;

/**
 * A learned cue whose subject names no one: the view it marks is nobody's in the text. A court's ruling is what it
 * said, named or not ("The court ruled on Monday that …", "A federal appeals court ruled last week that …"); what
 * it ruled against is a decision, not words ("ruled Friday against Ohio's procedure").
 */
const isUnheldView = (a: Attribution, body: string): boolean =>
  a.learnedCue &&
  a.speaker === null &&
  a.sourceKind === 'unknown' &&
  !(
    a.source !== null &&
    a.text.startsWith('that ') &&
    body.charCodeAt(a.source.end - 1) === 116 &&
    COURT_END_RE.test(body.slice(a.source.start, a.source.end))
  );

/** "The court", "a federal appeals court", "the High Court": a court as the whole of the source. */
const COURT_END_RE = /^(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}court$/iu;

/**
 * "I needn’t have worried – the UK bikes are fully covered", "We look forward to sharing updates": the writer's own
 * voice (or the outlet's "we") outside any quotation. PolNeAR marks it as attribution; who-said-what has no one to
 * credit it to. ("We will win," in quotation marks, is a direct quote and stays.)
 */
const isWritersOwn = (a: Attribution, body: string): boolean =>
  a.speaker === null && a.source !== null && /^(?:I|we|you)$/i.test(body.slice(a.source.start, a.source.end));

/**
 * "Trump has New York values", "VW has equipped it with touch panels", "Boone Jenner also scored": the learned
 * detector fires on an auxiliary or "also" before the real verb, and what follows is a fact about the subject, not
 * something said. Listed only when the verb after it is a cue itself ("her aides have vowed to …", "Clinton has
 * hammered …" is not).
 */
const AUXILIARY_CUE = /^(?:has|have|had|also|is|are|was|were|did|does|do)$/i;
/**
 * "Owen Dempsey quickly suspected …", "Jeongdong Theater always strives …", "worried about them, I can …": a learned
 * cue that is an adverb or a preposition is no verb of saying either, and is read as the auxiliaries are.
 */
const ADVERB_OR_PREPOSITION_CUE = /^(?:\p{Ll}{3,}ly|still|always|never|often|about|of|for|with|from)$/u;
const isNonVerbCue = (cue: string): boolean =>
  AUXILIARY_CUE.test(cue) || ADVERB_OR_PREPOSITION_CUE.test(cue) || ADVERBS.has(lowerCased(cue));
const isAuxiliaryWithoutSaying = (a: Attribution, body: string, cue: string): boolean => {
  if (!a.learnedCue || a.cue === null || !isNonVerbCue(cue)) return false;
  const words = splitAtSpaces(a.text);
  const k = words.findIndex((w) => !ADVERBS.has(w.toLowerCase()) && !/ly$/.test(w));
  if (k < 0) return true;
  // "Neil Gaiman still bemoans that …": a verb with a that-clause after the adverb is saying all the same.
  if (words[k + 1] === 'that') return false;
  // "Wistron and Global Lighting Technologies are said to be among the suppliers", "SpaceX is widely believed to
  // have submitted …": a passive of saying before "to" is others' word about the subject, not the subject's.
  if (words[k + 1] === 'to' && isPassiveAfterBe(a.cue, body)) return true;
  return cueForm(words[k]) === undefined && cueForm(`${words[k]} ${words[k + 1] ?? ''}`) === undefined;
};
const isPassiveAfterBe = (cue: Span, body: string): boolean =>
  /\b(?:is|are|was|were|be|been)(?:\s+\p{Ll}+ly)?$/u.test(body.slice(Math.max(0, cue.start - 20), cue.end));

/**
 * "Then, last week, Taylor Swift posted on Twitter accusing …": a short piece before the speaker, with no clause in
 * it, is the sentence's opening adverbial, not what was said. (A short first piece with a second piece after the
 * tag, "At current rates, Bridenstine said, there will be …", is joined by withSubjectsJoined and stays; "During the
 * call, he asked about …, called Omar … and said, “…”" has a clause of its own between the speaker and the cue: no
 * tag is set in there.)
 */
const isOpeningAdverbial = (a: Attribution, body: string): boolean =>
  a.source !== null &&
  a.cue !== null &&
  a.end <= a.source.start &&
  a.end <= a.cue.start &&
  /^\s*,\s*$/.test(body.slice(a.end, a.source.start)) &&
  wordCount(a.text, 5) <= 4 &&
  !looksLikeClause(` ${a.text}`) &&
  !(hasSecondPieceAfterCue(a, body) && TAG_SET_IN_RE.test(body.slice(a.source.end, a.cue.start)));
/** Between a set-in tag's speaker and its cue, at most two words: "Mr. Obama often says", "she later added". */
const TAG_SET_IN_RE = /^\s*(?:[\p{L}-]+\s+){0,2}$/u;

/** Whether the words after the cue go on as the sentence's main clause (the piece is then joined, not dropped). */
const hasSecondPieceAfterCue = (a: Attribution, body: string): boolean =>
  a.cue !== null && /^\s*,/.test(body.slice(a.cue.end, a.cue.end + 3));

/**
 * "…, said Scott Strenfel, PG&E's principal meteorologist.": the noun phrase right after an inverted tag's speaker,
 * before the sentence ends, is who the speaker is, not what they said. ("According to Smith, Gov. Noem launched the
 * campaign" is what Smith said: there the content follows the tag.)
 */
const isAppositionAfterSource = (a: Attribution, body: string, cue: string): boolean =>
  a.source !== null &&
  a.cue !== null &&
  /^\s+$/.test(body.slice(a.cue.end, a.source.start)) &&
  !/^according/i.test(cue) &&
  a.source.end <= a.start &&
  /^\s*,\s*$/.test(body.slice(a.source.end, a.start)) &&
  /^\s*(?:[.!?]|$)/.test(body.slice(a.end, a.end + 2)) &&
  wordCount(a.text, 7) <= 6 &&
  !PREDICATE_OPENING.test(a.text) &&
  !looksLikeClause(` ${a.text}`);

/** "The key to Stadia's success, says Buser, is Google's …": a piece opened by a verb is the predicate, not a name. */
export const PREDICATE_OPENING =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\b/i;

/**
 * "which Nissan claims is a 20% and 16% improvement", "interventions that GiveWell and Evidence Action believe are
 * promising", "One possible explanation for the discrepancies in this claim is that …": a copula right after the
 * cue is the predicate of a relative clause, or the cue is a noun; the piece has no subject and says nothing
 * alone. (After the tag's comma, "…, McKinley said, is the flow of drugs", it is a second piece, joined.)
 */
const isSubjectlessPredicate = (a: Attribution, body: string): boolean =>
  a.cue !== null && /^(?:is|are|was|were)\s/.test(a.text) && /^\s+$/.test(body.slice(a.cue.end, a.start));

/**
 * Short, or opened in lower case without a clause: a phrase the cue's object, not a statement. What "according to"
 * sets off is a sentence's main clause whatever its verb ("According to a regulatory filing, the bank paid its
 * chief executive $24 million"), though the clause test knows no irregular past.
 */
const isSpeakerlessFragment = (a: Attribution, cue: string): boolean =>
  a.speaker === null &&
  a.sourceKind !== 'anonymous' &&
  (wordCount(a.text, 4) <= 3 ||
    (opensLower(a.text) && !/^that\s/.test(a.text) && !looksLikeClause(a.text) && !isAccordingTo(a, cue)));

const isAccordingTo = (a: Attribution, cue: string): boolean =>
  a.cue !== null && a.cue.end - a.cue.start === 12 && /^according to$/i.test(cue);

/**
 * "Sarah Kim, who testified for the prosecution, said", "the lawyer said outside the courthouse": a prepositional
 * phrase after the cue, with no clause in it, tells for whom, where or when someone spoke, not what.
 */
const PREPOSITIONAL_OPENING =
  /^(?:for|before|at|in|on|during|against|outside|inside|after|from|with|behind|under)\s+(?:the|a|an|his|her|their|its)\s/i;
const isPrepositionalFragment = (a: Attribution): boolean =>
  opensLower(a.text) && PREPOSITIONAL_OPENING.test(a.text) && !looksLikeClause(a.text);

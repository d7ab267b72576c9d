// Whose view a noun cue gives when the subject search found only the cue's own noun phrase ("a fierce" before
// "supporter of", "the 95 minute" before "rant against"): the phrase names nobody, and the holder stands elsewhere
// in the sentence, by the phrase's place in it.

import type { Mention } from '../../../model/index.js';
import { cueForm } from '../lexicon.js';
import { mainClausePerson } from './adjunct-subjects.js';
import { CLAUSE_NOUNS } from './content-start.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { mentionFrom } from './subject-search.js';
import type { Frame, Speaker } from './types.js';

/**
 * A determiner and one to three lower-case modifiers or numbers, no function word among them: the start of the
 * cue's own noun phrase ("a fierce", "the 95 minute"; not "a signal of her", "an anthropologist and physician").
 */
const CUE_PHRASE_OPENING_RE =
  /^(?:a|an|the|one)\s+(?!(?:[\p{L}\d-]+\s+){0,2}(?:of|and|or|to|in|his|her|their|its|our|my)(?:\s|$))(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}[\p{Ll}\d][\p{L}\d-]*$/u;

/** A preposition opening the sentence before the cue's phrase: "In a …", "And in the …", "With a …". */
const OPENING_PREPOSITION_RE =
  /^[\s"“‘'(]*(?:(?:And|But|Yet|So)\s+)?(?:[Ii]n|[Ww]ith|[Dd]uring|[Tt]hrough)\s+$/;

/**
 * The holder of a noun cue whose phrase the subject search found: the name an apposition describes ("Adelson, a
 * fierce supporter of the nation"), or the person opening the main clause after an opening prepositional phrase
 * ("In a halfhearted endorsement of Mr. Sanders, Mrs. Clinton …"). Null when the phrase is in neither place.
 */
export function nounCueHolder(fx: Finder, f: Frame): Speaker | null {
  if (!subjectRightBeforeCue(fx, f)) return null;
  // "Clinton, a top aide said", "a group of rabbis called", "a firm focused on": before a verb of speech or a
  // participle the phrase is the subject it seems.
  const word = /^[\p{L}’'-]*/u.exec(fx.masked.slice(f.cue.start, f.cue.end))?.[0] ?? '';
  const info = cueForm(word);
  if ((info && !info.learned) || /(?:ed|ing)$/.test(word)) return null;
  if (!CUE_PHRASE_OPENING_RE.test(fx.masked.slice(f.subject.start, f.subject.end)))
    return lightVerbHolder(fx, f);
  return describedByApposition(fx, f) ?? openingPhraseHolder(fx, f);
}

/**
 * A verb that takes the noun cue as its object and says nothing itself, with the determiner or quantifier before
 * the noun: "… made a [case]", "… holds little [hope]", "… voiced strong [doubts]".
 */
const LIGHT_VERB_TO_CUE_RE =
  /^\s+(?:make|makes|made|hold|holds|held|express|expresses|expressed|voice|voices|voiced)\s+(?:a|an|little|no|some|much|strong|great)\s*$/;

/**
 * "Pulitzer Prize-winning author Junot Díaz made a case for …", "Monte Haines holds little hope": the subject
 * search ran over the light verb whose object the noun cue is; the person named right before that verb holds the
 * view, and the source span ends with that name. Null when no person's name ends right before such a verb.
 */
function lightVerbHolder(fx: Finder, f: Frame): Speaker | null {
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, f.subject.start); i < ms.length && ms[i].end < f.subject.end; i++) {
    const m: Mention = ms[i];
    if (!LIGHT_VERB_TO_CUE_RE.test(fx.masked.slice(m.end, f.subject.end))) continue;
    if (typeOfMention(fx, m) !== 'person') return null;
    // The source is the phrase up to the name, the verb and its determiner left out ("… author Junot Díaz").
    return namedHolder(fx, m, f.subject.start);
  }
  return null;
}

/**
 * "Adelson, a fierce supporter of the nation", "Grimes, a longtime supporter of Clinton,": an apposition headed by
 * the cue describes the person named right before its comma, whose view it is.
 */
function describedByApposition(fx: Finder, f: Frame): Speaker | null {
  const comma = /,\s+$/.exec(fx.masked.slice(Math.max(0, f.subject.start - 4), f.subject.start));
  if (!comma || !/^(?:a|an|one)\s/.test(fx.masked.slice(f.subject.start, f.subject.end))) return null;
  const m = fx.index.byEnd.get(f.subject.start - comma[0].length);
  // Only a person: after a body's name the apposition may describe a phrase that ends in it ("The secretary of
  // state and 2014 candidate for U.S. Senate, a longtime supporter of Clinton").
  if (!m || typeOfMention(fx, m) !== 'person') return null;
  return namedHolder(fx, m);
}

/** "In the 95 minute rant against everyone from Carson to Clinton, Trump …": the main clause's person. */
function openingPhraseHolder(fx: Finder, f: Frame): Speaker | null {
  const sent = fx.sentences[f.sentence];
  if (!OPENING_PREPOSITION_RE.test(fx.masked.slice(sent.start, f.subject.start))) return null;
  const m = mainClausePerson(fx, f.cue.end, sent.end);
  return m ? namedHolder(fx, m) : null;
}

/**
 * The person a noun cue's view belongs to, with the source span where that person is named (from `start`, a
 * phrase opening before the name, to the name's end): PolNeAR marks the holder ("Adelson" of "Adelson, a fierce
 * [supporter] of …"), not the cue's own noun phrase ("a fierce") that the frame's subject search found.
 */
function namedHolder(fx: Finder, m: Mention, start = m.start): Speaker {
  const { speaker, entity } = fromMention(fx, m);
  return { speaker, entity, source: { start, end: m.end } };
}

/** Whether the frame's subject phrase ends right before its cue, nothing but spaces between. */
const subjectRightBeforeCue = (fx: Finder, f: Frame): boolean =>
  f.cue.start >= f.subject.end && /^\s*$/.test(fx.masked.slice(f.subject.end, f.cue.start));

/**
 * A person's own act or stance, besides the nouns of saying ("Trump's aversion to committing …", "Beck's contention
 * was that …", "Mr. Trump's turn against the former president").
 */
const OWN_STANCE_NOUNS = `${CLAUSE_NOUNS}|opposition|aversion|failure|refusal|reluctance|point|takeaway|turn|stance|position|decision|insistence|response|answer|defense`;

/** After the owner's name: the possessive, at most one lower-case modifier, and the noun the cue follows. */
const OWNED_STANCE_RE = new RegExp(`^[’']s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${OWN_STANCE_NOUNS})$`, 'u');

/** Titles the entity stage may leave out of the name before the possessive ("Mr. Trump's"). */
const TITLES_BEFORE_RE = /^(?:(?:[\p{Lu}][\p{L}.-]*)\s+){0,3}$/u;

/**
 * The owner of a learned frame's noun phrase right before its cue, when the noun is that person's own view or act:
 * "Trump's aversion to committing the U.S. …", "Sanders's point was that …" (PolNeAR marks the owner as the source).
 * Only a person (not "the Supreme Court's decision", nor "Clinton's campaign", whose noun names people).
 */
export function ownerOfStance(fx: Finder, f: Frame): Speaker | null {
  if (!f.learned && !f.learnedCue) return null;
  if (!subjectRightBeforeCue(fx, f)) return null;
  const phrase = fx.masked.slice(f.subject.start, f.subject.end);
  const apostrophe = phrase.search(/[’']s?\s/);
  if (apostrophe < 0) return null;
  const m = fx.index.byEnd.get(f.subject.start + apostrophe);
  if (!m || m.start < f.subject.start || typeOfMention(fx, m) !== 'person') return null;
  // A name, not a description the entity stage linked to someone ("the Nevada Democrat’s biggest takeaway").
  if (!/^\p{Lu}/u.test(fx.masked.slice(m.start, m.start + 1))) return null;
  if (!TITLES_BEFORE_RE.test(fx.masked.slice(f.subject.start, m.start))) return null;
  return OWNED_STANCE_RE.test(phrase.slice(apostrophe)) ? fromMention(fx, m) : null;
}

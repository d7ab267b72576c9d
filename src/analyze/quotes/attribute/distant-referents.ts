// A "he", "she" or a description ("The 56-year-old said") whose person was named paragraphs before: news names the
// person it follows, then goes on with pronouns and descriptions. The last resort of pronoun resolution, read only
// when nothing nearer stands for the subject; it names nobody when someone else might be meant, as a wrong speaker
// is worse than none.

import type { Mention } from '../../../model/index.js';
import { ensureFacts } from '../speakers.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { AGE_AS_PRONOUN, DEMONYMS, PERSON_EPITHETS } from './patterns.js';
import { mentionFrom } from './subject-search.js';
import { type Subject, spanning } from './types.js';

/**
 * Whom the pronoun `p` (or a description resolved as one) at [start, end) means when its person was named well
 * before, or null. Only the article's main person (named more often than any other person it might be) is meant:
 * - a description of either gender ("The 56-year-old", "The Norwegian"): when the person named last before it is
 *   the main person;
 * - "he" or "she": when the person of that gender named last before it is the main person, two or more paragraphs
 *   back, and every person named since is known to be of the other gender.
 * Never when someone the text does not name came in since: a nameless speaker, "my father", "a Fed Ex driver".
 */
export function distantReferent(fx: Finder, p: string, start: number, end: number): Subject | null {
  const found = p === AGE_AS_PRONOUN ? lastPersonBefore(fx, start) : lastOfGenderBefore(fx, p, start);
  if (!found || !isMainPerson(fx, found.entity, p)) return null;
  if (namelessSpeakerSince(fx, found.end, start)) return null;
  // "The Portuguese boss had been out of work …. The 56-year-old said": descriptions may chain, each the main
  // person; a "he" or "she" after a person described ("my father", "a Fed Ex driver") may mean that one.
  const described = p === AGE_AS_PRONOUN ? UNTAGGED_NAME_RE : NAMELESS_PERSON_RE;
  if (unnamedPersonSince(fx, described, found.end, start)) return null;
  return spanning(fromMention(fx, found), start, end);
}

/**
 * Words for a person a story follows that name neither the person nor an office: a trade of sport or show
 * business, or a nationality. Offices ("the Russian leader", "the Florida senator") are read against the titles the
 * text gives its people (the entity stage's role phrases, resolveRoleNp), not here.
 */
const DESCRIBED_HEADS =
  'boss|manager|coach|striker|forward|defender|midfielder|goalkeeper|keeper|winger|captain|skipper|' +
  'player|star|singer|actor|actress|rapper|musician|comedian|driver|boxer|golfer|champion';

/**
 * "The Portuguese boss", "the former Chelsea manager", "the 47-year-old Dane", "the Ajax head coach": "the",
 * an age or up to three capitalised words (a club, a country, a nationality) and such a head, or a nationality
 * alone after an age.
 * Groups: the age, the capitalised words, the head.
 */
const DESCRIBED_PERSON = String.raw`[Tt]he\s+(?:former\s+|ex-)?(\d{1,3}-year-old\s+)?((?:(?:former\s+)?\p{Lu}[\p{L}’'.-]*\s+){0,3})(?:head\s+|assistant\s+)?(${DESCRIBED_HEADS}|${DEMONYMS})`;
const DESCRIBED_LAST_RE = new RegExp(`^(?:${DESCRIBED_HEADS}|${DEMONYMS})$`);
const DESCRIBED_PERSON_ENDING_RE = new RegExp(String.raw`(?:^|[^\p{L}])(${DESCRIBED_PERSON})$`, 'u');
const DESCRIBED_PERSON_OPENING_RE = new RegExp(String.raw`^(${DESCRIBED_PERSON})(?=\s*[,.;:!?]|$)`, 'u');
const DESCRIBED_PERSON_WHOLE_RE = new RegExp(`^(${DESCRIBED_PERSON})$`, 'u');

/** Such a description as found: its length, and the pronoun it is resolved as ("he" for "actor"). */
export interface DescribedPerson {
  length: number;
  pronoun: string;
}

/**
 * A description of the person the story follows (see DESCRIBED_PERSON) ending `tail`, whose last word is `last`, or
 * null. The word is looked at first: the subject search asks this of every subject.
 */
export const describedPersonEnding = (tail: string, last: string): DescribedPerson | null =>
  DESCRIBED_LAST_RE.test(last) ? describedPerson(DESCRIBED_PERSON_ENDING_RE.exec(tail)) : null;

/** Such a description opening `head` and closed by a stop, a comma or the end: "the 47-year-old Dane." */
export const describedPersonOpening = (head: string): DescribedPerson | null =>
  describedPerson(DESCRIBED_PERSON_OPENING_RE.exec(head));

/** Whether `phrase` is such a description and nothing else: a speaker label it never makes. */
export const isDescribedPerson = (phrase: string): boolean =>
  describedPerson(DESCRIBED_PERSON_WHOLE_RE.exec(phrase)) !== null;

/**
 * Only a phrase that tells whom it means apart from a passer-by: an age, a club or a country, or a nationality for
 * a head ("the manager" alone may be a shop's).
 */
function describedPerson(m: RegExpExecArray | null): DescribedPerson | null {
  if (!m || (!m[2] && !m[3] && !/^\p{Lu}/u.test(m[4]))) return null;
  return { length: m[1].length, pronoun: PERSON_EPITHETS[m[4].toLowerCase()] ?? AGE_AS_PRONOUN };
}

/** The last mention of a person before `at`, or null; null too when it is no clear referent (see unclear). */
function lastPersonBefore(fx: Finder, at: number): Mention | null {
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, at) - 1; i >= 0; i--) {
    const m = ms[i];
    if (typeOfMention(fx, m) !== 'person') continue;
    return unclear(fx, m) ? null : m;
  }
  return null;
}

/**
 * Whether a person's mention leaves unsure whom it stands for: a name that only modifies a noun ("the Trump team"),
 * or one inside a quotation, its speaker's topic ("“What if Donald Trump had elocution lessons?” the 43-year-old
 * asked").
 */
const unclear = (fx: Finder, m: Mention): boolean =>
  fx.masked[m.start] === '~' || THE_BEFORE_RE.test(fx.masked.slice(Math.max(0, m.start - 4), m.start));

const THE_BEFORE_RE = /\bthe\s+$/i;

/**
 * The last mention before `at` of a person of the gender of "he" or "she", two or more paragraphs back, passing over
 * people known to be of the other gender ("… to kill Rep. Ilhan Omar …. He was arrested …"); null when a person of
 * unknown gender stands between, who may be meant.
 */
function lastOfGenderBefore(fx: Finder, p: string, at: number): Mention | null {
  const gender = p === 'he' ? 'm' : p === 'she' ? 'f' : null;
  if (!gender) return null;
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, at) - 1; i >= 0; i--) {
    const m = ms[i];
    if (typeOfMention(fx, m) !== 'person') continue;
    const f = fx.entities.get(m.entity);
    const known = f ? ensureFacts(fx.body, f).gender : null;
    if (known && known !== gender) continue;
    if (!known || unclear(fx, m)) return null;
    const twoBack = fx.paragraphBefore(fx.paragraphBefore(fx.paragraphAt(at)));
    return fx.paragraphAt(m.start) <= twoBack ? m : null;
  }
  return null;
}

/**
 * Whether entity `id` is a person the body names more often than any other person of the kind `p` may mean: any
 * person for a description, any but those known to be of the other gender for "he" or "she" (a story about a
 * threat to a congresswoman names her as often as the man who made it).
 */
function isMainPerson(fx: Finder, id: string, p: string): boolean {
  const own = fx.entities.get(id);
  if (own?.type !== 'person') return false;
  const other = p === 'he' ? 'f' : p === 'she' ? 'm' : null;
  for (const f of fx.entities.values()) {
    if (f === own || f.type !== 'person' || f.positions.length < own.positions.length) continue;
    if (!other || ensureFacts(fx.body, f).gender !== other) return false;
  }
  return true;
}

/** Whether a frame with its cue in [from, to) has a speaker the text does not name, who may be a person. */
function namelessSpeakerSince(fx: Finder, from: number, to: number): boolean {
  return fx.frames.some(
    (fr) =>
      fr.cue.start >= from &&
      fr.cue.start < to &&
      !fr.subject.entity &&
      (fr.subject.kind === 'person' || fr.subject.kind === 'unknown'),
  );
}

/** A name opening a sentence before ", who" ("Serafinowicz, who …"): someone, perhaps a name the tagger missed. */
const UNTAGGED_NAME = String.raw`(?:^|[.!?]\s+|\n)\p{Lu}[\p{L}’'-]+,\s+who\b`;
const UNTAGGED_NAME_RE = new RegExp(UNTAGGED_NAME, 'gu');

/**
 * A person the text describes but does not name ("my father", "a Fed Ex driver", "her husband", "a would-be
 * candidate"), or a name the tagger missed ("Serafinowicz, who …" opening a sentence).
 */
const NAMELESS_PERSON_RE = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[
    'father|mother|husband|wife|son|daughter|brother|sister|uncle|aunt|grandfather|grandmother|friend|boyfriend',
    'girlfriend|man|woman|boy|girl|guy|driver|officer|candidate|nominee|member|staffer|worker|host|reporter',
    'spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|official|executive|teacher|doctor|neighbou?r',
    'colleague|partner|boss|manager|coach|player|model|actor|actress|singer|comedian|politician|lawmaker|senator',
    'governor|president|veteran|resident|student|witness|victim|suspect|defendant|protester|supporter|voter',
  ].join('|')})\b|${UNTAGGED_NAME}`,
  'gu',
);

/**
 * Whether `pattern` finds a person the text does not name within [from, to) (in its masked text, quotations
 * blanked), outside mentions: whom a later pronoun may mean instead. `pattern` is global, read from its start.
 */
function unnamedPersonSince(fx: Finder, pattern: RegExp, from: number, to: number): boolean {
  const text = fx.masked.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const at = from + m.index + m[0].search(/\p{L}/u);
    const inside = fx.index.mentions[mentionFrom(fx, at + 1) - 1];
    if (!inside || inside.end <= at) return true;
  }
  return false;
}

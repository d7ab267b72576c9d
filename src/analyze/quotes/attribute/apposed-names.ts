// A name the tagger missed, set off by commas between an unnamed description and its verb: "The group that owns
// most of her music, Big Machine, says …", "Her spokesman, Tom Arlen, said …". The description says who the name
// is; the name is who spoke.

import type { Finder } from './finder.js';
import { DEMONYM_RE } from './patterns.js';
import { mentionFrom } from './subject-search.js';
import type { Frame, Speaker } from './types.js';

/**
 * Between the description and the verb: a comma, one to four capitalised words (initials and "Mr." allowed, a
 * joining "of", "for" or "de" inside), a comma. Nothing else, so that "…, in Boston, said" or "…, 54, said" is no
 * name.
 */
const APPOSED_NAME_RE =
  /^,\s+(\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:of|for|de)\s+)?\p{Lu}[\p{L}’'.&-]*){0,3}),\s*$/u;

/**
 * An unnamed description of someone: an article, a possessive or "one of the", then words; not a pronoun or a name
 * (the subject search settles those itself).
 */
const DESCRIPTION_RE = /^(?:the|a|an|his|her|its|their|one\s+of\s+(?:the|his|her|its|their))\s+\p{Ll}/iu;

/**
 * Capitalised words that are no one's name: days, months, a place's abbreviation after a city ("Calif."), words
 * that open a clause.
 */
const NOT_A_NAME_RE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Yesterday|However|Meanwhile|Though|Instead|Still|Too|Also|Then|Now|The|This|That|These|Those|It|He|She|They|We|I|You)\.?$/;

/** "Calif.", "Md.", "N.Y.": a state's abbreviation, which follows a city, not a description. */
const ABBREVIATION_RE = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}{1,4}\.$/u;

/** The name set off after an unnamed description as the frame's speaker, or null when the text has none. */
export function apposedName(fx: Finder, f: Frame): Speaker | null {
  const { subject, cue } = f;
  if (subject.speaker !== null || subject.entity !== null || cue.start <= subject.end) return null;
  const between = APPOSED_NAME_RE.exec(fx.masked.slice(subject.end, cue.start));
  if (!between) return null;
  if (!DESCRIPTION_RE.test(fx.masked.slice(subject.start, subject.end))) return null;
  const name = between[1];
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_A_NAME_RE.test(w) || DEMONYM_RE.test(w))) return null;
  if (words.length === 1 && ABBREVIATION_RE.test(name)) return null;
  // A tagged mention in the comma's span is the subject search's to settle (a place, a date, a person it skipped).
  const nameStart = subject.end + between[0].indexOf(name);
  const at = mentionFrom(fx, subject.end);
  if (at < fx.index.mentions.length && fx.index.mentions[at].start < cue.start) return null;
  return { speaker: fx.body.slice(nameStart, nameStart + name.length), entity: null };
}

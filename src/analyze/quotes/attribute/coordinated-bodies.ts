// Institutions and countries named together as one subject: "The European Union and the United States have long
// accused Lukashenko of …", "Russia, China and Iran warned …". The subject search stops at the name closest to
// the verb, so before this the statement was the last member's alone ("United States"). People named together are
// coordinatedPeople's (subject-fixes.ts); this is the same rule for subjects in which an institution or a place
// takes part.

import type { Mention } from '../../../model/index.js';
import { distinctNames, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import type { Subject } from './types.js';

/** What joins the last member to the one before it: "and" or "&", after a comma or not, then an optional "the". */
const LAST_LINK_RE = /,?\s+(?:and|&)\s+(?:the\s+)?$/i;

/** What joins the other members: a comma or another "and", then an optional "the" ("Russia, the EU and …"). */
const OTHER_LINK_RE = /(?:,\s+|\s+(?:and|&)\s+)(?:the\s+)?$/i;

/**
 * What may stand before the first member: nothing but a connective or "Both" at the sentence's start, or a comma,
 * colon or dash closing an opening phrase, or a quotation (masked as "~" up to its closing mark): "On Monday,
 * Russia and China said", "“…,” Russia and China said". After a preposition ("talks between
 * Russia and China") or a verb the names are no subject.
 */
const OPENS_BEFORE_RE =
  /(?:^[\s"“‘'(]*(?:(?:But|And|Yet|So|Still|Now|Both)\s+)*|(?:[,;:—–]|~["”’'])["”’']?\s*(?:(?:but|and|yet|so|both)\s+)?)(?:[Tt]he\s+)?$/;

/** The named kinds that may speak in such a group: the members are institutions or countries, or people with them. */
const MEMBER_TYPES = new Set(['organization', 'place', 'person']);

/** Where the mention starts, with a "the" right before it taken in. */
const withArticle = (fx: Finder, m: Mention): number =>
  /^[Tt]he\s$/.test(fx.masked.slice(Math.max(0, m.start - 4), m.start)) ? m.start - 4 : m.start;

/**
 * The whole group when the subject found is the last of several names joined by "and" opening their clause, at
 * least one an institution or a place: the speaker is all their names, the last joined by "and" ("European Union
 * and United States"), and no one entity, as coordinatedPeople gives people. Any other subject comes back as it is.
 */
export function coordinatedBodies(
  fx: Finder,
  subject: Subject,
  sentStart: number,
  inverted: boolean,
): Subject {
  if (!subject.entity) return subject;
  const last = fx.index.byEnd.get(subject.end);
  if (!last || !MEMBER_TYPES.has(typeOfMention(fx, last))) return subject;
  // "…, said the European Union and the United States": after the verb the subject found is the whole phrase, read
  // as one of its names; before it, the name closest to the verb.
  if (last.entity !== subject.entity && !inverted) return subject;
  // Most subjects stand alone: no "and" or "&" just before the name.
  const lead = fx.masked.slice(Math.max(sentStart, last.start - 12), last.start);
  if (!lead.includes(' and ') && !lead.includes('&')) return subject;
  const members = [last];
  let at = withArticle(fx, last);
  for (let link = LAST_LINK_RE; ; link = OTHER_LINK_RE) {
    const joined = link.exec(fx.masked.slice(Math.max(sentStart, at - 12), at));
    if (!joined) break;
    const m = fx.index.byEnd.get(at - joined[0].length);
    if (!m || m.start < (inverted ? subject.start : sentStart) || !MEMBER_TYPES.has(typeOfMention(fx, m)))
      break;
    members.unshift(m);
    at = withArticle(fx, m);
  }
  if (members.length < 2) return subject;
  if (inverted) {
    // After the verb the group must be the whole subject found ("said Russia and China", "according to the EU and
    // the US"), not the end of a longer phrase ("said a delegate from Russia and China").
    if (at !== subject.start) return subject;
  } else {
    // All people: coordinatedPeople's, which knows their titles and appositions.
    if (members.every((m) => typeOfMention(fx, m) === 'person')) return subject;
    // "… sanctions imposed on Russia and China said": a verb or a preposition before the first name makes the
    // names its object; only a group opening its clause speaks.
    if (!OPENS_BEFORE_RE.test(fx.masked.slice(sentStart, at))) return subject;
  }
  // "…, Germany and France said" after a list that started before the comma is checked above; two names with a
  // comma before their "and" join two clauses ("The talks failed in Geneva, and Iran said …").
  if (members.length === 2 && /^,/.test(fx.masked.slice(members[0].end, members[1].start))) return subject;
  const names = distinctNames(fx, members);
  if (names.length < 2) return subject;
  return {
    start: Math.min(subject.start, at),
    end: subject.end,
    speaker: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
    entity: null,
    kind: members.every((m) => typeOfMention(fx, m) === 'person') ? 'person' : 'organization',
  };
}

/**
 * Whether a frame's subject is a group named together (coordinatedPeople's or coordinatedBodies'): no one entity,
 * and an "and" between names in its words. A "they" after it means the whole group.
 */
export function isNamedGroup(fx: Finder, subject: Subject): boolean {
  if (subject.entity || !subject.speaker || !subject.speaker.includes(' and ')) return false;
  if (subject.kind !== 'organization' && subject.kind !== 'person') return false;
  return /\s(?:and|&)\s/.test(fx.masked.slice(subject.start, subject.end));
}

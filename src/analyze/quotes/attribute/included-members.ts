// A nameless group whose aside names its members: "Several candidates, including Trump, said …".

import type { Mention } from '../../../model/index.js';
import { distinctNames, fromMention, joinNames, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import type { Frame, Speaker } from './types.js';

/**
 * What opens an aside that lists members of the group before it: a comma, a dash or a bracket, then "including",
 * "such as" or "like" ("like" may compare instead, "Democratic economists, like their Republican counterparts,
 * say", but then it names no one in full, and nothing is taken).
 */
const MEMBERS_OPENER_RE = /(,|\s[—–]|\s--|\s-(?=\s)|\s?\()\s*(?:including|such\s+as|like)\s+/;

/** The closing mark of an aside opened by each opener (its spaces trimmed). */
const CLOSER: Record<string, RegExp> = {
  ',': /,/g,
  '—': /\s?—/g,
  '–': /\s?–/g,
  '--': /\s?--/g,
  '-': /\s-(?=\s)/g,
  '(': /\)/g,
};

/** Between an aside's close and the cue: nothing but auxiliaries and adverbs ("…, have also said"). */
const AUXILIARIES_ONLY_RE =
  /^\s*(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|also|all|both|long|now|quickly|since|\p{Ll}+ly)\s+)*$/u;

/**
 * What may stand before a subject that opens its clause: nothing but a connective ("But", "Even") at the sentence's
 * start, or a comma, dash or colon closing an opening phrase, or a word that opens a subordinate clause.
 */
const CLAUSE_OPENS_RE =
  /(?:^[\s"“‘'(]*(?:(?:But|And|Yet|So|Still|Even|Now)\s+)*|[,;:—–]\s*|\s(?:that|because|since|while|although|though|as|when|if|whether|where|even)\s+)$/;

/** What opens an apposition after a member's name: a determiner ("a senior fellow at …", "the party's chair"). */
const APPOSITION_RE = /^(?:a|an|the|one|his|her|their|its)\s+\p{Ll}/u;

/**
 * "Several candidates, including Trump, said …", "most presidents, including President Obama, have supported …",
 * "Democrats -- including Clinton -- quickly …", "Several fact checkers, including The Washington Post, have
 * pointed out …": a subject that names nobody, with an aside naming members of it, spoke through those members.
 * The group's words are each named member's: one member is the speaker (and entity); several speak together, all
 * their names and no one entity ("Hillary Clinton and Bernie Sanders"), as coordinatedPeople gives them. The aside
 * must hold nothing but people or organizations, each named in full to the end of its part ("telecom veterans Sam
 * Ginn and Bob Knowling"; an apposition after the last is passed over: "like Gary Clyde Hufbauer, a senior fellow
 * at …"); otherwise, or when the group's own phrase is a name ("Mr. Autor, including …"), nothing is taken.
 */
export function includedMembers(fx: Finder, f: Frame): Speaker | null {
  if (f.subject.start >= f.cue.start) return null;
  const text = fx.masked.slice(f.subject.start, f.cue.start);
  // Cheap test first: most subjects hold none of the three words.
  if (!text.includes('including') && !text.includes('such as') && !text.includes('like')) return null;
  const open = MEMBERS_OPENER_RE.exec(text);
  if (!open || open.index === 0) return null;
  const groupEnd = f.subject.start + open.index;
  if (!namesNobody(fx, f.subject.start, groupEnd)) return null;
  // "He has banned various news organizations, including The Washington Post, from …": after a verb the group is
  // an object, and the clause's own subject speaks.
  const sent = fx.sentences[f.sentence];
  if (!CLAUSE_OPENS_RE.test(fx.masked.slice(sent?.start ?? 0, f.subject.start))) return null;
  const closer = CLOSER[open[1].trim()];
  const asideStart = f.subject.start + open.index + open[0].length;
  // The aside closes at the last closing mark before the cue, with only auxiliaries and adverbs after it.
  const rest = fx.masked.slice(asideStart, f.cue.start);
  let close = -1;
  let after = '';
  closer.lastIndex = 0;
  for (let m = closer.exec(rest); m; m = closer.exec(rest)) {
    close = m.index;
    after = rest.slice(m.index + m[0].length);
  }
  if (close < 0 || !AUXILIARIES_ONLY_RE.test(after)) return null;
  const members = membersIn(fx, asideStart, asideStart + close);
  if (!members || members.length === 0) return null;
  if (members.length === 1) {
    const who = fromMention(fx, members[0]);
    return { speaker: who.speaker, entity: who.entity };
  }
  return { speaker: joinNames(distinctNames(fx, members)), entity: null };
}

/**
 * Whether the phrase [start, end) names nobody itself: no person or organization opens it or ends it ("Mr.
 * Autor", "Democratic candidate Hillary Clinton", "the Clinton campaign" are named; "Six Gannett newspapers in New
 * Jersey", "most presidents", "Democrats" are not).
 */
function namesNobody(fx: Finder, start: number, end: number): boolean {
  while (end > start && /\s/.test(fx.masked[end - 1])) end--;
  if (end <= start || fx.masked.slice(start, end).includes(',')) return false;
  const first = fx.index.byStart.get(start);
  const last = fx.index.byEnd.get(end);
  const named = (m: Mention | undefined) => {
    if (!m) return false;
    const type = typeOfMention(fx, m);
    return type === 'person' || (type === 'organization' && !GROUP_WORD_RE.test(m.text));
  };
  return !named(first) && !named(last);
}

/**
 * The people and organizations an aside [start, end) names, one to each part ("A, B and C"), or null when a part
 * names none. A part may open with words that describe its member, with no comma among them ("NSA Director Adm.
 * Michael Rogers", "University of North Carolina at Chapel Hill professor Zeynep Tufekci"), and end in a bracket or
 * a place ("Sen. Jeff Merkley (D-Ore.)", "Senator Bernie Sanders of Vermont"); "and" inside a name does not part it
 * ("American Congress of Obstetricians and Gynecologists"). After a comma, an apposition ends the list.
 */
function membersIn(fx: Finder, start: number, end: number): Mention[] | null {
  const aside = fx.masked.slice(start, end);
  const members: Mention[] = [];
  let from = 0;
  let afterComma = false;
  while (from < aside.length) {
    // "such as Gary Clyde Hufbauer, a senior fellow at the Peterson Institute": an apposition closes the list.
    if (afterComma && APPOSITION_RE.test(aside.slice(from))) return members;
    // "Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy": a party and state set off by commas.
    const party: RegExpExecArray | null = afterComma ? PARTY_RE.exec(aside.slice(from)) : null;
    if (party) {
      if (party[0].length === aside.length - from) return members;
      from += party[0].length;
      afterComma = party[0].trim().endsWith(',');
      continue;
    }
    let next = -1;
    for (let k = from; k < aside.length && next < 0; k++) {
      if (aside[k] === ',') return null;
      const m = fx.index.byStart.get(start + k);
      if (!m || m.end > end) continue;
      if (memberType(fx, m)) {
        let tail = fx.masked.slice(m.end, end).replace(BRACKET_START_RE, '');
        const of = /^\s+of\s+/.exec(tail);
        if (of) {
          const place = fx.index.byStart.get(end - tail.length + of[0].length);
          if (place && place.end <= end && typeOfMention(fx, place) === 'place')
            tail = fx.masked.slice(place.end, end);
        }
        const sep = PART_END_RE.exec(tail);
        if (sep) {
          members.push(m);
          if (sep[0].length === tail.length) return members;
          afterComma = sep[0].trim() === ',';
          next = end - start - tail.length + sep[0].length;
          break;
        }
      }
      k = m.end - start - 1;
    }
    if (next < 0) return null;
    from = next;
  }
  return members.length > 0 ? members : null;
}

/** Whether a mention may be a named member: a person or organization, not a plural group ("Muslims", "Latinos"). */
function memberType(fx: Finder, m: Mention): boolean {
  const type = typeOfMention(fx, m);
  return type === 'person' || ((type === 'organization' || type === 'other') && !GROUP_WORD_RE.test(m.text));
}

/** A capitalised plural word alone names a group, not a member of one ("Democrats", "Christians"). */
const GROUP_WORD_RE = /^\p{Lu}\p{Ll}+s$/u;

/** A member's party and state after a comma: "Republican of Iowa", "R-Tenn.". */
const PARTY_RE =
  /^(?:(?:Republican|Democrat|independent)\s+of\s+[^,]+|[RDI]-[\p{L}.]+)\s*(?:,\s*(?:(?:and|or)\s+)?|$)/u;

/** A bracket right after a name: party and state ("(D-Ore.)"), an age, a handle. */
const BRACKET_START_RE = /^\s*\([^()]{1,30}\)/;

/** What ends a member's part: the aside's end, a comma, "and", "or". */
const PART_END_RE = /^(?:\s*$|,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)/;

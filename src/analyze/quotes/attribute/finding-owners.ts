// Who a finding is from: "A Monmouth poll out Monday showed …", "a poll released Sunday by The Washington Post and ABC
// News shows …", "a report Tuesday from WKOW": a poll, survey or report speaks for the organisation that made or
// published it, named before its noun or after "by" or "from"; a made work, for whoever an aside before the verb
// says made it ("The survey, conducted by …, finds").

import type { Mention } from '../../../model/index.js';
import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { mentionFrom } from './subject-search.js';
import type { Subject } from './types.js';

/** The nouns of a finding that an organisation owns. */
const FINDING_RE =
  /\b(?:poll|polls|polling|survey|surveys|report|reports|study|analysis|projection|letter|memo)\b/i;

/** "research" as a finding's noun ("Research conducted by …", "new research from …"), not in a name ("Pew Research Center"). */
const RESEARCH_RE = /\b(?:research|Research(?=\s+\p{Ll}))\b/u;

/** An organisation named before the finding's noun: "A Monmouth poll", "an NBC News/Wall Street Journal/Marist … poll". */
const OWNER_BEFORE_RE = /^[\s/-]*(?:[\p{Lu}\d][\p{L}\d.&’'-]*[\s/-]+){0,4}(?:[\p{Ll}-]+\s+){0,2}$/u;

/** What leads from the finding's noun to its maker: "… released Sunday by ", "… Tuesday from ". */
const OWNER_AFTER_RE = /^[^,;:"~()]{0,40}?\s(?:by|from)\s+(?:the\s+)?$/i;

/** Who saw, got or passed on a finding is not who made it: "a memo seen by Reuters", "a letter obtained by AP". */
const RECEIVED_RE =
  /\b(?:seen|obtained|reviewed|provided|given|sent|leaked|cited|quoted|reported|described|acquired|viewed|shared|forwarded|received|examined|analy[sz]ed|read|captured)\b/i;

/**
 * The organisation that owns the finding subject names, or null: the subject must name nobody, hold a finding's
 * noun, and name an organisation right before that noun or after "by"/"from" following it (not "a poll of Nevada
 * voters", "a report in a New Hampshire paper" or "a memo seen by Reuters"). Before that, with the cue's start `cs`
 * after the subject: the maker named in an aside between the work and the cue (see makerInAside).
 */
export function findingOwner(fx: Finder, subject: Subject, cs = -1): Subject | null {
  if (subject.speaker || subject.end - subject.start < 6) return null;
  const text = fx.masked.slice(subject.start, subject.end);
  const work = cs > subject.end ? MADE_WORK_RE.exec(text) : null;
  if (work) {
    const maker = makerInAside(fx, subject.start + work.index + work[0].length, cs);
    if (maker) return { ...fromMention(fx, maker), start: subject.start, end: subject.end };
  }
  const noun = FINDING_RE.exec(text) ?? RESEARCH_RE.exec(text);
  if (!noun) return null;
  const nounAt = subject.start + noun.index;
  const ms = fx.index.mentions;
  let owner: Mention | null = null;
  for (let i = mentionFrom(fx, subject.start); i < ms.length && ms[i].start < subject.end; i++) {
    const m = ms[i];
    if (typeOfMention(fx, m) !== 'organization') continue;
    if (m.end <= nounAt) {
      // Before the noun: only capitalised words, slashes and up to two lower-case modifiers between ("A Monmouth
      // poll", "a CNN/ORC International poll", "an NBC News/Wall Street Journal/Marist South Carolina poll").
      if (!OWNER_BEFORE_RE.test(fx.masked.slice(m.end, nounAt))) continue;
      // The phrase must open with an article or the name itself: not "Trump's advisers' poll".
      if (
        !/^(?:(?:a|an|the|A|An|The)\s+(?:[\p{Ll}-]+\s+){0,2})?$/u.test(
          fx.masked.slice(subject.start, m.start),
        )
      )
        continue;
      owner = m;
      break;
    }
    const between = fx.masked.slice(nounAt + noun[0].length, m.start);
    if (OWNER_AFTER_RE.test(between) && !RECEIVED_RE.test(between)) {
      owner = m;
      break;
    }
  }
  return owner ? { ...fromMention(fx, owner), start: subject.start, end: subject.end } : null;
}

/**
 * A made work in the subject, with what it is of or about at most, up to a comma, a dash or the subject's end: a
 * finding, or a record, a page or a paper someone put out ("The transcript of the debate", "The project's website").
 */
const MADE_WORK_RE =
  /\b(?:poll|survey|report|study|analysis|projection|letter|memo|transcript|website|paper|video|ad|complaint|filing|document|review|audit|estimate|book|article)s?(?:\s+(?:of|on|about|for)\s+[^,;:"~()–—]{1,40}?)?(?=\s*[,–—]|$)/i;

/** An aside opening right after the finding, up to its maker: ", conducted by the ", "–published by ". */
const MAKER_ASIDE_OPENING_RE =
  /^\s*[,–—]\s*(?:conducted|released|published|issued|commissioned|compiled|prepared|written|produced|sponsored|run)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?by\s+(?:[Tt]he\s+)?$/u;

/**
 * What may close the aside after the maker before the verb: a place the recognizer left out of the name ("of
 * California"), the maker's own description, then a comma or dash.
 */
const MAKER_ASIDE_CLOSING_RE =
  /^(?:\s+(?:of|in|at)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)?(?:,[^,;:"~()]{1,100})?\s*[,–—]\s*$/u;

/**
 * "The survey, conducted by the Public Policy Institute of California, finds …": the work ends at `from`, and its
 * maker is named in the aside between it and the cue at `cs`; that person or organisation (not a place) speaks for
 * it. Null when no such aside is there.
 */
function makerInAside(fx: Finder, from: number, cs: number): Mention | null {
  const ms = fx.index.mentions;
  for (let i = mentionFrom(fx, from); i < ms.length && ms[i].start < cs; i++) {
    const m = ms[i];
    if (!MAKER_ASIDE_OPENING_RE.test(fx.masked.slice(from, m.start))) continue;
    const type = typeOfMention(fx, m);
    if (type !== 'organization' && type !== 'person') return null;
    return MAKER_ASIDE_CLOSING_RE.test(fx.masked.slice(m.end, cs)) ? m : null;
  }
  return null;
}

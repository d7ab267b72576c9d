// Views reported inside another attribution's content: which of them are attributions of their own.

import type { Span } from '../../../model/index.js';
import type { Attribution } from './types.js';

/** A learned view's content this short inside its own speaker's paraphrase is a fragment of it (chars). */
const SHORT_VIEW = 40;

const speakerOf = (a: Attribution): string | null => a.speakerEntity ?? a.speaker;

/**
 * The shortest attribution of another cue whose content holds a's cue, or null; a quotation (kind 'direct') when
 * any such attribution is one, however deep ("I think …" inside "knows that …" inside a transcript line).
 */
function outerOf(sorted: Attribution[], a: Attribution): Attribution | null {
  const cue = a.cue!;
  let best: Attribution | null = null;
  for (const o of sorted) {
    if (o.start > cue.start) break;
    if (o === a || cue.end > o.end || (o.cue !== null && o.cue.start === cue.start)) continue;
    if (o.kind === 'direct') return o;
    if (!best || o.end - o.start < best.end - best.start) best = o;
  }
  return best;
}

/**
 * "… applauded the efforts of … wealthy investors seeking to fund a search …": an "-ing" cue right after a plural
 * noun, far from the subject the search went back to, is a participle that tells what the noun's people or things
 * do; the outer speaker reports it, and it is no view of their own.
 */
function modifiesNounBefore(body: string, cue: Span, source: Span | null): boolean {
  if (!source || source.end >= cue.start - 2 || !/^\p{Ll}+ing\b/u.test(body.slice(cue.start, cue.end)))
    return false;
  const before = body.slice(Math.max(source.end, cue.start - 30), cue.start);
  // "Clinton spent much of the run-up to the Nevada caucuses portraying Sanders as …": after "spend" the participle
  // is what the subject spent the time doing (see adjunct-subjects.ts).
  return (
    PLURAL_NOUN_BEFORE_RE.test(before) &&
    !NOT_A_NOUN_BEFORE_RE.test(before) &&
    !SPEND_RE.test(body.slice(source.end, cue.start))
  );
}

/** A form of "spend", whose time the participle after it fills. */
const SPEND_RE = /\bsp(?:ent|end|ends|ending)\b/;

/** A lowercase word in -s right before the cue ("investors ", "groups "). */
const PLURAL_NOUN_BEFORE_RE = /\s\p{Ll}{3,}s\s$/u;
/** Words in -s that are no plural noun: "is", "was", "has", "keeps", "always", "perhaps". */
const NOT_A_NOUN_BEFORE_RE = /\s(?:is|was|has|does|keeps|always|perhaps|others|this|thus|less|unless)\s$/;

/**
 * Drops reported speech whose cue lies inside another attribution's content when PolNeAR leaves such nested views
 * unmarked far more often than it marks them (bench/quotes/RESULTS.md, nested31; PolNeAR train, false/marked):
 * - a paraphrase inside a quotation ("I think …", "Everyone wants to be treated equal" in a transcript line, "you
 *   sent an e-mail to your daughter saying that …" in a question): the quotation is the statement (20/0);
 * - a learned stance or intention word ("plans to", "supporting", "seeking", "suggestions that") inside the content
 *   of another speaker or of a speaker left unresolved on either side ("the ACLU … plans to watch his case",
 *   "suggestions that U.S. troops should be withdrawn"): a view the outer speaker reports, not a statement
 *   (250/83);
 * - the same inside its own speaker's paraphrase with a content under 40 characters ("he … planned to follow it",
 *   "decided to found Centerview"): a piece of the one statement (68/27).
 * Verbs of saying inside another's paraphrase (marked about as often as not) and quotations stay. Who-said-what
 * already lists none of these apart (see withoutNestedAttributions, withoutNestedRepeats in index.ts).
 * `sorted` is sorted by start, as findAttributions leaves it.
 */
export function withoutNestedViews(
  sorted: Attribution[],
  standing: Set<Attribution>,
  body: string,
): Attribution[] {
  let hasDirect = false;
  let hasLearned = false;
  for (const a of sorted) {
    if (a.kind === 'direct') hasDirect = true;
    else if (a.learnedCue && a.kind === 'indirect') hasLearned = true;
  }
  if (!hasDirect && !hasLearned) return sorted;
  return sorted.filter((a) => {
    if (a.kind !== 'indirect' || a.cue === null || (!a.learnedCue && !hasDirect) || standing.has(a))
      return true;
    const outer = outerOf(sorted, a);
    if (!outer) return true;
    if (outer.kind === 'direct') return false;
    if (!a.learnedCue) return true;
    const own = speakerOf(a);
    return (
      own !== null &&
      own === speakerOf(outer) &&
      a.end - a.start >= SHORT_VIEW &&
      !modifiesNounBefore(body, a.cue, a.source)
    );
  });
}

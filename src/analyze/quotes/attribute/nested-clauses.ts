// Reports inside a "that" clause of another speaker's paraphrase: part of that paraphrase, not statements apart.

import type { Attribution } from './types.js';

/** A subject opening a "that" clause: "… and that |the Chamber thinks …", "… only that |she knew …". */
const AFTER_THAT_RE = /\bthat\s+$/i;

/**
 * A content opening with an auxiliary or a verb of its own continues a relative clause ("a charity that prosecutors
 * said |was suspected of …", "a rule change that he said |would make it harder"): PolNeAR marks those.
 */
const RELATIVE_GAP_RE =
  /^(?:would|will|was|were|is|are|has|have|had|could|can|may|might|should|must|did|does|do)\b/i;

/** Characters before a source that tell the clause it opens (enough for "that" and the space after it). */
const LOOK_BACK = 8;

/**
 * "Lazar offered only short confirmations that he was pleading guilty voluntarily and that he knew the rights he
 * was giving up", "Cruz said CNN had tweeted that Carson was taking a break and that Tapper, Bash and Blitzer had
 * mentioned it": a verb of saying or knowing whose subject opens a "that" clause inside a named speaker's paraphrase
 * is part of what that speaker reports; PolNeAR marks the one attribution around it (train: 26 of 30 such
 * paraphrases unmarked). Who-said-what lists neither apart either (see withoutNestedAttributions in index.ts). Inside
 * an unnamed speaker's words ("prosecutors alleged that Noel and Thomas acknowledged …") the report stays listed.
 * Learned views are left to withoutNestedViews. `sorted` is sorted by start, as findAttributions leaves it.
 */
export function withoutThatClauseReports(sorted: Attribution[], body: string): Attribution[] {
  let drop: Set<Attribution> | null = null;
  for (const a of sorted) {
    if (
      a.kind !== 'indirect' ||
      a.learnedCue ||
      a.cue === null ||
      a.source === null ||
      a.source.end <= a.source.start ||
      !AFTER_THAT_RE.test(body.slice(Math.max(0, a.source.start - LOOK_BACK), a.source.start)) ||
      RELATIVE_GAP_RE.test(a.text) ||
      !insideOtherParaphrase(sorted, a, a.source.start, a.cue.end)
    )
      continue;
    drop ??= new Set();
    drop.add(a);
  }
  return drop ? sorted.filter((a) => !drop.has(a)) : sorted;
}

/** Whether a named speaker's paraphrase at another cue holds [start, end). The walk stops at the first one starting after it. */
function insideOtherParaphrase(sorted: Attribution[], a: Attribution, start: number, end: number): boolean {
  for (const o of sorted) {
    if (o.start > start) return false;
    if (
      o !== a &&
      o.kind === 'indirect' &&
      o.speaker !== null &&
      o.cue !== null &&
      o.cue.start !== a.cue!.start &&
      end <= o.end
    )
      return true;
  }
  return false;
}

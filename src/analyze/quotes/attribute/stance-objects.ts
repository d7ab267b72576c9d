// What a verb of stance or evidence reports when a colon follows its object (span38, issue #5).

import type { CueInfo } from '../lexicon.js';

/**
 * After a verb of stance or evidence, which takes an object and not a clause ("talked about issues affecting all
 * commuters: …", "was hoping to win delegates in three counties: …", "show Clinton up by 10 points in the next
 * contest: …"), whatever stands before the colon is that object, bare nouns and infinitives too, and PolNeAR's
 * content holds it with what the colon lists (train: 16 more contents right at ≥80%). Not an adverbial of where or
 * when, nor a clause of when or why ("when looking at how the site rated this statement: “…”"), nor words that
 * announce a list or a text ("the following correction:", "several of them, including:").
 */
const STANCE_OBJECT_BEFORE_COLON_RE =
  /^\s+(?!(?:in|on|at|during|from|with|by|via|after|before|for|as|last|this|earlier|later|when|while|if|because|since|although|though|unless|until|once|where|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)(?![^\n]*\b(?:following|follows|including|such\s+as)\b)\S[^\n]*:[^\S\n]*$/i;

/** A clause of its own before the colon: "made these charges in May, and the paper responded: …". */
const CLAUSE_JOINED_BEFORE_RE = /[,;]\s+(?:and|but)\s/;

/**
 * Whether `stretch`, the words from a cue up to a colon, is the object of a verb of stance or evidence (`info` not
 * a bare verb of speech, whose colon opens what was said).
 */
export const stanceObjectBeforeColon = (stretch: string, info: CueInfo | null): boolean =>
  !!info &&
  !info.bare &&
  STANCE_OBJECT_BEFORE_COLON_RE.test(stretch) &&
  !CLAUSE_JOINED_BEFORE_RE.test(stretch);

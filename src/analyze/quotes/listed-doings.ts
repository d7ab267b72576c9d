// Reported speech whose cue, read in its sentence, names something done rather than said (read on the 181 real
// news pages, acts59): who-said-what does not list it. The attribution layer (what the benchmark scores) is left
// as it is; each check reads only the attribution, its cue and the text around it.

import type { Attribution } from './attribute.js';

/**
 * "Instagram has quietly encouraged some users to embrace the metrics by prompting them to convert their accounts":
 * encouragement or urging done "by" a doing names that doing, an act (a product's design, a policy), not words.
 * ("urged voters to turn out by posting on Twitter", "by saying …": a doing that is itself speech, stays.)
 */
function isEncouragedByDoing(a: Attribution, cue: string): boolean {
  return ENCOURAGE_CUE_RE.test(cue) && BY_DOING_RE.test(a.text) && !BY_SAYING_RE.test(a.text);
}

const ENCOURAGE_CUE_RE = /^(?:encourag|urg|nudg|push)(?:e|es|ed|ing)?$/i;
const BY_DOING_RE = /(?:^|[\s,])by\s+\p{Ll}{2,}ing\b/u;
const BY_SAYING_RE =
  /\bby\s+(?:saying|telling|writing|posting|tweeting|arguing|asking|calling|announcing|speaking|pleading|warning|stating|declaring|urging)\b/i;

/**
 * "the Dems attacked Trump’s wife, children, family, businesses, and associates, 24/7", "the two leaders attacked
 * each other’s policies on Brexit": "attacked" with only its target after it names whom or what was attacked, by
 * words or by force, and nothing that was said. (A charge or a characterization after the target, "attacked the
 * plan as reckless", "attacked him for lying", "attacked the bill, saying …", and a clause or a quotation, stay.)
 */
function isBareAttack(a: Attribution, cue: string): boolean {
  return (
    ATTACK_CUE_RE.test(cue) &&
    !ATTACK_CHARGE_RE.test(a.text) &&
    !/["“”]/.test(a.text) &&
    !FINITE_WORD_RE.test(a.text)
  );
}

const ATTACK_CUE_RE = /^attack(?:s|ed|ing)?$/i;
/** What turns an attack into a statement: "as …", "for …", "over …", "saying …", "calling …", or a that-clause. */
const ATTACK_CHARGE_RE =
  /\b(?:as|for|over|saying|says|said|calling|that|because|while|who|which|accusing|arguing|claiming)\b/i;
/** A finite verb anywhere in the object means a clause, which may carry what was said. */
const FINITE_WORD_RE =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do)\b|n['’]t\b/i;

/**
 * "Star Wars Jedi: Fallen Order finds a reason for their inclusion", "the team found a way to win": finding a
 * way, a reason, time or a balance is managing something, whoever the subject is, never a statement. (A finding,
 * "found that …", "the report found children …", stays.)
 */
function isFoundWay(a: Attribution, cue: string): boolean {
  return FIND_CUE_RE.test(cue) && FOUND_WAY_RE.test(a.text);
}

const FIND_CUE_RE = /^(?:find|finds|found|finding)$/i;
const FOUND_WAY_RE =
  /^(?:(?:a|an|the|its|his|her|their|our|some|no|new|another)\s+)(?:[\p{L}-]+\s+)?(?:way|ways|reason|reasons|time|balance|niche|footing|groove|rhythm|solace|comfort|means)\b/u;

/**
 * "the story the White House is telling doesn't paint the full picture": an auxiliary cue ("is"), a verb of saying
 * and then a finite verb is a relative clause inside a subject ("the story [that] the White House is telling"),
 * and the rest is the main clause's predicate; the teller's words are not in it.
 */
function isRelativeClausePredicate(a: Attribution, body: string, cue: string): boolean {
  if (a.cue === null || !/^(?:is|are|was|were|has|have|had)$/i.test(cue)) return false;
  return /^\s+$/.test(body.slice(a.cue.end, a.start)) && TELLING_THEN_FINITE_RE.test(a.text);
}

const TELLING_THEN_FINITE_RE =
  /^\p{Ll}{3,}(?:ing|ed|en)\s+(?:does|doesn['’]t|did|didn['’]t|is|isn['’]t|was|wasn['’]t|has|hasn['’]t|won['’]t|can['’]t|will|may|might|must|should)\s/u;

/** Indirect speech whose cue, read in its sentence, names a doing (each kind above). */
export function isDoingNotSaying(a: Attribution, body: string, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null) return false;
  return (
    isEncouragedByDoing(a, cue) ||
    isBareAttack(a, cue) ||
    isFoundWay(a, cue) ||
    isRelativeClausePredicate(a, body, cue)
  );
}

/**
 * "Herbert believes that their ability to continually “taste” the environment …", "books they felt they “needed” to
 * master": one lower-case word in quotation marks, run into its sentence on both sides, under a verb of thinking or
 * feeling, is the writer's scare quote, not the thinker's word. (Under a verb of saying, "as Herbert notes, being
 * able to “taste” and “smell”", it may be the speaker's own, and stays.)
 */
export function isScareWordInThought(a: Attribution, body: string): boolean {
  if (a.kind !== 'partial' || a.cue === null || !/^\p{Ll}+$/u.test(a.text)) return false;
  // The thought frames the word from just before it, in the same clause: in "easing the “pain” that people feel",
  // "feel" is a relative clause's verb, and in "the arguments they believe worked …: … his argument in favor of
  // “single-payer” health care" the quoted term is the candidate's, far from the belief.
  if (a.cue.end > a.start || a.start - a.cue.end > 60 || /[.:;!?]/.test(body.slice(a.cue.end, a.start)))
    return false;
  if (!THINKING_CUE_RE.test(body.slice(a.cue.start, a.cue.end))) return false;
  return (
    /\p{Ll}\s+[“"‘]$/u.test(body.slice(Math.max(0, a.start - 24), a.start)) &&
    /^[”"’]\s+\p{Ll}/u.test(body.slice(a.end, a.end + 8))
  );
}

const THINKING_CUE_RE =
  /^(?:believ(?:e|es|ed|ing)|feel|feels|felt|feeling|think|thinks|thought|thinking|know|knows|knew|hope|hopes|hoped)$/i;

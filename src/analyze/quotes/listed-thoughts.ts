// Three kinds of reported thought that who-said-what does not list, read on news pages no benchmark scores
// (bench/quotes/RESULTS.md, notspeech41): what someone knows, understands or feels like; what others expect of the
// subject ("is expected to …"); and a view or a claim the writer only supposes ("tariffs could mean that …", "if a
// doctor concludes …").
//
// A view someone holds stays: "Protesters believe the bill is …", "They worry China is …", "Edmunds expects 16.6
// million vehicles …" are quotes in the hand-marked unseen pages (bench/quotes/unseen-gold.json), as PolNeAR marks
// views. Knowledge is not a view: "She didn't know Patrick was coming", "They know that doing so would
// spark …" tell what the writer vouches for, and nobody is quoted. A thought said aloud in a speech tag ("X knows
// that …, he told reporters") is listed through the tag's own attribution, which holds this one.

import type { Attribution } from './attribute.js';

/**
 * "know", "knew", "knows" (however negated: "didn't know", "No one knew"): knowledge is the writer's word that the
 * content is so, or that someone was unaware of it; no one is reported as saying it.
 */
const KNOW_CUE = /^(?:know|knows|knew|known|knowing)$/i;
/**
 * "Howitt realized that T. muris wasn't an accidental infection …": a realization is, as knowledge, the writer's
 * word that the content is so, and what came to someone's mind, not what they said (nonspeech58).
 */
const REALIZE_CUE = /^(?:realiz|realis)(?:e|es|ed|ing)$/i;
/** "made it known that …", "let it be known that …": a thing made known was said, and stays. */
const MADE_KNOWN_BEFORE = /\b(?:made|make|makes|making|let|lets)(?:\s+it)?(?:\s+be)?\s+$/i;

/** "he understood how officials could be confused": an understanding of a question's answer asserts nothing. */
const UNDERSTOOD_CUE = /^(?:understand|understands|understood)$/i;
const QUESTION_OPENING = /^(?:how|why|what|when|where|whether|if|who|which)\b/i;
/**
 * "The demand has US officials wondering if higher purchases … are enough", "Vaughan began to wonder whether …",
 * "Others wonder how …": a question someone is left wondering about is asked of no one and asserts nothing
 * (nonspeech58). (A wondering told as an event, "Trump wondered whether he could file charges", "has repeatedly
 * wondered whether the moderators will be fair", is on news pages mostly a question put aloud, and stays.)
 */
const WONDER_CUE = /^(?:wonder|wondering)$/i;

/**
 * "It felt like I was playing on a regular console", "a Wi-Fi 6 router feels like a future pick": an impression
 * ("feel like") of a thing or of "it" is the writer's, not anyone's statement. (A person's "she felt like she had no
 * choice" stays, as a view.)
 */
const FEEL_CUE = /^(?:feel|feels|felt)$/i;

/**
 * Whether the attribution reports knowledge, an understood question or an impression (see above). (A memory stays:
 * "Andrew remembers going to get pizza", "Turry remembered Freddy claiming …" are on news pages mostly what someone
 * recounted to the reporter.)
 */
export function isKnowledge(a: Attribution, body: string, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null) return false;
  if (KNOW_CUE.test(cue))
    return !MADE_KNOWN_BEFORE.test(body.slice(Math.max(0, a.cue.start - 24), a.cue.start));
  if (UNDERSTOOD_CUE.test(cue)) return QUESTION_OPENING.test(a.text);
  return FEEL_CUE.test(cue) && /^like\s/i.test(a.text) && a.sourceKind !== 'person';
}

/**
 * "The ICC is expected to take key decisions …", "Disney is expected to switch gears again", "The Italian leader is
 * expected to raise the issue": a passive "expected to" tells what others foresee the subject doing; the subject
 * said nothing, and nobody named foresees it. (The attribution layer keeps it, as PolNeAR marks it; "Edmunds expects
 * 16.6 million vehicles …", active, is Edmunds' forecast and stays.)
 */
export function isExpectedOf(a: Attribution, body: string, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null || !/^to\s/.test(a.text)) return false;
  return (
    /^expected$/i.test(cue) && PASSIVE_BE_BEFORE.test(body.slice(Math.max(0, a.cue.start - 30), a.cue.start))
  );
}
/**
 * A form of "be" right before the cue, an adverb or "not" between allowed: "is widely expected", "have been
 * expected", "isn't expected".
 */
const PASSIVE_BE_BEFORE =
  /\b(?:(?:is|are|was|were)(?:n['’]t)?|be|been|being|['’]s|['’]re)(?:\s+\p{Ll}+ly|\s+(?:also|still|now|not))*\s+$/u;

/**
 * Whether the attribution reports a realization or a question someone wonders about (see above): a thought of
 * theirs, no statement.
 */
export function isPrivateThought(a: Attribution, cue: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null) return false;
  return REALIZE_CUE.test(cue) || (WONDER_CUE.test(cue) && QUESTION_OPENING.test(a.text));
}

/**
 * "tariffs could mean that producers pay more", "Voters could have shown they were tired …", "China's leaders may
 * still believe …", "Trump will have sustained …": a modal right before the cue (an adverb between allowed) makes
 * the view or claim the writer's supposition of what someone might hold. ("will" alone stays: "Biden will say on
 * Tuesday that …" is a speech announced; so does "would": "She would later say that …" tells what she did say; so
 * does a negated or barely possible thought, "can barely believe she gets to live …", "could not believe …",
 * mostly said aloud; and "May" in capitals is a name: "Prime Minister Theresa May said …".)
 */
const MODAL_BEFORE =
  /\b(?:could|might|may|must|should|can|(?:would|will)\s+have)(?:\s+(?!(?:barely|hardly|scarcely)\s)\p{Ll}+ly|\s+(?:still|also|even|yet|well))*(?:\s+have)?\s+$/u;

/**
 * "only if a licensed mental health professional concludes the inmate is …", "if they really believed that …": a
 * cue whose subject opens a condition reports what would be held if the condition were met, not what anyone said.
 * (A concessive "if", "But if Carson implied that …, he did not …", reads the same and is lost: rare on train.)
 */
const CONDITION_BEFORE_SOURCE = /\b(?:if|unless)\s+$/i;

/** Whether the attribution is a hypothetical: a modal before its cue, or its subject opening a condition. */
export function isHypothetical(a: Attribution, body: string): boolean {
  if (a.kind !== 'indirect' || a.cue === null) return false;
  if (MODAL_BEFORE.test(body.slice(Math.max(0, a.cue.start - 40), a.cue.start))) return true;
  return (
    a.source !== null &&
    a.source.end <= a.cue.start &&
    CONDITION_BEFORE_SOURCE.test(body.slice(Math.max(0, a.source.start - 10), a.source.start))
  );
}

/**
 * "He sees it as a great test for his Chinese dream", "Xi saw the protests as a threat": what someone "sees as"
 * something is the writer's reading of how they regard it, not a statement of theirs (nonspeech58; the
 * attribution layer keeps it, as PolNeAR marks views). "Trump sees that …" with a clause is not this shape.
 */
export function isSeenAs(a: Attribution, cue: string): boolean {
  // ("Ward sees Stadia's lineup as its “Achilles heel”": the quoted words are his, said to the writer.)
  return (
    a.kind === 'indirect' &&
    a.cue !== null &&
    SEE_CUE.test(cue) &&
    SEEN_AS_OBJECT.test(a.text) &&
    !/["“”]/.test(a.text)
  );
}
const SEE_CUE = /^(?:see|sees|saw|seen|seeing)$/i;
/** A short object, then "as": "it as a great test", "the trade war as a fight for survival". */
const SEEN_AS_OBJECT = /^(?!that\s)(?:[^\s,;:"“”]+\s+){1,6}?as\s+\S/u;

// "Garland looks dead on arrival", "He sounded subdued in his brief concession speech", "his speech sounded more
// presidential than any other": how someone or something looks or sounds, the writer's appraisal with nobody saying
// so, as with "seems" and "appears". PolNeAR's content holds the subject, with no source (train: 7 of the 8 such
// frames whose gold sits at the same cue; "Others, though, sounded far less welcoming" the one not). Not where one looks
// or what one sounded ("looked at the polls", "looked more closely at", "looked way past November", "sounded the
// alarm", "sounded a cautious note", "sounded off on Trump"): those are acts, their subject the actor. Nor an empty
// "it" ("it sounded as though he were screaming"), which stands for the words after it.

/** Verbs of how someone or something looks or sounds. */
const LOOKING = new Set(['look', 'looks', 'looked', 'sound', 'sounds', 'sounded']);

/** A lower-case word after the verb, not a determiner or a joining word: "like", an adjective, a degree word. */
const HOW_RE =
  /^\s+(?!(?:a|an|the|his|her|their|its|this|that|these|those|and|or|but|from|with|about)\b)\p{Ll}/u;

/** Where or whither, after any adverbs: "at", "to", "past", "way past", "more closely at", "as though". */
const WHERE_RE =
  /^\s+(?:(?:\p{Ll}+ly|more|much|so|very|far|even|still|again)\s+)*(?:at|to|for|into|past|beyond|way|ahead|forward|back|around|over|through|after|on|in|up|down|out|off|as|toward|towards)\b/u;

/** Whether the cue word tells how its subject looks or sounds, given the words after it and the subject's text. */
export const looksHow = (word: string, afterCue: string, subject: string): boolean =>
  LOOKING.has(word) && HOW_RE.test(afterCue) && !WHERE_RE.test(afterCue) && !/^it$/i.test(subject.trim());

// Cue words that, in one shape, name something other than a report, so no frame is built there (asked in
// cueMayHold). Each shape was counted on PolNeAR train+dev before it was kept (prec60): the predictions it took were
// unpaired in most rows, and none of them says what anyone said.
// - "a strong showing for Clinton", "Kasich's showing will be enough": "showing" after an owner or an article
//   (and one adjective) is the noun of a result, not the verb of "polls showing that …".
// - "a boxing class named for Ali", "declined to be named for fear of …": "named for/after" gives what a thing is
//   called after (or, after "be", a wish to stay unnamed), not whom someone named to a post or as a choice.
// - "The style has earned him the adulation of …", "executives earned a median salary of …": what was gained, not
//   said ("earned praise/criticism from …" is left: the drawn-criticism shape PolNeAR marks).
// - "his tweets into a Moment", "one million tweets with the hashtag": "tweets" after an owner or a number are
//   the posts themselves, not someone tweeting.
// - "Premiums for many plans rose by double digits", "China's Central Asian plans did not go down well": "plans"
//   with a verb of its own right after it is the noun (insurance plans, a country's schemes), not someone planning
//   ("plans to …", "plans for …" are left).
// - "when he charged into the fray": "charged" before a direction is a rush somewhere, not an accusation
//   ("prosecutors charged him with …", "Critics charged that …"). ("a racially charged argument" was tried and
//   dropped: its false frame was what resolved a later "he" to the right person in its article.)

/**
 * An owner or an article, and at most one adjective of how well, right before the cue: "a strong ", "Kasich’s ",
 * "her second-place ". (Only those adjectives: "the polls showing …" has a noun there, and the verb.)
 */
const OWNER_OR_ARTICLE_BEFORE_RE =
  /(?:(?:^|[^\p{L}])(?:a|an|the|his|her|its|their|our|my|your)|\p{L}['’]s)\s+(?:(?:strong|stronger|strongest|poor|poorer|weak|weaker|good|better|best|bad|worse|worst|solid|dismal|decent|respectable|surprising|disappointing|impressive|lackluster|robust|modest|credible|early|[\p{Ll}\d]+-place)\s+)?$/u;

/** "for" or "after" right after "named": what it is called after. */
const CALLED_AFTER_RE = /^\s+(?:for|after)\s/;

/** A noun of praise or blame a few words after "earned": "earned praise from", "earned him sharp criticism". */
const PRAISE_OR_BLAME_AFTER_RE =
  /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:praise|plaudits|acclaim|criticism|condemnation|rebukes?|scorn|ire|backlash)\b/iu;

/** "earned" after the auxiliary (and an adverb): " also earned", " earned". */
const EARNED_AFTER_RE = /^(?:\s+[a-z]+ly|\s+also)?\s+earned\b/;

/** A direction after "charged": "charged into the fray", "charged toward the gate". */
const RUSH_AFTER_RE = /^\s+(?:into|toward|towards|ahead|forward|through|across|onto|down|up|out)\b/i;

/**
 * A verb of the noun's own right after "plans": an auxiliary or modal, or a common irregular past. (Not a form in
 * -ed: "the group plans targeted ads" has the verb "plans" and an adjective.)
 */
const OWN_VERB_AFTER_RE =
  /^\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|do|does|did|rose|fell|grew|went|came|took|became|began)\b/i;

/** The forms of "earn". */
const EARN_FORMS = new Set(['earn', 'earns', 'earned', 'earning']);

/** An owner or a number right before "tweets": "his tweets", "Trump's tweets", "one million tweets", "300 tweets". */
const OWNER_OR_NUMBER_BEFORE_RE =
  /(?:(?:^|[^\p{L}])(?:his|her|its|their|our|my|your|million|thousand|hundred|thousands|hundreds|dozens|many|several|some|few)|\p{L}['’]s|\d)\s+$/iu;

/** True when the cue `word` at [cs, ce) stands in one of the shapes above and so reports nothing. */
export function namesNoReport(masked: string, floor: number, cs: number, ce: number, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === 'showing') return OWNER_OR_ARTICLE_BEFORE_RE.test(masked.slice(Math.max(floor, cs - 30), cs));
  if (lower === 'named') return CALLED_AFTER_RE.test(masked.slice(ce, ce + 8));
  if (lower === 'plans') return OWN_VERB_AFTER_RE.test(masked.slice(ce, ce + 16));
  if (lower === 'charged') return RUSH_AFTER_RE.test(masked.slice(ce, ce + 10));
  if (EARN_FORMS.has(lower)) return !PRAISE_OR_BLAME_AFTER_RE.test(masked.slice(ce, ce + 50));
  // "has earned him …", "also earned the backing of …": the detector may find the word before the verb, whose
  // verb group is then the cue.
  if (lower === 'has' || lower === 'have' || lower === 'had' || lower === 'also') {
    const earned = EARNED_AFTER_RE.exec(masked.slice(ce, ce + 30));
    return (
      earned !== null &&
      !PRAISE_OR_BLAME_AFTER_RE.test(masked.slice(ce + earned[0].length, ce + earned[0].length + 50))
    );
  }
  if (lower === 'tweets') return OWNER_OR_NUMBER_BEFORE_RE.test(masked.slice(Math.max(floor, cs - 12), cs));
  return false;
}

// An outer cue of evidence that takes a "that" clause while a verb inside that clause has a frame of its own: "Exit
// polls from the primary, which Mr. Trump won decisively, showed that 65 percent of Republicans supported …",
// "Those exit polls in New Hampshire and Iowa indicated that Trump was strongly supported …". PolNeAR marks the
// outer content from its "that"; when no subject search finds the phrase before the verb (a relative clause or
// a long modifier stands in it), the inner verb's frame alone was left, and its content starts too late.

/** Verbs by which a record, a poll or a finding reports what its "that" clause says. */
const EVIDENCE_VERBS = new Set([
  'show',
  'shows',
  'showed',
  'found',
  'finds',
  'indicate',
  'indicates',
  'indicated',
  'suggest',
  'suggests',
  'suggested',
  'reveal',
  'reveals',
  'revealed',
]);

/** "that" right after the verb: the whole clause is what the evidence says. */
const THAT_AFTER_RE = /^\s+that\s/;

/**
 * The word before that is no evidence's: "eager to show that", "seeking to show that" (a person means to show it,
 * and is named elsewhere), "the only show that" (a noun with its relative clause).
 */
const NOT_EVIDENCE_BEFORE_RE = /(?:^|[^\p{L}])(?:to|only|the|a|an|this|his|her|their|its|our|TV)\s+$/u;

/**
 * A word for a record or a finding in the words before the verb: the evidence that reports. A person left unfound
 * before the verb ("Michael Briggs, Sanders's spokesman, suggested that …") is better left without a frame here
 * than given one that names nobody.
 */
const EVIDENCE_NOUN_RE =
  /\b(?:polls?|polling|surveys?|study|studies|reports?|records|data|analysis|transcripts?|timeline|results|findings|research|documents?|e-?mails|filings?|evidence|review|audit|investigation|statistics|census|numbers|figures|tally|count)\b/i;

/**
 * Whether `word`, between `before` (the words up to it) and `after`, is an evidence verb reporting a "that" clause.
 */
export const isEvidenceBeforeThat = (before: string, word: string, after: string): boolean =>
  EVIDENCE_VERBS.has(word) &&
  THAT_AFTER_RE.test(after) &&
  !NOT_EVIDENCE_BEFORE_RE.test(before) &&
  EVIDENCE_NOUN_RE.test(before);

/** What opens a sentence before its subject phrase: a connective ("Yet,", "Still,") or a subordinator ("Because"). */
const LEAD_BEFORE_PHRASE_RE =
  /^[\s"]*(?:(?:yet|still|but|and|so|however|meanwhile|because|although|though|while|since|as|if|when|after|before)\b,?\s+)?/i;

/** Where the evidence phrase opens in `head` (the sentence up to the verb): past a connective or subordinator. */
export const evidencePhraseOffset = (head: string): number =>
  LEAD_BEFORE_PHRASE_RE.exec(head)?.[0].length ?? 0;

/** "by " right before a name inside the phrase: "a 2014 study by Harvard and …", whose author the name is. */
export const BY_BEFORE_RE = /\bby\s+$/;

/**
 * A noun of saying or stance, then the "that" of the clause it reports: "criticism that Trump was urging …",
 * "complaints that the party had rigged …", "the suggestion that he could …". No verb right after "that" (a relative
 * clause: "the claims that were made"). Group 1: the noun.
 */
export const NOUN_THAT_RE =
  /(?<![\p{L}-])(criticism|complaints?|suggestions?|warnings?|hopes|claims?|assertions?|speculation|rumou?rs|accusations?|allegations?|insistence|admission|assurances?|doubts?|fears?|concerns?)\s+that\s+(?!(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|seems?|appears?)\b)/gu;

/** A possessor right before the noun, past up to three modifiers: "Trump's recent evidence-free ", "his ". */
export const POSSESSOR_BEFORE_RE = /(?:’s|'s|\bhis|\bher|\btheir)\s+(?:\p{Ll}[\p{L}-]*,?\s+){0,3}$/u;

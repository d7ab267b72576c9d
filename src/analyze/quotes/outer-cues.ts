// An outer cue of evidence that takes a "that" clause while a verb inside that clause has a frame of its own: "Exit
// polls from the primary, which Mr. Trump won decisively, showed that 65 percent of Republicans supported …",
// "Those exit polls in New Hampshire and Iowa indicated that Trump was strongly supported …". PolNeAR marks the
// outer content from its "that"; when no subject search finds the phrase before the verb (a relative clause or
// a long modifier stands in it), the inner verb's frame alone was left, and its content starts too late.

import { codeAt, isLetter, isWhitespace } from './text.js';

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

/** Nouns of saying or stance that may report a "that" clause: "criticism that …", "the suggestion that …". */
const STANCE_NOUNS = new Set(
  'criticism complaint complaints suggestion suggestions warning warnings hopes claim claims assertion assertions speculation rumor rumors rumour rumours accusation accusations allegation allegations insistence admission assurance assurances doubt doubts fear fears concern concerns'.split(
    ' ',
  ),
);
/** A verb right after "that": the clause is relative ("the claims that were made"). */
const VERB_AFTER_THAT_RE =
  /^(?:is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|seems?|appears?)(?![\p{L}\p{N}_])/u;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
/** Whether /\s/ matches the character at `i` (none past either end: codeAt gives NaN there). */
const isSpaceAt = (text: string, i: number): boolean => isWhitespace(codeAt(text, i));

/**
 * Each noun of saying or stance followed by the "that" of the clause it reports ("criticism that Trump was urging
 * …", "complaints that the party had rigged …"), as the noun's start and the noun; none when a verb follows "that".
 * Found by looking at each "that" by hand: a whole-text pattern with a look-behind cost a tenth of the time of all
 * quote finding.
 */
export function stanceNounsBeforeThat(text: string): { start: number; noun: string }[] {
  const out: { start: number; noun: string }[] = [];
  for (let at = text.indexOf('that'); at >= 0; at = text.indexOf('that', at + 4)) {
    if (!isSpaceAt(text, at - 1) || !isSpaceAt(text, at + 4)) continue;
    // The noun first: most "that"s follow no noun of stance, and this test costs least.
    let end = at;
    while (end > 0 && isSpaceAt(text, end - 1)) end--;
    let start = end;
    while (start > 0 && isLowerAscii(text.charCodeAt(start - 1))) start--;
    if (end - start < 4) continue;
    const noun = text.slice(start, end);
    if (
      !STANCE_NOUNS.has(noun) ||
      (start > 0 && (isLetter(codeAt(text, start - 1)) || text[start - 1] === '-'))
    )
      continue;
    let after = at + 4;
    while (isSpaceAt(text, after)) after++;
    if (VERB_AFTER_THAT_RE.test(text.slice(after, after + 8))) continue;
    out.push({ start, noun });
  }
  return out;
}

/** A possessor right before the noun, past up to three modifiers: "Trump's recent evidence-free ", "his ". */
export const POSSESSOR_BEFORE_RE = /(?:’s|'s|\bhis|\bher|\btheir)\s+(?:\p{Ll}[\p{L}-]*,?\s+){0,3}$/u;

// The learned detector's threshold for an auxiliary that opens a verb group. The trainer sets one threshold by
// the detector's per-word F1, but PolNeAR marks "has made no secret of", "has spoken at length about", "has also
// implored …" whole as cues, and the auxiliary is the word the detector is asked about; a score well below the
// threshold still finds most of them. Not for "have" as a main verb ("Both leaders have reasons to …": no
// statement), so only before a past participle.

import { PERFECT_PARTICIPLES } from '../verb-forms.js';
import { isPastParticiple } from './late-agents.js';

/**
 * How far below the model's threshold an auxiliary's score may fall and still open a frame: measured by the
 * finder's F1 on PolNeAR train and dev (recall32: drops of 1 to 6 tried; 2.9 puts the committed model's -0.1 at
 * -3.0, the best on train).
 */
const AUXILIARY_THRESHOLD_DROP = 3.9;

const AUXILIARIES = new Set(['has', 'have', 'had']);

/** Adverbs between the auxiliary and its participle ("has also implored", "have long argued", "has not yet"). */
const ADVERB_RE =
  /^(?:[a-z]{3,}ly|also|long|since|never|not|already|just|even|still|now|once|often|yet|ever)$/;

/** True for a past participle, regular or not. */
const isParticiple = (w: string): boolean => isPastParticiple(w) || PERFECT_PARTICIPLES.has(w);

/**
 * True when the words after `ce` open with a past participle, past a few adverbs; not a passive ("has been mocked
 * by Trump": the subject is who was mocked, not who spoke), but "has been acutely aware", "has been trying".
 */
function participleFollows(text: string, ce: number): boolean {
  const word = /\s+([a-z]+)/y;
  word.lastIndex = ce;
  let been = false;
  for (let n = 0; n < 6; n++) {
    const m = word.exec(text);
    if (!m) return been;
    const w = m[1];
    if (ADVERB_RE.test(w)) continue;
    if (been) return !isParticiple(w);
    if (w !== 'been') return isParticiple(w);
    been = true;
  }
  return false;
}

/**
 * The score a word must pass to be a cue, once auxiliaryOpensNoFrame has let it through: lower for "has/have/had",
 * which it lets through only before a participle (so the participle is not looked for twice).
 */
export function cueThreshold(modelThreshold: number, word: string): number {
  return AUXILIARIES.has(word) ? modelThreshold - AUXILIARY_THRESHOLD_DROP : modelThreshold;
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Auxiliaries the learned detector must not open a frame at. "has/have/had" not before a participle is a main verb
 * ("Both leaders have reasons to …"). A form of "be" before a past participle ("He is viewed as …", "Mayer was
 * named chairman"): a passive, whose subject is who is seen or named, not who speaks, and whose verb is the
 * participle, read by the word lists or the detector in its own place. The detector scores the auxiliary high where PolNeAR marks "is expected",
 * "was asked" whole, but a frame at the auxiliary would give the subject as the speaker.
 */
export function auxiliaryOpensNoFrame(text: string, word: string, ce: number): boolean {
  if (AUXILIARIES.has(word)) return !participleFollows(text, ce);
  if (!BE_FORMS.has(word)) return false;
  const next = /\s+([a-z]+)/y;
  next.lastIndex = ce;
  for (let n = 0; n < 4; n++) {
    const m = next.exec(text);
    if (!m) return false;
    if (ADVERB_RE.test(m[1]) || m[1] === 'first') continue;
    return isParticiple(m[1]);
  }
  return false;
}

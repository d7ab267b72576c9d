// Short contents: the verbs whose object, however short, is the view PolNeAR marks ("endorsed Clinton", "praised her
// effort"), and the fewest words a frame's content needs to be listed (who-said-what lists three or more).

import type { Frame } from './attribute/types.js';
import { mayOpenShortObjectCue } from './gates.js';
import { bareAnswerLength } from './short-answers.js';
import { wordCount } from './text.js';

/**
 * Verbs whose object is the stance itself: "declined to comment", "rejected the label", "endorsed Clinton"; "denied
 * the claims": a denial of two words says the claims are false. ("announced" was tried too: "announced Monday
 * morning" read wrong; bench/quotes/RESULTS.md, quotes18.)
 */
const STANCE_OBJECT_CUE_RE = /^(?:declin|reject|endors|den(?:y|ie[sd]))/i;

/**
 * Verbs of praise, blame and backing in the past or the present, not the participle ("supporting Cruz", "attacking
 * free trade" PolNeAR mostly leaves unmarked): "praised her effort", "defended the incident", "blasted Congress",
 * "echoed that comment", "oppose the idea", "pushed for Zika funding", "disputed both critiques", "refused to
 * comment", "sparred over military spending", "discuss the investigation". (Not "talked about", "confirm": as often
 * a fragment as a view on train and dev.)
 */
const VIEW_OBJECT_CUE_RE =
  /^(?:praised|defend(?:ed|s)|echoed|oppose[sd]?|blasted|lambasted|applauded|attacked|mocked|thanked|questioned|pushed\s+for|disputed|refused|sparred\s+over|confirmed|discuss(?:ed)?)$/i;

/**
 * Whether a frame's cue keeps its object however short (`cue` and the start of its content as written). "opposed to
 * Trump" is an adjective's complement, not the verb's object; "declined to comment" is the stance itself.
 */
export const keepsShortObject = (cue: string, content: string): boolean =>
  (mayOpenShortObjectCue(cue) && STANCE_OBJECT_CUE_RE.test(cue)) ||
  (VIEW_OBJECT_CUE_RE.test(cue) && !/^\s*to\s/i.test(content));

/** The fewest words a frame's content may hold to be listed (three, so that fragments are not). */
export const minContentWords = (body: string, f: Frame): number => {
  if (f.piece) return 1;
  // "46 percent said yes": a short answer after the verb is all that was said (see short-answers.ts).
  const r = f.region;
  if (r && r.start >= f.cue.end && bareAnswerLength(body.slice(r.start, r.end)) > 0) return 1;
  // "The meeting was first reported by Politico": a passive verb's subject, however short, is what was reported.
  if (r && r.end <= f.cue.start && body.startsWith(' by ', f.cue.end)) return 1;
  const cue = body.slice(f.cue.start, f.cue.end);
  return keepsShortObject(cue, r ? body.slice(r.start, r.start + 5) : '') ? 1 : 3;
};

/**
 * Whether a frame's content is too short to be listed (see minContentWords), read in the body: such a frame
 * shadows no learned frame ("Clinton has offered specific plans": "has" reads "offered specific plans", the listed
 * "offered" only "specific plans", which is dropped later, and with it the statement).
 */
export const tooShortToList = (body: string, f: Frame): boolean => {
  if (!f.region) return false;
  const words = wordCount(body.slice(f.region.start, f.region.end), 3);
  return words < 3 && words < minContentWords(body, f);
};

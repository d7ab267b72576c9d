// Verbs whose object, however short, is the view PolNeAR marks: the attribution layer keeps such an object
// ("endorsed Clinton", "praised her effort"), while who-said-what lists only contents of three words or more.

import { mayOpenShortObjectCue } from './gates.js';

/**
 * Verbs whose object is the stance itself: "declined to comment", "rejected the label", "endorsed Clinton".
 * ("announced" was tried too: "announced Monday morning" read wrong; bench/quotes/RESULTS.md, quotes18.)
 */
const STANCE_OBJECT_CUE_RE = /^(?:declin|reject|endors)/i;

/**
 * Verbs of praise, blame and backing in the past or the present, not the participle ("supporting Cruz", "attacking
 * free trade" PolNeAR mostly leaves unmarked): "praised her effort", "defended the incident", "blasted Congress",
 * "echoed that comment", "oppose the idea", "pushed for Zika funding".
 */
const VIEW_OBJECT_CUE_RE =
  /^(?:praised|defend(?:ed|s)|echoed|oppose[sd]?|blasted|lambasted|applauded|attacked|mocked|thanked|questioned|pushed\s+for)$/i;

/**
 * Whether a frame's cue keeps its object however short (`cue` and the start of its content as written). "opposed to
 * Trump" is an adjective's complement, not the verb's object; "declined to comment" is the stance itself.
 */
export const keepsShortObject = (cue: string, content: string): boolean =>
  (mayOpenShortObjectCue(cue) && STANCE_OBJECT_CUE_RE.test(cue)) ||
  (VIEW_OBJECT_CUE_RE.test(cue) && !/^\s*to\s/i.test(content));

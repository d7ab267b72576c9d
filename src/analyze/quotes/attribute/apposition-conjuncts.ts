// People joined by "and" with an apposition after the first: "Kurt Volker, the former special envoy to Ukraine, and
// Tim Morrison, a former National Security Council official, testified" (CBS News) is both men's testimony, not
// Morrison's alone.

import type { Mention } from '../../../model/index.js';
import { typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { descriptorStart } from './subject-edges.js';

/** A comma and an apposition opened by an article or possessive, with no mark inside, closing the text. */
const APPOSITION_RE = /,\s+(?:a|an|the|his|her|its|their)\s+[^,;:"~()—–]{1,80}$/u;

/** What may come before the first name in its sentence: nothing, or an opening that ends in a comma. */
const CLAUSE_OPENING_RE = /^(?:[\s"“(]*|[\s\S]*,\s*)$/u;

/**
 * The person named right before the apposition that ends at `end` ("Kurt Volker" before ", the former special envoy
 * to Ukraine"), or null when no apposition ends there, no person's name comes right before it, or the name does
 * not open its clause ("They met Kurt Volker, the envoy, and Tim Morrison said …" joins two clauses).
 */
export function personBeforeApposition(fx: Finder, end: number): Mention | null {
  const from = Math.max(0, end - 100);
  const apposition = APPOSITION_RE.exec(fx.masked.slice(from, end));
  if (!apposition) return null;
  const m = fx.index.byEnd.get(from + apposition.index);
  if (!m || typeOfMention(fx, m) !== 'person') return null;
  const sentStart = fx.sentences[fx.sentenceAt(m.start)]?.start ?? 0;
  return CLAUSE_OPENING_RE.test(fx.masked.slice(sentStart, descriptorStart(fx, m))) ? m : null;
}

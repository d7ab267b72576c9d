// What the development aids (diagnose.ts, miss-classes.ts, sibling-misses.ts, span-misses.ts, speaker-classes.ts)
// share: the entity input they run the quote finder on, its attributions as the benchmark scores them, and the loop
// over a split's articles that pairs them with the gold, so each aid holds only its own reading of the errors.

import { type AttributionResult, contentSpan, findAttributions } from '../../src/analyze/quotes/index.js';
import type { LocalEntity, Mention } from '../../src/model/index.js';
import { fallbackEntities } from './names.js';
import { option, polnearDir } from './options.js';
import { ggtPairs, joinByCue, loadSplit, type PolnearArticle, type Prediction } from './polnear.js';

/** The entity input the quote finder runs on: the NER model's or the capitalised-name fallback's. */
export type Names = 'ner' | 'fallback';

/** Entities from the entity stage with `--names ner`, else the capitalised-name fallback; `fallback` is the default. */
export async function entityTagger(
  fallback: Names,
): Promise<(text: string) => { mentions: Mention[]; entities: LocalEntity[] }> {
  if (option('names', fallback) !== 'ner') return fallbackEntities;
  const ent = await import('../../src/analyze/entities/index.js');
  const ner = await import('../../src/analyze/ner/index.js');
  const model = ner.loadNerModel();
  return (text) => ent.analyzeEntities({ body: text, captions: [], title: null }, model);
}

/** A scored prediction with the cue of the attribution it came from (null for a quotation without a frame). */
export type ScoredPrediction = Prediction & { cue: { start: number; end: number } | null };

/** One prediction per attribution, quotes that share a cue joined in pieces (see joinByCue). */
export const scoredPredictions = (res: AttributionResult): ScoredPrediction[] =>
  joinByCue(
    res.attributions.map((a) => ({
      ...contentSpan(a),
      source: a.source,
      speaker: a.speaker,
      kind: a.kind,
      cue: a.cue,
    })),
  );

/** One article of a split as run.ts scores it. */
export interface ScoredArticle {
  art: PolnearArticle;
  /** The quote finder's output: attributions, frames, held attributions. */
  res: AttributionResult;
  preds: ScoredPrediction[];
  /** For each gold attribution, the prediction the GGT one-to-one rule pairs with it at ≥ 30% coverage, or null. */
  at30: (ScoredPrediction | null)[];
  /** The same at ≥ 80% coverage. */
  at80: (ScoredPrediction | null)[];
  /** The predictions paired at 30%: those not in it are false predictions, or lost to another gold quote. */
  paired: Set<ScoredPrediction>;
}

/**
 * The articles of a PolNeAR split with the quote finder's predictions paired to the gold, in the order loadSplit
 * reads them. `names` is the entity input used when the command line gives no `--names`.
 */
export async function* scoredArticles(
  split: string,
  { names }: { names: Names },
): AsyncGenerator<ScoredArticle> {
  const tag = await entityTagger(names);
  for (const art of loadSplit(polnearDir(), split)) {
    const { mentions, entities } = tag(art.text);
    const res = findAttributions(art.text, mentions, entities);
    const preds = scoredPredictions(res);
    const at30 = ggtPairs(art.gold, preds, 0.3);
    const at80 = ggtPairs(art.gold, preds, 0.8);
    const paired = new Set(at30.filter((p) => p !== null));
    yield { art, res, preds, at30, at80, paired };
  }
}

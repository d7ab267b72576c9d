// What the development aids (diagnose.ts, miss-classes.ts) share: the entity input they run the quote finder on,
// and its attributions as the benchmark scores them.

import { type AttributionResult, contentSpan } from '../../src/analyze/quotes/index.js';
import type { LocalEntity, Mention } from '../../src/model/index.js';
import { fallbackEntities } from './names.js';
import { option } from './options.js';
import { joinByCue, type Prediction } from './polnear.js';

/** Entities from the entity stage with `--names ner`, else the capitalised-name fallback; `fallback` is the default. */
export async function entityTagger(
  fallback: 'ner' | 'fallback',
): Promise<(text: string) => { mentions: Mention[]; entities: LocalEntity[] }> {
  if (option('names', fallback) !== 'ner') return fallbackEntities;
  const ent = await import('../../src/analyze/entities/index.js');
  const ner = await import('../../src/analyze/ner/index.js');
  const model = ner.loadNerModel();
  return (text) => ent.analyzeEntities({ body: text, captions: [], title: null }, model);
}

/** One prediction per attribution, quotes that share a cue joined in pieces (see joinByCue). */
export const scoredPredictions = (res: AttributionResult): Prediction[] =>
  joinByCue(
    res.attributions.map((a) => ({
      ...contentSpan(a),
      source: a.source,
      speaker: a.speaker,
      kind: a.kind,
      cue: a.cue,
    })),
  );

// Trains the story linker's join model on ECB+ (all odd topics) and prints it for src/link/stories/model.ts.
// Run: npx tsx bench/stories/train.ts [--docs raw|pipeline|pipeline-titled] (the documents: see heldout.ts)

import { FEATURE_NAMES } from '../../src/link/stories/index.js';
import { loadEcbDocs } from './ecb.js';
import { trainModel } from './learn.js';

/** ECB+ has no dates, so the time-gap weight cannot be learned there and is held fixed. */
export const FIXED_WEIGHTS: Record<number, number> = { [FEATURE_NAMES.indexOf('logGapDays')]: -0.35 };

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--docs');
  const docs = (at >= 0 ? process.argv[at + 1] : 'raw') as Parameters<typeof loadEcbDocs>[0];
  const model = trainModel(loadEcbDocs(docs), {}, FIXED_WEIGHTS);
  const r = (x: number) => Number(x.toFixed(3));
  console.log(
    JSON.stringify({ bias: r(model.bias), weights: model.weights.map(r), threshold: model.threshold }),
  );
  for (const [i, w] of model.weights.entries()) console.log(`  ${FEATURE_NAMES[i]}: ${w.toFixed(3)}`);
}

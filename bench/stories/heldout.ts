// The held-out protocol for trying a variant quickly: the bench's folds and threshold pick, more stream orders, and
// the held-out F1 at fixed thresholds ("curve", a diagnostic that no pick depends on). One threshold pick moves the
// mean by ±0.005 and the orders by ±0.007 (10 orders: 0.899, 20 orders: 0.892 for the same model), so compare
// variants on 20 orders and on the curve, not on one figure.
// Run: npx tsx bench/stories/heldout.ts [--orders 20] [--options '{"candidates":10}'] [--drop feat1,feat2]
//        [--train-docs raw|pipeline|pipeline-titled] [--test-docs raw|pipeline|pipeline-titled] [--learn logGapDays]
// The documents default to the raw text (`loadEcb(true)`); `pipeline` is what the pipeline hands the linker for the
// file as given, `pipeline-titled` for the first line given as the title (see loadEcbAsPipeline).

import { FEATURE_NAMES } from '../../src/link/stories/index.js';
import { type EcbDoc, loadEcbDocs, score, topicHalves } from './ecb.js';
import { stream, trainModel } from './learn.js';
import { FIXED_WEIGHTS } from './train.js';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ORDERS = [...Array(Number(arg('--orders') ?? 20)).keys()].map((i) => i + 1);
const options = JSON.parse(arg('--options') ?? '{}');

/** Features held at weight 0 (a variant without them). */
const fixed: Record<number, number> = { ...FIXED_WEIGHTS };
for (const name of (arg('--drop') ?? '').split(',').filter(Boolean)) {
  const i = FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);
  if (i < 0) throw new Error(`no feature ${name}`);
  fixed[i] = 0;
}
/**
 * Features held fixed by hand (FIXED_WEIGHTS) that the variant learns instead, on documents that carry dates
 * (`--train-docs pipeline`); each half's fitted logGapDays weight is printed with its figures.
 */
for (const name of (arg('--learn') ?? '').split(',').filter(Boolean)) {
  const i = FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);
  if (i < 0) throw new Error(`no feature ${name}`);
  delete fixed[i];
}
const GAP = FEATURE_NAMES.indexOf('logGapDays');
const CURVE = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

type Docs = Parameters<typeof loadEcbDocs>[0];
const trainDocs = (arg('--train-docs') ?? 'raw') as Docs;
const testDocs = (arg('--test-docs') ?? 'raw') as Docs;
const loaded = new Map<Docs, [EcbDoc[], EcbDoc[]]>();
const halves = (docs: Docs) => {
  if (!loaded.has(docs)) loaded.set(docs, topicHalves(loadEcbDocs(docs)));
  return loaded.get(docs)!;
};
const trainFolds = halves(trainDocs);
const testFolds = halves(testDocs);
const picked: number[] = [];
const curves: number[][] = [];
for (let k = 0; k < 2; k++) {
  const test = testFolds[1 - k];
  const gold = test.map((d) => d.cluster);
  const model = trainModel(trainFolds[k], options, fixed, 'cross');
  const f1 = (threshold: number) =>
    ORDERS.reduce(
      (s, seed) =>
        s + score(stream(test, seed, { ...options, model: { ...model, threshold } }), gold).bcubedF1,
      0,
    ) / ORDERS.length;
  picked.push(f1(model.threshold));
  curves.push(CURVE.map(f1));
  console.log(
    `trained on topics ${k === 0 ? 1 : 3} mod 4: threshold ${model.threshold}, F1 ${picked[k].toFixed(3)}, ` +
      `curve ${curves[k].map((f) => f.toFixed(3)).join(' ')}, logGapDays ${model.weights[GAP].toFixed(3)}`,
  );
}
const curve = CURVE.map((_, i) => (curves[0][i] + curves[1][i]) / 2);
console.log(
  `held out ${((picked[0] + picked[1]) / 2).toFixed(3)} (${picked.map((f) => f.toFixed(3)).join(' / ')}), ` +
    `${ORDERS.length} orders; curve at ${CURVE.join(' ')}: ${curve.map((f) => f.toFixed(3)).join(' ')} ` +
    `(mean ${(curve.reduce((a, b) => a + b, 0) / curve.length).toFixed(3)})`,
);

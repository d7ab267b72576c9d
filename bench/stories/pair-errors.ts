// Every wrong split and wrong merge of the held-out run, as document pairs, each with its exact share of the lost
// BCubed F1, summed by cause, by topic and by sub-corpus (ECB vs ECB+ half of a topic).
// Run: npx tsx bench/stories/pair-errors.ts [--docs raw|pipeline|pipeline-titled] [--orders 20] [--top 150]
//        [--options '{"windowDays":120}']
// Held out as heldout.ts: the model trained on one half's raw text, tested on the other half's chosen documents at
// its picked threshold. BCubed recall of a document misses 1/|its event| for each same-event document in another
// story, precision 1/|its story| for each other-event document in its story, so the loss splits exactly over pairs;
// a pair's points are thousandths of heldout.ts's mean F1 (P and R averaged, orders and both halves averaged), and
// the total equals 1000 × (1 − the mean of the two halves' F1) as long as P and R are close.
// Causes are read from the two documents alone (the linker compares a document with a story, so they are a guide):
// a split of two documents dated more than 30 (7) days apart is the time window; of two whose main years differ, the
// year; of one that names a year and one that names none, the missing year; else other. A merge is of twin events
// (ECB+'s two same-kind events of one topic) or across topics.

import { extractSignals } from '../../src/link/stories/index.js';
import { type EcbDoc, loadEcbDocs, score, topicHalves } from './ecb.js';
import { stream, trainModel } from './learn.js';
import { FIXED_WEIGHTS } from './train.js';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ORDERS = Number(arg('--orders') ?? 20);
const TOP = Number(arg('--top') ?? 150);
const which = (arg('--docs') ?? 'pipeline') as Parameters<typeof loadEcbDocs>[0];
const options = JSON.parse(arg('--options') ?? '{}');

interface PairError {
  a: string;
  b: string;
  kind: 'split' | 'merge';
  cause: string;
  points: number;
  orders: number;
}

const dayOf = (published: string | null) =>
  published ? Math.floor(Date.parse(published.slice(0, 10)) / 86_400_000) : null;

function causeOf(kind: 'split' | 'merge', x: EcbDoc, y: EcbDoc): string {
  const [sx, sy] = [extractSignals(x.doc), extractSignals(y.doc)];
  const yearsDiffer = sx.mainYear !== null && sy.mainYear !== null && sx.mainYear !== sy.mainYear;
  if (kind === 'merge')
    return `${x.topic === y.topic ? 'twin events' : 'across topics'}${yearsDiffer ? ', main years differ' : ''}`;
  const [dx, dy] = [dayOf(x.doc.published), dayOf(y.doc.published)];
  const apart = dx !== null && dy !== null ? Math.abs(dx - dy) : 0;
  if (apart > 30) return 'dated > 30 days apart';
  if (apart > 7) return 'dated 8-30 days apart';
  if (yearsDiffer) return 'main years differ';
  if ((sx.years.length === 0) !== (sy.years.length === 0)) return 'one names no year';
  return 'other';
}

const trainFolds = topicHalves(loadEcbDocs('raw'));
const testFolds = which === 'raw' ? trainFolds : topicHalves(loadEcbDocs(which));
const pairs = new Map<string, PairError>();
const halfF1: number[] = [];
for (let k = 0; k < 2; k++) {
  const test = testFolds[1 - k];
  const model = trainModel(trainFolds[k], options, FIXED_WEIGHTS, 'cross');
  const gold = test.map((d) => d.cluster);
  const n = test.length;
  let f1 = 0;
  for (let seed = 1; seed <= ORDERS; seed++) {
    const pred = stream(test, seed, { ...options, model });
    f1 += score(pred, gold).bcubedF1;
    const goldSize = new Map<string, number>();
    const predSize = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      goldSize.set(gold[i], (goldSize.get(gold[i]) ?? 0) + 1);
      predSize.set(pred[i], (predSize.get(pred[i]) ?? 0) + 1);
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const sameEvent = gold[i] === gold[j];
        if (sameEvent === (pred[i] === pred[j])) continue;
        const kind = sameEvent ? 'split' : 'merge';
        const sizes = sameEvent ? goldSize : predSize;
        const of = sameEvent ? gold : pred;
        const share = 1 / sizes.get(of[i])! + 1 / sizes.get(of[j])!;
        // Over n documents, P and R averaged, ORDERS orders and two halves averaged; in thousandths of F1.
        const points = (share / n / 2 / ORDERS / 2) * 1000;
        const [x, y] = test[i].doc.id < test[j].doc.id ? [test[i], test[j]] : [test[j], test[i]];
        const key = `${kind} ${x.doc.id} ${y.doc.id}`;
        let p = pairs.get(key);
        if (!p) {
          p = { a: x.doc.id, b: y.doc.id, kind, cause: causeOf(kind, x, y), points: 0, orders: 0 };
          pairs.set(key, p);
        }
        p.points += points;
        p.orders++;
      }
    }
  }
  halfF1.push(f1 / ORDERS);
}

const list = [...pairs.values()];
const total = list.reduce((s, p) => s + p.points, 0);
console.log(
  `held out ${((halfF1[0] + halfF1[1]) / 2).toFixed(4)} (${halfF1.map((f) => f.toFixed(4)).join(' / ')}), ` +
    `${ORDERS} orders, ${which} documents; pairs lose ${total.toFixed(2)} thousandths`,
);
// "11_3ecbplus" -> "11+", "11_3ecb" -> "11": the two events of a topic.
const part = (id: string) => id.slice(0, id.indexOf('_')) + (id.endsWith('plus') ? '+' : '');
const sums = (key: (p: PairError) => string, top: number, label: string) => {
  const by = new Map<string, number>();
  for (const p of list) by.set(key(p), (by.get(key(p)) ?? 0) + p.points);
  console.log(`\n## by ${label}`);
  for (const [k, v] of [...by].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`${v.toFixed(2).padStart(6)}  ${k}`);
};
sums((p) => `${p.kind}: ${p.cause}`, 20, 'cause');
sums((p) => `topic ${p.a.slice(0, p.a.indexOf('_'))}`, 50, 'topic');
sums((p) => `topic ${p.a.slice(0, p.a.indexOf('_'))} ${p.kind}: ${p.cause}`, 40, 'topic and cause');
sums(
  (p) =>
    `${p.kind === 'split' ? `split ${part(p.a)}` : `merge ${[part(p.a), part(p.b)].sort().join(' with ')}`}: ${p.cause}`,
  40,
  'event and cause',
);
const info = new Map<string, string>();
for (const d of [...testFolds[0], ...testFolds[1]]) {
  const s = extractSignals(d.doc);
  info.set(
    d.doc.id,
    `${d.doc.published?.slice(0, 10) ?? 'undated'}, main year ${s.mainYear ?? '-'} of [${s.years.join(' ')}]`,
  );
}
console.log('\n## pairs');
for (const p of list.sort((x, y) => y.points - x.points).slice(0, TOP)) {
  console.log(
    `${p.points.toFixed(3)} ${p.kind} (${p.cause}) in ${p.orders} orders: ${p.a} (${info.get(p.a)}) ~ ${p.b} (${info.get(p.b)})`,
  );
}

// Upper bounds for the join decision on held-out ECB+ topics: the held-out stream again, with an oracle that knows
// the gold events and takes away candidate stories an article must not join (by what they hold and their size),
// so that the model decides among the rest as it would: how much a better decision could gain, and where. Run: npx tsx bench/stories/oracle.ts [--orders 10]

import { extractSignals, StoryLinker } from '../../src/link/stories/index.js';
import { loadEcb, score, shuffled, topicHalves } from './ecb.js';
import { trainModel } from './learn.js';
import { FIXED_WEIGHTS } from './train.js';

const args = process.argv.slice(2);
const at = args.indexOf('--orders');
const ORDERS = [...Array(at >= 0 ? Number(args[at + 1]) : 10).keys()].map((i) => i + 1);

/** Which candidate stories the oracle leaves an article (`m`: the events of the story's articles, `e`: its own). */
const ORACLES: [string, (m: string[], e: string) => boolean][] = [
  ['none (the held-out linker alone)', () => true],
  ['one-article stories of another event', (m, e) => m.length > 1 || m[0] === e],
  ['stories of 1-2 articles holding another event', (m, e) => m.length > 2 || m.every((x) => x === e)],
  ['stories of 1-4 articles holding another event', (m, e) => m.length > 4 || m.every((x) => x === e)],
  ["stories without the article's event, any size (new-event detection)", (m, e) => m.includes(e)],
  ['stories holding another event, any size', (m, e) => m.every((x) => x === e)],
];

const docs = loadEcb(true);
const folds = topicHalves(docs);
const models = folds.map((train) => trainModel(train, {}, FIXED_WEIGHTS, 'cross'));
console.log('| wrong joins taken away: into | held out B3 F1 | 1 mod 4 → 3 mod 4 | 3 mod 4 → 1 mod 4 |');
console.log('|---|---:|---:|---:|');
for (const [name, allowed] of ORACLES) {
  const f1 = [0, 1].map((k) => {
    const test = folds[1 - k];
    const event = new Map(test.map((d) => [d.doc.id, d.cluster]));
    let sum = 0;
    for (const seed of ORDERS) {
      const linker = new StoryLinker({ model: models[k] });
      const members = new Map<string, string[]>();
      for (const d of shuffled(test, seed)) {
        const allow = (story: string) =>
          allowed(
            (members.get(story) ?? []).map((id) => event.get(id)!),
            d.cluster,
          );
        const a = linker.decisionStep(d.doc.id, extractSignals(d.doc), allow).assignment;
        const list = members.get(a.story) ?? [];
        list.push(d.doc.id);
        for (const gone of a.absorbed) {
          list.push(...(members.get(gone) ?? []));
          members.delete(gone);
        }
        members.set(a.story, list);
      }
      const label = new Map<string, string>();
      for (const [story, ids] of members) for (const id of ids) label.set(id, story);
      sum += score(
        test.map((d) => label.get(d.doc.id)!),
        test.map((d) => d.cluster),
      ).bcubedF1;
    }
    return sum / ORDERS.length;
  });
  console.log(
    `| ${name} | ${((f1[0] + f1[1]) / 2).toFixed(3)} | ${f1[0].toFixed(3)} | ${f1[1].toFixed(3)} |`,
  );
}

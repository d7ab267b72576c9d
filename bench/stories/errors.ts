// Where the story linker goes wrong on held-out ECB+ topics: per topic, wrong joins by the size of the story
// joined, misses, and the first wrong join of each order with its features (the one that mixes two events).
// Run: npx tsx bench/stories/errors.ts [--orders 3] [--docs raw|pipeline|pipeline-titled]
// The model is trained on the raw text, as the shipped one is; `--docs` picks the documents it is tested on (see
// heldout.ts: `pipeline` is what the pipeline hands the linker).
// A join is wrong when the article's event is not the one most of the story's articles belong to; a miss is a
// new story started while a story holding the article's event was alive.

import { extractSignals, FEATURE_NAMES, StoryLinker } from '../../src/link/stories/index.js';
import { probability } from '../../src/link/stories/model.js';
import { loadEcbDocs, shuffled, topicHalves } from './ecb.js';
import { trainModel } from './learn.js';
import { FIXED_WEIGHTS } from './train.js';

const args = process.argv.slice(2);
const at = args.indexOf('--orders');
const ORDERS = [...Array(at >= 0 ? Number(args[at + 1]) : 3).keys()].map((i) => i + 1);
const docsAt = args.indexOf('--docs');
const which = (docsAt >= 0 ? args[docsAt + 1] : 'raw') as Parameters<typeof loadEcbDocs>[0];

interface TopicErrors {
  intoSmall: number;
  intoLarge: number;
  misses: number;
}

const trainFolds = topicHalves(loadEcbDocs('raw'));
const testFolds = which === 'raw' ? trainFolds : topicHalves(loadEcbDocs(which));
for (let k = 0; k < 2; k++) {
  const [train, test] = [trainFolds[k], testFolds[1 - k]];
  const model = trainModel(train, {}, FIXED_WEIGHTS, 'cross');
  console.log(
    `\n## Trained on topics ${k === 0 ? 1 : 3} mod 4, tested on the others (threshold ${model.threshold})\n`,
  );
  const byTopic = new Map<number, TopicErrors>();
  for (const seed of ORDERS) {
    const linker = new StoryLinker({ model });
    // Gold events per predicted story, merged as the linker merges stories.
    const events = new Map<string, Map<string, number>>();
    let first = true;
    for (const d of shuffled(test, seed)) {
      const step = linker.decisionStep(d.doc.id, extractSignals(d.doc));
      const a = step.assignment;
      const t = byTopic.get(d.topic) ?? { intoSmall: 0, intoLarge: 0, misses: 0 };
      byTopic.set(d.topic, t);
      if (a.created) {
        for (const c of events.values()) {
          if (c.has(d.cluster)) {
            t.misses++;
            break;
          }
        }
      } else {
        const c = events.get(a.story)!;
        let size = 0;
        let most = 0;
        for (const n of c.values()) {
          size += n;
          most = Math.max(most, n);
        }
        if ((c.get(d.cluster) ?? 0) < most) {
          if (size <= 2) t.intoSmall++;
          else t.intoLarge++;
          const f = step.candidates.find((x) => x.story === a.story)?.features;
          if (first && f) {
            first = false;
            const held = [...c].map(([e, n]) => `${e}×${n}`).join(' ');
            console.log(
              `order ${seed}: first wrong join ${d.cluster} into [${held}], p ${probability(model, f).toFixed(2)}`,
            );
            console.log(`  ${FEATURE_NAMES.map((n, i) => `${n} ${f[i].toFixed(2)}`).join(', ')}`);
          }
        }
      }
      const counts = events.get(a.story) ?? new Map<string, number>();
      counts.set(d.cluster, (counts.get(d.cluster) ?? 0) + 1);
      for (const gone of a.absorbed) {
        for (const [e, n] of events.get(gone)!) counts.set(e, (counts.get(e) ?? 0) + n);
        events.delete(gone);
      }
      events.set(a.story, counts);
    }
  }
  console.log('\n| topic | wrong joins into 1–2 articles | into 3 or more | misses |\n|---|---:|---:|---:|');
  for (const [topic, e] of [...byTopic].sort((x, y) => x[0] - y[0]))
    console.log(`| ${topic} | ${e.intoSmall} | ${e.intoLarge} | ${e.misses} |`);
}

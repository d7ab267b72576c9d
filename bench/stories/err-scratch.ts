// Scratch: features of gold-story and best wrong same-topic story at each step (gold placement).
import { extractSignals, FEATURE_NAMES, StoryLinker } from '../../src/link/stories/index.js';
import { loadEcb, shuffled } from './ecb.js';
const docs = loadEcb(true);
const linker = new StoryLinker();
const rows: string[] = [];
let bad = 0, tot = 0;
for (const d of shuffled(docs, 1)) {
  const c = linker.trainingStep(extractSignals(d.doc), d.cluster);
  const pos = c.find((x) => x.story === d.cluster);
  const neg = c.filter((x) => x.story !== d.cluster && x.story.split('_')[0] === d.cluster.split('_')[0]);
  for (const n of neg) {
    tot++;
    const f = (v: number[]) => v.map((x) => x.toFixed(2)).join(' ');
    rows.push(`${d.doc.id}\tneg ${f(n.features)}\tpos ${pos ? f(pos.features) : '-'}`);
  }
}
console.log(FEATURE_NAMES.join(' '));
console.log(rows.slice(0, 60).join('\n'));

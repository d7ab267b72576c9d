// Scratch: first wrong joins in a real stream.
import { extractSignals, FEATURE_NAMES, StoryLinker } from '../../src/link/stories/index.js';
import { loadEcb, shuffled } from './ecb.js';
import { trainModel } from './learn.js';
const docs = loadEcb(true);
const model = trainModel(docs, {}, { 6: -0.35 });
console.log(model);
const linker = new StoryLinker({ model });
const members = new Map<string, string[]>();
for (const d of shuffled(docs, 1)) {
  const tr = linker.trainingStep(extractSignals(d.doc), '__probe__');
  // undo is impossible; use a second linker for real decisions instead
  void tr;
}
const real = new StoryLinker({ model });
const shadow = new StoryLinker({ model });
for (const d of shuffled(docs, 1)) {
  const sig = extractSignals(d.doc);
  const a = real.addSignals(d.doc.id, sig);
  const m = members.get(a.story) ?? [];
  const major = m.length ? m.map((id) => docs.find((x) => x.doc.id === id)!.cluster) : [];
  if (!a.created && !major.includes(d.cluster)) {
    console.log(`WRONG ${d.doc.id} -> ${a.story} [${major.join(',')}] p=${real.lastTrace.best.toFixed(2)}`);
  }
  m.push(d.doc.id);
  members.set(a.story, m);
  void shadow;
}
console.log(FEATURE_NAMES.join(' '));

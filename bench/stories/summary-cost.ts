// What one story summary (title, key entities, span) costs as the story grows: summarizeStory over stories of 10 to
// 5,000 generated articles, in this tree and, when given, another one (same articles, alternating which goes first).
// Run: npx tsx bench/stories/summary-cost.ts [other tree] [--sizes 10,100,1000,5000] [--entities]
// (--entities: each article carries the entity stage's names, as a stored analysis gives them, instead of the
// capitalised runs the summary finds itself.) The link step summarises a story's sample (at most 40 articles, see
// src/link/index.ts STORY_SAMPLE), so larger sizes show the shape of the cost, not what a link run pays today.

import { resolve } from 'node:path';
import * as here from '../../src/link/stories/index.js';
import { generateStream, namingPeople } from './generate.js';

const args = process.argv.slice(2);
const optionValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (optionValue('--sizes') ?? '10,100,1000,5000').split(',').map(Number);
const ENTITIES = args.includes('--entities');
const otherRoot = args[0] && !args[0].startsWith('--') ? args[0] : null;
const sides: { name: string; summarize: typeof here.summarizeStory }[] = [
  { name: 'this tree', summarize: here.summarizeStory },
];
if (otherRoot) {
  const other = (await import(resolve(otherRoot, 'src/link/stories/index.ts'))) as typeof here;
  sides.unshift({ name: `other (${otherRoot})`, summarize: other.summarizeStory });
}

// One pool, so that every size reads the same first articles; events repeat names and words as real coverage does.
const pool: here.StoryDoc[] = [];
for (const g of generateStream(Math.max(...sizes))) {
  const doc = ENTITIES ? namingPeople(g) : g.doc;
  pool.push(ENTITIES ? { ...doc, entities: [...doc.entities!, ...entitiesOf(doc.body)] } : doc);
}

/** A stand-in for a tagger's list: the capitalised words of the body (the generator's names and sentence openers). */
function entitiesOf(body: string): here.StoryDoc['entities'] & object {
  const names = new Set(body.match(/\b[A-Z][a-z]+\b/g) ?? []);
  return [...names].map((name) => ({ name, type: 'organization' as const }));
}

// CPU time, not wall time: the machine is shared, and a busy neighbour would slow whichever side it overlapped.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

console.log(`articles  ${sides.map((s) => `${s.name} CPU ms/summary`).join('  ')}  same summary`);
for (const n of sizes) {
  const docs = pool.slice(0, n);
  // Enough repetitions for a stable figure at small sizes, one or two at the large ones.
  const reps = Math.max(1, Math.round(20_000 / (n * Math.max(1, Math.log2(n)))));
  const ms = sides.map(() => 0);
  const out = sides.map((s) => s.summarize(docs)); // warm-up, and the summaries compared
  for (let r = 0; r < reps; r++) {
    for (let k = 0; k < sides.length; k++) {
      const side = (k + r) % sides.length;
      const t = cpuMs();
      sides[side]!.summarize(docs);
      ms[side]! += cpuMs() - t;
    }
  }
  const same = out.every((o) => JSON.stringify(o) === JSON.stringify(out[0]));
  console.log(
    `${String(n).padStart(8)}  ${ms.map((m) => (m / reps).toFixed(2).padStart(10)).join('  ')}  ${same ? 'yes' : 'NO'}`,
  );
}

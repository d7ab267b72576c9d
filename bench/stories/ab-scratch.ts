import { extractSignals, StoryLinker } from '../../src/link/stories/index.js';
import { StoryLinker as Old } from '../../src/link/stories/old-scratch.js';
import { generateStream } from './generate.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const docs: any[] = [];
for (const g of generateStream(1_000_000)) { docs.push(g.doc); if (docs.length === 30000) break; }
const cache = new Map();
const sigs = docs.map((d) => extractSignals(d, cache));
for (let rep = 0; rep < 3; rep++) {
  for (const [name, L] of [['new', StoryLinker], ['old', Old]] as const) {
    const l = new (L as any)();
    const c = cpu();
    for (let i = 0; i < docs.length; i++) l.addSignals(docs[i].id, sigs[i]);
    console.log(name, (((cpu() - c) * 1000) / docs.length).toFixed(0));
  }
}

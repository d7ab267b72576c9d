import { extractSignals, StoryLinker } from '../../src/link/stories/index.js';
import { generateStream } from './generate.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const docs: any[] = [];
for (const g of generateStream(1_000_000)) { docs.push(g.doc); if (docs.length === 30000) break; }
for (let rep = 0; rep < 2; rep++) {
let c = cpu();
const cache = new Map(); const sigs = docs.map((d) => extractSignals(d, cache));
console.log('signals', (((cpu() - c) * 1000) / docs.length).toFixed(0));
const l = new StoryLinker();
c = cpu();
for (let i = 0; i < docs.length; i++) l.addSignals(docs[i].id, sigs[i]);
console.log('add', (((cpu() - c) * 1000) / docs.length).toFixed(0), l.activeStories);
}

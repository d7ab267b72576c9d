import { extractSignals } from '../../src/link/stories/index.js';
import { generateStream } from './generate.js';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const docs: any[] = [];
for (const g of generateStream(1_000_000)) { docs.push(g.doc); if (docs.length === 5000) break; }
const cache = new Map();
for (let rep = 0; rep < 6; rep++) {
  const c = cpu();
  for (const d of docs) extractSignals(d, cache);
  console.log('signals', (((cpu() - c) * 1000) / docs.length).toFixed(0), docs[0].body.length);
}

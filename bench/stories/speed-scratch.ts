import { extractSignals, StoryLinker } from '../../src/link/stories/index.js';
import { generateStream } from './generate.js';
const N = Number(process.argv[2] ?? 50000);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const l = new StoryLinker();
let t = 0;
let n = 0;
let batch: any[] = [];
for (const g of generateStream(N * 20)) {
  batch.push(g.doc);
  if (batch.length === 5000) {
    const c = cpu();
    for (const d of batch) l.addSignals(d.id, extractSignals(d));
    t += cpu() - c;
    n += batch.length;
    batch = [];
    console.log(n, 'us/doc', ((t * 1000) / n).toFixed(0), 'active', l.activeStories);
    if (n >= N) break;
  }
}

// Scratch: link-only CPU A/B of the original and the new linker on the generated stream (deleted before hand-off).
import { extractSignals, StoryLinker } from '../../src/link/stories/index.js';
import { StoryLinker as OrigLinker } from '../../src/link/stories/linker-orig-scratch.js';
import { generateStream } from './generate.js';
const N = Number(process.argv[2] ?? 100000);
const cache = new Map();
const sigs: { id: string; s: ReturnType<typeof extractSignals> }[] = [];
for (const g of generateStream(N)) sigs.push({ id: g.doc.id, s: extractSignals(g.doc, cache) });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const round of [0, 1]) {
  for (const [name, L] of [['orig', OrigLinker], ['new', StoryLinker]] as const) {
    const l = new (L as typeof StoryLinker)();
    const t = cpu();
    for (const x of sigs) l.addSignals(x.id, x.s);
    console.log(round, name, ((N / (cpu() - t)) * 1000).toFixed(0), 'art/s');
  }
}

import { loadEcb } from './ecb.js';
import { extractSignals } from '../../src/link/stories/index.js';
const docs = loadEcb(true);
for (const id of ['7_5ecb', '7_3ecbplus', '25_1ecbplus']) {
  const d = docs.find((x) => x.doc.id === id)!;
  const s = extractSignals(d.doc);
  console.log(id, d.doc.title);
  console.log(' names', [...s.names.entries()].sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${k}:${v.toFixed(2)}`).join(' '));
  console.log(' nums', [...s.numbers.keys()].join(' '), 'years', s.years.join(' '));
  console.log(' words', [...s.words.entries()].sort((a,b)=>b[1]-a[1]).slice(0,30).map(([k])=>k).join(' '));
}

import { readFileSync } from 'node:fs';
import { analyzeEntities } from './src/analyze/entities/index.js';
import { loadNerModel } from './src/analyze/ner/index.js';
const m = loadNerModel();
const r = analyzeEntities({ body: readFileSync('examples/004_860ff9ea951405e1.txt', 'utf8'), captions: [] }, m);
for (const e of r.entities) console.log(e.id, e.type, JSON.stringify(e.name), JSON.stringify(e.aliases), JSON.stringify(e.roles));
console.log(m.resources.capitalization.get('says'));

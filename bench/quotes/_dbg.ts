import { findAttributions } from '../../src/analyze/quotes/index.js';
import { fallbackEntities } from './names.js';
const text = process.argv[2];
const e = fallbackEntities(text);
const r = findAttributions(text, e.mentions, e.entities);
console.log('mentions', e.mentions.map((m) => m.text));
for (const f of r.frames) console.log('FRAME', text.slice(f.cue.start, f.cue.end), '| subj', text.slice(f.subject.start, f.subject.end), f.subject.kind, '| region', f.region ? text.slice(f.region.start, f.region.end) : null);
for (const a of r.attributions) console.log('ATTR', a.kind, a.speaker, '|', a.text);

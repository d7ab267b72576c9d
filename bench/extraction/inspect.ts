// Developer aid: show what wiretrace kept, missed and added on one benchmark page (by id prefix).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractHtml } from '../../src/extract/html/index.js';

const dir = join(
  process.env.WIRETRACE_DATA ?? resolve(import.meta.dirname, '../../../shared/data'),
  'article-extraction',
);
const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const prefix = process.argv[2] ?? '';
const file = readdirSync(join(dir, 'html')).find((f) => f.startsWith(prefix))!;
const id = file.slice(0, -5);
const r = extractHtml(readFileSync(join(dir, 'html', file), 'utf8'), { url: gold[id].url });
const norm = (s: string) => s.replace(/\W+/g, ' ').trim().toLowerCase();
const g = norm(gold[id].articleBody);
console.log('URL', gold[id].url);
console.log('META', JSON.stringify({ ...r, paragraphs: r.paragraphs.length, removed: r.removed.length }));
for (const p of r.paragraphs) {
  const inGold = g.includes(norm(p.text));
  console.log(`${inGold ? '  ' : '+ '}[${p.kind[0]}] ${p.text.slice(0, 140)}`);
}
const out = norm(r.paragraphs.map((p) => p.text).join(' '));
console.log('--- gold lines missing:');
for (const line of gold[id].articleBody.split('\n'))
  if (line.trim() && !out.includes(norm(line))) console.log(`- ${line.slice(0, 140)}`);
if (process.argv.includes('--removed'))
  for (const x of r.removed) console.log(`R ${x.reason}: ${x.text.slice(0, 120)}`);

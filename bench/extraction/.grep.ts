import { readdirSync, readFileSync } from 'node:fs';
import { parseHtml, walk, textOf, squash } from '../../src/extract/html/dom.js';
const d='/work/shared/data/article-extraction/html/';
const f=readdirSync(d).find(x=>x.startsWith(process.argv[2]))!;
const page=parseHtml(readFileSync(d+f,'utf8'));
const body=[...walk(page.root)].find(e=>e.tag==='body')!;
const t=squash(textOf(body)); const i=t.indexOf(process.argv[3]);
console.log(t.slice(Math.max(0,i-Number(process.argv[4]??300)), i+Number(process.argv[5]??300)));

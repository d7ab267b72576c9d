import { readdirSync, readFileSync } from 'node:fs';
import { parseHtml, walk, textOf, squash } from '../../src/extract/html/dom.js';
const d='/work/shared/data/article-extraction/';
const g=JSON.parse(readFileSync(d+'ground-truth.json','utf8'));
const files=readdirSync(d+'html').sort().slice(Number(process.argv[2]), Number(process.argv[3]));
for (const f of files) {
  const html=readFileSync(d+'html/'+f,'utf8'); const page=parseHtml(html);
  console.log('\n=====', f.slice(0,12), g[f.slice(0,-5)].url);
  console.log('TITLE:', squash(page.titleTag??''));
  const metas:string[]=[];
  for (const el of walk(page.root)) {
    const k=(el.attrs.property||el.attrs.name||el.attrs.itemprop||'').toLowerCase();
    if (el.tag==='meta' && /title|date|time|author|byl|creator|published|modified/.test(k) && !/twitter:creator|image/.test(k)) metas.push(`${k}=${(el.attrs.content??'').slice(0,80)}`);
    if (el.tag==='h1') console.log('H1:', squash(textOf(el)).slice(0,150));
  }
  console.log('META:', metas.slice(0,12).join(' | '));
  for (const j of page.jsonLd) { const m=j.match(/"(headline|datePublished|author|name)"\s*:\s*("[^"]{0,80}"|\{[^}]{0,120}\}|\[[^\]]{0,160}\])/g); if (m) console.log('LD:', m.slice(0,8).join(' ; ')); }
  const bodyEl=[...walk(page.root)].find(e=>e.tag==='body')??page.root; const bodyText=squash(textOf(bodyEl));
  const h1=[...walk(bodyEl)].find(e=>e.tag==='h1'); const ht=h1?squash(textOf(h1)):'';
  const i=ht?bodyText.lastIndexOf(ht):-1;
  for (const e of walk(bodyEl)) { const c=`${e.attrs.class??''} ${e.attrs.id??''} ${e.attrs.rel??''} ${e.attrs.itemprop??''}`.toLowerCase(); if (/byline|author|writer/.test(c)) { const t=squash(textOf(e)); if (t && t.length<120) { console.log('BYL:', t); } } }
  console.log('NEAR H1:', i>=0? bodyText.slice(Math.max(0,i-150), i+ht.length+350):'-');
}

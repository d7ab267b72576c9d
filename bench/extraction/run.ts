// Benchmark: wiretrace HTML extraction against @mozilla/readability on the ScrapingHub article pages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractHtml } from '../../src/extract/html/index.js';
import { corpusScore, type PageScore, scorePage } from './metric.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const dataRoot = process.env.WIRETRACE_DATA ?? resolve(repo, '../shared/data');
const dir = join(dataRoot, 'article-extraction');
const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>;
const ids = readdirSync(join(dir, 'html'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -5))
  .sort();
const pages = ids.map((id) => ({
  id,
  html: readFileSync(join(dir, 'html', `${id}.html`), 'utf8'),
  url: gold[id].url,
}));
const skipBaseline = process.argv.includes('--no-baseline');
const dump = process.argv.includes('--dump');

function ours(): { texts: Map<string, string>; seconds: number } {
  const texts = new Map<string, string>();
  // One warm-up pass keeps JIT compilation out of the timing, as it would be in a long ingest.
  for (const p of pages.slice(0, 10)) extractHtml(p.html, { url: p.url });
  const t0 = process.hrtime.bigint();
  for (const p of pages) {
    const r = extractHtml(p.html, { url: p.url });
    texts.set(p.id, r.paragraphs.map((x) => x.text).join('\n\n'));
  }
  return { texts, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function readability(): { texts: Map<string, string>; seconds: number } {
  const texts = new Map<string, string>();
  const vc = new VirtualConsole();
  const t0 = process.hrtime.bigint();
  for (const p of pages) {
    let text = '';
    try {
      const dom = new JSDOM(p.html, { url: p.url, virtualConsole: vc });
      const article = new Readability(dom.window.document).parse();
      text = article?.textContent ?? '';
      dom.window.close();
    } catch {
      text = '';
    }
    texts.set(p.id, text);
  }
  return { texts, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function evaluate(texts: Map<string, string>): {
  score: ReturnType<typeof corpusScore>;
  per: Map<string, PageScore>;
} {
  const per = new Map<string, PageScore>();
  for (const id of ids) per.set(id, scorePage(gold[id].articleBody, texts.get(id) ?? ''));
  return { score: corpusScore([...per.values()]), per };
}

const fmt = (x: number) => x.toFixed(4);
const a = ours();
const ea = evaluate(a.texts);
console.log(`pages: ${pages.length}`);
console.log(
  `wiretrace    F1 ${fmt(ea.score.f1)}  P ${fmt(ea.score.precision)}  R ${fmt(ea.score.recall)}  exact ${fmt(ea.score.accuracy)}  ${(pages.length / a.seconds).toFixed(1)} pages/s (${a.seconds.toFixed(2)} s)`,
);
if (dump) {
  const rows = ids
    .map((id) => ({ id, ...ea.per.get(id)! }))
    .sort((x, y) => (x.precision ?? 0) + (x.recall ?? 0) - ((y.precision ?? 0) + (y.recall ?? 0)));
  writeFileSync(
    join(here, '.per-page.tsv'),
    rows
      .map((r) => `${r.id.slice(0, 12)}\t${fmt(r.precision ?? 0)}\t${fmt(r.recall ?? 0)}\t${gold[r.id].url}`)
      .join('\n'),
  );
}
if (!skipBaseline) {
  const b = readability();
  const eb = evaluate(b.texts);
  console.log(
    `readability  F1 ${fmt(eb.score.f1)}  P ${fmt(eb.score.precision)}  R ${fmt(eb.score.recall)}  exact ${fmt(eb.score.accuracy)}  ${(pages.length / b.seconds).toFixed(1)} pages/s (${b.seconds.toFixed(2)} s)`,
  );
  console.log(
    `ratio        F1 ${(ea.score.f1 / eb.score.f1).toFixed(3)}x  speed ${(b.seconds / a.seconds).toFixed(1)}x`,
  );
}

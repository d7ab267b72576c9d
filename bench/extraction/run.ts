// Benchmark: wiretrace HTML extraction against @mozilla/readability on the ScrapingHub article pages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

interface Meta {
  title: string | null;
  published: string | null;
  bylines: string[];
}

// CPU time of this process: the machine is shared, and wall time also counts other people's work.
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

function ours(): { texts: Map<string, string>; meta: Map<string, Meta>; seconds: number; cpu: number } {
  const texts = new Map<string, string>();
  const meta = new Map<string, Meta>();
  // One warm-up pass keeps JIT compilation out of the timing, as it would be in a long ingest.
  for (const p of pages.slice(0, 10)) extractHtml(p.html, { url: p.url });
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const p of pages) {
    const r = extractHtml(p.html, { url: p.url });
    texts.set(p.id, r.paragraphs.map((x) => x.text).join('\n\n'));
    meta.set(p.id, { title: r.title, published: r.published, bylines: r.bylines });
  }
  return { texts, meta, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: cpuSeconds(c0) };
}

function readability(): {
  texts: Map<string, string>;
  meta: Map<string, Meta>;
  seconds: number;
  cpu: number;
} {
  const texts = new Map<string, string>();
  const meta = new Map<string, Meta>();
  const vc = new VirtualConsole();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const p of pages) {
    let text = '';
    try {
      const dom = new JSDOM(p.html, { url: p.url, virtualConsole: vc });
      const article = new Readability(dom.window.document).parse();
      text = article?.textContent ?? '';
      const byline = (article?.byline ?? '').replace(/^\s*by\s+/i, '');
      meta.set(p.id, {
        title: article?.title ?? null,
        published: article?.publishedTime ?? null,
        bylines: byline ? byline.split(/\s*(?:,|&|\band\b|\|)\s*/).filter(Boolean) : [],
      });
      dom.window.close();
    } catch {
      text = '';
    }
    texts.set(p.id, text);
  }
  return { texts, meta, seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: cpuSeconds(c0) };
}

// Metadata accuracy on the hand-written expectations of metadata-gold.json.
const metaGold = JSON.parse(readFileSync(join(here, 'metadata-gold.json'), 'utf8')) as Record<
  string,
  { title: string; published: string; bylines: string[] } | string
>;
const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const dayDiff = (a: string, b: string) =>
  Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 864e5;

function metaAccuracy(meta: Map<string, Meta>): {
  title: number;
  date: number;
  dateNear: number;
  bylines: number;
  n: number;
} {
  let title = 0;
  let date = 0;
  let dateNear = 0;
  let bylines = 0;
  let n = 0;
  for (const [prefix, want] of Object.entries(metaGold)) {
    if (typeof want === 'string') continue;
    const id = ids.find((x) => x.startsWith(prefix));
    if (!id) continue;
    n++;
    const got = meta.get(id) ?? { title: null, published: null, bylines: [] };
    if (got.title && loose(got.title) === loose(want.title)) title++;
    if (got.published && got.published.slice(0, 10) === want.published) date++;
    if (got.published && dayDiff(got.published, want.published) <= 1) dateNear++;
    const a = [...new Set(got.bylines.map(loose))].sort().join('|');
    const b = [...new Set(want.bylines.map(loose))].sort().join('|');
    if (a === b) bylines++;
    else if (process.argv.includes('--meta-misses'))
      console.log(
        `byline miss ${prefix}: got ${JSON.stringify(got.bylines)} want ${JSON.stringify(want.bylines)}`,
      );
    if (process.argv.includes('--meta-misses') && !(got.title && loose(got.title) === loose(want.title)))
      console.log(`title miss ${prefix}: got ${JSON.stringify(got.title)}`);
    if (
      process.argv.includes('--meta-misses') &&
      !(got.published && got.published.slice(0, 10) === want.published)
    )
      console.log(`date miss ${prefix}: got ${got.published} want ${want.published}`);
  }
  return { title: title / n, date: date / n, dateNear: dateNear / n, bylines: bylines / n, n };
}

const fmtMeta = (m: ReturnType<typeof metaAccuracy>) =>
  `title ${fmt(m.title)}  date ${fmt(m.date)} (±1 day ${fmt(m.dateNear)})  bylines ${fmt(m.bylines)}  on ${m.n} pages`;

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
  `wiretrace    F1 ${fmt(ea.score.f1)}  P ${fmt(ea.score.precision)}  R ${fmt(ea.score.recall)}  exact ${fmt(ea.score.accuracy)}  ${(pages.length / a.seconds).toFixed(1)} pages/s (${a.seconds.toFixed(2)} s wall; ${(pages.length / a.cpu).toFixed(1)} pages/s on CPU time)`,
);
console.log(`wiretrace    metadata: ${fmtMeta(metaAccuracy(a.meta))}`);
if (dump) {
  const perPagePath = join(tmpdir(), 'wiretrace-extraction-per-page.tsv');
  console.log(`per-page scores, worst first: ${perPagePath}`);
  const rows = ids
    .map((id) => ({ id, ...ea.per.get(id)! }))
    .sort((x, y) => (x.precision ?? 0) + (x.recall ?? 0) - ((y.precision ?? 0) + (y.recall ?? 0)));
  writeFileSync(
    perPagePath,
    rows
      .map((r) => `${r.id.slice(0, 12)}\t${fmt(r.precision ?? 0)}\t${fmt(r.recall ?? 0)}\t${gold[r.id].url}`)
      .join('\n'),
  );
}
if (!skipBaseline) {
  const b = readability();
  const eb = evaluate(b.texts);
  console.log(
    `readability  F1 ${fmt(eb.score.f1)}  P ${fmt(eb.score.precision)}  R ${fmt(eb.score.recall)}  exact ${fmt(eb.score.accuracy)}  ${(pages.length / b.seconds).toFixed(1)} pages/s (${b.seconds.toFixed(2)} s wall; ${(pages.length / b.cpu).toFixed(1)} pages/s on CPU time)`,
  );
  console.log(`readability  metadata: ${fmtMeta(metaAccuracy(b.meta))}`);
  console.log(
    `ratio        F1 ${(ea.score.f1 / eb.score.f1).toFixed(3)}x  speed ${(b.seconds / a.seconds).toFixed(1)}x wall, ${(b.cpu / a.cpu).toFixed(1)}x CPU time`,
  );
}

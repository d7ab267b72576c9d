// The 181 real news pages of article-extraction through ingest and link, as `wiretrace analyze` runs them, scored
// pairwise against `real-pages-judged.tsv` (our own labels: article id, tab, event; topical58 and topical59 judged
// the articles of every multi-article story and the singletons about one of their events). Same topic is not same
// event on real pages is what this measures: ECB+ has no deals round-ups or opinion pieces.
//
// Usage: npx tsx bench/stories/real-pages.ts   (prints P, R, F1 over judged pairs, then the wrong and missed pairs)

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/analyze/index.js';
import { ingest, link } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { dataDir } from './ecb.js';

const f3 = (x: number) => x.toFixed(3);
const pairs = (n: number) => `${n} pair${n === 1 ? '' : 's'}`;

function judgedEvents(): Map<string, string> {
  const file = new URL('./real-pages-judged.tsv', import.meta.url);
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t') as [string, string]);
  return new Map(rows.map(([id, event]) => [id.trim(), event.trim()]));
}

/** The story of every stored article after one ingest and link of the pages. */
async function storiesOfPages(pages: string[]): Promise<{ storyOf: Map<string, string>; stories: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-real-pages-'));
  try {
    const store = await openStore(join(dir, 'pages.db'));
    try {
      await ingest(store, pages, { analyzer: createAnalyzer() });
      await link(store);
      const { items } = await store.listArticles({ limit: 10_000 });
      const storyOf = new Map(items.map((a) => [a.id, a.story ?? a.id]));
      return { storyOf, stories: new Set(storyOf.values()).size };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const htmlDir = join(dataDir(), 'article-extraction', 'html');
  const pages = readdirSync(htmlDir)
    .sort()
    .map((f) => join(htmlDir, f));
  const judged = judgedEvents();
  const { storyOf, stories } = await storiesOfPages(pages);
  const missing = [...judged.keys()].filter((id) => !storyOf.has(id));
  if (missing.length > 0) throw new Error(`judged articles not stored: ${missing.join(', ')}`);

  const ids = [...judged.keys()].sort();
  let gold = 0;
  let system = 0;
  let both = 0;
  const wrong = new Map<string, number>();
  const missed = new Map<string, number>();
  const tally = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      const sameEvent = judged.get(a) === judged.get(b);
      const sameStory = storyOf.get(a) === storyOf.get(b);
      gold += Number(sameEvent);
      system += Number(sameStory);
      both += Number(sameEvent && sameStory);
      if (sameStory && !sameEvent) tally(wrong, [judged.get(a), judged.get(b)].sort().join(' + '));
      if (sameEvent && !sameStory) tally(missed, judged.get(a)!);
    }
  }
  const p = system ? both / system : 1;
  const r = gold ? both / gold : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(
    `${pages.length} pages, ${storyOf.size} stored, ${stories} stories; ${judged.size} judged articles`,
  );
  console.log(
    `judged pairs: P ${f3(p)} R ${f3(r)} F1 ${f3(f1)} (system ${system}, gold ${gold}, both ${both})`,
  );
  for (const [pair, n] of wrong) console.log(`  wrong join: ${pair} (${pairs(n)})`);
  for (const [event, n] of missed) console.log(`  split: ${event} (${pairs(n)})`);
}

await main();

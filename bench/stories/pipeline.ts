// ECB+ through the whole pipeline, as a user would run it (`wiretrace analyze` on a JSON Lines dump): extract and
// clean, analyze, store, link; BCubed against ECB+'s events, in the file's order. The other ECB+ figures feed the
// story linker the raw text directly; this one shows what cleaning, dates read from the text and the stored
// analysis change on the way. Two inputs: the file as it is (no titles; cleaning takes a first line for a headline
// only when it reads like one) and with each document's first line given as its title, as `loadEcb(true)` does.
//
// Usage: npx tsx bench/stories/pipeline.ts

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/analyze/index.js';
import { StoryLinker } from '../../src/link/stories/index.js';
import { ingest, link } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { dataDir, loadEcb, score } from './ecb.js';

interface EcbRecord {
  id: string;
  text: string;
  cluster: string;
}

const f3 = (x: number) => x.toFixed(3);

/** Runs a JSON Lines file through ingest and link; the story of each input line (1-based), by the source's "#N". */
async function storiesThroughPipeline(lines: string[]): Promise<Map<number, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-ecb-pipeline-'));
  try {
    const input = join(dir, 'ecb.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const store = await openStore(join(dir, 'ecb.db'));
    try {
      await ingest(store, [input], { analyzer: createAnalyzer() });
      await link(store);
      const { items } = await store.listArticles({ limit: 10_000 });
      return new Map(items.map((a) => [Number(a.source.split('#').pop()), a.story ?? a.id]));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const records = readFileSync(join(dataDir(), 'ecbplus', 'ecbplus_documents.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EcbRecord);
  const withTitles = records.map((r) => {
    const nl = r.text.indexOf('\n');
    return JSON.stringify(
      nl > 0
        ? { id: r.id, title: r.text.slice(0, nl), text: r.text.slice(nl + 1) }
        : { id: r.id, text: r.text },
    );
  });

  console.log('| input | documents stored | BCubed P | BCubed R | BCubed F1 | stories |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, lines] of [
    ['the file as it is', records.map((r) => JSON.stringify(r))],
    ['first line as the title', withTitles],
  ] as const) {
    const storyOf = await storiesThroughPipeline([...lines]);
    // Two documents of ECB+ have the same text as another: the store keeps one, so they are scored once.
    const kept = records
      .map((r, i) => ({ r, story: storyOf.get(i + 1) }))
      .filter((x) => x.story !== undefined);
    const s = score(
      kept.map((x) => x.story!),
      kept.map((x) => x.r.cluster),
    );
    console.log(
      `| pipeline, ${name} | ${kept.length} | ${f3(s.bcubedP)} | ${f3(s.bcubedR)} | **${f3(s.bcubedF1)}** | ${s.clusters} |`,
    );
  }
  // The same documents straight into the linker (raw text, first line as the title, no dates), in file order.
  const docs = loadEcb(true);
  const linker = new StoryLinker({});
  const placed = linker.linkBatch(docs.map((d) => d.doc));
  const into = new Map(placed.merged.map((m) => [m.from, m.into]));
  const final = (story: string): string => {
    let at = story;
    for (let next = into.get(at); next !== undefined; next = into.get(at)) at = next;
    return at;
  };
  const alone = score(
    placed.stories.map(final),
    docs.map((d) => d.cluster),
  );
  console.log(
    `| linker alone, raw text, file order | ${docs.length} | ${f3(alone.bcubedP)} | ${f3(alone.bcubedR)} | **${f3(alone.bcubedF1)}** | ${alone.clusters} |`,
  );
}

await main();

// Stories on news nobody here tuned to: the 181 pages of the article-extraction benchmark (126 sites, most of them
// published on 18–20 November 2019), run through the whole pipeline as a user would (HTML → extract → analyze →
// store → link), against events marked by hand in `unseen-events.json`: 17 events reported by 2–4 outlets each,
// every other page its own story, 30 pages left out where same event or not is a matter of taste (digests,
// opinion pieces, product launches at one motor show, two blog posts on one show). The join model was trained on
// ECB+ only.
//
// Usage: npx tsx bench/stories/unseen.ts

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createAnalyzer } from '../../src/analyze/index.js';
import { ingest, link } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { projectRoot } from '../data-dir.js';
import {
  averageLink,
  dataDir,
  type EcbDoc,
  loadEcb,
  type Scores,
  score,
  similarityMatrix,
  singlePass,
  tfidfVectors,
  tuneAverageLink,
  tuneSinglePass,
} from './ecb.js';

interface Events {
  /** Event name → ids of the pages that report it. */
  events: Record<string, string[]>;
  /** Pages not scored. */
  excluded: string[];
}

const f3 = (x: number) => x.toFixed(3);
const line = (name: string, s: Scores, extra = '') =>
  console.log(
    `| ${name} | ${f3(s.bcubedP)} | ${f3(s.bcubedR)} | **${f3(s.bcubedF1)}** | ${f3(s.pairF1)} | ${s.clusters} | ${extra} |`,
  );

async function main(): Promise<void> {
  const pages = join(dataDir(), 'article-extraction', 'html');
  const marked = JSON.parse(
    readFileSync(join(projectRoot, 'bench', 'stories', 'unseen-events.json'), 'utf8'),
  ) as Events;
  const eventOf = new Map<string, string>();
  for (const [name, ids] of Object.entries(marked.events)) for (const id of ids) eventOf.set(id, name);
  const excluded = new Set(marked.excluded);

  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-unseen-'));
  const store = await openStore(join(dir, 'unseen.db'));
  try {
    const t0 = performance.now();
    await ingest(store, [pages], { analyzer: createAnalyzer() });
    const linked = await link(store);
    const seconds = (performance.now() - t0) / 1000;
    const { items } = await store.listArticles({ limit: 10_000 });
    const articles = await Promise.all(items.map((a) => store.getArticle(a.id)));
    const pageOf = (source: string) => basename(source).replace(/\.html?$/, '');
    const dated = items.filter((a) => a.published).length;
    console.log(
      `${items.length} pages through the pipeline in ${seconds.toFixed(1)} s: ${linked.stories} stories; ${dated} with a publication date`,
    );

    const scored = items.map((a, i) => ({ a, i })).filter(({ a }) => !excluded.has(pageOf(a.source)));
    const gold = scored.map(({ a }) => eventOf.get(pageOf(a.source)) ?? `alone:${pageOf(a.source)}`);
    const subset = (labels: string[]) => scored.map(({ i }) => labels[i]);

    // Peers see the same pages, as the pipeline stored them, in ingest order; their thresholds are the ones they
    // would pick on all of ECB+ (ours learned its weights there too).
    const docs: EcbDoc[] = articles.map((a, i) => ({
      doc: {
        id: items[i].id,
        title: a?.title ?? null,
        body: a?.body ?? '',
        published: a?.published ?? null,
        outlet: a?.outlet ?? null,
        lang: a?.lang ?? null,
      },
      cluster: '',
      topic: 0,
    }));
    const ecb = loadEcb(true);
    const spT = tuneSinglePass(ecb, [1, 2, 3]);
    const alT = tuneAverageLink(ecb);
    const vecs = tfidfVectors(docs);
    const order = items.map((a, i) => ({ seq: a.seq, i })).sort((x, y) => x.seq - y.seq);

    console.log(
      `\n## Unseen news (${scored.length} pages scored, ${Object.keys(marked.events).length} events of 2–4 pages, the rest alone)\n`,
    );
    console.log('| method | BCubed P | BCubed R | BCubed F1 | pairwise F1 | clusters | |');
    console.log('|---|---|---|---|---|---|---|');
    line(
      'wiretrace (pipeline, model trained on ECB+)',
      score(subset(items.map((a) => a.story ?? a.id)), gold),
    );
    line(
      'TF-IDF single-pass (threshold tuned on ECB+)',
      score(
        subset(
          singlePass(
            vecs,
            order.map((o) => o.i),
            spT,
          ),
        ),
        gold,
      ),
      `t=${spT.toFixed(3)}`,
    );
    line(
      'TF-IDF average-link (threshold tuned on ECB+)',
      score(subset(averageLink(similarityMatrix(vecs), docs.length, alT)), gold),
      `t=${alT.toFixed(3)}`,
    );
    line('every page alone', score(subset(items.map((a) => a.id)), gold));

    // What went wrong, event by event: the stories each event's pages landed in, and strangers joined to them.
    const storyOf = new Map(scored.map(({ a }) => [pageOf(a.source), a.story ?? a.id]));
    const membersOf = new Map<string, string[]>();
    for (const [page, story] of storyOf) membersOf.set(story, [...(membersOf.get(story) ?? []), page]);
    console.log('\nEvents split or joined with others:');
    for (const [name, ids] of Object.entries(marked.events)) {
      const stories = new Set(ids.map((id) => storyOf.get(id)));
      const strangers = [...stories].flatMap((s) =>
        (membersOf.get(s ?? '') ?? []).filter((p) => !ids.includes(p)),
      );
      if (stories.size > 1 || strangers.length > 0)
        console.log(
          `- ${name}: ${stories.size} stories${strangers.length ? `, joined with ${strangers.join(', ')}` : ''}`,
        );
    }
    const wrongJoins = [...membersOf.values()].filter(
      (ps) => ps.length > 1 && new Set(ps.map((p) => eventOf.get(p) ?? p)).size > 1,
    );
    for (const ps of wrongJoins)
      if (ps.every((p) => !eventOf.has(p))) console.log(`- unrelated pages joined: ${ps.join(', ')}`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

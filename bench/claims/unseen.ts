// Claims on news nobody here tuned to: the 181 pages of the article-extraction benchmark (one week of November 2019,
// 126 sites) through extract and analyze, then the claim tracker, scored on pairs of sentences against
// `unseen-gold.json`. The gold lists the 109 claims that grouping by the checkable core alone reported on these
// pages (the tracker before 2026-12-04's sixth session), each with its sentences (page and a hash of the sentence,
// no text) and which of them, judged by hand, state the same thing ("28 people in close contact were quarantined"
// in four outlets) rather than merely share a number and a word ("up to 24 hours of battery life", "within 24 hours
// of the onset of symptoms").
//
// A system's pairs are the pairs of sentences it puts in one claim. Precision is over the judged pairs it makes
// (pairs no judged claim holds are counted apart: a tracker that only splits makes none); recall is over the pairs
// judged the same. The peer in the same run is the core alone (`minSharedWords: 0`).
//
// Usage: npx tsx bench/claims/unseen.ts [--sweep] [--no-stories] [--show K]

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createAnalyzer } from '../../src/analyze/index.js';
import { hashString } from '../../src/analyze/ner/hash.js';
import { CLAIM_SHARED_WORDS, type Claim, type ClaimDoc, ClaimTracker } from '../../src/link/claims/index.js';
import { ingest, link } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';
import { dataDir, projectRoot } from '../data-dir.js';

interface GoldClaim {
  core: string;
  /** [first 16 hex digits of the page's file name, `sentenceHash` of the sentence]. */
  sightings: [string, string][];
  /** Groups of sighting indices that state the same thing. */
  same: number[][];
}

/** The reuse stage's FNV-1a of the sentence (lower case, spaces collapsed), as 8 hex digits. */
function sentenceHash(text: string): string {
  return (hashString(text.toLowerCase().replace(/\s+/g, ' ').trim()) >>> 0).toString(16).padStart(8, '0');
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsOf(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups)
    for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) out.add(pairKey(g[i], g[j]));
  return out;
}

async function loadDocs(withStories: boolean): Promise<{ docs: ClaimDoc[]; pageOf: Map<string, string> }> {
  const pages = join(dataDir(), 'article-extraction', 'html');
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-claims-'));
  const store = await openStore(join(dir, 'claims.db'));
  try {
    await ingest(store, [pages], { analyzer: createAnalyzer() });
    // Linked, so that each article has its story (the tracker's own run below replaces the stored claims).
    await link(store);
    const { items } = await store.listArticles({ limit: 10_000 });
    const pageOf = new Map<string, string>();
    const docs: ClaimDoc[] = [];
    for (const item of items) {
      const a = await store.getArticle(item.id);
      if (!a) continue;
      pageOf.set(a.id, basename(a.source).slice(0, 16));
      docs.push({
        id: a.id,
        body: a.body,
        sentences: a.analysis?.sentences,
        published: a.published,
        outlet: a.outlet,
        story: withStories ? a.story : null,
      });
    }
    // The link stage reads articles in publication order, undated ones last.
    docs.sort((x, y) => (x.published ?? '~').localeCompare(y.published ?? '~'));
    return { docs, pageOf };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pairs judged the same that the tracker split, and pairs judged different that it kept (`--show K`). */
function showErrors(
  claims: Claim[],
  made: Set<string>,
  same: Set<string>,
  judged: Set<string>,
  pageOf: Map<string, string>,
): void {
  const textOf = new Map<string, string>();
  for (const c of claims)
    for (const t of c.timeline) textOf.set(`${pageOf.get(t.article)}:${sentenceHash(t.text)}`, t.text);
  const clip = (k: string): string => (textOf.get(k) ?? k).replace(/\s+/g, ' ').slice(0, 110);
  for (const p of same)
    if (!made.has(p)) {
      const [a, b] = p.split('|');
      console.log(`SPLIT  ${clip(a)}\n       ${clip(b)}`);
    }
  for (const p of made)
    if (judged.has(p) && !same.has(p)) {
      const [a, b] = p.split('|');
      console.log(`JOINED ${clip(a)}\n       ${clip(b)}`);
    }
}

async function main(): Promise<void> {
  const gold = JSON.parse(readFileSync(join(projectRoot, 'bench', 'claims', 'unseen-gold.json'), 'utf8')) as {
    claims: GoldClaim[];
  };
  const key = (s: [string, string]): string => `${s[0]}:${s[1]}`;
  const judged = pairsOf(gold.claims.map((c) => c.sightings.map(key)));
  const same = pairsOf(gold.claims.flatMap((c) => c.same.map((g) => g.map((i) => key(c.sightings[i])))));

  const { docs, pageOf } = await loadDocs(!process.argv.includes('--no-stories'));
  console.log(
    `${docs.length} pages; gold: ${gold.claims.length} claims by core alone, ${judged.size} sentence pairs judged, ${same.size} of them the same statement\n`,
  );
  console.log('| tracker | claims | pairs made | judged | precision | recall | F1 | pairs not judged |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  const sweep = process.argv.includes('--sweep');
  const at = process.argv.indexOf('--show');
  const show = at > 0 ? Number(process.argv[at + 1]) : -1;
  const settings = sweep ? [0, 1, 2, 3, 4, 5] : [0, CLAIM_SHARED_WORDS];
  for (const minSharedWords of settings) {
    const tracker = new ClaimTracker([], { minSharedWords });
    // What the tracker reports as it reads (a store keeps it): `claims()` holds only those still open at the end.
    const claims = tracker.addAll(docs);
    const made = pairsOf(
      claims.map((c) => c.timeline.map((t) => `${pageOf.get(t.article)}:${sentenceHash(t.text)}`)),
    );
    let inJudged = 0;
    let right = 0;
    for (const p of made) {
      if (!judged.has(p)) continue;
      inJudged++;
      if (same.has(p)) right++;
    }
    if (show === minSharedWords) showErrors(claims, made, same, judged, pageOf);
    const precision = right / Math.max(1, inJudged);
    const recall = right / Math.max(1, same.size);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const name =
      minSharedWords === 0
        ? 'core alone (peer)'
        : `core + ${minSharedWords} shared words${minSharedWords === CLAIM_SHARED_WORDS ? ' (default)' : ''}`;
    console.log(
      `| ${name} | ${claims.length} | ${made.size} | ${inJudged} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | **${f1.toFixed(3)}** | ${made.size - inJudged} |`,
    );
  }
}

await main();

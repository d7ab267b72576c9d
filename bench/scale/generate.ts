// Generated news for the scale benchmark: real ECB+ sentences regrouped into dated articles with stories and copies.

import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rng } from '../rng.js';

export { rng };

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The shared data folder: $WIRETRACE_DATA, else ../shared/data beside the repository. */
export function dataRoot(): string {
  const root = process.env.WIRETRACE_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'data');
  if (!existsSync(join(root, 'ecbplus', 'ecbplus_documents.jsonl'))) {
    console.error(`benchmark data not found under ${root} (set WIRETRACE_DATA to the shared data folder)`);
    process.exit(2);
  }
  return root;
}

interface Source {
  cluster: string;
  sentences: string[];
}

function loadSources(): Source[] {
  const file = join(dataRoot(), 'ecbplus', 'ecbplus_documents.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { cluster: string; text: string })
    .map((d) => ({
      cluster: d.cluster,
      sentences: d.text.split('\n').filter((s) => s.split(' ').length > 4),
    }))
    .filter((d) => d.sentences.length >= 3);
}

/**
 * Article n retells one ECB+ document (so articles of one gold event form a story), mixed with sentences of
 * another document of the same event, and now and then a paragraph copied whole from an earlier article
 * (text reuse). Outlets, dates and page furniture vary; everything is decided by the seed.
 */
export function* generateArticles(total: number, seed = 7): Generator<Record<string, unknown>> {
  const sources = loadSources();
  const byCluster = new Map<string, Source[]>();
  for (const s of sources) byCluster.set(s.cluster, [...(byCluster.get(s.cluster) ?? []), s]);
  const random = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const recent: string[] = [];
  for (let n = 0; n < total; n++) {
    const base = pick(sources);
    const sibling = pick(byCluster.get(base.cluster)!);
    const sentences = [...base.sentences.slice(1), ...sibling.sentences.slice(1, 4)].filter(
      () => random() > 0.15,
    );
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
    if (recent.length && random() < 0.2) paragraphs.splice(1, 0, pick(recent));
    if (paragraphs[0]) recent.push(paragraphs[0]);
    if (recent.length > 200) recent.shift();
    const outlet = `Outlet ${n % 25}`;
    const day = 1 + Math.floor((n / Math.max(total, 1)) * 28);
    const text = [
      'News   /   World',
      '',
      base.sentences[0],
      '',
      `${day} March 2021`,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      'SHARE THIS ARTICLE',
      `${outlet} on Telegram`,
      '',
      'Comments',
    ].join('\n');
    yield { id: `gen-${n}`, text, outlet, lang: 'en', url: `https://outlet${n % 25}.example/${n}` };
  }
}

/** Writes the articles as JSON Lines and returns the file's path. */
export async function writeCorpus(dir: string, total: number, seed = 7): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `generated-${total}.jsonl`);
  const out = createWriteStream(path);
  for (const record of generateArticles(total, seed)) {
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return path;
}

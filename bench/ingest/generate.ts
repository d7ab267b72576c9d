// Writes N synthetic scraped-text articles (JSON Lines) built from real sentences, shaped like the seed dumps.

import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, projectRoot } from '../data-dir.js';
import { rng } from '../rng.js';

export { rng };

export function loadSentences(limitDocs = 600): string[] {
  const dir = dataDir('text-reuse', 'pan13-text-alignment', 'test', 'src');
  const sentences: string[] = [];
  for (const name of readdirSync(dir).sort().slice(0, limitDocs)) {
    const text = readFileSync(join(dir, name), 'utf8').replace(/\s+/g, ' ');
    for (const s of text.split(/(?<=[.!?])\s+(?=[A-Z"])/))
      if (s.length > 40 && s.length < 300) sentences.push(s.trim());
  }
  for (const name of readdirSync(join(projectRoot, 'examples')).filter((f) => f.endsWith('.txt'))) {
    for (const line of readFileSync(join(projectRoot, 'examples', name), 'utf8').split('\n')) {
      if (line.split(' ').length > 12) sentences.push(line.trim());
    }
  }
  return sentences;
}

/** Page furniture of the kinds the seeds carry, around every generated article. */
const HEADER = ['• Live', '• facebook', '• twitter', 'News   /   World', ''];
const FOOTER = (outlet: string) => [
  '',
  `${outlet}’s website can also be accessed at the following alternate addresses:`,
  '',
  `www.${outlet.toLowerCase().replace(/\W/g, '')}.com`,
  '',
  'SHARE THIS ARTICLE',
  `${outlet} News Roku`,
  '',
  'Comment',
  '0',
  'Comments',
  'Post with no comments.',
];

export function generateArticle(
  n: number,
  sentences: string[],
  random: () => number,
): Record<string, unknown> {
  const pick = () => sentences[Math.floor(random() * sentences.length)];
  const outlet = `Outlet ${n % 40}`;
  const paragraphs: string[] = [];
  const count = 6 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) paragraphs.push([pick(), pick()].join(' '));
  const title = pick()
    .split(' ')
    .slice(0, 10)
    .join(' ')
    .replace(/[.,;:]$/, '');
  const lines = [
    ...HEADER,
    title,
    '',
    `A photo of the scene (Photo by AFP)`,
    '',
    `Published ${1 + (n % 28)} March 2021`,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...FOOTER(outlet),
  ];
  return { id: `gen-${n}`, text: lines.join('\n'), outlet, url: `https://example.org/${n}` };
}

/** Writes `total` articles into `files` JSONL files under `dir`. */
export async function generateCorpus(dir: string, total: number, files = 10): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const sentences = loadSentences();
  const random = rng(42);
  const paths: string[] = [];
  const per = Math.ceil(total / files);
  for (let f = 0; f < files; f++) {
    const path = join(dir, `part-${String(f).padStart(3, '0')}.jsonl`);
    paths.push(path);
    const out = createWriteStream(path);
    for (let i = f * per; i < Math.min(total, (f + 1) * per); i++) {
      if (!out.write(`${JSON.stringify(generateArticle(i, sentences, random))}\n`))
        await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((resolve) => out.end(resolve));
  }
  return paths;
}

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

/** Articles per day of the generated calendar: a million articles span about 2.7 years, as a large archive would. */
const PER_DAY = 1000;
/** Average articles per event: each day starts PER_DAY / EVENT_SIZE events, covered over that day and the next two. */
const EVENT_SIZE = 20;
/** Share of articles that carry an event's wire copy as it is, rather than their own wording of it. */
const WIRE_SHARE = 0.1;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const SYLLABLES =
  'ka lo mi ne ru sa ti vo pe da ri mo lu ba ke zi na to fe gu ha je ro si va be di ma nu po re se ta vi'.split(
    ' ',
  );

/** 32-bit FNV-1a of a string, mixed with a number: the per-event word substitutions are a pure function of both. */
function hash(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
}

function inventedWord(h: number, capital: boolean): string {
  let w = '';
  for (let k = 0; k < 2 + (h % 3); k++) w += SYLLABLES[(h >>> (4 + 5 * k)) % SYLLABLES.length];
  return capital ? w[0].toUpperCase() + w.slice(1) : w;
}

/**
 * ECB+ has under 500 documents, so a million articles retell each one about two thousand times. Left as they are,
 * every article would share most of its text with hundreds of earlier ones: far more reuse than news has, and stories
 * of tens of thousands of articles. Each event therefore renames its people and places and rewords about a third of
 * its other words, and each article (but wire copy) rewords half of its words again: articles of one event share
 * names and vocabulary, as reports of one event do, but not the long word runs that make reuse.
 */
function reword(sentence: string, event: number, article: number | null): string {
  return sentence.replace(/\p{L}{3,}/gu, (word) => {
    const lower = word.toLowerCase();
    // New names with every event, as news has; other words are swapped for one of a few synonyms each, so that
    // the vocabulary stays that of a language rather than growing with every article.
    if (word !== lower) return inventedWord(hash(lower, event), true);
    // Each outlet words the event its own way, except wire copy (null), which outlets take as it is.
    if (article !== null && hash(lower, article ^ 0x5bd1e995) % 100 < 50)
      return inventedWord(hash(lower, 1000 + (article % 16)), false);
    return hash(lower, event) % 100 < 35 ? inventedWord(hash(lower, 2000 + (event % 64)), false) : word;
  });
}

export interface GeneratedArticle {
  id: string;
  outlet: string;
  /** ISO date. */
  published: string;
  title: string;
  paragraphs: string[];
  /** The page as a scraper leaves it: furniture, the date line, the paragraphs. */
  text: string;
}

/**
 * Article n belongs to an event started on its day or one of the two before; it retells one ECB+ document of the
 * event's gold cluster (so the articles of one event form a story), mixed with sentences of a sibling document, and
 * now and then carries a paragraph copied whole from a recent article (text reuse, about 20 % of articles). Outlets,
 * dates and page furniture vary; everything is decided by the seed.
 */
export function* generateArticles(total: number, seed = 7): Generator<GeneratedArticle> {
  const sources = loadSources();
  const byCluster = new Map<string, Source[]>();
  for (const s of sources) byCluster.set(s.cluster, [...(byCluster.get(s.cluster) ?? []), s]);
  const random = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const eventsPerDay = Math.max(1, Math.round(PER_DAY / EVENT_SIZE));
  const recent: string[] = [];
  for (let n = 0; n < total; n++) {
    const day = Math.floor(n / PER_DAY);
    const r = random();
    const startDay = Math.max(0, day - (r < 0.6 ? 0 : r < 0.9 ? 1 : 2));
    const event = startDay * eventsPerDay + Math.floor(random() * eventsPerDay);
    const eventRandom = rng(hash('event', event) ^ seed);
    const base = sources[Math.floor(eventRandom() * sources.length)];
    const cluster = byCluster.get(base.cluster)!;
    const wire = random() < WIRE_SHARE;
    // Wire copy is the event's base document; an outlet's own report picks its sentences from the whole event.
    const pool = wire ? base.sentences.slice(1) : cluster.flatMap((d) => d.sentences.slice(1));
    const keep = wire ? 0.85 : Math.min(1, 10 / pool.length);
    const sentences = pool.filter(() => random() < keep).map((s) => reword(s, event, wire ? null : n));
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
    if (recent.length && random() < 0.2) paragraphs.splice(1, 0, pick(recent));
    if (paragraphs[0]) recent.push(paragraphs[0]);
    if (recent.length > 200) recent.shift();
    const outlet = `Outlet ${n % 25}`;
    const published = new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
    const date = new Date(`${published}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const title = reword(base.sentences[0], event, wire ? null : n);
    const text = [
      'News   /   World',
      '',
      title,
      '',
      date,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      'SHARE THIS ARTICLE',
      `${outlet} on Telegram`,
      '',
      'Comments',
    ].join('\n');
    yield { id: `gen-${n}`, outlet, published, title, paragraphs, text };
  }
}

/** Writes the articles as JSON Lines and returns the file's path. */
export async function writeCorpus(dir: string, total: number, seed = 7): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `generated-${total}.jsonl`);
  const out = createWriteStream(path);
  for (const a of generateArticles(total, seed)) {
    const n = a.id.slice(4);
    const record = {
      id: a.id,
      text: a.text,
      outlet: a.outlet,
      lang: 'en',
      url: `https://outlet${Number(n) % 25}.example/${n}`,
    };
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return path;
}

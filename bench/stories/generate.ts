// A synthetic, dated news stream for the throughput benchmark: events of many sizes over two years.

import type { StoryDoc } from '../../src/link/stories/index.js';
import { type Analysis, type Article, plainArticle } from '../../src/model/index.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'su',
  'vor',
  'el',
  'an',
  'dri',
  'po',
  'lux',
  'ne',
  'sam',
  'ti',
  'gor',
  'be',
  'ul',
];

const STARTERS = ['The', 'In', 'A', 'On', 'After', 'It', 'This', 'But', 'He', 'They'];

function word(r: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w;
}

const FIRST_NAMES = [
  'James',
  'Mary',
  'John',
  'Linda',
  'Robert',
  'Susan',
  'Michael',
  'Karen',
  'David',
  'Nancy',
  'William',
  'Lisa',
  'Richard',
  'Betty',
  'Joseph',
  'Sandra',
  'Thomas',
  'Ashley',
  'Carlos',
  'Maria',
  'Ahmed',
  'Fatima',
  'Wei',
  'Mei',
  'Hiroshi',
  'Yuki',
  'Ivan',
  'Olga',
  'Pierre',
  'Claire',
  'Hans',
  'Greta',
  'Luca',
  'Giulia',
  'Raj',
  'Priya',
  'Kwame',
  'Amara',
  'Diego',
  'Lucia',
  'Omar',
  'Leila',
  'Sven',
  'Ingrid',
  'Pavel',
  'Anna',
  'Tomas',
  'Elena',
  'Kofi',
  'Zara',
];

/** Distinct surnames (five or six syllables: the generator's words are two to four, so none is also a word). */
const SURNAMES = 20_000;
let surnamePool: string[] | null = null;
function surnames(): string[] {
  if (surnamePool) return surnamePool;
  const r = rng(45);
  const seen = new Set<string>();
  while (seen.size < SURNAMES) {
    const w = word(r, 5 + Math.floor(r() * 2));
    seen.add(w[0].toUpperCase() + w.slice(1));
  }
  surnamePool = [...seen];
  return surnamePool;
}

/**
 * The article as the entity stage would tag it if every event named its protagonist in full in its headline: the
 * event's first name (which opens its headlines and recurs in its text) becomes a person, "<first name> <surname>",
 * drawn for the event alone (seeded by its number, so the stream is the same on every run) from 50 first names and
 * 20,000 surnames. Its text names the surname where it named that name. Surnames recur across events now and then
 * (about 3 events a surname in the first 200,000 articles) and whole names rarely, as in real news. (Until
 * 2026-12-06 the person was "Lee <first headline word>", and the generator's names come from only ~6,000 distinct
 * words, so ~11 events shared each person.)
 */
export function namingPeople(g: GeneratedDoc): StoryDoc {
  const r = rng(0x9e3779b9 ^ g.event);
  const pool = surnames();
  const first = FIRST_NAMES[Math.floor(r() * FIRST_NAMES.length)];
  const surname = pool[Math.floor(r() * pool.length)];
  const doc = g.doc;
  const name = doc.title!.split(' ', 1)[0];
  const named = new RegExp(`\\b${name}\\b`, 'g');
  return {
    ...doc,
    title: `${first} ${surname}${doc.title!.slice(name.length)}`,
    body: doc.body.replace(named, surname),
    entities: [{ name: `${first} ${surname}`, type: 'person' }],
  };
}

/**
 * A generated report naming its event's person (namingPeople) as the ingest and entity stages store it: the article,
 * and of its analysis the sentences and the one entity the link stage reads (restart.ts and the restart tests).
 */
export function storedReport(g: GeneratedDoc, outlet: string): { article: Article; analysis: Analysis } {
  const doc = namingPeople(g);
  const sentences: Analysis['sentences'] = [];
  for (let at = 0; at < doc.body.length; ) {
    const end = doc.body.indexOf('. ', at);
    const stop = end < 0 ? doc.body.length : end + 1;
    sentences.push({ start: at, end: stop });
    at = stop + 1;
  }
  const person = doc.entities![0];
  return {
    article: plainArticle({
      id: doc.id,
      source: `gen:${doc.id}`,
      outlet,
      title: doc.title,
      published: `${doc.published}T12:00:00Z`,
      body: doc.body,
    }),
    analysis: {
      sentences,
      mentions: [],
      entities: [{ id: 'e1', name: person.name, type: 'person', aliases: [], roles: [] }],
      quotes: [],
      citations: [],
      messages: [],
    },
  };
}

export interface GeneratedDoc {
  doc: StoryDoc;
  event: number;
}

interface Event {
  topic: number;
  names: string[];
  words: string[];
  numbers: string[];
  start: number;
  duration: number;
  size: number;
}

/**
 * Yields `total` articles in publication order. Events share topic vocabularies (same-kind events), have
 * their own names, words and numbers, and last a few days; background words follow a Zipf law.
 */
export function* generateStream(total: number, seed = 7, days = 730): Generator<GeneratedDoc> {
  const r = rng(seed);
  const vocab = Array.from({ length: 30_000 }, (_, i) => `${word(r, 2 + (i % 3))}`);
  const zipf: number[] = [];
  let acc = 0;
  for (let i = 0; i < vocab.length; i++) {
    acc += 1 / (i + 1);
    zipf.push(acc);
  }
  const pickZipf = () => {
    const x = r() * acc;
    let lo = 0;
    let hi = zipf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (zipf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo];
  };
  const topics = Array.from({ length: 300 }, () =>
    Array.from({ length: 40 }, () => vocab[500 + Math.floor(r() * 29_000)]),
  );
  const namePool = Array.from({ length: 60_000 }, () => {
    const w = word(r, 2 + Math.floor(r() * 2));
    return w[0].toUpperCase() + w.slice(1);
  });
  // Events until the stream is covered; sizes are heavy-tailed (most stories are small).
  const events: Event[] = [];
  let planned = 0;
  while (planned < total) {
    const size = Math.min(200, Math.max(1, Math.floor(1 / (r() ** 0.9 + 0.02))));
    const names = Array.from(
      { length: 3 + Math.floor(r() * 4) },
      () => namePool[Math.floor(r() * namePool.length)],
    );
    events.push({
      topic: Math.floor(r() * topics.length),
      names,
      words: Array.from({ length: 12 }, () => vocab[200 + Math.floor(r() * 29_800)]),
      numbers: Array.from({ length: 3 }, () => String(Math.floor(r() * 5000))),
      start: Math.floor(r() * days),
      duration: 1 + Math.floor(r() * 10),
      size,
    });
    planned += size;
  }
  // Bucket article slots by day so the stream comes out in publication order without holding the texts.
  const byDay: number[][] = Array.from({ length: days + 12 }, () => []);
  let left = total;
  for (let e = 0; e < events.length && left > 0; e++) {
    const ev = events[e];
    for (let k = 0; k < ev.size && left > 0; k++, left--)
      byDay[ev.start + Math.floor(r() * ev.duration)].push(e);
  }
  const epoch = Date.UTC(2021, 0, 1);
  let n = 0;
  for (let d = 0; d < byDay.length; d++) {
    const slots = byDay[d];
    for (let i = slots.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [slots[i], slots[j]] = [slots[j], slots[i]];
    }
    const date = new Date(epoch + d * 86_400_000).toISOString().slice(0, 10);
    for (const e of slots) {
      const ev = events[e];
      const topic = topics[ev.topic];
      const sentences: string[] = [];
      for (let s = 0; s < 22; s++) {
        const ws: string[] = [];
        for (let k = 0; k < 14; k++) {
          const x = r();
          if (x < 0.64) ws.push(pickZipf());
          else if (x < 0.79) ws.push(topic[Math.floor(r() * topic.length)]);
          else if (x < 0.91) ws.push(ev.words[Math.floor(r() * ev.words.length)]);
          else if (x < 0.98) ws.push(ev.names[Math.floor(r() * ev.names.length)]);
          else ws.push(ev.numbers[Math.floor(r() * ev.numbers.length)]);
        }
        // Real sentences mostly open on a function word, which is what keeps them out of the name signal.
        ws[0] = STARTERS[Math.floor(r() * STARTERS.length)];
        sentences.push(`${ws.join(' ')}.`);
      }
      const title = `${ev.names[0]} ${ev.words[0]} ${ev.words[1]} ${topic[0]} ${ev.words[2]}`;
      const id = `${(n++).toString(16).padStart(8, '0')}${e.toString(16).padStart(8, '0')}`;
      yield {
        doc: { id, title, body: sentences.join(' '), published: date, outlet: null, lang: 'en' },
        event: e,
      };
    }
  }
}

// Test helpers: the example seeds and the story fixtures as StoryDocs (used by the tests only).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoryDoc } from './linker.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The five seeds as scraped, leftovers included; only 004 states its date. */
export function seedDocs(): StoryDoc[] {
  const dir = join(root, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return {
        id: f.replace(/^\d+_/, '').replace(/\.txt$/, ''),
        title: null,
        body: text,
        published: f.startsWith('004') ? '2020-09-02' : null,
        outlet: null,
        lang: 'en',
      };
    });
}

/** A fixture: headline, date line ("-" when undated), body. The id is a stand-in for a content hash. */
export function fixtureDoc(name: string): StoryDoc {
  const text = readFileSync(join(root, 'test/fixtures/stories', `${name}.txt`), 'utf8');
  const [title, date, ...rest] = text.split('\n');
  return {
    id: `${name.replace(/[^a-z0-9]/g, '')}00000000000000`,
    title,
    body: rest.join('\n').trim(),
    published: date === '-' ? null : date,
    outlet: null,
    lang: 'en',
  };
}

/** An undated article with no title, outlet or language: only its words (and what a test adds) decide. */
export const bareDoc = (id: string, body: string): StoryDoc => ({
  id,
  title: null,
  body,
  published: null,
  outlet: null,
  lang: null,
});

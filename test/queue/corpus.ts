// A small corpus for queue tests, made from the examples: enough documents for several workers and one crash.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BoilerplateProfile, extractDocument, observeDocument } from '../../src/extract/index.js';
import type { RawDocument } from '../../src/model/index.js';
import { exportJson } from '../../src/report/export.js';
import { readSources } from '../../src/sources/index.js';
import type { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';
import { collect, EXAMPLES, fakeAnalyzer } from '../store/helpers.js';

/**
 * Writes the examples plus variants of them (a different lead paragraph, shared page furniture, bulleted
 * lines) into dir, so that the outlet template profile has something to learn across documents.
 */
export function writeCorpus(dir: string, variants = 3): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const examples = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const [i, name] of examples.entries()) {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const base = join(dir, name);
    writeFileSync(base, text);
    files.push(base);
    for (let v = 1; v <= variants; v++) {
      const lines = text.split('\n');
      const at = Math.min(4, lines.length);
      lines.splice(
        at,
        0,
        '',
        `Variant ${v} of document ${i}: officials in Minsk and Moscow spoke again on day ${v}.`,
        '',
      );
      lines.push('', '• Share this story', 'Follow us on Telegram', `Tags: Belarus, Russia, ${v}`);
      const file = join(dir, name.replace('.txt', `-v${v}.txt`));
      writeFileSync(file, lines.join('\n'));
      files.push(file);
    }
  }
  return files;
}

/** The single-process reference: read in one window, learn the template, clean, analyze, store. */
export async function ingestReference(store: Store, inputs: string[]): Promise<number> {
  const docs: RawDocument[] = [];
  for await (const item of readSources(inputs)) if (item.kind === 'document') docs.push(item.doc);
  const profile = new BoilerplateProfile();
  for (const raw of docs) observeDocument(profile, raw);
  const items = docs.map((raw) => {
    const article = extractDocument(raw, { profile });
    return { article, analysis: fakeAnalyzer.analyze(article) };
  });
  return (await store.putArticles(items)).inserted.length;
}

/**
 * The store, watched: `firstAllLinked()` is its export as a reader saw it right after the first link transaction that
 * left no article unlinked (what a test waiting for `unlinked === 0` reads), or null before one.
 */
export function watchAllLinked(store: SqliteStore): {
  store: SqliteStore;
  firstAllLinked: () => string | null;
} {
  let seen: string | null = null;
  const watched = new Proxy(store, {
    get(target, key, receiver) {
      if (key !== 'saveLinks') return Reflect.get(target, key, receiver);
      return async (...args: Parameters<SqliteStore['saveLinks']>) => {
        await target.saveLinks(...args);
        if (seen === null && (await target.stats()).unlinked === 0) seen = await collect(exportJson(target));
      };
    },
  });
  return { store: watched, firstAllLinked: () => seen };
}

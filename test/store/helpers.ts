// Test helpers shared by the store, queue and feed suites: a deterministic analyzer and throwaway PostgreSQL databases.

import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Analyzer } from '../../src/analyze/index.js';
import type { Analysis, Citation, LocalEntity, Mention, Quote } from '../../src/model/index.js';
import { openStore } from '../../src/store/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/types.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const EXAMPLES = resolve(REPO_ROOT, 'examples');

export const PG_ADMIN_URL = process.env.WIRETRACE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.WIRETRACE_TEST_REDIS ?? 'redis://127.0.0.1:6379';

const KNOWN: Record<string, LocalEntity['type']> = {
  Putin: 'person',
  Lavrov: 'person',
  Zakharova: 'person',
  Makei: 'person',
  Lukashenko: 'person',
  Belarus: 'place',
  Russia: 'place',
  Moscow: 'place',
  Minsk: 'place',
  Kremlin: 'organization',
  TASS: 'organization',
  Interfax: 'organization',
  AFP: 'organization',
};
const AGENCIES = new Set(['TASS', 'Interfax', 'AFP']);

/**
 * A small analyzer whose output depends only on the text, so that every table of the store gets rows
 * without waiting for the real models; tests that need the real one load it separately.
 */
export const fakeAnalyzer: Analyzer = {
  analyze(article): Analysis {
    const body = article.body;
    const sentences = [...body.matchAll(/[^.!?\n]+[.!?]?/g)]
      .filter((m) => m[0].trim())
      .map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const entities = new Map<string, LocalEntity>();
    const mentions: Mention[] = [];
    for (const m of body.matchAll(new RegExp(`\\b(${Object.keys(KNOWN).join('|')})\\b`, 'g'))) {
      const name = m[1];
      let entity = entities.get(name);
      if (!entity) {
        entity = { id: `e${entities.size + 1}`, name, type: KNOWN[name], aliases: [name], roles: [] };
        entities.set(name, entity);
      }
      mentions.push({
        start: m.index,
        end: m.index + name.length,
        text: name,
        type: entity.type,
        entity: entity.id,
        roles: [],
      });
    }
    const quotes: Quote[] = [...body.matchAll(/[“"]([^”"]{12,})[”"]/g)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: m[1],
      kind: 'direct',
      speaker: null,
      speakerEntity: null,
      via: /TASS/.test(body.slice(m.index, m.index + m[0].length + 80)) ? 'TASS' : null,
    }));
    const citations: Citation[] = mentions
      .filter((m) => AGENCIES.has(m.text))
      .map((m) => ({ start: m.start, end: m.end, name: m.text, kind: 'agency', entity: m.entity }));
    return { sentences, mentions, entities: [...entities.values()], quotes, citations, messages: [] };
  },
};

/** Why the PostgreSQL half is skipped, or null when the server answers. */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL not reachable at ${PG_ADMIN_URL}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Why the queue suites are skipped, or null when Redis answers. */
export async function redisUnavailable(): Promise<string | null> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (error) {
    return `Redis not reachable at ${REDIS_URL}: ${(error as Error).message}`;
  } finally {
    redis.disconnect();
  }
}

/** A store the suites run their assertions against, opened fresh for each test, and how to throw it away. */
export interface StoreBackend {
  name: string;
  /** Why this backend's tests are skipped, or null. */
  skip: string | null;
  open: () => Promise<{ store: Store; dispose: () => Promise<void> }>;
}

/** SQLite in memory, and PostgreSQL in a throwaway database (skipped with `pgSkip`'s reason when it does not answer). */
export function storeBackends(pgSkip: string | null): StoreBackend[] {
  return [
    {
      name: 'sqlite',
      skip: null,
      open: async () => {
        const store = new SqliteStore(':memory:');
        return { store, dispose: () => store.close() };
      },
    },
    {
      name: 'postgres',
      skip: pgSkip,
      open: async () => {
        const db = await createTestDatabase();
        const store = await openStore(db.url);
        return {
          store,
          dispose: async () => {
            await store.close();
            await db.drop();
          },
        };
      },
    },
  ];
}

/** Creates a uniquely named database and returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `wiretrace_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Collects an export stream into one string. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

/** Loads the real link stage, or says why it cannot be loaded yet (it is being built beside this suite). */
export async function loadLink(): Promise<
  { link: typeof import('../../src/pipeline/index.js').link } | { reason: string }
> {
  try {
    const pipeline = await import('../../src/pipeline/index.js');
    return { link: pipeline.link };
  } catch (error) {
    return { reason: `the link stage does not load: ${(error as Error).message.split('\n')[0]}` };
  }
}

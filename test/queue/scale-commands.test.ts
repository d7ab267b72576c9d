// The scale commands as a user runs them: options, usage errors, and `watch` + `feeds` against a local server.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError, EXIT } from '../../src/cli/output.js';
import { registerScaleCommands } from '../../src/cli/scale-commands.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-scale-cli-'));
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') return res.end('User-agent: *\nDisallow:\n');
    if (req.url === '/feed.xml') {
      res.setHeader('content-type', 'application/rss+xml');
      return res.end(
        `<rss><channel><title>Local</title><item><title>x</title><link>${base}/story.html</link><pubDate>Wed, 02 Sep 2020 08:00:00 GMT</pubDate></item></channel></rss>`,
      );
    }
    if (req.url === '/story.html') {
      res.setHeader('content-type', 'text/html');
      return res.end(
        '<html lang="en"><head><title>Moscow warns against interference in Belarus</title></head><body><article><h1>Moscow warns against interference in Belarus</h1><p>Russian Foreign Ministry spokeswoman Maria Zakharova said outside forces were trying to destabilize Belarus, TASS reported on Wednesday.</p><p>She said any pressure on Minsk would be counterproductive and called on the European Union to respect the sovereignty of the country.</p></article></body></html>',
      );
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function cli(...args: string[]): Promise<{ out: string; err: string; error?: unknown }> {
  const program = new Command('wiretrace').exitOverride();
  registerScaleCommands(program);
  for (const cmd of program.commands) cmd.exitOverride();
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'wiretrace', ...args]);
    return { out, err };
  } catch (error) {
    return { out, err, error };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('scale commands', () => {
  it('registers worker, enqueue, queue, watch and feeds', () => {
    const program = new Command('wiretrace');
    registerScaleCommands(program);
    const byName = new Map(program.commands.map((c) => [c.name(), c]));
    expect([...byName.keys()]).toEqual(['worker', 'enqueue', 'queue', 'watch', 'feeds']);
    const flags = (name: string) => byName.get(name)!.options.map((o) => o.long);
    expect(flags('worker')).toEqual(
      expect.arrayContaining(['--queue', '--db', '--prefix', '--no-link', '--partition']),
    );
    expect(flags('enqueue')).toEqual(expect.arrayContaining(['--queue', '--prefix', '--outlet', '--lang']));
    expect(flags('watch')).toEqual(
      expect.arrayContaining(['--allow-private', '--once', '--interval', '--state', '--queue']),
    );
  });

  it('refuses a queue command without a redis:// address', async () => {
    const saved = process.env.WIRETRACE_QUEUE;
    delete process.env.WIRETRACE_QUEUE;
    try {
      const none = await cli('queue');
      expect(none.error).toBeInstanceOf(CliError);
      expect((none.error as CliError).exitCode).toBe(EXIT.usage);
      const bad = await cli('enqueue', 'x', '--queue', 'http://localhost:6379');
      expect((bad.error as CliError).message).toMatch(/redis:\/\//);
    } finally {
      if (saved !== undefined) process.env.WIRETRACE_QUEUE = saved;
    }
  });

  it('says when there is no feed state yet', async () => {
    const { error } = await cli('feeds', '--state', join(dir, 'none.json'));
    expect((error as CliError).exitCode).toBe(EXIT.notFound);
  });

  it('refuses a loopback feed by default, and records why', async () => {
    const list = join(dir, 'feeds-private.txt');
    writeFileSync(list, `${base}/feed.xml\n`);
    const state = join(dir, 'private.json');
    const db = join(dir, 'private.db');
    const run = await cli('watch', list, '--once', '--db', db, '--state', state);
    expect(run.error).toBeUndefined();
    expect(process.exitCode).toBe(EXIT.partial);
    const shown = await cli('feeds', '--state', state, '--json');
    expect(JSON.parse(shown.out)[0]).toMatchObject({
      url: `${base}/feed.xml`,
      lastResult: 'private',
      consecutiveFailures: 1,
    });
  });

  it('watches a local feed with --allow-private, stores and links the new article, and shows the feed', async () => {
    const list = join(dir, 'feeds.txt');
    writeFileSync(list, `# local test feed\n${base}/feed.xml\n`);
    const state = join(dir, 'state.json');
    const db = join(dir, 'watch.db');
    const run = await cli(
      'watch',
      list,
      '--once',
      '--allow-private',
      '--delay',
      '0',
      '--db',
      db,
      '--state',
      state,
    );
    expect(run.error).toBeUndefined();
    expect(process.exitCode).toBe(EXIT.ok);
    const store = new SqliteStore(db);
    try {
      const stats = await store.stats();
      expect(stats.articles).toBe(1);
      expect(stats.unlinked).toBe(0);
      const [article] = (await store.listArticles()).items;
      expect(article.title).toBe('Moscow warns against interference in Belarus');
      expect(article.source).toBe(`${base}/story.html`);
    } finally {
      await store.close();
    }
    const shown = await cli('feeds', '--state', state);
    expect(shown.out).toContain(`${base}/feed.xml`);
    expect(shown.out).toMatch(/rss "Local" · ok/);
    expect(shown.out).toMatch(/1 links, 1 stored/);
  });
});

// CLI commands beyond one machine: queue workers (worker, enqueue, queue) and live feeds (watch, feeds).

import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type Analyzer, createAnalyzer } from '../analyze/index.js';
import { extractDocument } from '../extract/index.js';
import type { RawDocument } from '../model/index.js';
import { withinSizeLimit } from '../pipeline/article-size.js';
import {
  enqueue,
  enqueueDocuments,
  type QueueLocation,
  queueStatus,
  startWorker,
  type WorkerEvent,
} from '../pipeline/queue/index.js';
import {
  type FeedStatus,
  FeedWatcher,
  loadState,
  parseFeedList,
  saveState,
  type WatchState,
} from '../sources/feeds/index.js';
import type { Store } from '../store/types.js';
import { CliError, EXIT, intOption, warn } from './output.js';
import {
  type InputOptions,
  MAX_ARTICLE_OPTION,
  maxArticleBytesOf,
  openStoreOrFail,
  sourceOptionsOf,
  withInputOptions,
} from './pipeline-commands.js';

const QUEUE = [
  '--queue <url>',
  'Redis address of the work queue, e.g. redis://127.0.0.1:6379 (default: $WIRETRACE_QUEUE)',
] as const;
const PREFIX = ['--prefix <name>', 'key prefix in Redis, one per corpus (default: wiretrace)'] as const;
const DB = [
  '--db <file>',
  'database file or postgres:// address (default: $WIRETRACE_DB or ./wiretrace.db)',
] as const;
const STATE = [
  '--state <file>',
  'feed state file (default: $WIRETRACE_FEEDS_STATE or ./wiretrace-feeds.json)',
] as const;

const print = (text: string) => process.stdout.write(`${text}\n`);

function queueOf(o: { queue?: string; prefix?: string }): QueueLocation {
  const url = o.queue || process.env.WIRETRACE_QUEUE;
  if (!url)
    throw new CliError('no queue given: use --queue redis://host:port or set WIRETRACE_QUEUE', EXIT.usage);
  if (!/^rediss?:\/\//i.test(url))
    throw new CliError(`--queue must be a redis:// address, got "${url}"`, EXIT.usage);
  return { url, prefix: o.prefix };
}

const statePath = (o: { state?: string }) =>
  o.state || process.env.WIRETRACE_FEEDS_STATE || './wiretrace-feeds.json';

/** Resolves when the process is asked to stop (Ctrl-C or a service manager's SIGTERM). */
const stopSignal = (): { promise: Promise<void>; stopped: () => boolean } => {
  let stopped = false;
  const promise = new Promise<void>((resolve) => {
    const stop = () => {
      stopped = true;
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return { promise, stopped: () => stopped };
};

const describeEvent = (e: WorkerEvent): string | null => {
  switch (e.kind) {
    case 'stored':
      return `stored ${e.inserted} new, ${e.unchanged} unchanged${e.failed ? `, ${e.failed} given up` : ''}`;
    case 'linked':
      return `linked ${e.articles} articles (partition ${e.partition})`;
    case 'failed':
      return `document ${e.id} failed${e.final ? ' for good' : ', will retry'}: ${e.reason}`;
    case 'error':
      return `error: ${e.message}`;
    default:
      return null;
  }
};

async function runWorker(o: {
  queue?: string;
  prefix?: string;
  db?: string;
  concurrency?: string;
  link: boolean;
  partition?: string;
  maxArticleMb?: string;
}): Promise<void> {
  const queue = queueOf(o);
  const maxArticleBytes = maxArticleBytesOf(o);
  if (o.partition && o.partition !== 'lang' && o.partition !== 'none')
    throw new CliError(`--partition must be "lang" or "none", got "${o.partition}"`, EXIT.usage);
  const store = await openStoreOrFail(o.db);
  const stop = stopSignal();
  const worker = startWorker({
    queue,
    store,
    analyzer: createAnalyzer(),
    concurrency: Math.max(1, intOption('--concurrency', o.concurrency, 1)),
    link: o.link,
    partition: o.partition as 'lang' | 'none' | undefined,
    maxArticleBytes,
    onEvent: (e) => {
      const line = describeEvent(e);
      if (line) warn(line);
    },
  });
  warn(
    `worker ${process.pid} on ${queue.url} (prefix ${queue.prefix ?? 'wiretrace'}), store ${store.kind}; Ctrl-C stops`,
  );
  await stop.promise;
  await worker.close();
  await store.close();
  process.exitCode = EXIT.ok;
}

async function runEnqueue(
  inputs: string[],
  o: InputOptions & { queue?: string; prefix?: string },
): Promise<void> {
  const queue = queueOf(o);
  const summary = await enqueue(inputs, {
    queue,
    sources: sourceOptionsOf(o),
    onProblem: (p) => warn(`skipped ${p.uri}: ${p.reason}`),
  });
  print(
    `enqueued ${summary.enqueued}, already queued ${summary.alreadyQueued}, skipped ${summary.skipped} (read ${summary.read} documents)`,
  );
  process.exitCode = summary.skipped ? EXIT.partial : EXIT.ok;
}

async function runQueueStatus(o: { queue?: string; prefix?: string; json?: boolean }): Promise<void> {
  const status = await queueStatus(queueOf(o));
  if (o.json) {
    print(JSON.stringify(status, null, 2));
    return;
  }
  const j = status.jobs;
  print(
    `depth     ${j.waiting} waiting, ${j.active} active, ${j.delayed} retrying later, ${j.failed} failed`,
  );
  print(`store     ${status.pending} not stored yet (${status.analyzed} analyzed, waiting their turn)`);
  print(`enqueue   ${status.enqueuing ? `${status.enqueuing} running (linking waits)` : 'none running'}`);
  print(
    `totals    ${status.totals.analyzed} analyzed, ${status.totals.stored} stored, ${status.totals.linked} linked`,
  );
  for (const what of ['analyzed', 'stored', 'linked'] as const) {
    const r = status.rates[what];
    print(`rate      ${what.padEnd(8)} ${r.last1m}/min last minute, ${r.last5m}/min over 5 minutes`);
  }
  if (status.failures.length) {
    print('failures');
    for (const f of status.failures) print(`  ${f.id}  ${f.reason}`);
  }
}

/** Stores what a feed poll brought: extract, analyze, store; linking follows each round. */
const storeSink = (store: Store, analyzer: Analyzer) => async (docs: RawDocument[]) => {
  const { kept, problems } = withinSizeLimit(docs.map((raw) => extractDocument(raw)));
  for (const p of problems) warn(`skipped ${p.uri}: ${p.reason}`);
  const items = kept.map((article) => ({ article, analysis: analyzer.analyze(article) }));
  return (await store.putArticles(items)).inserted.length;
};

async function runWatch(
  file: string,
  o: {
    db?: string;
    queue?: string;
    prefix?: string;
    state?: string;
    interval?: string;
    allowPrivate?: boolean;
    once?: boolean;
    delay?: string;
    perHost?: string;
    timeout?: string;
  },
): Promise<void> {
  if (!existsSync(file)) throw new CliError(`feeds file ${file} not found`, EXIT.notFound);
  const list = parseFeedList(readFileSync(file, 'utf8'));
  for (const p of list.problems) warn(`${file}: ${p}`);
  if (list.feeds.length === 0) throw new CliError(`${file} lists no feeds`, EXIT.usage);
  const path = statePath(o);
  const state: WatchState = loadState(path);
  const intervalMin = Number(o.interval ?? 15);
  if (!(intervalMin > 0))
    throw new CliError(`--interval must be a positive number of minutes, got "${o.interval}"`, EXIT.usage);

  const queue = o.queue || process.env.WIRETRACE_QUEUE ? queueOf(o) : null;
  const store = queue ? null : await openStoreOrFail(o.db);
  const analyzer = queue ? null : createAnalyzer();
  const sink = queue
    ? async (docs: RawDocument[]) => (await enqueueDocuments(docs, { queue })).enqueued
    : storeSink(store!, analyzer!);
  const watcher = new FeedWatcher({
    state,
    sink,
    intervalMs: intervalMin * 60_000,
    fetcher: {
      allowPrivate: Boolean(o.allowPrivate),
      perHostDelayMs: intOption('--delay', o.delay, 1000),
      perHostConcurrency: Math.max(1, intOption('--per-host', o.perHost, 1)),
      timeoutMs: intOption('--timeout', o.timeout, 15) * 1000,
    },
    onPoll: (s) => {
      saveState(path, state);
      warn(
        `${s.url}: ${s.lastError ? `${s.lastResult}: ${s.lastError}` : `${s.lastResult}, ${s.lastStoredCount ?? 0} new`}`,
      );
    },
  });
  const stop = stopSignal();
  try {
    for (;;) {
      const round = await watcher.pollDue(list.feeds);
      if (store && round.stored) {
        const { link } = await import('../pipeline/index.js');
        const linked = await link(store);
        warn(`linked ${linked.linked} articles`);
      }
      if (o.once || stop.stopped()) break;
      const wait = watcher.nextDueIn(list.feeds);
      await Promise.race([stop.promise, new Promise((r) => setTimeout(r, Math.max(wait, 1000)).unref())]);
      if (stop.stopped()) break;
    }
  } finally {
    saveState(path, state);
    await store?.close();
  }
  const failing = list.feeds.filter((url) => state.feeds[url]?.lastError);
  process.exitCode = failing.length ? EXIT.partial : EXIT.ok;
}

function runFeeds(o: { state?: string; json?: boolean }): void {
  const path = statePath(o);
  if (!existsSync(path))
    throw new CliError(`no feed state at ${path}: run wiretrace watch first`, EXIT.notFound);
  const state = loadState(path);
  const feeds = Object.values(state.feeds) as FeedStatus[];
  if (o.json) {
    print(JSON.stringify(feeds, null, 2));
    return;
  }
  for (const f of feeds) {
    const health = f.lastError
      ? `FAILING ×${f.consecutiveFailures} (${f.lastResult}: ${f.lastError})`
      : (f.lastResult ?? 'never polled');
    print(f.url);
    print(`  ${f.kind ?? '?'}${f.title ? ` "${f.title}"` : ''} · ${health}`);
    print(
      `  last poll ${f.lastPolledAt ?? '-'} · last ok ${f.lastOkAt ?? '-'} · next ${f.nextPollAt ?? '-'} · ${f.itemsSeen} links, ${f.articlesStored} stored, ${f.pagesFailed} page failures`,
    );
  }
}

export function registerScaleCommands(program: Command): void {
  program
    .command('worker')
    .description(
      'process extract and analyze jobs from a queue, store them in order and link them (run several)',
    )
    .option(...QUEUE)
    .option(...PREFIX)
    .option(...DB)
    .option('--concurrency <n>', 'jobs at once in this process (default 1; prefer more processes)')
    .option('--no-link', 'only extract and analyze; leave storing and linking to other workers')
    .option('--partition <how>', 'linking partitions: "lang" (one linker per language, default) or "none"')
    .option(...MAX_ARTICLE_OPTION)
    .action(runWorker);

  withInputOptions(
    program
      .command('enqueue')
      .description('read inputs and put them on the queue for workers, instead of processing them here')
      .argument('<inputs...>', 'files, folders, .gz, or - for stdin')
      .option(...QUEUE)
      .option(...PREFIX),
  ).action(runEnqueue);

  program
    .command('queue')
    .description('show the work queue: depth, rates and failures')
    .option(...QUEUE)
    .option(...PREFIX)
    .option('--json', 'print the status as JSON')
    .action(runQueueStatus);

  program
    .command('watch')
    .description('poll RSS/Atom feeds and sitemaps listed in a file, and ingest new articles as they appear')
    .argument('<feeds-file>', 'one feed URL a line; # comments')
    .option(...DB)
    .option(...QUEUE)
    .option(...PREFIX)
    .option(...STATE)
    .option('--interval <minutes>', 'between polls of a healthy feed (default 15)')
    .option(
      '--delay <ms>',
      'between two requests to one host (default 1000; a larger robots.txt Crawl-delay wins)',
    )
    .option('--per-host <n>', 'requests at once to one host (default 1)')
    .option('--timeout <seconds>', 'per request (default 15)')
    .option('--once', 'poll every due feed once, then stop')
    .option('--allow-private', 'allow private and loopback addresses (for tests against a local server)')
    .action(runWatch);

  program
    .command('feeds')
    .description('show the status of every watched feed')
    .option(...STATE)
    .option('--json', 'print the statuses as JSON')
    .action(runFeeds);
}

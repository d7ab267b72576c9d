// CLI commands that read inputs: extract, annotate (no database), ingest, link and analyze (into the store).

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { type Analyzer, createAnalyzer } from '../analyze/index.js';
import { extractBatches, ingest, link } from '../pipeline/index.js';
import { counted } from '../report/words.js';
import type { SourceOptions, SourceProblem } from '../sources/index.js';
import { storeFailure } from '../store/failures.js';
import { isPostgresLocation, openStore, resolveDbLocation } from '../store/index.js';
import type { Store } from '../store/types.js';
import { CliError, EXIT, progress, warn, writeAll } from './output.js';

export interface InputOptions {
  outlet?: string;
  lang?: string;
  maxFileMb?: string;
}

/**
 * A size option in MiB: undefined when not given, a usage error unless a positive finite number ("1e309" reads as
 * Infinity, which would lift the cap it names).
 */
const mibOption = (value: string | undefined, flag: string): number | undefined => {
  const mb = value === undefined ? undefined : Number(value);
  if (mb !== undefined && !(mb > 0 && Number.isFinite(mb)))
    throw new CliError(`${flag} must be a positive number, got "${value}"`, EXIT.usage);
  return mb;
};

export const sourceOptionsOf = (o: InputOptions): SourceOptions => {
  const mb = mibOption(o.maxFileMb, '--max-file-mb');
  return {
    outlet: o.outlet,
    lang: o.lang,
    maxFileBytes: mb ? mb * 1024 * 1024 : undefined,
    maxDecompressedBytes: mb ? mb * 4 * 1024 * 1024 : undefined,
  };
};

const reportProblem = (p: SourceProblem) => warn(`skipped ${p.uri}: ${p.reason}`);

export const withInputOptions = (cmd: Command): Command =>
  cmd
    .option('--outlet <name>', 'outlet name for every input (a record’s own outlet field wins)')
    .option('--lang <code>', 'language hint, e.g. en')
    .option(
      '--max-file-mb <n>',
      'largest input file to read, in MiB (default 50; .gz may expand to 4× this)',
    );

/** The commands that extract articles here (not `enqueue`: its workers extract) also cap each article's clean text. */
export interface ArticleOptions extends InputOptions {
  maxArticleMb?: string;
}

export const maxArticleBytesOf = (o: ArticleOptions): number | undefined => {
  const mb = mibOption(o.maxArticleMb, '--max-article-mb');
  return mb === undefined ? undefined : mb * 1024 * 1024;
};

/** --max-article-mb, for the commands that extract articles (and `worker`, whose jobs do). */
export const MAX_ARTICLE_OPTION = [
  '--max-article-mb <n>',
  'largest clean text of one article, in MiB (default 5); a larger article is skipped with a message, the rest still go in',
] as const;

const withArticleOptions = (cmd: Command): Command => withInputOptions(cmd).option(...MAX_ARTICLE_OPTION);

/** Opens the store named by --db, turning low-level failures into a message a user can act on. */
export async function openStoreOrFail(db?: string): Promise<Store> {
  const location = resolveDbLocation(db);
  // SQLite's own word for a folder is "unable to open database file", which leaves the user guessing.
  if (!isPostgresLocation(location) && existsSync(location) && statSync(location).isDirectory())
    throw new CliError(
      `--db ${location} is a folder, not a database file: name a file, such as ${join(location, 'wiretrace.db')}`,
    );
  try {
    return await openStore(location);
  } catch (error) {
    throw new CliError(
      `cannot open database ${location}: ${storeFailure(error) ?? (error as Error).message}`,
    );
  }
}

/** Runs a command against the store, always closing it; the command's result becomes the exit code. */
export async function withStore(
  db: string | undefined,
  fn: (store: Store) => Promise<number>,
): Promise<void> {
  const store = await openStoreOrFail(db);
  try {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), await fn(store));
  } finally {
    await store.close();
  }
}

/**
 * withStore for the commands that only read: a SQLite path with no file behind it is a mistyped --db, and opening it
 * would create an empty store that answers "nothing" instead of saying so.
 */
export function withExistingStore(
  db: string | undefined,
  fn: (store: Store) => Promise<number>,
): Promise<void> {
  const location = resolveDbLocation(db);
  if (!isPostgresLocation(location) && !existsSync(location)) {
    throw new CliError(
      `no database at ${location}: check --db (or WIRETRACE_DB), or store articles there first with wiretrace analyze`,
    );
  }
  return withStore(db, fn);
}

let sharedAnalyzer: Analyzer | null = null;
const analyzer = (): Analyzer => {
  sharedAnalyzer ??= createAnalyzer();
  return sharedAnalyzer;
};

async function runExtract(inputs: string[], options: ArticleOptions, annotate: boolean): Promise<void> {
  let problems = 0;
  const sources = sourceOptionsOf(options);
  const maxArticleBytes = maxArticleBytesOf(options);
  const lines = async function* () {
    for await (const batch of extractBatches(inputs, {
      sources,
      maxArticleBytes,
      onProblem: (p) => {
        problems++;
        reportProblem(p);
      },
    })) {
      for (const article of batch) {
        const record = annotate
          ? { ...article, ...analyzer().analyze(article), messages: article.messages }
          : article;
        yield `${JSON.stringify(record)}\n`;
      }
    }
  };
  await writeAll(lines());
  process.exitCode = problems ? EXIT.partial : EXIT.ok;
}

export async function runIngest(
  inputs: string[],
  options: ArticleOptions & { db?: string },
  withLink: boolean,
): Promise<void> {
  const sources = sourceOptionsOf(options);
  const maxArticleBytes = maxArticleBytesOf(options);
  return withStore(options.db, async (store) => {
    const bar = progress('ingest');
    const summary = await ingest(store, inputs, {
      sources,
      maxArticleBytes,
      analyzer: analyzer(),
      onProblem: reportProblem,
      onProgress: (s) => bar.update(s.read, `read · ${s.ingested} new`),
    });
    bar.stop();
    process.stdout.write(
      `ingested ${summary.ingested}, unchanged ${summary.unchanged}, skipped ${summary.skipped} (read ${counted(summary.read, 'article')})\n`,
    );
    if (withLink) await runLinkStep(store);
    return summary.skipped ? EXIT.partial : EXIT.ok;
  });
}

async function runLinkStep(store: Store): Promise<void> {
  const bar = progress('link');
  const linked = await link(store, {
    onProgress: (s) => bar.update(s.linked, 'articles linked'),
    onWarning: warn,
  });
  bar.stop();
  const stats = await store.stats();
  process.stdout.write(
    `linked ${linked.linked}: ${counted(stats.stories, 'story', 'stories')}, ${counted(stats.entities, 'entity', 'entities')}, ${counted(stats.quotes, 'quote')}, ${counted(stats.reuse, 'reused passage')}, ${counted(stats.claims, 'claim')} in the store\n`,
  );
}

export function registerPipelineCommands(program: Command): void {
  withArticleOptions(
    program
      .command('extract')
      .description(
        'clean each input article and print it as one JSON line (no database); "removed" lists what was cut and why',
      )
      .argument('<inputs...>', 'files, folders, .gz, or - for stdin'),
  ).action(async (inputs: string[], options: ArticleOptions) => runExtract(inputs, options, false));

  withArticleOptions(
    program
      .command('annotate')
      .description(
        'extract and analyze each input (sentences, entities, quotes, citations) as one JSON line (no database)',
      )
      .argument('<inputs...>', 'files, folders, .gz, or - for stdin'),
  ).action(async (inputs: string[], options: ArticleOptions) => runExtract(inputs, options, true));

  withArticleOptions(
    program
      .command('ingest')
      .description('extract, analyze and store inputs without linking them (see link)')
      .argument('<inputs...>', 'files, folders, .gz, or - for stdin')
      .option(
        '--db <file>',
        'database file or postgres:// address (default: $WIRETRACE_DB or ./wiretrace.db)',
      ),
  ).action(async (inputs: string[], options) => runIngest(inputs, options, false));

  program
    .command('link')
    .description('link stored articles not linked yet: entities across articles, stories, reuse, claims')
    .option('--db <file>', 'database file or postgres:// address')
    .action(async (options: { db?: string }) =>
      withStore(options.db, async (store) => {
        await runLinkStep(store);
        return EXIT.ok;
      }),
    );

  withArticleOptions(
    program
      .command('analyze')
      .description('ingest inputs and run every stage: extract, analyze, store, link')
      .argument('<inputs...>', 'files, folders, .gz, or - for stdin')
      .option(
        '--db <file>',
        'database file or postgres:// address (default: $WIRETRACE_DB or ./wiretrace.db)',
      ),
  ).action(async (inputs: string[], options) => runIngest(inputs, options, true));
}

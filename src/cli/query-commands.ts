// CLI commands that read the store: list, show, stats, export, stories, story, entities, quotes, citations, reuse,
// claims.

import type { Command } from 'commander';
import { CITATION_KINDS, QUOTE_KINDS } from '../model/index.js';
import { EXPORT_TABLES, exportCsv, exportJson, exportJsonl } from '../report/export.js';
import { quoteArticles, quoteRows } from '../report/quote-rows.js';
import {
  column,
  flat,
  formatArticle,
  formatCitationSources,
  formatClaims,
  formatQuotesBySpeaker,
  formatReuse,
  formatStats,
  formatStory,
  formatStoryLines,
  oneLine,
} from '../report/terminal.js';
import { counted } from '../report/words.js';
import { ambiguousArticleId } from '../store/id-prefix.js';
import { MAX_LISTING, type ReuseRecord, type Store, type StoredArticle } from '../store/types.js';
import { CliError, choiceOption, EXIT, intOption, limitOption, shownOf, writeAll } from './output.js';
import { withExistingStore } from './pipeline-commands.js';

const DB = [
  '--db <file>',
  'database file or postgres:// address (default: $WIRETRACE_DB or ./wiretrace.db)',
] as const;

const print = (text: string) => process.stdout.write(`${text}\n`);
const printJson = (value: unknown) => print(JSON.stringify(value, null, 2));

async function articlesById(store: Store, ids: Iterable<string>): Promise<Map<string, StoredArticle>> {
  const map = new Map<string, StoredArticle>();
  for (const id of new Set(ids)) {
    const a = await store.getArticle(id);
    if (a) map.set(id, a);
  }
  return map;
}

const OFFSET = ['--offset <n>', 'skip this many', '0'] as const;

/** The article an id or a unique prefix of one names; an error says when the prefix begins several ids. */
async function articleArgument(store: Store, id: string): Promise<StoredArticle> {
  const article = await store.getArticle(id);
  if (article) return article;
  throw new CliError((await ambiguousArticleId(store, id)) ?? `no article with id ${id}`, EXIT.notFound);
}

/**
 * The story a `--story` option names, as `story ID` reads it: an absorbed id (a merge keeps the ids users hold
 * working) means the story that absorbed it, and an id that names no story is an error, not an empty listing.
 */
async function storyOption(store: Store, id: string | undefined): Promise<string | undefined> {
  if (id === undefined) return undefined;
  const story = await store.getStory(id);
  if (!story) throw new CliError(`no story with id ${id}`, EXIT.notFound);
  return story.id;
}

export function registerQueryCommands(program: Command): void {
  program
    .command('list')
    .description('list stored articles, newest first')
    .option(...DB)
    .option('--outlet <name>', 'only this outlet')
    .option('--story <id>', 'only this story')
    .option('--search <text>', 'full-text search over titles and bodies')
    .option('--limit <n>', 'how many', '50')
    .option(...OFFSET)
    .option('--json', 'print JSON')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        const offset = intOption('--offset', o.offset, 0);
        const result = await store.listArticles({
          outlet: o.outlet,
          story: await storyOption(store, o.story),
          search: o.search,
          limit: limitOption(o.limit, 50),
          offset,
        });
        if (o.json) printJson(result);
        else {
          const outlet = column(
            result.items.map((a) => a.outlet),
            14,
            30,
          );
          // Column heads: a bare date and a name before the title left which is the outlet to guesswork.
          if (result.items.length > 0) {
            const idWidth = Math.max(...result.items.map((a) => a.id.length));
            print(`${'article'.padEnd(idWidth)}  ${'published'.padEnd(10)}  ${outlet('outlet')}  title`);
          }
          for (const a of result.items) {
            print(
              `${a.id}  ${(a.published ?? 'undated').slice(0, 10).padEnd(10)}  ${outlet(a.outlet)}  ${oneLine(a.title ?? '(untitled)', 100)}`,
            );
          }
          print(shownOf(result.items.length, offset, result.total, 'articles'));
        }
        return EXIT.ok;
      }),
    );

  program
    .command('show')
    .description(
      'show one article: clean text, captions, and with --removed every line the cleaner cut and why',
    )
    .argument('<id>', 'article id (or a unique prefix)')
    .option(...DB)
    .option('--removed', 'list removed lines with their reasons')
    .option('--json', 'print the stored record as JSON')
    .action(async (id: string, o) =>
      withExistingStore(o.db, async (store) => {
        const article = await articleArgument(store, id);
        if (o.json) printJson(article);
        else print(formatArticle(article, { removed: o.removed }));
        return EXIT.ok;
      }),
    );

  program
    .command('stats')
    .description('count what the store holds')
    .option(...DB)
    .option('--json', 'print JSON')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        const stats = await store.stats();
        if (o.json) printJson(stats);
        else print(formatStats(stats));
        return EXIT.ok;
      }),
    );

  program
    .command('export')
    .description(
      'write the store in export format v1: json (one object), jsonl (one record a line) or csv (one table)',
    )
    .option(...DB)
    .option('--format <format>', 'json | jsonl | csv', 'json')
    .option('--table <table>', `csv only: ${EXPORT_TABLES.join(' | ')}`, 'articles')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        if (o.format === 'json') await writeAll(exportJson(store));
        else if (o.format === 'jsonl') await writeAll(exportJsonl(store));
        else if (o.format === 'csv') {
          const table = choiceOption('--table', o.table, EXPORT_TABLES) ?? 'articles';
          await writeAll(exportCsv(store, table));
        } else throw new CliError(`--format must be json, jsonl or csv, got "${o.format}"`, EXIT.usage);
        return EXIT.ok;
      }),
    );

  program
    .command('stories')
    .description('list stories: id, size, outlets, span, title')
    .option(...DB)
    .option('--sort <by>', 'size | recent | spread', 'size')
    .option('--search <text>', 'stories with an article matching this text')
    .option('--limit <n>', 'how many', '50')
    .option(...OFFSET)
    .option('--json', 'print JSON')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        choiceOption('--sort', o.sort, ['size', 'recent', 'spread'] as const);
        const offset = intOption('--offset', o.offset, 0);
        const result = await store.listStories({
          sort: o.sort,
          search: o.search,
          limit: limitOption(o.limit, 50),
          offset,
        });
        if (o.json) printJson(result);
        else {
          for (const line of formatStoryLines(result.items)) print(line);
          print(shownOf(result.items.length, offset, result.total, 'stories'));
        }
        return EXIT.ok;
      }),
    );

  program
    .command('story')
    .description('one story: timeline, outlets, entities, who said what, the sources cited')
    .argument('<id>', 'story id (an absorbed id resolves to the story that absorbed it)')
    .option(...DB)
    .option('--json', 'print JSON')
    .action(async (id: string, o) =>
      withExistingStore(o.db, async (store) => {
        const story = await store.getStory(id);
        if (!story) throw new CliError(`no story with id ${id}`, EXIT.notFound);
        const articles = [...(await articlesById(store, story.articles)).values()];
        const quotes = await store.listQuotes({ story: story.id, limit: MAX_LISTING });
        const sources = (await store.listCitationSources({ story: story.id, limit: 20 })).items;
        if (o.json) printJson({ ...story, quotes: quotes.items, quotes_total: quotes.total, sources });
        else print(formatStory(story, articles, quotes.items, sources, quotes.total));
        return EXIT.ok;
      }),
    );

  program
    .command('entities')
    .description('people, organizations and places, with article counts')
    .option(...DB)
    .option('--type <type>', 'person | organization | place | other')
    .option('--search <text>', 'name or alias contains')
    .option('--limit <n>', 'how many', '50')
    .option(...OFFSET)
    .option('--json', 'print JSON')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        choiceOption('--type', o.type, ['person', 'organization', 'place', 'other'] as const);
        const offset = intOption('--offset', o.offset, 0);
        const result = await store.listEntities({
          type: o.type,
          search: o.search,
          limit: limitOption(o.limit, 50),
          offset,
        });
        if (o.json) printJson(result);
        else {
          for (const e of result.items) {
            const extra = [
              e.roles.length ? `roles: ${e.roles.join(', ')}` : '',
              e.aliases.length ? `aka ${e.aliases.join(', ')}` : '',
            ]
              .filter(Boolean)
              .join('; ');
            print(
              `${e.id}  ${e.type.padEnd(12)}  ${String(e.articles.length).padStart(4)} art  ${oneLine(e.name, 80)}${extra ? `  (${flat(extra)})` : ''}`,
            );
          }
          print(shownOf(result.items.length, offset, result.total, 'entities'));
        }
        return EXIT.ok;
      }),
    );

  program
    .command('quotes')
    .description('who said what: quotes grouped by speaker, each with its article and date')
    .option(...DB)
    .option('--speaker <name>', 'speaker name (substring) or entity id')
    .option('--story <id>', 'only this story')
    .option('--text <words>', 'only quotes holding these words (case aside)')
    .option('--kind <kind>', 'direct, indirect or partial')
    .option('--outlet <name>', 'only quotes in articles of this outlet')
    .option('--limit <n>', 'how many', '500')
    .option(...OFFSET)
    .option('--json', 'print JSON')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        const story = await storyOption(store, o.story);
        const kind = choiceOption('--kind', o.kind, QUOTE_KINDS);
        const offset = intOption('--offset', o.offset, 0);
        const result = await store.listQuotes({
          speaker: o.speaker,
          story,
          text: o.text,
          kind,
          outlet: o.outlet,
          limit: limitOption(o.limit, 500),
          offset,
        });
        if (o.json)
          printJson({ ...result, items: quoteRows(result.items, await quoteArticles(store, result.items)) });
        else {
          const articles = await articlesById(
            store,
            result.items.map((q) => q.article),
          );
          for (const line of formatQuotesBySpeaker(result.items, articles)) print(line);
          print(shownOf(result.items.length, offset, result.total, 'quotes'));
          // The quotes are read a page at a time, oldest first, and grouped after: on a page that is not all of them
          // a speaker's count is the page's ("Jim Bridenstine (15)" of his 18), and the most quoted may be missing.
          if (result.items.length > 0 && result.items.length < result.total)
            print(
              "(the oldest first; a speaker's count is of the quotes shown: --speaker NAME lists all of theirs)",
            );
        }
        return EXIT.ok;
      }),
    );

  program
    .command('citations')
    // The web UI calls this page "Sources" and `story` prints "Sources cited": a user who types either finds it.
    .alias('sources')
    .description(
      'the sources articles rely on (agencies, outlets, officials, documents, anonymous), most cited first',
    )
    .option(...DB)
    .option('--kind <kind>', CITATION_KINDS.join(' | '))
    .option('--story <id>', 'only this story')
    .option('--outlet <name>', 'only articles of this outlet')
    .option('--by <what>', 'outlet: the sources of each citing outlet')
    .option('--limit <n>', 'how many', '100')
    .option(...OFFSET)
    .option('--json', 'print JSON')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        const kind = choiceOption('--kind', o.kind, CITATION_KINDS);
        if (o.by && o.by !== 'outlet') throw new CliError('--by takes only "outlet"', EXIT.usage);
        const offset = intOption('--offset', o.offset, 0);
        const result = await store.listCitationSources({
          kind,
          story: await storyOption(store, o.story),
          outlet: o.outlet,
          byOutlet: o.by === 'outlet',
          limit: limitOption(o.limit, 100),
          offset,
        });
        if (o.json) printJson(result);
        else {
          for (const line of formatCitationSources(result.items)) print(line);
          print(
            shownOf(result.items.length, offset, result.total, result.total === 1 ? 'source' : 'sources'),
          );
        }
        return EXIT.ok;
      }),
    );

  program
    .command('reuse')
    .description(
      'copied passages: for one article, what it took from where; with --by outlet, text flow between outlets',
    )
    .argument('[article]', 'article id (or a unique prefix)')
    .option(...DB)
    .option('--by <what>', 'outlet: aggregate characters reused per outlet pair')
    .option('--limit <n>', 'how many', '100')
    .option(...OFFSET)
    .option('--json', 'print JSON')
    .action(async (article: string | undefined, o) =>
      withExistingStore(o.db, async (store) => {
        if (o.by && o.by !== 'outlet') throw new CliError('--by takes only "outlet"', EXIT.usage);
        const resolved = article ? await articleArgument(store, article) : null;
        if (o.by === 'outlet') {
          // Every passage counts in the flows: one listing stops at MAX_LISTING rows, and the flows were once
          // summed over the first 1,000 passages alone, without a word.
          const passages: ReuseRecord[] = [];
          for (let offset = 0; ; offset += MAX_LISTING) {
            const page = await store.listReuse({ article: resolved?.id, limit: MAX_LISTING, offset });
            passages.push(...page.items);
            if (page.items.length < MAX_LISTING || passages.length >= page.total) break;
          }
          const outlets = await articlesById(
            store,
            passages.flatMap((r) => [r.source_article, r.target_article]),
          );
          const flows = new Map<string, { from: string; to: string; passages: number; chars: number }>();
          for (const r of passages) {
            const from = outlets.get(r.source_article)?.outlet ?? '(unknown outlet)';
            const to = outlets.get(r.target_article)?.outlet ?? '(unknown outlet)';
            const key = `${from}\u0000${to}`;
            const flow = flows.get(key) ?? { from, to, passages: 0, chars: 0 };
            flow.passages++;
            flow.chars += r.target_end - r.target_start;
            flows.set(key, flow);
          }
          const list = [...flows.values()].sort((a, b) => b.chars - a.chars);
          if (o.json) printJson(list);
          else
            for (const f of list)
              print(
                `${flat(f.from)} → ${flat(f.to)}: ${counted(f.passages, 'passage')}, ${counted(f.chars, 'character')}`,
              );
          return EXIT.ok;
        }
        const offset = intOption('--offset', o.offset, 0);
        const result = await store.listReuse({
          article: resolved?.id,
          limit: limitOption(o.limit, 100),
          offset,
        });
        if (o.json) printJson(result);
        else {
          const sides = await articlesById(
            store,
            result.items.flatMap((r) => [r.source_article, r.target_article]),
          );
          for (const r of result.items) print(formatReuse(r, sides));
          print(shownOf(result.items.length, offset, result.total, 'reused passages'));
        }
        return EXIT.ok;
      }),
    );

  program
    .command('claims')
    .description('claims repeated across articles and outlets, with their first appearance and spread')
    .option(...DB)
    .option('--story <id>', 'only claims made in this story')
    .option('--limit <n>', 'how many', '100')
    .option(...OFFSET)
    .option('--json', 'print JSON')
    .action(async (o) =>
      withExistingStore(o.db, async (store) => {
        const offset = intOption('--offset', o.offset, 0);
        const result = await store.listClaims({
          story: await storyOption(store, o.story),
          limit: limitOption(o.limit, 100),
          offset,
        });
        if (o.json) printJson(result);
        else {
          for (const entry of formatClaims(result.items)) print(entry);
          print(shownOf(result.items.length, offset, result.total, 'claims'));
        }
        return EXIT.ok;
      }),
    );
}

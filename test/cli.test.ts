import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { failureMessage } from '../src/cli/output.js';
import { emptyAnalysis, plainArticle } from '../src/model/index.js';
import { emptyLinkBatch } from '../src/store/index.js';
import { SqliteStore } from '../src/store/sqlite/index.js';

const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');

/** Runs `wiretrace ARGS` from source and returns what a user would see. */
function wiretrace(args: string[], input?: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'test/helpers/run-cli.ts'), ...args],
    {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, WIRETRACE_DB: '', CI: '1', ...env },
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts several CLI processes from source (a second or more each, far more on a busy machine).
const manyProcesses = { timeout: 120_000 };

interface Export {
  version: number;
  articles: {
    id: string;
    source: string;
    outlet: string | null;
    title: string | null;
    published: string | null;
    lang: string | null;
    body: string;
    captions: string[];
    story: string | null;
  }[];
  stories: { id: string; articles: string[] }[];
  entities: unknown[];
  quotes: unknown[];
  citations: unknown[];
  reuse: unknown[];
  claims: unknown[];
}

describe('wiretrace CLI on the example corpus', manyProcesses, () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-cli-'));
  const db = join(dir, 'news.db');
  let first: ReturnType<typeof wiretrace>;

  beforeAll(() => {
    first = wiretrace(['analyze', examples, '--db', db]);
  });

  it('analyzes the five seeds and says so', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^ingested 5, unchanged 0, skipped 0 \(read 5 articles\)$/m);
  });

  it('adds nothing when the same files are ingested again', () => {
    const again = wiretrace(['analyze', examples, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ingested 0, unchanged 5, skipped 0/m);
    const stats = JSON.parse(wiretrace(['stats', '--db', db, '--json']).stdout);
    expect(stats.articles).toBe(5);
  });

  it('exports format v1 with every table and the clean articles', () => {
    const out = wiretrace(['export', '--db', db, '--format', 'json']);
    expect(out.code).toBe(0);
    const data = JSON.parse(out.stdout) as Export;
    expect(data.version).toBe(1);
    for (const table of ['articles', 'stories', 'entities', 'quotes', 'citations', 'reuse', 'claims']) {
      expect(Array.isArray((data as unknown as Record<string, unknown>)[table])).toBe(true);
    }
    expect(data.articles).toHaveLength(5);
    const bySource = Object.fromEntries(data.articles.map((a) => [a.source.split('/').at(-1), a]));
    expect(bySource['000_1f986f254e5aa1cc.txt'].outlet).toBe('Press TV');
    expect(bySource['001_24e09945dabff452.txt'].outlet).toBe('Press TV');
    expect(bySource['002_03677dd4a674e8b9.txt'].outlet).toBe('Press TV');
    expect(bySource['003_5a90e4aeb8699e52.txt'].outlet).toBeNull();
    // teleSUR's page does not name itself; examples/sources.tsv does.
    expect(bySource['004_860ff9ea951405e1.txt'].outlet).toBe('teleSUR');
    expect(bySource['004_860ff9ea951405e1.txt'].published).toBe('2020-09-02');
    for (const name of [
      '000_1f986f254e5aa1cc.txt',
      '001_24e09945dabff452.txt',
      '002_03677dd4a674e8b9.txt',
      '003_5a90e4aeb8699e52.txt',
    ]) {
      expect(bySource[name].published).toBeNull();
    }
    for (const a of data.articles) {
      expect(a.lang).toBe('en');
      expect(a.body).not.toMatch(/alternate addresses|SHARE THIS ARTICLE|Roku|Post with no comments|हिंदी/);
      expect(a.story).not.toBeNull();
    }
    expect(bySource['000_1f986f254e5aa1cc.txt'].captions[0]).toMatch(/Ilhan Omar/);
  });

  it('exports JSON Lines and CSV too', () => {
    const jsonl = wiretrace(['export', '--db', db, '--format', 'jsonl']);
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: 'header', version: 1 });
    expect(lines.filter((l) => l.type === 'article')).toHaveLength(5);
    expect(lines.filter((l) => l.type === 'story')).toHaveLength(1);
    const putin = lines.find((l) => l.type === 'entity' && l.name === 'Vladimir Putin');
    expect(putin).toMatchObject({ entity_type: 'person' });
    expect(new Set(lines.map((l) => l.type))).toEqual(
      new Set(['header', 'article', 'story', 'entity', 'quote', 'citation', 'reuse', 'claim']),
    );
    const csv = wiretrace(['export', '--db', db, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe(
      'id,source,outlet,title,published,lang,body,captions,story,url,section,bylines',
    );
    const bad = wiretrace(['export', '--db', db, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be json, jsonl or csv, got "xml"/);
  });

  it('stops quietly when the reader of its output does ("export | head")', () => {
    const cli = `"${process.execPath}" --import tsx "${join(root, 'test/helpers/run-cli.ts')}"`;
    const piped = spawnSync('sh', ['-c', `${cli} export --db "${db}" --format json | head -c 10`], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WIRETRACE_DB: '', CI: '1' },
    });
    expect(piped.stdout).toBe('{"version"');
    expect(piped.stderr).not.toMatch(/EPIPE|Unhandled/);
  });

  it('explains the cleaning with show --removed', () => {
    const list = JSON.parse(wiretrace(['list', '--db', db, '--json']).stdout);
    const telesur = list.items.find((a: { source: string }) => a.source.endsWith('004_860ff9ea951405e1.txt'));
    const shown = wiretrace(['show', telesur.id, '--db', db, '--removed']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/\[comment box\] Post with no comments\./);
    expect(shown.stdout).toMatch(
      /\[related-story teaser\] Russia Might Intervene in Belarus If Necessary, Putin Says/,
    );
    expect(shown.stdout).toMatch(/\[dateline\] Published 2 September 2020/);
  });

  it('lists the sources cited, per outlet with --by outlet, and refuses an unknown kind', () => {
    const agencies = wiretrace(['citations', '--db', db, '--kind', 'agency']);
    expect(agencies.code).toBe(0);
    expect(agencies.stdout).toMatch(/^agency +TASS +1 citation in 1 article, 1 outlet$/m);
    expect(agencies.stdout).toMatch(/^3 of 3 sources$/m);
    const perOutlet = wiretrace(['citations', '--db', db, '--by', 'outlet', '--kind', 'agency']);
    expect(perOutlet.stdout.split('\n')[0]).toBe('Press TV');
    expect(perOutlet.stdout).toMatch(/^ {2}agency +Interfax +1 citation in 1 article$/m);
    // "sources", the web UI's name for the page, is the same command.
    expect(wiretrace(['sources', '--db', db, '--kind', 'agency']).stdout).toBe(agencies.stdout);
    const bad = wiretrace(['citations', '--db', db, '--kind', 'rumour']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--kind must be one of agency/);
  });

  it('finds quotes by their words, kind and outlet', () => {
    const found = wiretrace([
      'quotes',
      '--db',
      db,
      '--text',
      'common sense',
      '--kind',
      'direct',
      '--outlet',
      'Press TV',
    ]);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/^Vladimir Putin/m);
    expect(found.stdout).toContain('enough common sense to find a way out');
    expect(found.stdout).toMatch(/^1 of 1 quotes$/m);
    const bad = wiretrace(['quotes', '--db', db, '--kind', 'rumour']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--kind must be one of direct, indirect, partial/);
  });

  it('finds articles by full-text search', () => {
    const found = JSON.parse(wiretrace(['list', '--db', db, '--json', '--search', 'Zakharova']).stdout);
    expect(found.total).toBe(1);
    expect(found.items[0].source).toMatch(/001_24e09945dabff452\.txt$/);
    const hostile = wiretrace(['list', '--db', db, '--json', '--search', '"unbalanced AND ( NEAR']);
    expect(hostile.code).toBe(0);
  });

  it('reports unknown ids and bad usage with their own exit codes', () => {
    const missing = wiretrace(['show', 'ffffffffffffffff', '--db', db]);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/no article with id ffffffffffffffff/);
    expect(wiretrace(['frobnicate']).code).toBe(2);
    expect(wiretrace(['list', '--db', db, '--limit', 'many']).code).toBe(2);
    // More rows than a listing returns is refused, not cut to 1000 without a word.
    const tooMany = wiretrace(['quotes', '--db', db, '--json', '--limit', '3000']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/--limit must be 1 to 1000, got "3000"/);
  });

  it('refuses a file that is not a database, leaving it alone', () => {
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'these are my notes, not a database\n'.repeat(200));
    const result = wiretrace(['stats', '--db', notDb]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot open database .*notes\.txt/);
  });
});

describe('wiretrace demo', manyProcesses, () => {
  it('prints the report on the example corpus and leaves no database of its own behind', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'wiretrace-demo-test-'));
    const run = wiretrace(['demo', '--no-serve'], undefined, { TMPDIR: scratch });
    expect(run.code).toBe(0);
    // The database it deletes at exit is said to be temporary, its path not given as if it could be opened later.
    expect(run.stdout.split('\n')[0]).toMatch(
      /, a temporary database, removed when the demo stops \(--db FILE keeps one\)$/,
    );
    expect(run.stdout).not.toContain('demo.db');
    expect(run.stdout).toMatch(/linked 5: 1 story, \d+ entities, \d+ quotes, 1 reused passage, \d+ claims/);
    // The story's sources: the agencies the seeds name, officials by their entity.
    const sources = run.stdout.split('\nSources cited\n')[1]?.split('\n\n')[0] ?? '';
    for (const agency of ['TASS', 'AFP', 'Interfax'])
      expect(sources).toMatch(new RegExp(`^ {2}agency +${agency} `, 'm'));
    expect(sources).toMatch(/^ {2}official +Vladimir Putin +3 citations in 3 articles/m);
    // (tsx, which runs the CLI from source here, keeps its cache there too.)
    expect(readdirSync(scratch).filter((f) => f.startsWith('wiretrace-'))).toEqual([]);
  });
});

describe('wiretrace extract', manyProcesses, () => {
  it('prints one JSON line per article with the removed lines and their reasons', () => {
    const out = wiretrace(['extract', join(examples, '003_5a90e4aeb8699e52.txt')]);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const article = JSON.parse(lines[0]);
    expect(article.title).toBe('Russian President warns against any foreign interference in Belarus');
    expect(article.removed).toEqual(
      expect.arrayContaining([
        {
          text: 'Russian President warns against any foreign interference in Belarus',
          reason: 'repeated headline',
        },
        { text: 'Click below to express your thoughts and views on this news:', reason: 'comment box' },
      ]),
    );
  });

  it('reads JSON Lines from stdin with the --outlet hint', () => {
    const input = `${JSON.stringify({ id: 'a1', title: 'Storm hits coast', text: 'A storm hit the coast on Monday, officials said, cutting power to thousands of homes.' })}\n`;
    const out = wiretrace(['extract', '-', '--outlet', 'Example Wire'], input);
    expect(out.code).toBe(0);
    const article = JSON.parse(out.stdout);
    expect(article.outlet).toBe('Example Wire');
    expect(article.title).toBe('Storm hits coast');
    expect(article.meta).toEqual({ id: 'a1' });
  });
});

describe('bad input', manyProcesses, () => {
  it('skips each bad file with its path and reason, ingests the rest, and never touches what is stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bad-'));
    const db = join(dir, 'news.db');
    expect(wiretrace(['analyze', examples, '--db', db]).code).toBe(0);
    const before = wiretrace(['export', '--db', db, '--format', 'json']).stdout;

    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x7f]));
    writeFileSync(join(inbox, 'empty.txt'), '   \n');
    writeFileSync(join(inbox, 'broken.json'), '[{"title": "x", "text": "unterminated');
    writeFileSync(
      join(inbox, 'cut.jsonl.gz'),
      gzipSync(Buffer.from('{"text":"one"}\n'.repeat(500))).subarray(0, 40),
    );
    writeFileSync(
      join(inbox, 'good.jsonl'),
      `${JSON.stringify({ title: 'Flood in the valley', text: 'Heavy rain flooded the valley on Tuesday, forcing hundreds of families from their homes, the mayor said.', outlet: 'Valley Times', published: '2021-03-02' })}\n`,
    );
    const result = wiretrace(['analyze', inbox, '--db', db]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/binary\.txt: binary file/);
    expect(result.stderr).toMatch(/empty\.txt: empty file/);
    expect(result.stderr).toMatch(/broken\.json: .*JSON/i);
    expect(result.stderr).toMatch(/cut\.jsonl\.gz: truncated gzip/);
    expect(result.stdout).toMatch(/^ingested 1, unchanged 0, skipped 4/m);

    const after = JSON.parse(wiretrace(['export', '--db', db, '--format', 'json']).stdout) as Export;
    const old = JSON.parse(before) as Export;
    expect(after.articles).toHaveLength(6);
    for (const a of old.articles) {
      const kept = after.articles.find((b) => b.id === a.id)!;
      expect(kept.body).toBe(a.body);
      expect(kept.title).toBe(a.title);
    }
  });

  it('caps file sizes with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-big-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, `Headline\n\n${'A sentence of news that goes on. '.repeat(70_000)}`);
    const out = wiretrace(['extract', big, '--max-file-mb', '1']);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(/big\.txt: .*(too large|exceeds|limit)/i);
  });

  it('refuses a size cap that is not a positive finite number, "1e309" (Infinity) included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-cap-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'Headline\n\nA sentence of news.');
    for (const cap of ['1e309', '0', 'abc']) {
      const out = wiretrace(['extract', file, '--max-file-mb', cap]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(`--max-file-mb must be a positive number, got "${cap}"`);
    }
  });

  it('skips an article whose clean text is over --max-article-mb, naming it and its size, and stores the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bigarticle-'));
    const file = join(dir, 'log.jsonl');
    // About 1.4 MiB of varied sentences in one record: over a 1 MiB cap, far under the 5 MiB default.
    const long = Array.from(
      { length: 16_000 },
      (_, i) =>
        `The lighthouse keeper logged ${i + 3} passing trawlers before the fog lifted.${i % 5 === 4 ? '\n\n' : ' '}`,
    ).join('');
    const small = 'Gulls returned to the pier on Sunday after a week of storms, the harbour master said.';
    writeFileSync(
      file,
      [
        { title: 'Gulls back at the pier', text: small, outlet: 'Pier Post' },
        { title: 'Keeper’s log', text: long, outlet: 'Pier Post' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const db = join(dir, 'news.db');
    const out = wiretrace(['ingest', file, '--db', db, '--max-article-mb', '1']);
    expect(out.code).toBe(3);
    expect(out.stderr).toMatch(
      /skipped .*log\.jsonl#2: article "Keeper’s log" has 1\.\d MiB of clean text, over the per-article limit of 1 MiB/,
    );
    expect(out.stdout).toMatch(/^ingested 1, unchanged 0, skipped 1/m);
    const stored = JSON.parse(wiretrace(['export', '--db', db, '--format', 'json']).stdout) as Export;
    expect(stored.articles.map((a) => a.title)).toEqual(['Gulls back at the pier']);
    expect(wiretrace(['extract', file, '--max-article-mb', '0']).code).toBe(2);
  });

  it('reads a folder of mixed formats recursively', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-mixed-'));
    mkdirSync(join(dir, 'nested'));
    copyFileSync(join(examples, '001_24e09945dabff452.txt'), join(dir, 'nested', 'a.txt'));
    writeFileSync(
      join(dir, 'b.json'),
      JSON.stringify([
        { title: 'One', text: 'The first record says something newsworthy happened in the city today.' },
      ]),
    );
    writeFileSync(
      join(dir, 'c.html'),
      '<html><head><title>Page title</title></head><body><article><h1>Page title</h1><p>The council approved the new budget on Monday after a long debate about schools and roads.</p></article></body></html>',
    );
    const out = wiretrace(['extract', dir]);
    expect(out.code).toBe(0);
    const articles = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(articles.map((a) => a.title).sort()).toEqual(
      [
        'One',
        'Page title',
        'Russia says outside forces attempt to destabilize Belarus after post-election protests',
      ].sort(),
    );
    expect(readdirSync(dir)).toHaveLength(3);
  });
});

describe('a store that is missing, locked or read-only', manyProcesses, () => {
  const record = (title: string) =>
    JSON.stringify({
      title,
      text: `The harbour board said the ${title.toLowerCase()} would reopen on Friday.`,
    });

  it('refuses to read a database that is not there instead of creating an empty one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-typo-'));
    for (const command of [['stats'], ['stories'], ['export', '--format', 'json']]) {
      const out = wiretrace([...command, '--db', join(dir, 'nwes.db')]);
      expect(out.code, command[0]).toBe(1);
      expect(out.stderr, command[0]).toMatch(/^wiretrace: no database at .*nwes\.db: check --db/m);
      expect(out.stdout, command[0]).toBe('');
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says another process holds the lock, and keeps what is stored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-locked-'));
    const db = join(dir, 'news.db');
    writeFileSync(join(dir, 'first.json'), record('Ferry pier'));
    writeFileSync(join(dir, 'second.json'), record('Fish market'));
    expect(wiretrace(['ingest', join(dir, 'first.json'), '--db', db]).code).toBe(0);
    // Another writer (a second analyze, say) holds the write lock for as long as this test runs the command.
    const other = new Database(db);
    other.exec('BEGIN IMMEDIATE');
    let out: ReturnType<typeof wiretrace>;
    try {
      out = wiretrace(['ingest', join(dir, 'second.json'), '--db', db]);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^wiretrace: the database is locked by another process/m);
    expect(out.stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    expect(JSON.parse(wiretrace(['stats', '--db', db, '--json']).stdout).articles).toBe(1);
  });

  it('explains a read-only database instead of calling it an internal error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-readonly-'));
    const db = join(dir, 'news.db');
    new Database(db).close();
    // Root may write any file, so the read-only failure comes from a connection opened read-only.
    const readonly = new Database(db, { readonly: true });
    let failure: unknown;
    try {
      readonly.exec('CREATE TABLE t (x)');
    } catch (error) {
      failure = error;
    } finally {
      readonly.close();
    }
    expect(failureMessage(failure)).toMatch(/^the database is read-only: check the permissions/);
    expect(failureMessage(new Error('boom'))).toBe('internal error: boom');
  });
});

describe('listings longer than a page, and story ids a merge absorbed', manyProcesses, () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-pages-'));
  const db = join(dir, 'news.db');
  const ABSORBED = 's-0ld0ld0ld0ld';
  let story: string;
  let articles: string[];

  beforeAll(async () => {
    const analyzed = wiretrace(['analyze', examples, '--db', db]);
    expect(analyzed.code).toBe(0);
    const store = new SqliteStore(db);
    try {
      const seeds = (await store.listStories({ limit: 1 })).items[0];
      story = seeds.id;
      articles = seeds.articles;
      // A story a later run merged into the seeds' story, as the linker records one.
      const created = emptyLinkBatch();
      created.stories = [{ ...seeds, id: ABSORBED, articles: [], absorbed: [] }];
      await store.saveLinks(created);
      const merged = emptyLinkBatch();
      merged.mergedStories = [{ from: ABSORBED, into: story }];
      await store.saveLinks(merged);
      // More copied passages between two outlets than one listing reads (invented offsets; the flows only count).
      const copied = emptyLinkBatch();
      copied.reuse = Array.from({ length: 1005 }, (_, i) => ({
        source_article: articles[0],
        target_article: articles[1],
        source_start: 10_000 + i * 20,
        source_end: 10_000 + i * 20 + 10,
        target_start: 10_000 + i * 20,
        target_end: 10_000 + i * 20 + 10,
        text: 'copied words',
        similarity: 0.9,
        direction: 'forward' as const,
        whole_copy: false,
      }));
      await store.saveLinks(copied);
    } finally {
      await store.close();
    }
  });

  it('pages quotes with --offset and says the speakers are counted over the page shown', () => {
    const all = JSON.parse(wiretrace(['quotes', '--db', db, '--json', '--limit', '1000']).stdout);
    const page = wiretrace(['quotes', '--db', db, '--limit', '2', '--offset', '2']);
    expect(page.code).toBe(0);
    expect(page.stdout).toContain(`2 of ${all.total} quotes (3–4; next: --offset 4)`);
    expect(page.stdout).toContain("a speaker's count is of the quotes shown");
    const json = JSON.parse(
      wiretrace(['quotes', '--db', db, '--json', '--limit', '2', '--offset', '2']).stdout,
    );
    expect(json.items.map((q: { id: string }) => q.id)).toEqual(
      all.items.slice(2, 4).map((q: { id: string }) => q.id),
    );
    const whole = wiretrace(['quotes', '--db', db, '--text', 'common sense']);
    expect(whole.stdout).toMatch(/^1 of 1 quotes$/m);
    expect(whole.stdout).not.toContain("a speaker's count");
  });

  it("lists a story's articles by an absorbed id, and refuses one that names no story", () => {
    const byAbsorbed = JSON.parse(wiretrace(['list', '--db', db, '--json', '--story', ABSORBED]).stdout);
    expect(byAbsorbed.total).toBe(5);
    const missing = wiretrace(['list', '--db', db, '--story', 's-nosuchstory']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/no story with id s-nosuchstory/);
  });

  it("gives the story's quote count in story --json", () => {
    const shown = JSON.parse(wiretrace(['story', story, '--db', db, '--json']).stdout);
    expect(shown.quotes_total).toBe(shown.quotes.length);
    expect(shown.quotes_total).toBeGreaterThan(50);
  });

  it('echoes a wrong --sort or --type with the words it takes', () => {
    const sort = wiretrace(['stories', '--db', db, '--sort', 'loudest']);
    expect(sort.code).toBe(2);
    expect(sort.stderr).toMatch(/--sort must be one of size, recent, spread, got "loudest"/);
    const type = wiretrace(['entities', '--db', db, '--type', 'ship']);
    expect(type.code).toBe(2);
    expect(type.stderr).toMatch(/--type must be one of person, organization, place, other, got "ship"/);
  });

  it('says a --db that is a folder is a folder', () => {
    for (const command of ['stats', 'analyze']) {
      const args = command === 'analyze' ? [command, examples, '--db', dir] : [command, '--db', dir];
      const run = wiretrace(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`--db ${dir} is a folder, not a database file`);
    }
  });

  it('counts one article read as one ("read 1 article")', () => {
    const one = join(dir, 'one.jsonl');
    writeFileSync(
      one,
      `${JSON.stringify({ title: 'Pier closed', text: 'The harbour master said the east pier would close on Friday.', outlet: 'Harbour Gazette' })}\n`,
    );
    const run = wiretrace(['analyze', one, '--db', join(dir, 'one.db')]);
    expect(run.stdout).toMatch(/^ingested 1, unchanged 0, skipped 0 \(read 1 article\)$/m);
  });

  it('sums every copied passage into the outlet flows, not the first 1,000', () => {
    const total = JSON.parse(wiretrace(['reuse', '--db', db, '--json', '--limit', '1']).stdout).total;
    expect(total).toBeGreaterThan(1000);
    const flows = JSON.parse(wiretrace(['reuse', '--db', db, '--by', 'outlet', '--json']).stdout) as {
      passages: number;
    }[];
    expect(flows.reduce((n, f) => n + f.passages, 0)).toBe(total);
  });
});

describe('small answers a fact-checker tripped over', manyProcesses, () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-small-'));
  const db = join(dir, 'news.db');
  const IDS = ['4a00000000000001', '4b00000000000002', '4c00000000000003', '7d00000000000004'];

  beforeAll(async () => {
    const store = new SqliteStore(db);
    try {
      await store.putArticles(
        IDS.map((id, i) => {
          const body = `Harbour master Marit Olsen said the east pier would reopen in week ${i + 1}.`;
          return {
            article: plainArticle({
              id,
              source: `mem/${id}.txt`,
              outlet: i === 2 ? null : `Harbour Gazette ${i}`,
              published: i === 2 ? null : `2026-11-0${i + 1}T08:00:00Z`,
              title: `East pier, week ${i + 1}`,
              body,
            }),
            analysis: {
              ...emptyAnalysis(),
              quotes: [
                {
                  start: 0,
                  end: body.length,
                  text: body.slice(body.indexOf('the east')),
                  kind: 'indirect' as const,
                  speaker: 'Marit Olsen',
                  speakerEntity: null,
                  via: null,
                },
              ],
            },
          };
        }),
      );
    } finally {
      await store.close();
    }
  });

  it('says that an id prefix beginning several ids is ambiguous, and names them', () => {
    for (const args of [
      ['show', '4'],
      ['reuse', '4'],
    ]) {
      const run = wiretrace([...args, '--db', db]);
      expect(run.code).toBe(4);
      expect(run.stderr).toContain(
        'article id 4 is ambiguous: 3 articles have ids beginning with it (4a00000000000001, 4b00000000000002, 4c00000000000003)',
      );
    }
    const unique = wiretrace(['show', '7', '--db', db, '--json']);
    expect(unique.code).toBe(0);
    expect(JSON.parse(unique.stdout).id).toBe(IDS[3]);
  });

  it("gives each quote its article's outlet, date and title in quotes --json", () => {
    const quotes = JSON.parse(wiretrace(['quotes', '--db', db, '--json']).stdout);
    expect(quotes.total).toBe(4);
    const byArticle = new Map(quotes.items.map((q: { article: string }) => [q.article, q]));
    expect(byArticle.get(IDS[0])).toMatchObject({
      speaker: 'Marit Olsen',
      outlet: 'Harbour Gazette 0',
      published: '2026-11-01T08:00:00Z',
      title: 'East pier, week 1',
    });
    expect(byArticle.get(IDS[2])).toMatchObject({
      outlet: null,
      published: null,
      title: 'East pier, week 3',
    });
  });

  it('heads the article listing with its columns', () => {
    const lines = wiretrace(['list', '--db', db]).stdout.split('\n');
    expect(lines[0]).toBe(`article           published   ${'outlet'.padEnd(17)}  title`);
    expect(lines[1]).toBe('7d00000000000004  2026-11-04  Harbour Gazette 3  East pier, week 4');
    expect(wiretrace(['list', '--db', db, '--outlet', 'Nowhere']).stdout).toMatch(/^0 of 0 articles/);
  });
});

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../model/index.js';
import { readSources } from './read-sources.js';
import type { SourceItem, SourceOptions } from './types.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/sources/', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const fx = (name: string) => join(fixtures, name);

const temp = mkdtempSync(join(tmpdir(), 'wiretrace-sources-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const tmp = (name: string, data: string | Uint8Array) => {
  const path = join(temp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
};

async function read(inputs: string[], options?: SourceOptions): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}
const docs = (items: SourceItem[]): RawDocument[] =>
  items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
const problems = (items: SourceItem[]) => items.flatMap((i) => (i.kind === 'problem' ? [i.problem] : []));
/** A compact trace of what came out, in order. */
const trace = (items: SourceItem[], base = '') =>
  items.map((i) =>
    i.kind === 'document'
      ? relative(base, i.doc.uri)
      : `problem ${relative(base, i.problem.uri)}: ${i.problem.reason}`,
  );
const stdin = (data: string | Uint8Array) => Readable.from([Buffer.from(data)]);

describe('readSources: a folder manifest (sources.tsv)', () => {
  it('names the outlets of the example corpus, including teleSUR, whose text does not', async () => {
    const found = docs(await read([examples]));
    expect(found.map((d) => [relative(examples, d.uri), d.hints.outlet])).toEqual([
      ['000_1f986f254e5aa1cc.txt', 'Press TV'],
      ['001_24e09945dabff452.txt', 'Press TV'],
      ['002_03677dd4a674e8b9.txt', 'Press TV'],
      ['003_5a90e4aeb8699e52.txt', undefined],
      ['004_860ff9ea951405e1.txt', 'teleSUR'],
    ]);
    // A file given on its own still gets its row from the manifest beside it.
    const one = docs(await read([join(examples, '004_860ff9ea951405e1.txt')]));
    expect(one[0].hints.outlet).toBe('teleSUR');
  });

  it("gives each file its row over the caller's hints, and a JSONL file's row to every record without its own", async () => {
    tmp(
      'manifest/sources.tsv',
      'file\toutlet\turl\na.txt\tOutlet A\thttps://a.example/1\nr.jsonl\tOutlet R\t\n',
    );
    tmp('manifest/a.txt', 'Headline\n\nBody text of a.');
    tmp('manifest/b.txt', 'Headline\n\nBody text of b.');
    tmp('manifest/r.jsonl', '{"text":"one"}\n{"text":"two","outlet":"Own"}\n');
    const found = docs(await read([join(temp, 'manifest')], { outlet: 'Caller', lang: 'en' }));
    expect(found.map((d) => [relative(temp, d.uri), d.hints])).toEqual([
      ['manifest/a.txt', { outlet: 'Outlet A', url: 'https://a.example/1', lang: 'en' }],
      ['manifest/b.txt', { outlet: 'Caller', lang: 'en' }],
      ['manifest/r.jsonl#1', { outlet: 'Outlet R', lang: 'en' }],
      ['manifest/r.jsonl#2', { outlet: 'Own', lang: 'en' }],
    ]);
  });

  it("reports a manifest's problems once, with where and why, and still reads every file", async () => {
    tmp('bad-manifest/sources.tsv', 'file\toutlet\na.txt\tA\nmissing.txt\tM\nb.txt\tB\tC\n');
    tmp('bad-manifest/a.txt', 'Headline\n\nBody text of a.');
    tmp('bad-manifest/b.txt', 'Headline\n\nBody text of b.');
    const items = await read([join(temp, 'bad-manifest')]);
    expect(trace(items, temp)).toEqual([
      'problem bad-manifest/sources.tsv: line 4: 3 fields, but the header names 2 columns',
      'problem bad-manifest/sources.tsv: lists "missing.txt", which is not in this folder',
      'bad-manifest/a.txt',
      'bad-manifest/b.txt',
    ]);
    expect(docs(items).map((d) => d.hints.outlet)).toEqual(['A', undefined]);
  });
});

describe('readSources: files', () => {
  it('reads the five example articles as text/plain documents', async () => {
    const items = await read([examples]);
    expect(problems(items)).toEqual([]);
    const found = docs(items);
    expect(found.map((d) => relative(examples, d.uri))).toEqual([
      '000_1f986f254e5aa1cc.txt',
      '001_24e09945dabff452.txt',
      '002_03677dd4a674e8b9.txt',
      '003_5a90e4aeb8699e52.txt',
      '004_860ff9ea951405e1.txt',
    ]);
    for (const d of found) {
      expect(d.mediaType).toBe('text/plain');
      expect(d.meta).toEqual({});
      expect(d.messages).toEqual([]);
    }
    expect(found[1].text).toContain('Maria Zakharova');
    expect(found[1].text).toContain('“Clear attempts at outside interference are observed');
  });

  it('decodes UTF-16 LE with a BOM and Windows-1252 files', async () => {
    const [utf16, cp1252] = docs(await read([fx('utf16le-bom.txt'), fx('cp1252.txt')]));
    expect(utf16.text).toMatch(/^Russia’s Foreign Ministry/);
    expect(utf16.text).toContain('“naïve” hope');
    expect(cp1252.text).toContain('“clear attempts at outside interference”');
    expect(cp1252.text).toContain('The café on the square');
    expect(cp1252.messages).toEqual([
      expect.objectContaining({
        kind: 'info',
        where: fx('cp1252.txt'),
        message: expect.stringContaining('windows-1252'),
      }),
    ]);
  });

  it('reads HTML as text/html, honouring a declared charset', async () => {
    const items = await read([fx('cp1251-declared.html'), fx('utf8.htm')]);
    const [cyrillic, utf8] = docs(items);
    expect(cyrillic.mediaType).toBe('text/html');
    expect(cyrillic.text).toContain('<title>Минск</title>');
    expect(utf8.mediaType).toBe('text/html');
    expect(utf8.text).toContain('Лукашенко — “sixth term”.');
  });

  it('reads JSON records with hints and meta kept', async () => {
    const found = docs(await read([fx('records.json')]));
    expect(found.map((d) => [d.uri, d.mediaType])).toEqual([
      [`${fx('records.json')}#1`, 'application/x-wiretrace-record'],
      [`${fx('records.json')}#2`, 'application/x-wiretrace-record'],
      [`${fx('records.json')}#3`, 'text/html'],
    ]);
    expect(found[0].hints).toEqual({
      id: 'a1',
      title: 'Russia warns against interference',
      published: '2020-08-20',
      outlet: 'Press TV',
      url: 'https://example.org/a1',
      lang: 'en',
    });
    expect(found[0].meta).toEqual({ section: 'Russia', tags: ['belarus', 'russia'], views: 42 });
    expect(found[1].text).toBe('Putin urged the parties to find a way out of the crisis.');
    expect(found[1].hints).toEqual({
      id: '7',
      title: 'Putin urges talks',
      published: '2020-08-27T10:00:00Z',
      outlet: 'teleSUR',
    });
    expect(found[1].meta).toEqual({ author: { name: 'Staff' } });
    expect(found[2].text).toBe('<p>Lavrov met Makei in Moscow.</p>');
  });

  it('reads one record object, and gz of JSONL, and .ndjson alike', async () => {
    expect(trace(await read([fx('one-record.json')]), fixtures)).toEqual(['one-record.json#1']);
    const gz = docs(await read([fx('records.jsonl.gz')]));
    const nd = docs(await read([fx('records.ndjson')]));
    expect(gz.map((d) => relative(fixtures, d.uri))).toEqual([
      'records.jsonl.gz#1',
      'records.jsonl.gz#2',
      'records.jsonl.gz#3',
    ]);
    expect(gz.map((d) => [d.text, d.hints, d.meta, d.mediaType])).toEqual(
      nd.map((d) => [d.text, d.hints, d.meta, d.mediaType]),
    );
  });

  it('reads gz of text, HTML and JSON, taking the type from the name without .gz', async () => {
    const items = await read([
      tmp('gz/a.txt.gz', gzipSync('plain text')),
      tmp('gz/b.html.gz', gzipSync('<p>page</p>')),
      tmp('gz/c.json.gz', gzipSync('[{"text":"record"}]')),
    ]);
    expect(docs(items).map((d) => [relative(temp, d.uri), d.mediaType, d.text])).toEqual([
      ['gz/a.txt.gz', 'text/plain', 'plain text'],
      ['gz/b.html.gz', 'text/html', '<p>page</p>'],
      ['gz/c.json.gz#1', 'application/x-wiretrace-record', 'record'],
    ]);
  });

  it('applies outlet and lang hints to every document, a record’s own field winning', async () => {
    const items = await read([fx('tree/b.txt'), fx('records.json')], { outlet: 'Hint', lang: 'ru' });
    expect(docs(items).map((d) => [d.hints.outlet, d.hints.lang])).toEqual([
      ['Hint', 'ru'],
      ['Press TV', 'en'],
      ['teleSUR', 'ru'],
      ['Hint', 'ru'],
    ]);
  });
});

describe('readSources: problems', () => {
  it('reports a truncated gzip by name after the records before the cut', async () => {
    const items = await read([fx('truncated.jsonl.gz')]);
    const last = items[items.length - 1];
    expect(last).toEqual({
      kind: 'problem',
      problem: { uri: fx('truncated.jsonl.gz'), reason: expect.stringContaining('truncated gzip stream') },
    });
    expect(docs(items).length).toBeGreaterThan(0);
    expect(problems(items)).toHaveLength(1);
  });

  it('reports gzip that is not gzip', async () => {
    expect(trace(await read([fx('not-gzip.txt.gz')]), fixtures)).toEqual([
      'problem not-gzip.txt.gz: corrupt gzip stream (incorrect header check)',
    ]);
  });

  it('stops a gzip bomb at maxDecompressedBytes', async () => {
    const items = await read([fx('bomb.txt.gz')], { maxDecompressedBytes: 64 * 1024 });
    expect(items).toEqual([
      {
        kind: 'problem',
        problem: {
          uri: fx('bomb.txt.gz'),
          reason: 'decompressed content is larger than the limit of 65536 bytes (gzip bomb?)',
        },
      },
    ]);
    // The same file within the default cap is an ordinary document.
    expect(docs(await read([fx('bomb.txt.gz')]))[0].text).toHaveLength(1_000_000);
  });

  it('stops a JSONL gzip bomb too, after the records it had', async () => {
    const line = `${JSON.stringify({ text: 'x'.repeat(1000) })}\n`;
    const path = tmp('bomb.jsonl.gz', gzipSync(line.repeat(1000)));
    const items = await read([path], { maxDecompressedBytes: 100_000 });
    expect(problems(items)).toEqual([{ uri: path, reason: expect.stringContaining('gzip bomb') }]);
    expect(docs(items).length).toBeLessThan(100);
  });

  it('skips a file over maxFileBytes with a clear message', async () => {
    const path = tmp('big.txt', 'x'.repeat(2000));
    expect(trace(await read([path], { maxFileBytes: 1000 }), temp)).toEqual([
      'problem big.txt: file is 2000 bytes, larger than the limit of 1000 bytes',
    ]);
  });

  it('reports malformed JSON with the parser position', async () => {
    expect(trace(await read([fx('malformed.json')]), fixtures)).toEqual([
      'problem malformed.json: malformed JSON at line 3, column 21: Expected double-quoted property name',
    ]);
  });

  it('lets the good lines of a JSONL file through around a bad one', async () => {
    expect(trace(await read([fx('bad-line.jsonl')]), fixtures)).toEqual([
      'bad-line.jsonl#1',
      'problem bad-line.jsonl#2: line 2: malformed JSON at column 40: Expected double-quoted property name',
      'problem bad-line.jsonl#3: line 4: record is an array, not an object',
      'problem bad-line.jsonl#4: line 5: record has no text, body or html',
      'bad-line.jsonl#5',
    ]);
    const last = docs(await read([fx('bad-line.jsonl')]))[1];
    expect(last.hints.id).toBe('r5');
    expect(last.meta).toEqual({ extra: 1 });
  });

  it('reports binary, control-laden, empty and whitespace-only files', async () => {
    expect(
      trace(await read([fx('binary.txt'), fx('controls.txt'), fx('empty.txt'), fx('blank.txt')]), fixtures),
    ).toEqual([
      'problem binary.txt: binary file',
      'problem controls.txt: binary file',
      'problem empty.txt: empty file',
      'problem blank.txt: empty file',
    ]);
  });

  it('reports empty and binary JSONL and JSON files', async () => {
    const items = await read([
      tmp('e/empty.jsonl', ''),
      tmp('e/blank.jsonl', '\n\n  \n'),
      tmp('e/bin.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x0a])),
      tmp('e/empty.json', ' \n'),
      tmp('e/scalar.json', '42'),
    ]);
    expect(trace(items, temp)).toEqual([
      'problem e/empty.jsonl: empty file',
      'problem e/blank.jsonl: empty file',
      'problem e/bin.jsonl: binary file',
      'problem e/empty.json: empty file',
      'problem e/scalar.json: JSON holds a number, not an array of records or a record object',
    ]);
  });

  it('reports missing and unreadable paths with the OS reason, and goes on', async () => {
    const items = await read([
      join(temp, 'missing.txt'),
      join(examples, '000_1f986f254e5aa1cc.txt', 'below-a-file.txt'),
      fx('tree/b.txt'),
    ]);
    const belowAFile = relative(temp, join(examples, '000_1f986f254e5aa1cc.txt', 'below-a-file.txt'));
    expect(trace(items, temp)).toEqual([
      'problem missing.txt: ENOENT: no such file or directory',
      `problem ${belowAFile}: ENOTDIR: not a directory`,
      relative(temp, fx('tree/b.txt')),
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission', async () => {
    const path = tmp('locked.txt', 'secret');
    chmodSync(path, 0o000);
    expect(trace(await read([path]), temp)).toEqual(['problem locked.txt: EACCES: permission denied']);
  });

  it.skipIf(process.platform === 'win32')('reports a named FIFO instead of waiting on it', async () => {
    const path = join(temp, 'pipe.txt');
    execFileSync('mkfifo', [path]);
    expect(trace(await read([path]), temp)).toEqual(['problem pipe.txt: not a regular file']);
  });

  it('reports an explicitly named file of unknown type, but reads a named hidden file', async () => {
    expect(trace(await read([fx('tree/notes.md'), fx('tree/.hidden.txt')]), fixtures)).toEqual([
      'problem tree/notes.md: unsupported file type ".md"',
      'tree/.hidden.txt',
    ]);
  });
});

describe('readSources: folders', () => {
  it('walks recursively in sorted order, skipping hidden entries and unknown extensions', async () => {
    expect(trace(await read([fx('tree')]), fixtures)).toEqual([
      'tree/C.json#1',
      'tree/a/y.html',
      'tree/a/z.txt',
      'tree/b.txt',
      'tree/d/e.jsonl#1',
      'tree/d/e.jsonl#2',
    ]);
  });

  it('reports a folder with nothing readable in it', async () => {
    const dir = join(temp, 'nothing');
    tmp('nothing/.hidden.txt', 'hidden');
    tmp('nothing/notes.md', 'unknown type');
    expect(trace(await read([dir]), temp)).toEqual([
      'problem nothing: folder holds no files of a readable type',
    ]);
  });

  it('survives a symbolic link cycle and reports broken links to readable files', async () => {
    const root = join(temp, 'cycle');
    tmp('cycle/sub/a.txt', 'A file in a folder with a loop.');
    symlinkSync(root, join(root, 'sub', 'loop'));
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'broken.txt'));
    symlinkSync(join(root, 'nowhere.md'), join(root, 'broken.md'));
    expect(trace(await read([root]), root)).toEqual([
      'problem broken.txt: broken symbolic link: ENOENT: no such file or directory',
      'sub/a.txt',
    ]);
  });

  it('streams a long JSONL file line by line across read chunks', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++)
      lines.push(JSON.stringify({ id: `r${i}`, text: `Récit numéro ${i} — ${'é'.repeat(50)}` }));
    const path = tmp('long.jsonl', `${lines.join('\r\n')}\r\n`);
    const found = docs(await read([path]));
    expect(found).toHaveLength(3000);
    expect(found[2999].uri).toBe(`${path}#3000`);
    expect(found[2999].hints.id).toBe('r3000');
    expect(found.every((d) => !d.text.includes('\uFFFD') && d.text.endsWith('é'))).toBe(true);
  });

  it('decodes a Windows-1252 line inside a UTF-8 JSONL file on its own', async () => {
    const path = tmp(
      'mixed.jsonl',
      Buffer.concat([
        Buffer.from('{"text": "Café in UTF-8."}\n'),
        iconv.encode(
          '{"text": "“Quoted” café in Windows-1252, as scrapers sometimes leave it."}\n',
          'windows-1252',
        ),
      ]),
    );
    const [utf8, cp1252] = docs(await read([path]));
    expect(utf8.text).toBe('Café in UTF-8.');
    expect(utf8.messages).toEqual([]);
    expect(cp1252.text).toBe('“Quoted” café in Windows-1252, as scrapers sometimes leave it.');
    expect(cp1252.messages[0].message).toContain('windows-1252');
  });

  it.skipIf(process.platform !== 'linux')('closes the file when the consumer stops early', async () => {
    const fds = () => readdirSync('/proc/self/fd').length;
    const jsonl = tmp('early.jsonl', '{"text":"a"}\n'.repeat(100_000));
    const gz = tmp('early.jsonl.gz', gzipSync('{"text":"a"}\n'.repeat(100_000)));
    const before = fds();
    for (const path of [jsonl, gz]) {
      for await (const item of readSources([path])) {
        expect(item.kind).toBe('document');
        break;
      }
    }
    expect(fds()).toBe(before);
  });

  it('reads UTF-16 JSONL whole', async () => {
    const text = '{"text": "Première."}\n{"text": "Deuxième."}\n';
    const path = tmp(
      'utf16.jsonl',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
    );
    expect(docs(await read([path])).map((d) => [relative(temp, d.uri), d.text])).toEqual([
      ['utf16.jsonl#1', 'Première.'],
      ['utf16.jsonl#2', 'Deuxième.'],
    ]);
  });
});

describe('readSources: stdin', () => {
  it('sniffs JSONL, JSON, HTML and text on "-"', async () => {
    const cases: [string, string[]][] = [
      [
        '{"text":"a"}\n{"text":"b","id":"x"}\n',
        ['-#1 application/x-wiretrace-record a', '-#2 application/x-wiretrace-record b'],
      ],
      ['[{"text":"a"}]', ['-#1 application/x-wiretrace-record a']],
      ['{\n  "html": "<p>h</p>"\n}\n', ['-#1 text/html <p>h</p>']],
      ['<p>page</p>', ['- text/html <p>page</p>']],
      ['Moscow, Aug 20 (TASS) - text', ['- text/plain Moscow, Aug 20 (TASS) - text']],
    ];
    for (const [input, expected] of cases) {
      const items = await read(['-'], { stdin: stdin(input) });
      expect(docs(items).map((d) => `${d.uri} ${d.mediaType} ${d.text}`)).toEqual(expected);
    }
  });

  it('decodes stdin like a file, gunzips it, and reports empty, binary and oversized input', async () => {
    const [cp1252] = docs(
      await read(['-'], { stdin: stdin(iconv.encode('“Café” — déjà vu, naïve.', 'windows-1252')) }),
    );
    expect(cp1252.text).toBe('“Café” — déjà vu, naïve.');
    const [gz] = docs(await read(['-'], { stdin: stdin(gzipSync('{"text":"zipped"}\n')) }));
    expect(gz.text).toBe('zipped');
    expect(trace(await read(['-'], { stdin: stdin('') }))).toEqual(['problem -: empty file']);
    expect(trace(await read(['-'], { stdin: stdin(Buffer.from([1, 0, 2])) }))).toEqual([
      'problem -: binary file',
    ]);
    expect(trace(await read(['-'], { stdin: stdin('x'.repeat(100)), maxFileBytes: 10 }))).toEqual([
      'problem -: stdin is larger than the limit of 10 bytes',
    ]);
    expect(
      trace(await read(['-'], { stdin: stdin(gzipSync('x'.repeat(10_000))), maxDecompressedBytes: 100 })),
    ).toEqual(['problem -: decompressed content is larger than the limit of 100 bytes (gzip bomb?)']);
  });

  it('mixes stdin with files in the order given', async () => {
    const items = await read([fx('tree/b.txt'), '-', fx('tree/a/z.txt')], { stdin: stdin('from stdin') });
    expect(docs(items).map((d) => d.text)).toEqual([
      'File b at the top.\n',
      'from stdin',
      'File z inside a.\n',
    ]);
  });
});

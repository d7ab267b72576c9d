import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.js';

const parse = (lines: string[]) => parseManifest(lines.join('\n'), 'dir/sources.tsv');

describe('parseManifest', () => {
  it('reads hints by file name, skipping comments and blank lines; an empty field gives no hint', () => {
    const m = parse([
      '# outlets of the dumps',
      'file\toutlet\tpublished',
      '',
      'a.txt\tPress TV\t2020-08-20',
      'b.txt\t\t2020-08-21\r',
      'c.txt\tteleSUR',
    ]);
    expect(m.problems).toEqual([]);
    expect([...m.hints]).toEqual([
      ['a.txt', { outlet: 'Press TV', published: '2020-08-20' }],
      ['b.txt', { published: '2020-08-21' }],
      ['c.txt', { outlet: 'teleSUR' }],
    ]);
  });

  it('refuses the whole manifest when its header names an unknown column, so none is silently dropped', () => {
    const m = parse(['file\toutlett', 'a.txt\tPress TV']);
    expect(m.hints.size).toBe(0);
    expect(m.problems).toEqual([
      {
        uri: 'dir/sources.tsv',
        reason: 'line 1: unknown column "outlett" (known: file, outlet, url, published, title, lang)',
      },
    ]);
    expect(parse(['outlet\turl']).problems[0].reason).toBe('line 1: the header has no "file" column');
    expect(parse(['file\toutlet\tOutlet']).problems[0].reason).toBe('line 1: column "outlet" appears twice');
    expect(parse(['# only a comment']).problems[0].reason).toMatch(/^no header row/);
  });

  it('reports a bad row with its line number and keeps the good ones', () => {
    const m = parse([
      'file\toutlet',
      'a.txt\tPress TV\textra',
      '\tPress TV',
      'sub/b.txt\tPress TV',
      'c.txt\tteleSUR',
      'c.txt\tPress TV',
    ]);
    expect(m.problems.map((p) => p.reason)).toEqual([
      'line 2: 3 fields, but the header names 2 columns',
      'line 3: no file name',
      'line 4: "sub/b.txt" is not a plain file name (a file in a subfolder belongs in that folder\'s sources.tsv)',
      'line 6: "c.txt" is listed twice',
    ]);
    expect([...m.hints]).toEqual([['c.txt', { outlet: 'teleSUR' }]]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Message } from '../model/index.js';
import { jsonLineToItem, jsonlTextToItems, jsonTextToItems, recordToItem } from './records.js';
import type { SourceItem } from './types.js';

const doc = (item: SourceItem) => {
  if (item.kind !== 'document') throw new Error(`expected a document, got: ${item.problem.reason}`);
  return item.doc;
};
const reason = (item: SourceItem) => {
  if (item.kind !== 'problem') throw new Error(`expected a problem, got document ${item.doc.uri}`);
  return item.problem.reason;
};

describe('recordToItem', () => {
  it('maps known fields to hints and keeps every other field in meta unchanged', () => {
    const d = doc(
      recordToItem(
        {
          id: 'a1',
          title: 'T',
          text: 'Body.',
          published: '2020-08-20',
          outlet: 'Press TV',
          url: 'https://x/a1',
          lang: 'en',
          section: 'Russia',
          tags: ['a', 'b'],
          nested: { deep: [1, { x: null }] },
        },
        'f.json#1',
      ),
    );
    expect(d).toEqual({
      uri: 'f.json#1',
      mediaType: 'application/x-wiretrace-record',
      text: 'Body.',
      hints: {
        id: 'a1',
        title: 'T',
        published: '2020-08-20',
        outlet: 'Press TV',
        url: 'https://x/a1',
        lang: 'en',
      },
      meta: { section: 'Russia', tags: ['a', 'b'], nested: { deep: [1, { x: null }] } },
      messages: [],
    });
  });

  it('takes body, date and source as alternatives, and numeric ids as strings', () => {
    const d = doc(recordToItem({ id: 7, body: 'B.', date: '2020-08-27', source: 'teleSUR' }, 'u'));
    expect(d.text).toBe('B.');
    expect(d.hints).toEqual({ id: '7', published: '2020-08-27', outlet: 'teleSUR' });
    expect(d.meta).toEqual({});
  });

  it('prefers text over body over html, keeping the unused ones in meta', () => {
    const d = doc(recordToItem({ text: 'T.', body: 'B.', html: '<p>H</p>', published: 'p', date: 'd' }, 'u'));
    expect(d.text).toBe('T.');
    expect(d.mediaType).toBe('application/x-wiretrace-record');
    expect(d.meta).toEqual({ body: 'B.', html: '<p>H</p>', date: 'd' });
    expect(d.hints.published).toBe('p');
  });

  it('is text/html when the record has html and no text or body', () => {
    const d = doc(recordToItem({ html: '<p>H</p>', text: '  ' }, 'u'));
    expect(d.mediaType).toBe('text/html');
    expect(d.text).toBe('<p>H</p>');
    expect(d.meta).toEqual({ text: '  ' });
  });

  it('reads epoch numbers as dates', () => {
    expect(doc(recordToItem({ text: 'x', published: 1597881600 }, 'u')).hints.published).toBe(
      '2020-08-20T00:00:00.000Z',
    );
    expect(doc(recordToItem({ text: 'x', date: 1597881600000 }, 'u')).hints.published).toBe(
      '2020-08-20T00:00:00.000Z',
    );
  });

  it('warns about fields of the wrong type and keeps them in meta', () => {
    const d = doc(recordToItem({ text: 'x', title: ['a'], url: 3 }, 'f#2'));
    expect(d.hints).toEqual({});
    expect(d.meta).toEqual({ title: ['a'], url: 3 });
    expect(d.messages.map((m) => [m.kind, m.where])).toEqual([
      ['warning', 'f#2'],
      ['warning', 'f#2'],
    ]);
  });

  it('applies default outlet and lang, with the record’s own fields winning', () => {
    const defaults = { outlet: 'Default', lang: 'fr' };
    expect(doc(recordToItem({ text: 'x' }, 'u', defaults)).hints).toEqual({ outlet: 'Default', lang: 'fr' });
    expect(doc(recordToItem({ text: 'x', source: 'Own', lang: 'en' }, 'u', defaults)).hints).toEqual({
      outlet: 'Own',
      lang: 'en',
    });
  });

  it('carries file messages onto the document with where set', () => {
    const m: Message = { kind: 'info', source: 'sources', message: 'encoding guessed' };
    expect(doc(recordToItem({ text: 'x' }, 'f#3', {}, [m])).messages).toEqual([{ ...m, where: 'f#3' }]);
  });

  it('keeps a "__proto__" key as data without polluting prototypes', () => {
    const record = JSON.parse('{"text": "x", "__proto__": {"polluted": true}}');
    const d = doc(recordToItem(record, 'u'));
    expect(Object.hasOwn(d.meta, '__proto__')).toBe(true);
    expect((d.meta as { polluted?: boolean }).polluted).toBeUndefined();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('makes problems of records without text and of non-objects', () => {
    expect(reason(recordToItem({ title: 'no body' }, 'u'))).toBe('record has no text, body or html');
    expect(reason(recordToItem({ text: '', html: '   ' }, 'u'))).toBe('record has no text, body or html');
    expect(reason(recordToItem([1], 'u'))).toBe('record is an array, not an object');
    expect(reason(recordToItem(null, 'u'))).toBe('record is null, not an object');
    expect(reason(recordToItem('text', 'u'))).toBe('record is a string, not an object');
  });
});

describe('jsonTextToItems', () => {
  it('reads an array of records numbered from 1, bad ones as problems among good ones', () => {
    const items = [...jsonTextToItems('[{"text":"a"}, 5, {"text":"c"}]', 'f.json')];
    expect(items.map((i) => (i.kind === 'document' ? i.doc.uri : `problem ${i.problem.uri}`))).toEqual([
      'f.json#1',
      'problem f.json#2',
      'f.json#3',
    ]);
  });

  it('reads one record object as record 1', () => {
    expect([...jsonTextToItems('{"text":"a"}', 'f.json')].map((i) => doc(i).uri)).toEqual(['f.json#1']);
  });

  it('reports malformed JSON with the position, scalars and empty arrays', () => {
    const [bad] = [...jsonTextToItems('[{"text": "a"},\n {"text" "b"}]', 'f.json')];
    expect(bad).toEqual({
      kind: 'problem',
      problem: { uri: 'f.json', reason: expect.stringMatching(/^malformed JSON at line 2, column 10/) },
    });
    expect(reason([...jsonTextToItems('"x"', 'f')][0])).toMatch(/not an array of records/);
    expect(reason([...jsonTextToItems('[]', 'f')][0])).toBe('JSON array holds no records');
  });
});

describe('jsonLineToItem', () => {
  it('names the line and column of a malformed line', () => {
    const item = jsonLineToItem('{"text": "a",}', 'f.jsonl', 3, 5);
    expect(item).toEqual({
      kind: 'problem',
      problem: { uri: 'f.jsonl#3', reason: expect.stringMatching(/^line 5: malformed JSON at column 14: /) },
    });
  });

  it('names the line of a record that is not usable', () => {
    expect(reason(jsonLineToItem('{"title": "t"}', 'f.jsonl', 2, 2))).toBe(
      'line 2: record has no text, body or html',
    );
  });
});

describe('JSONL text', () => {
  it('numbers records and lines apart when blank lines sit between them', () => {
    const items = [...jsonlTextToItems('{"text":"a"}\r\n\n{"text":"b"}\n{bad}\n', 'f.jsonl')];
    expect(
      items.map((i) => (i.kind === 'document' ? `${i.doc.uri} ${i.doc.text}` : i.problem.reason)),
    ).toEqual(['f.jsonl#1 a', 'f.jsonl#2 b', expect.stringMatching(/^line 4: malformed JSON/)]);
  });

  it('reads a .json file holding one record a line as JSONL, with a warning', () => {
    const items = [...jsonTextToItems('{"text":"a"}\n{"text":"b"}\n', 'f.json')];
    expect(items.map((i) => doc(i).uri)).toEqual(['f.json#1', 'f.json#2']);
    expect(doc(items[0]).messages).toEqual([
      {
        kind: 'warning',
        source: 'sources',
        message: 'file holds one JSON record a line; read as JSONL',
        where: 'f.json',
      },
    ]);
  });
});

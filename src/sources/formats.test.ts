import { describe, expect, it } from 'vitest';
import { extensionOf, formatFromName, sniffFormat } from './formats.js';

describe('formatFromName', () => {
  it('maps known extensions, case-insensitively, and looks through .gz', () => {
    expect(formatFromName('a/b.txt')).toEqual({ format: 'text', gzip: false });
    expect(formatFromName('B.HTM')).toEqual({ format: 'html', gzip: false });
    expect(formatFromName('x.html')).toEqual({ format: 'html', gzip: false });
    expect(formatFromName('x.json')).toEqual({ format: 'json', gzip: false });
    expect(formatFromName('x.ndjson')).toEqual({ format: 'jsonl', gzip: false });
    expect(formatFromName('x.jsonl.gz')).toEqual({ format: 'jsonl', gzip: true });
    expect(formatFromName('x.html.GZ')).toEqual({ format: 'html', gzip: true });
  });

  it('knows nothing of other names', () => {
    expect(formatFromName('x.md')).toBeNull();
    expect(formatFromName('x.gz')).toBeNull();
    expect(formatFromName('dir.txt/README')).toBeNull();
    expect(formatFromName('.txt')).toBeNull();
  });

  it('names the extension for messages', () => {
    expect(extensionOf('a/b.pdf')).toBe('.pdf');
    expect(extensionOf('a.b/README')).toBe('');
  });
});

describe('sniffFormat', () => {
  it('tells JSONL, JSON, HTML and text apart by their opening', () => {
    expect(sniffFormat('{"text":"a"}\n{"text":"b"}\n')).toBe('jsonl');
    expect(sniffFormat('  {"text":"a"}')).toBe('jsonl');
    expect(sniffFormat('{\n  "text": "a"\n}\n')).toBe('json');
    expect(sniffFormat('\n[{"text":"a"}]')).toBe('json');
    expect(sniffFormat('<!doctype html><p>x</p>')).toBe('html');
    expect(sniffFormat('Moscow, Aug 20 (TASS)')).toBe('text');
    expect(sniffFormat('   ')).toBe('text');
  });
});

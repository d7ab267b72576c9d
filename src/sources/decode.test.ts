import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, declaredHtmlCharset, decodeBytes, detectBom, looksBinary } from './decode.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../test/fixtures/sources/${name}`, import.meta.url)));

const prose =
  'Russia’s Foreign Ministry spokeswoman Maria Zakharova said “clear attempts at outside interference” ' +
  'were observed in Belarus. The café on the square stayed open — protesters called it a “naïve” hope.\n';

describe('decodeBytes', () => {
  it('reads UTF-16 LE and BE with a BOM, and drops the BOM', () => {
    for (const [name, encoding] of [
      ['utf16le-bom.txt', 'utf-16le'],
      ['utf16be-bom.txt', 'utf-16be'],
    ]) {
      const r = decodeBytes(fixture(name));
      expect(r.encoding).toBe(encoding);
      expect(r.text).toBe(prose);
      expect(r.messages).toEqual([]);
    }
  });

  it('reads UTF-16 LE without a BOM from its zero bytes instead of calling it binary', () => {
    const r = decodeBytes(fixture('utf16le-no-bom.txt'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe(prose);
    expect(r.messages[0].kind).toBe('info');
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeBytes(fixture('utf8-bom.txt'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(prose);
  });

  it('keeps valid UTF-8 as UTF-8 without a message', () => {
    const r = decodeBytes(Buffer.from(prose));
    expect(r).toEqual({ text: prose, encoding: 'utf-8', messages: [] });
  });

  it('detects Windows-1252 with curly quotes, dashes and accents', () => {
    const r = decodeBytes(fixture('cp1252.txt'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('“clear attempts at outside interference”');
    expect(r.text).toContain('café');
    expect(r.text).toContain('Russia’s');
    expect(r.text).toContain('open — protesters');
    expect(r.messages).toEqual([
      expect.objectContaining({
        kind: 'info',
        source: 'sources',
        message: expect.stringContaining('windows-1252'),
      }),
    ]);
  });

  it('reads short Latin-1 German text as Windows-1252 rather than a close Central European guess', () => {
    const r = decodeBytes(iconv.encode('Zürich Straße Größe', 'latin1'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('Zürich Straße Größe');
  });

  it('uses an HTML meta charset declaration when the bytes are not UTF-8', () => {
    const latin = decodeBytes(fixture('latin1-declared.html'), { mediaType: 'text/html' });
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.text).toContain('Le président a déclaré à la presse.');
    expect(latin.messages).toEqual([]);

    const cyrillic = decodeBytes(fixture('cp1251-declared.html'), { mediaType: 'text/html' });
    expect(cyrillic.encoding).toBe('windows-1251');
    expect(cyrillic.text).toContain('Захарова заявила о попытках вмешательства.');
  });

  it('ignores a declared charset that the valid UTF-8 bytes contradict', () => {
    const html = '<meta charset="windows-1251"><p>Лукашенко</p>';
    const r = decodeBytes(Buffer.from(html), { mediaType: 'text/html' });
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(html);
  });

  it('warns and guesses when a page declares UTF-8 but is not', () => {
    const bytes = iconv.encode('<meta charset="utf-8"><p>“Quoted” café text in a page.</p>', 'windows-1252');
    const r = decodeBytes(bytes, { mediaType: 'text/html' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('“Quoted” café');
    expect(r.messages.some((m) => m.kind === 'warning' && m.message.includes('declares utf-8'))).toBe(true);
  });

  it('calls NUL bytes and control-heavy bytes binary', () => {
    for (const name of ['binary.txt', 'controls.txt']) {
      const r = decodeBytes(fixture(name));
      expect(r.encoding).toBe('binary');
      expect(r.text).toBe('');
      expect(r.messages).toEqual([{ kind: 'error', source: 'sources', message: 'binary file' }]);
    }
  });

  it('calls bytes after a UTF-16 BOM binary when they decode to NULs', () => {
    const r = decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0, 0, 0, 0x42, 0]));
    expect(r.encoding).toBe('binary');
  });

  it('decodes nothing to nothing', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', messages: [] });
  });
});

describe('decode helpers', () => {
  it('finds BOMs, UTF-32 before UTF-16', () => {
    expect(detectBom(Buffer.from([0xff, 0xfe, 0, 0]))).toEqual({ encoding: 'utf-32le', length: 4 });
    expect(detectBom(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(detectBom(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(detectBom(Buffer.from('abc'))).toBeNull();
  });

  it('reads both forms of charset declaration, only in the first 2 KB', () => {
    expect(declaredHtmlCharset(Buffer.from("<META CHARSET='KOI8-R'>"))).toBe('KOI8-R');
    expect(
      declaredHtmlCharset(
        Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
      ),
    ).toBe('gb2312');
    expect(declaredHtmlCharset(Buffer.from(`${' '.repeat(3000)}<meta charset="koi8-r">`))).toBeNull();
  });

  it('maps Latin-1 labels to Windows-1252 like browsers, and rejects unknown labels', () => {
    expect(canonicalEncoding('ISO-8859-1')).toBe('windows-1252');
    expect(canonicalEncoding('US-ASCII')).toBe('windows-1252');
    expect(canonicalEncoding('UTF8')).toBe('utf-8');
    expect(canonicalEncoding('Shift_JIS')).toBe('shift_jis');
    expect(canonicalEncoding('no-such-charset')).toBeNull();
  });

  it('lets tabs, newlines and form feeds through the binary check', () => {
    expect(looksBinary(Buffer.from('a\tb\r\nc\fd\n'))).toBe(false);
    expect(looksBinary(Buffer.from('a\u0000b'))).toBe(true);
  });
});

describe('decodeBytes with a misleading BOM', () => {
  it('guesses the encoding when a UTF-8 BOM sits on Windows-1252 bytes', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      iconv.encode('“Quoted” café text, saved by a careless editor.', 'windows-1252'),
    ]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('“Quoted” café text, saved by a careless editor.');
    expect(r.messages[0]).toMatchObject({
      kind: 'warning',
      message: expect.stringContaining('byte order mark'),
    });
  });
});

describe('decodeBytes beyond Western text', () => {
  it('guesses undeclared Cyrillic code pages', () => {
    const text = 'Захарова заявила о попытках вмешательства во внутренние дела Белоруссии.';
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const r = decodeBytes(iconv.encode(text, encoding));
      expect(r.encoding).toBe(encoding);
      expect(r.text).toBe(text);
    }
  });

  it('takes the Windows code page when curly quotes sit in the C1 range', () => {
    const text = 'Prezydent powiedział „nie” – żadna ingerencja śląska nie będzie tolerowana.';
    const r = decodeBytes(iconv.encode(text, 'windows-1250'));
    expect(r.encoding).toBe('windows-1250');
    expect(r.text).toBe(text);
  });
});

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from './decode.js';

const page = (charsetTag: string, text: string) =>
  `<html><head>${charsetTag}<title>t</title></head><body><p>${text}</p></body></html>`;
const RU = 'Президент Белоруссии заявил, что выборы прошли честно и переигрывать их он не собирается.';

describe('decodeHtmlBytes', () => {
  it('honours a UTF-8 BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('', RU))]);
    const r = decodeHtmlBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('<html>')).toBe(true);
    expect(r.text).toContain(RU);
  });
  it('honours a UTF-16LE BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', RU), 'utf16le')]);
    const r = decodeHtmlBytes(bytes);
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toContain(RU);
  });
  it('uses <meta charset>', () => {
    const r = decodeHtmlBytes(iconv.encode(page('<meta charset="windows-1251">', RU), 'windows-1251'));
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toContain(RU);
    expect(r.messages).toEqual([]);
  });
  it('uses the http-equiv content type', () => {
    const zh = '俄罗斯外交部发言人表示，俄方坚决反对任何外国势力干涉白俄罗斯内政。';
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', zh);
    const r = decodeHtmlBytes(iconv.encode(html, 'gb18030'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toContain(zh);
  });
  it('sniffs a page that declares nothing', () => {
    const r = decodeHtmlBytes(iconv.encode(page('', RU.repeat(3)), 'windows-1251'));
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toContain(RU);
    expect(r.messages[0].message).toMatch(/sniffed/);
  });
  it('reads UTF-8 that declares nothing as UTF-8', () => {
    const r = decodeHtmlBytes(Buffer.from(page('', RU)));
    expect(r.encoding).toBe('utf-8');
    expect(r.messages).toEqual([]);
  });
  it('sees through a page labelled latin-1 whose bytes are UTF-8', () => {
    const r = decodeHtmlBytes(Buffer.from(page('<meta charset="iso-8859-1">', RU)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain(RU);
    expect(r.messages[0].kind).toBe('warning');
  });
  it('sees through a page labelled UTF-8 whose bytes are not', () => {
    const r = decodeHtmlBytes(iconv.encode(page('<meta charset="utf-8">', RU.repeat(3)), 'windows-1251'));
    expect(r.encoding).toBe('windows-1251');
    expect(r.text).toContain(RU);
    expect(r.messages[0].message).toMatch(/not valid UTF-8/);
  });
  it('decodes latin-1 labels as windows-1252, as browsers do', () => {
    const r = decodeHtmlBytes(
      iconv.encode(page('<meta charset="ISO-8859-1">', 'Café “déjà vu”'), 'windows-1252'),
    );
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('Café “déjà vu”');
  });
  it('reports an unknown label and sniffs instead', () => {
    const r = decodeHtmlBytes(Buffer.from(page('<meta charset="x-klingon">', RU)));
    expect(r.encoding).toBe('utf-8');
    expect(r.messages.some((m) => /unknown charset/.test(m.message))).toBe(true);
  });
});

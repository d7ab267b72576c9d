import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { byteLines, gunzipCapped, osReason, readCapped, SourceError } from './bytes.js';

async function* chunked(...parts: string[]): AsyncGenerator<Buffer> {
  for (const p of parts) yield Buffer.from(p);
}
async function lines(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of byteLines(chunks)) out.push(line.toString());
  return out;
}

describe('byteLines', () => {
  it('splits on LF, drops the CR of CRLF, and keeps a last line without a newline', async () => {
    expect(await lines(chunked('a\r\nb\n\nc'))).toEqual(['a', 'b', '', 'c']);
  });

  it('joins lines that span chunks, including a CRLF cut in two', async () => {
    expect(await lines(chunked('ab', 'cd', 'e\r', '\nf', 'g\n'))).toEqual(['abcde', 'fg']);
  });

  it('yields nothing for nothing, and one empty line for a lone newline', async () => {
    expect(await lines(chunked())).toEqual([]);
    expect(await lines(chunked('\n'))).toEqual(['']);
  });

  it('keeps a long line spanning many chunks whole', async () => {
    const parts = Array.from({ length: 500 }, () => 'x'.repeat(1000));
    const [line, next] = await lines(chunked(...parts, '\nnext'));
    expect(line).toHaveLength(500_000);
    expect(next).toBe('next');
  });
});

describe('readCapped and gunzipCapped', () => {
  it('reads a stream up to the cap and refuses more', async () => {
    expect((await readCapped(Readable.from([Buffer.from('abc'), 'de']), 5, 'stdin')).toString()).toBe(
      'abcde',
    );
    await expect(readCapped(Readable.from([Buffer.from('abcdef')]), 5, 'stdin')).rejects.toThrow(
      'stdin is larger than the limit of 5 bytes',
    );
  });

  it('gunzips within the cap and names bombs and truncation', () => {
    const gz = gzipSync('hello world');
    expect(gunzipCapped(gz, 100).toString()).toBe('hello world');
    expect(() => gunzipCapped(gzipSync('x'.repeat(1000)), 100)).toThrow(/gzip bomb/);
    expect(() => gunzipCapped(gz.subarray(0, gz.length - 6), 100)).toThrow('truncated gzip stream');
  });
});

describe('osReason', () => {
  it('drops the syscall and path that Node repeats in its messages', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open '/x/y.txt'"), {
      code: 'ENOENT',
    });
    expect(osReason(error)).toBe('ENOENT: no such file or directory');
    expect(osReason(new SourceError('empty file'))).toBe('empty file');
  });
});

import { describe, expect, it } from 'vitest';
import { describeJsonError, jsonErrorOffset, positionAt } from './json-position.js';

const errorOf = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('expected malformed JSON');
};

describe('jsonErrorOffset', () => {
  it('returns -1 for valid JSON of every shape', () => {
    for (const ok of [
      '1',
      ' "a\\u00e9\\n" ',
      '[]',
      '{}',
      '[1,[2,{"a":[true,false,null]}],-0.5e3]',
      '{"a":{"b":{}}}',
    ]) {
      expect(jsonErrorOffset(ok)).toBe(-1);
    }
  });

  it('points at the first bad character', () => {
    expect(jsonErrorOffset('{"a":}')).toBe(5);
    expect(jsonErrorOffset('[1,2')).toBe(4);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1] x')).toBe(4);
    expect(jsonErrorOffset("{'a':1}")).toBe(1);
    expect(jsonErrorOffset('"tab\there"')).toBe(4);
    expect(jsonErrorOffset('')).toBe(0);
  });

  it('survives hostile nesting depth', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});

describe('describeJsonError', () => {
  it('gives line and column and leaves the input out of the message', () => {
    const text = '[\n  {"text": "fine"},\n  {"text": "broken",}\n]';
    const message = describeJsonError(text, errorOf(text));
    expect(message).toMatch(/^malformed JSON at line 3, column 21: /);
    expect(message).not.toContain('broken');
  });

  it('positions V8 errors that carry no position of their own', () => {
    const text = '{"a":}';
    expect(describeJsonError(text, errorOf(text))).toMatch(
      /^malformed JSON at line 1, column 6: Unexpected token/,
    );
  });

  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ offset: 4, line: 2, column: 2 });
    expect(positionAt('ab', 0)).toEqual({ offset: 0, line: 1, column: 1 });
  });
});

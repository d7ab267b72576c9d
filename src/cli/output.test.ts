import { describe, expect, it } from 'vitest';
import { MAX_LISTING } from '../store/types.js';
import { CliError, EXIT, limitOption } from './output.js';

describe('limitOption', () => {
  it('takes the default and any count a listing can return', () => {
    expect(limitOption(undefined, 50)).toBe(50);
    expect(limitOption('1', 50)).toBe(1);
    expect(limitOption(String(MAX_LISTING), 50)).toBe(MAX_LISTING);
  });
  it('refuses more rows than a listing returns, or none, instead of cutting silently', () => {
    for (const asked of [String(MAX_LISTING + 1), '3000', '0']) {
      let error: unknown;
      try {
        limitOption(asked, 50);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).exitCode).toBe(EXIT.usage);
      expect((error as CliError).message).toMatch(
        /--limit must be 1 to 1000, got "\d+" \(export writes every row\)/,
      );
    }
  });
});

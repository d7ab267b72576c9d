import { describe, expect, it } from 'vitest';
import { MAX_LISTING } from '../store/types.js';
import { CliError, EXIT, limitOption, shownOf } from './output.js';

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

describe('shownOf', () => {
  it('says "n of total" for a whole listing, as before', () => {
    expect(shownOf(3, 0, 3, 'sources')).toBe('3 of 3 sources');
    expect(shownOf(0, 0, 0, 'articles')).toBe('0 of 0 articles');
  });
  it('says which rows a partial listing holds and where the next start', () => {
    expect(shownOf(500, 0, 1738, 'quotes')).toBe('500 of 1738 quotes (1–500; next: --offset 500)');
    expect(shownOf(238, 1500, 1738, 'quotes')).toBe('238 of 1738 quotes (1501–1738)');
    expect(shownOf(0, 5000, 1738, 'quotes')).toBe('0 of 1738 quotes (--offset 5000 is past the last)');
  });
});

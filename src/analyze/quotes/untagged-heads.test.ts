import { describe, expect, it } from 'vitest';
import { listedMarked as listed, orgSpec, personSpec } from './test-helpers.js';

// A name the tagger missed heads the words between a quotation and its verb (attribute/untagged-heads.ts), as
// in the NYT's "“…?” He Jianxiong, the former executive director for China at the International Monetary Fund, said".

describe('an untagged name and its apposition before "said"', () => {
  const specs = [orgSpec('w', 'World Bank')];

  it('is the speaker, not the body the apposition names', () => {
    const body =
      '“Who pays for the delay?” Tanu Oyelaran, a former adviser at the World Bank, said on Friday.';
    expect(listed(body, specs)).toEqual([['Who pays for the delay?', 'Tanu Oyelaran']]);
  });

  it('leaves a tagged name to the tagger', () => {
    const body =
      '“Who pays for the delay?” Tanu Oyelaran, a former adviser at the World Bank, said on Friday.';
    expect(listed(body, [...specs, personSpec('t', 'Tanu Oyelaran')])).toEqual([
      ['Who pays for the delay?', 'Tanu Oyelaran'],
    ]);
  });

  it('is not a capitalised opening word ("But Officials, …")', () => {
    const body = '“Who pays for the delay?” The Bank, a lender of last resort, said on Friday.';
    expect(listed(body, [orgSpec('b', 'Bank')])[0]?.[1]).not.toBe('The Bank');
  });
});

import { describe, expect, it } from 'vitest';
import { listedMarked as listed, personSpec } from './test-helpers.js';

// Two people joined by "and" with an apposition after the first (attribute/apposition-conjuncts.ts), as in CBS
// News's "Kurt Volker, the former special envoy to Ukraine, and Tim Morrison, a former … official, testified".

describe('"X, <apposition>, and Y said"', () => {
  const specs = [personSpec('r', 'Rhea Lund'), personSpec('o', 'Omar Pike')];

  it('is both people’s statement, not the second one’s alone', () => {
    const body =
      'Rhea Lund, the county’s former auditor, and Omar Pike, a retired judge, said the audit had been rushed.';
    expect(listed(body, specs)).toEqual([['the audit had been rushed', 'Rhea Lund and Omar Pike']]);
  });

  it('also with no apposition after the second name', () => {
    const body = 'Rhea Lund, the county’s former auditor, and Omar Pike said the audit had been rushed.';
    expect(listed(body, specs)).toEqual([['the audit had been rushed', 'Rhea Lund and Omar Pike']]);
  });

  it('is the second one’s where the first name is the object of a clause before it', () => {
    const body =
      'Voters met Rhea Lund, the county’s former auditor, and Omar Pike said the audit had been rushed.';
    expect(listed(body, specs)).toEqual([['the audit had been rushed', 'Omar Pike']]);
  });
});

import { describe, expect, it } from 'vitest';
import { listedMarked as listed, orgSpec } from './test-helpers.js';

// "the statement" after someone "issued a statement" speaks for them (attribute/statement-issuers.ts), as in Fox
// News's "Big Machine Records issued a statement …. The statement, which was obtained by Variety, claimed …".

describe('"the statement" after "X issued a statement"', () => {
  const specs = [orgSpec('k', 'Kestrel Foods'), orgSpec('g', 'Gazette')];

  it('is X’s, also with a relative clause after it', () => {
    const body =
      'On Friday, Kestrel Foods issued a statement about the recall. The statement, which was obtained by the ' +
      'Gazette, claimed that no one had fallen ill.';
    expect(listed(body, specs)).toContainEqual(['that no one had fallen ill', 'Kestrel Foods']);
  });

  it('is X’s after a quotation ("“…,” the statement said")', () => {
    const body = 'Kestrel Foods released a statement on Friday. “No one has fallen ill,” the statement said.';
    expect(listed(body, specs)).toContainEqual(['No one has fallen ill,', 'Kestrel Foods']);
  });

  it('stays nobody’s when no one is named issuing one', () => {
    const body = 'The recall began on Friday. “No one has fallen ill,” the statement said.';
    expect(listed(body, specs)).toEqual([['No one has fallen ill,', null]]);
  });
});

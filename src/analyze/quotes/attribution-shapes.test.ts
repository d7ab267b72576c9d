import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribute.js';
import { markEntities, personSpec } from './test-helpers.js';

// Speed (issue #5): every attribution carries the same fields in the same order, so that V8 gives all of them one
// map and the steps of findQuotes that read them stay monomorphic (see newAttribution in attribute/types.ts).
describe('attribution shapes', () => {
  it('gives quotations, frames and fields set later one key order', () => {
    const body =
      'Marta Kovac said on Tuesday that the bridge would reopen in May. “We are not there yet,” Kovac told ' +
      'reporters. A spokesman who spoke to the council said the repairs “were going well” after the storm.';
    const { mentions, entities } = markEntities(body, [
      personSpec('e1', 'Marta Kovac', 'Marta Kovac', 'Kovac'),
    ]);
    const res = findAttributions(body, mentions, entities);
    const all = [...res.attributions, ...res.held, ...res.restated];
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((a) => a.kind)).size).toBeGreaterThanOrEqual(2);
    const keys = Object.keys(all[0]);
    expect(keys).toContain('marks');
    expect(keys).toContain('told');
    for (const a of all) expect(Object.keys(a)).toEqual(keys);
  });
});

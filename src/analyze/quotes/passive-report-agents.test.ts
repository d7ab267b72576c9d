import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec } from './test-helpers.js';

// Recall (issue #5): the agent of a passive report named after "by" with its article ("was first reported by the
// Harbor Ledger"). The entity stage leaves the article out of the name, so the agent was read from a mention that
// does not start right after "by", and the frame was lost.
const OUTLETS = [orgSpec('l', 'Harbor Ledger'), orgSpec('g', 'Port Gazette')];

describe('a passive report whose agent opens with an article', () => {
  it('gives the subject to the outlet after "by the"', () => {
    expect(attributionsMarked('The ferry deal was first reported by the Harbor Ledger.', OUTLETS)).toEqual([
      { text: 'The ferry deal', speaker: 'Harbor Ledger' },
    ]);
  });

  it('reads a capital "The" opening the name the same way', () => {
    expect(attributionsMarked('The toll rise was confirmed by The Port Gazette.', OUTLETS)).toEqual([
      { text: 'The toll rise', speaker: 'Port Gazette' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { type EntitySpec, kindsMarked, listedKindsMarked } from './test-helpers.js';

// A quotation with no frame right after a dash is a list item's headline, a slogan in a list or an apposition, not
// an attribution: PolNeAR marks none of them; who-said-what still lists it, with no speaker (issue #5, precision).

const PEOPLE: EntitySpec[] = [
  { id: 'k', name: 'Tom Keller', type: 'person', forms: ['Tom Keller', 'Keller'] },
];

describe('a frameless quotation after a dash', () => {
  it('is no attribution when it heads a list item', () => {
    const body =
      'PORT NEWS—“Harbor board to vote on the new ferry contract next week,” by the Ledger’s Ann Page.';
    expect(kindsMarked(body, PEOPLE)).toEqual([]);
    expect(listedKindsMarked(body, PEOPLE)).toEqual([
      { kind: 'partial', speaker: null, text: 'Harbor board to vote on the new ferry contract next week,' },
    ]);
  });

  it('is no attribution when it is set off as an apposition', () => {
    const body = 'The slogan on the banner - “No more tolls on the bridge” - was seen across town.';
    expect(kindsMarked(body, PEOPLE).filter((a) => a.kind !== 'indirect')).toEqual([]);
  });
});

describe('a quotation after a dash with a frame of its own', () => {
  it('stays its speaker’s', () => {
    const body =
      'Tom Keller was blunt about the ferry deal — “We will not sign this contract, not now and not ever,” he said.';
    expect(kindsMarked(body, PEOPLE)).toContainEqual({
      kind: 'direct',
      speaker: 'Tom Keller',
      text: 'We will not sign this contract, not now and not ever,',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { type EntitySpec, kindsMarked, listedKindsMarked } from './test-helpers.js';

// A quotation with no frame right after a dash is a list item's headline, a slogan in a list or an apposition, and a
// short one standing alone is a heading or a pull quote: not attributions, PolNeAR marks none of them; who-said-what
// still lists them, with no speaker (issue #5, precision).

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

describe('a short frameless quotation standing alone', () => {
  const body =
    'The harbor board met for three hours on Tuesday night.\n\n“A fresh start.”\n\nThe vote on the ferry contract is set for Monday.';

  it('is no attribution', () => {
    expect(kindsMarked(body, PEOPLE)).toEqual([]);
  });

  it('is still listed, with no speaker', () => {
    expect(listedKindsMarked(body, PEOPLE)).toEqual([
      { kind: 'direct', speaker: null, text: 'A fresh start.' },
    ]);
  });

  it('stays an attribution when longer', () => {
    const longer =
      'The harbor board met for three hours on Tuesday night.\n\n“We finally have a plan for the ferry.”\n\nThe vote is set for Monday.';
    expect(kindsMarked(longer, PEOPLE)).toEqual([
      { kind: 'direct', speaker: null, text: 'We finally have a plan for the ferry.' },
    ]);
  });

  it('stays its speaker’s when the speaker before runs on', () => {
    const said =
      'Tom Keller said the board met for hours.\n\n“A fresh start.”\n\nThe vote is set for Monday.';
    expect(kindsMarked(said, PEOPLE)).toContainEqual({
      kind: 'direct',
      speaker: 'Tom Keller',
      text: 'A fresh start.',
    });
  });
});

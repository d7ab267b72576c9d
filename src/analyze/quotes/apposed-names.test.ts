import { describe, expect, it } from 'vitest';
import { attributionsMarked } from './test-helpers.js';

// Empty speakers on real pages and unseen news (issue #5): "The group that owns most of her music, Big Machine,
// says …" (BBC) left the frame nameless when the tagger missed the name set off after the description
// (attribute/apposed-names.ts). No names are marked here: the tagger is taken to have missed them all.
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, []).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('an untagged name set off between a description and its verb', () => {
  it('is who spoke, after a description with a relative clause', () => {
    const body =
      'The firm that prints most of her posters, Copper Kettle, says she may reprint the old designs.';
    expect(speakerOf(body, 'she may reprint')).toBe('Copper Kettle');
  });

  it('is who spoke, after a possessive description', () => {
    const body = 'Her publisher, Lantern Row, said the novel would ship in March.';
    expect(speakerOf(body, 'the novel would ship')).toBe('Lantern Row');
  });

  it('is no one when the commas set off a day, a state or an age', () => {
    expect(
      speakerOf('The mayor of the town, Tuesday, said the bridge would reopen.', 'the bridge'),
    ).toBeNull();
    expect(
      speakerOf('The sheriff of the county, Calif., said the bridge would reopen.', 'the bridge'),
    ).toBeNull();
    expect(speakerOf('The owner of the bakery, 54, said the bridge would reopen.', 'the bridge')).toBeNull();
  });
});

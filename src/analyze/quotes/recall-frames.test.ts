import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// Frames the finder refused to build where PolNeAR marks an attribution (recall27, issue #5). Sentences from
// PolNeAR train, names kept.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

describe('a stance held by people the text does not name (recall27)', () => {
  it('is held by a phrase of people ("Gay rights groups condemned …")', () => {
    const body =
      "Gay rights groups condemned the bill's passage but praised the senators who held it up through their filibuster.";
    expect(contents(body)).toContainEqual(
      "the bill's passage but praised the senators who held it up through their filibuster",
    );
  });

  it('is held by a personal pronoun ("they welcomed …")', () => {
    const body =
      'Still reeling from losses last year in major cases on health care and same-sex marriage, they welcomed a new ' +
      'docket in October studded with cases that seemed poised to move the law to the right.';
    expect(contents(body)).toContainEqual(
      'a new docket in October studded with cases that seemed poised to move the law to the right',
    );
  });

  it('is still no statement of a measure ("The measure condemned …")', () => {
    const body = 'The measure condemned the attacks on civilians in the region.';
    expect(contents(body)).not.toContainEqual('the attacks on civilians in the region');
  });
});

describe('an infinitive after "hopes" or "claims" (recall27)', () => {
  const CLINTON: EntitySpec[] = [{ id: 'hc', name: 'Hillary Clinton', type: 'person', forms: ['Clinton'] }];

  it('is what was hoped ("Clinton hopes to make a statement …")', () => {
    const body =
      'In California, Clinton hopes to make a statement in a contest that will effectively end the primaries and ' +
      'encourage the party to coalesce around her candidacy.';
    expect(attributionsMarked(body, CLINTON)).toContainEqual({
      text: 'to make a statement in a contest that will effectively end the primaries and encourage the party to coalesce around her candidacy',
      speaker: 'Hillary Clinton',
    });
  });
});

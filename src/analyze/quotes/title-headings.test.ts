import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Title-case headings whose verb the heading reader missed (listed41, issue #5): the source and its verb closing the
// heading after a comma, and an opening phrase set off by a comma before the source. Invented headings.
const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);

describe('a title-case heading closed by its source and verb after a comma', () => {
  it('gives the words before the comma to the source named after it', () => {
    const body =
      'New Tax Plan Would Hurt Small Farms, Mary Jones Says.\n\nMary Jones, the state agriculture commissioner, ' +
      'spoke to farmers in the valley on Monday.';
    expect(attributionsMarked(body, [personSpec('mj', 'Mary Jones', 'Jones')])).toContainEqual({
      text: 'New Tax Plan Would Hurt Small Farms',
      speaker: 'Mary Jones',
    });
  });

  it('reads a source the recognizer does not name before a verb of speech', () => {
    const body =
      'River Water Is Safe To Drink Again, State Health Board Says.\n\nTests of the river were completed on Friday.';
    expect(contents(body)).toContainEqual('River Water Is Safe To Drink Again');
  });

  it('leaves a finding alone whose source the recognizer does not name', () => {
    const body =
      'River Water Is Safe To Drink Again, State Health Board Finds.\n\nTests of the river were completed on Friday.';
    expect(contents(body)).not.toContainEqual('River Water Is Safe To Drink Again');
  });

  it('reads nothing in a heading that closes on no verb', () => {
    const body =
      'Rain, Wind And Snow Return To The Northern Valley.\n\nThe storm arrived late on Sunday night.';
    expect(contents(body)).toEqual([]);
  });
});

describe('a title-case heading with an opening phrase set off by a comma', () => {
  it('takes the name after the comma as the source ("Trailing In Polls, Tom Ray Vows …")', () => {
    const body =
      'Trailing In State Polls, Tom Ray Vows To Stay In The Race Until June.\n\nTom Ray spoke to reporters in ' +
      'the capital on Tuesday.';
    expect(attributionsMarked(body, [personSpec('tr', 'Tom Ray', 'Ray')])).toContainEqual({
      text: 'To Stay In The Race Until June',
      speaker: 'Tom Ray',
    });
  });
});

// recall53: a live blog's entry time glued to the entry's heading, the line break between them lost by the page.
describe('a live blog heading glued to its entry time', () => {
  const people = [personSpec('mj', 'Mary Jones', 'Jones'), personSpec('tk', 'Tom Keller', 'Keller')];

  it('reads the heading after "PM" as a heading of its own', () => {
    const body =
      'Harbour Debate Live\nFlagShareReplyAnna Lee FeaturedMarch 3, 2016 9:41PMMary Jones Says The Ferry Fares Will Fall Next Year\n' +
      'Mary Jones spoke about the ferry at length. Tom Keller listened.';
    expect(attributionsMarked(body, people)).toContainEqual({
      text: 'The Ferry Fares Will Fall Next Year',
      speaker: 'Mary Jones',
    });
  });

  it('reads it after "PM" and a space', () => {
    const body =
      'FeaturedMarch 3, 2016 9:52PM Tom Keller Says The Harbour Needs A Second Pier\nTom Keller took the stage. Mary Jones left.';
    expect(attributionsMarked(body, people)).toContainEqual({
      text: 'The Harbour Needs A Second Pier',
      speaker: 'Tom Keller',
    });
  });
});

describe('a title-case heading whose "Speaks" introduces a quotation', () => {
  it('gives the quotation to the source before the verb', () => {
    const body =
      'Ann Rowe Speaks ‘Directly To Ferry Riders’ After Latest Fare Hike.\n\nThe fare rose again on Monday, the ' +
      'third time this year.';
    expect(attributionsMarked(body, [personSpec('ar', 'Ann Rowe', 'Rowe')])).toContainEqual({
      text: 'Directly To Ferry Riders',
      speaker: 'Ann Rowe',
    });
  });

  it('reports nothing when no quotation follows it', () => {
    const body =
      'Ann Rowe Speaks At Harbor Gala After Latest Fare Hike.\n\nThe fare rose again on Monday, the third time ' +
      'this year.';
    expect(attributionsMarked(body, [personSpec('ar', 'Ann Rowe', 'Rowe')])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { contentsAndCues, type EntitySpec, listedMarked } from './test-helpers.js';

// Content boundaries as PolNeAR marks them (spans32): sentences from PolNeAR train, names kept.
const PEOPLE: EntitySpec[] = [
  { id: 'p', name: 'Colin Powell', type: 'person', forms: ['Colin Powell', 'Powell'] },
  { id: 's', name: 'Maureen Sherry', type: 'person', forms: ['Maureen Sherry', 'Ms. Sherry', 'Sherry'] },
  { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  { id: 'h', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
  { id: 'g', name: 'Megan Greene', type: 'person', forms: ['Megan Greene', 'Greene'] },
  { id: 'k', name: 'KellyAnne Conway', type: 'person', forms: ['KellyAnne Conway', 'Conway'] },
];

/** Each attribution's content and the words of its cue. */
const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('a clause of the same speaker after "and", "but" or "while"', () => {
  it('goes on in what the reporting verb before it reports ("said …, but he did remember …")', () => {
    const body =
      'Powell said the former top diplomat couldn’t recall the exact dinner conversation, but he did remember ' +
      'telling Clinton about his personal email practices.';
    expect(contents(body)).toContainEqual({
      text:
        'the former top diplomat couldn’t recall the exact dinner conversation, but he did remember telling ' +
        'Clinton about his personal email practices',
      cue: 'said',
    });
  });

  it('goes on after "but she wanted" ("Ms. Sherry said she considered …, but she wanted to be realistic")', () => {
    const body =
      'Ms. Sherry said she considered how that would play to readers, but she wanted to be realistic.';
    expect(contents(body)).toContainEqual({
      text: 'she considered how that would play to readers, but she wanted to be realistic',
      cue: 'said',
    });
  });

  it('stops before another speaker\'s clause ("…, but Democrats have pushed for …")', () => {
    const body =
      'Republicans said that curtailing tax inversions should be part of comprehensive tax reform, but Democrats ' +
      'have pushed for immediate action.';
    expect(contents(body)).toContainEqual({
      text: 'that curtailing tax inversions should be part of comprehensive tax reform',
      cue: 'said',
    });
  });
});

describe('a paragraph of quotation that goes on', () => {
  it("goes on from the tag's whole quotation, not a partial quote in its participle", () => {
    const body =
      '“By the way, if she gets to pick her judges, nothing you can do, folks,” Trump told a North Carolina rally, ' +
      'saying Clinton would “abolish the second amendment.”\n\n' +
      '“Although the Second Amendment people, maybe there is. I don’t know.”';
    expect(contents(body)).toContainEqual({
      text: 'Although the Second Amendment people, maybe there is. I don’t know.',
      cue: 'told',
    });
  });

  it('joins the same speaker\'s report in the sentence just before it ("Greene added that … “…”")', () => {
    const body =
      '“They have been laying down sign posts everywhere,” Greene said. Greene added that the Fed very much wants ' +
      'to get out of the way before the election. “They don’t like to talk about it.”';
    expect(contents(body)).toContainEqual({ text: 'They don’t like to talk about it.', cue: 'added' });
  });
});

describe('a quotation that closes mid-sentence', () => {
  const body =
    'Conway joined the campaign. "There are a lot of undercover Trump voters, and a lot of them are female," said ' +
    'KellyAnne Conway, a pollster. "They agree with him on issues, but they aren\'t there yet" to support him as a ' +
    'candidate.';

  it('is what was said up to the end of the sentence, as PolNeAR marks it', () => {
    expect(contents(body)).toContainEqual({
      text: 'They agree with him on issues, but they aren\'t there yet" to support him as a candidate',
      cue: 'said',
    });
  });

  it('is listed as the quotation alone', () => {
    expect(listedMarked(body, PEOPLE)).toContainEqual([
      "They agree with him on issues, but they aren't there yet",
      'KellyAnne Conway',
    ]);
  });

  it('stays the quotation when it is a title or a term ("“big four” negotiators")', () => {
    const title =
      'Sessions wore a hat reading "Make Mexico Great Again Also" on Wednesday night before the speech, Trump said.';
    expect(contents(title).some((a) => a.text.startsWith('Make Mexico Great Again Also"'))).toBe(false);
  });
});

describe('an opening piece, a tag, and the rest of what was said', () => {
  it('reads past a channel after the verb ("…, Clinton suggested in a tweet, women won’t be punished …")', () => {
    const body =
      'If she becomes president, Clinton suggested in a tweet, women won’t be punished for exercising their right ' +
      'to terminate a pregnancy.';
    expect(contents(body)).toContainEqual({
      text: 'women won’t be punished for exercising their right to terminate a pregnancy',
      cue: 'suggested',
    });
  });

  it('reads past a named listener ("…, the former HP executive told The Washington Post, Fiorina would …")', () => {
    const body =
      'And yet every Friday, from 8 a.m. to noon, the former HP executive told The Washington Post, Fiorina would ' +
      'lead a committee meeting.';
    expect(contents(body)).toContainEqual({ text: 'Fiorina would lead a committee meeting', cue: 'told' });
  });
});

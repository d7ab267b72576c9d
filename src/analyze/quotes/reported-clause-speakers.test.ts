import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): in ", said he had …" or ", said the candidate could …" the words after the verb open
// what was said, so the speaker is the name set off before the verb (attribute/reported-clause-speakers.ts), never
// the person the pronoun after the verb stands for.
const PEOPLE = [
  personSpec('ob', 'Owen Brayfield', 'Brayfield', 'Mr. Brayfield'),
  personSpec('mt', 'Mara Talbridge', 'Talbridge', 'Ms. Talbridge'),
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, PEOPLE).find((a) => a.text.startsWith(start))?.speaker ?? null;

describe('a name set off after a nameless phrase, then "said he had"', () => {
  const body =
    'Mr. Brayfield toured three river towns last week. One deacon backing Mr. Brayfield, Mara Talbridge of ' +
    'Grace Chapel in Lorain, said she had knocked on more than 400 doors for him.';

  it('is the speaker, not the person the phrase tells of', () => {
    expect(speakerOf(body, 'she had knocked')).toBe('Mara Talbridge');
  });
});

describe('a name opening the sentence, then an aside with a quotation', () => {
  const story = (mark: string) =>
    'Mr. Brayfield toured three river towns last week. Ms. Talbridge, quoting ' +
    `${mark}the stubborn pride of the valley,${mark} said the candidate could still carry the county.`;

  it('speaks with doubled single marks', () => {
    expect(speakerOf(story("''"), 'the candidate could')).toBe('Mara Talbridge');
  });

  it('speaks with straight double marks', () => {
    expect(speakerOf(story('"'), 'the candidate could')).toBe('Mara Talbridge');
  });

  it('leaves the aside reporting no further than the verb', () => {
    const texts = attributionsMarked(story("''"), PEOPLE).map((a) => a.text);
    expect(texts.some((t) => t.includes('said the candidate'))).toBe(false);
  });
});

describe('a nameless phrase alone before the verb', () => {
  it('keeps no speaker', () => {
    const body =
      'Mr. Brayfield toured three river towns last week. Some farmers who have heard him speak over the years, ' +
      'at fairs or in church halls, said he had grown quieter.';
    expect(speakerOf(body, 'he had grown')).toBeNull();
  });
});

// Subjects the finder used to miss for verbs of speech: participle phrases ("…, referring to …") that go on from the
// frame before them or take the subject opening their clause, and a share of people standing as the subject ("Some
// say", "three in five said").
import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/analyze/quotes/index.js';
import {
  attributionsMarked,
  framesMarked,
  markEntities,
  TWO_PEOPLE,
} from '../../src/analyze/quotes/test-helpers.js';

const attributions = (body: string) => attributionsMarked(body, TWO_PEOPLE);

describe('a participle of two words ("referring to", "pointing to")', () => {
  it('goes on from the frame before it: its object is what the speaker referred to', () => {
    expect(
      attributions(
        '“Whites will become a minority in 30 years,” Anna Smith said, referring to the ever-growing Hispanic community.',
      ),
    ).toContainEqual({ text: 'the ever-growing Hispanic community', speaker: 'Anna Smith' });
  });

  it('does not make the person referred to the speaker of the quote before', () => {
    const found = attributions(
      '“The country was sold out,” Anna Smith said in August, referring to Senator John Doe, the chief negotiator.',
    );
    expect(found).toContainEqual({ text: 'The country was sold out,', speaker: 'Anna Smith' });
    expect(found.filter((a) => a.speaker === 'John Doe')).toEqual([]);
  });
});

describe('a participle after a comma with no frame before it in the sentence', () => {
  it('takes the pronoun that opens the clause ("However, she held her fire on …, calling him …")', () => {
    expect(
      attributions(
        'Anna Smith spoke on Monday. However, she held her fire on John Doe, calling him a “nice guy” and a friend.',
      ),
    ).toContainEqual({ text: 'him a “nice guy” and a friend', speaker: 'Anna Smith' });
  });

  it('takes a described subject that opens the clause ("The conservative publication has been …, arguing …")', () => {
    expect(
      attributions(
        'The conservative publication has been outspoken in its opposition to John Doe, arguing he is an opportunist.',
      ),
    ).toContainEqual({ text: 'he is an opportunist', speaker: null });
  });

  it('does not take a name that ends a longer phrase ("The Wisconsin Republican")', () => {
    const body = 'The Wisconsin Republican did give John Doe some credit, saying he should be congratulated.';
    const { mentions, entities } = markEntities(body, [
      ...TWO_PEOPLE,
      { id: 'r', name: 'Republican', type: 'organization', forms: ['Republican'] },
    ]);
    const found = findAttributions(body, mentions, entities).attributions;
    expect(found.filter((a) => a.speaker === 'Republican')).toEqual([]);
  });
});

describe('a share of people as the subject', () => {
  it('reads "Many fear …" and "…, and nearly three in five said …" as unnamed speakers', () => {
    const found = attributions(
      'Many fear they hear echoes of a painful past. Most voters were undecided, and nearly three in five said they are much less likely to vote.',
    );
    expect(found).toContainEqual({ text: 'they hear echoes of a painful past', speaker: null });
    expect(found).toContainEqual({ text: 'they are much less likely to vote', speaker: null });
  });

  it('does not read a quantity before a plural noun as a subject ("some worries over demand")', () => {
    const found = attributions(
      'The potential oversupply, combined with some worries over global demand next year, sent prices lower.',
    );
    expect(found).toEqual([]);
  });

  it('does not read a floating "all" as the subject: the names before it are', () => {
    const found = attributions('Anna Smith and John Doe all said the vote was fair.');
    expect(found.find((a) => a.text === 'the vote was fair')?.speaker).toEqual(expect.any(String));
  });
});

describe('a participle after a form of "be"', () => {
  it('is the clause\'s own verb, with the phrase before it as the subject ("A lawmaker in the Philippines is calling for …")', () => {
    expect(
      attributions('A lawmaker in the Philippines is calling for John Doe to be banned from the country.'),
    ).toContainEqual({
      text: 'John Doe to be banned from the country',
      speaker: 'lawmaker in the Philippines',
    });
  });
});

describe('a verb of speech in an infinitive ("… to say")', () => {
  it('takes the subject of the clause it serves ("Anna Smith took the stage on Tuesday night to say …")', () => {
    expect(
      attributions('Anna Smith took the stage on Tuesday night to say that she would stay in the race.'),
    ).toContainEqual({ text: 'that she would stay in the race', speaker: 'Anna Smith' });
  });

  it('takes the one led to speak ("The vote led Senator John Doe to declare …")', () => {
    expect(
      attributions('The surprise vote on Monday led Senator John Doe to declare that the bill was dead.'),
    ).toContainEqual({ text: 'that the bill was dead', speaker: 'John Doe' });
  });
});

describe('a learned participle right after its noun phrase', () => {
  it('takes that phrase as who holds the view ("an outside group backing …")', () => {
    // (The frame's: findAttributions lists no attribution for a learned view inside another's content.)
    const found = framesMarked(
      'Wealthy donors handed over $25 million last month to an outside group backing Senator John Doe, the filings show.',
      TWO_PEOPLE,
    );
    expect(found.map((a) => a.text.slice(0, 16))).toContain('Senator John Doe');
  });
});

describe('a plural noun alone as the subject of a verb of speech', () => {
  it('reads "But opponents say …" and "…, security specialists say, …" as unnamed speakers', () => {
    const found = attributions(
      'But opponents say the rapid wage increase will push companies to leave the state. Such a move would be unusual, but security specialists say it cannot be ruled out.',
    );
    expect(found).toContainEqual({
      text: 'the rapid wage increase will push companies to leave the state',
      speaker: null,
    });
    expect(found).toContainEqual({ text: 'it cannot be ruled out', speaker: null });
  });
});

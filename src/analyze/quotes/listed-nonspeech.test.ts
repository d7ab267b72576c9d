import { describe, expect, it } from 'vitest';
import { attributionsMarked, listedMarked as listed, personSpec as person } from './test-helpers.js';

// Shapes a reader of real news pages found in who-said-what that are no one's speech (bench/quotes/RESULTS.md,
// dogfood57 and nonspeech58): thoughts, acts, a study's finding, a proverb, a title, a scare quote under a thought.
// The attribution layer keeps the frames PolNeAR marks; only the listing changes. Invented sentences.

const WHITLOCK = [person('w', 'Dana Whitlock', 'Whitlock')];
const texts = (body: string, specs = WHITLOCK): string[] => listed(body, specs).map(([text]) => text);
const read = (body: string, specs = WHITLOCK): string[] => attributionsMarked(body, specs).map((a) => a.text);

describe('thoughts', () => {
  it('a realization is not listed, though the attribution layer keeps it', () => {
    const body = 'Whitlock realized that the harbor fund had been empty since the spring of last year.';
    expect(texts(body)).toEqual([]);
    expect(read(body).join(' ')).toContain('the harbor fund had been empty');
  });

  it('a question someone wonders about is not listed, nor a paraphrase inside it', () => {
    expect(
      texts(
        'The delay has council members wondering if new ferry routes, cheaper fares and pledges to repair the pier are enough to win back riders.',
        [],
      ),
    ).toEqual([]);
    expect(texts('Commuters are left wondering whether the ferry will ever run on time again.', [])).toEqual(
      [],
    );
  });

  it('a wondering told as an event stays, as it is mostly a question put aloud', () => {
    expect(
      texts('Whitlock has repeatedly wondered whether the ferry board will be fair to her.').join(' '),
    ).toContain('whether the ferry board will be fair');
  });

  it('what someone "sees as" something is not listed, unless it quotes them', () => {
    expect(texts('Whitlock sees the ferry strike as a test of her whole mayoralty.')).toEqual([]);
    expect(texts('Whitlock sees the ferry strike as her “biggest test yet.”').join(' ')).toContain(
      'biggest test yet',
    );
  });

  it('a scare quote inside a thought is not credited to the thinker', () => {
    const got = listed(
      'Whitlock recognizes that a “skinny” budget deal would hurt the harbor district.',
      WHITLOCK,
    );
    expect(got.filter(([text]) => text === 'skinny')).toEqual([]);
  });

  it('a scare-quote-shaped word under a verb of saying stays the speaker’s', () => {
    const got = listed('Whitlock promised a “showbiz” feel for the harbor festival next summer.', WHITLOCK);
    expect(got.filter(([text]) => text === 'showbiz')).toEqual([['showbiz', 'Dana Whitlock']]);
  });
});

describe('acts', () => {
  it('a deal someone "agreed" is an act; "agreed that …" stays', () => {
    expect(
      texts('Whitlock has agreed a deal to take over the harbor board until the end of next season.'),
    ).toEqual([]);
    expect(texts('Whitlock agreed that the harbor board had waited too long to act.').join(' ')).toContain(
      'the harbor board had waited too long',
    );
  });

  it('a ruling on someone’s request is an act; "rejected the claims" stays', () => {
    expect(
      texts(
        'Last week, a judge rejected Whitlock’s attempt to delay the full hearing on the harbor contract.',
      ),
    ).toEqual([]);
    expect(
      texts('Whitlock rejected the claims that the harbor contract had been rigged.').join(' '),
    ).toContain('the claims that the harbor contract had been rigged');
  });

  it('"named" before a name gives what someone is called', () => {
    expect(
      texts(
        'All candidates not named Whitlock have serious work to do when it comes to the harbor vote.',
        [],
      ),
    ).toEqual([]);
  });
});

describe('findings, sayings and titles', () => {
  it('a study’s finding is not listed; a researcher’s "found that …" stays', () => {
    expect(
      texts(
        'Another study in 40 adults found that walking after meals lowered blood sugar for most of them.',
      ),
    ).toEqual([]);
    expect(
      texts('Whitlock found that walking after meals lowered blood sugar for most of them.').join(' '),
    ).toContain('walking after meals lowered blood sugar');
  });

  it('"saying" as a verb before a quotation is no proverb', () => {
    expect(texts('The tabloid ran a cover saying “Don’t be a bum, Dana!” on Friday.', [])).toEqual([
      'Don’t be a bum, Dana!',
    ]);
  });

  it('a proverb in quotation marks is no one’s words', () => {
    expect(
      texts('There’s a saying that goes “the river never returns to its spring” which fits the town.', []),
    ).toEqual([]);
  });

  it('a title run on from a word of the sentence is no quote; the words after "told" are', () => {
    expect(
      texts(
        'After playing “Down By The Harbor,” the singer told the crowd, “that was our first song ever, thank you.”',
        [],
      ),
    ).toEqual(['that was our first song ever, thank you.']);
  });
});

describe('Q&A answers', () => {
  it('a list answer with no stop is not listed; an answer in sentences is', () => {
    const body =
      'Dana Whitlock took our questions.\n\nQ: What is next for the harbor?\n\nA: We are moving the ferry terminal to the north pier next year.\n\nQ: Favorite childhood memory?\n\nA: Trip to the lake with my brothers\n\nQ: Favorite apps?\n\nA: Maps, Weather, and Tide Charts';
    expect(texts(body)).toEqual(['We are moving the ferry terminal to the north pier next year.']);
  });
});

describe('an -ed form after an owner’s word', () => {
  it('qualifies the noun after it: "His repeated claims of …" is not listed as a frame of "repeated"', () => {
    expect(
      texts(
        'His repeated claims of having no memory of the meeting were contrasted with his memory of the lunch.',
        [],
      ).filter((text) => text.startsWith('claims of')),
    ).toEqual([]);
  });

  it('leaves a subject’s verb a frame ("Whitlock repeated her claims that …")', () => {
    expect(texts('Whitlock repeated her claims that the harbor vote was rigged.').join(' ')).toContain(
      'her claims that the harbor vote was rigged',
    );
  });
});

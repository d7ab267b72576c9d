import { describe, expect, it } from 'vitest';
import { attributionsMarked, listedMarked as listed, personSpec as person } from './test-helpers.js';

// Shapes read on the 181 real news pages (bench/quotes/RESULTS.md, nonspeech59) that who-said-what listed though no
// one said anything: what a test, research or data shows, a thing "called" a name, what someone learned, and the
// writer's own labels in quotation marks. The attribution layer keeps the frames PolNeAR marks; only the listing
// changes. Invented sentences.

const ORTEGA = [person('o', 'Lucia Ortega', 'Ortega')];
const texts = (body: string, specs = ORTEGA): string[] => listed(body, specs).map(([text]) => text);
const read = (body: string, specs = ORTEGA): string[] => attributionsMarked(body, specs).map((a) => a.text);

describe('findings of tests, research and data', () => {
  it('what a medical test or scan shows is not listed, though the attribution layer keeps it', () => {
    const body = 'Breathing tests showed that her lungs held far less air than they should.';
    expect(texts(body, [])).toEqual([]);
    expect(read(body, []).join(' ')).toContain('her lungs held far less air');
    expect(texts('Blood tests revealed that the girl had antibodies to pigeon proteins.', [])).toEqual([]);
  });

  it('what research or data that names no one shows is not listed', () => {
    expect(texts('Research also shows that short naps can lower stress in shift workers.', [])).toEqual([]);
    expect(
      texts('Other studies indicate that cold water swimming can lift the mood of older adults.', []),
    ).toEqual([]);
  });

  it('a poll, a researcher and a named group keep their findings', () => {
    expect(
      texts('A new Harbor Times poll shows that most voters now back the ferry levy.', []).join(' '),
    ).toContain('most voters now back the ferry levy');
    expect(texts('Ortega found that the harbor fund had been empty since spring.').join(' ')).toContain(
      'the harbor fund had been empty',
    );
  });
});

describe('a thing called a name', () => {
  it('"a … called" names a thing, and says nothing', () => {
    expect(
      texts('Lee had found a group of cells called type 3 helper cells that release these signals.', []),
    ).toEqual([]);
  });

  it('a quotation after "a … called" is a name, not the words of the thing named', () => {
    expect(
      texts(
        'He fell for an old Irish script called “Salt Water,” a story about a ferry captain who never sails.',
        [],
      ),
    ).toEqual([]);
    expect(texts('She joined a group called “sisters of the tide” in 2015.', [])).toEqual([]);
  });
});

describe('what someone learned', () => {
  it('learning something is not saying it, clause or not', () => {
    const body = 'Ortega learned that the harbor fund had been empty since the spring of last year.';
    expect(texts(body)).toEqual([]);
    expect(read(body).join(' ')).toContain('the harbor fund had been empty');
  });

  it('trying to find out, or noting if something happened, is no claim', () => {
    expect(
      texts(
        'The Harbor Times tried to find out about the ferry plan and landed on the website of the council.',
        [],
      ),
    ).toEqual([]);
    expect(
      texts(
        'The team looked at records from four towns and noted if and how often residents used the ferry in the past month.',
        [],
      ),
    ).toEqual([]);
  });

  it('a quotation in what someone learned stays', () => {
    expect(texts('Ortega learned that the board saw her plan as “a fantasy.”').join(' ')).toContain(
      'a fantasy',
    );
  });
});

describe('the writer’s labels', () => {
  it('a scare quote that ends the sentence with no verb of saying is not listed', () => {
    expect(texts('Amid all this, a story has gone viral on social media about a ‘cloud café’!', [])).toEqual(
      [],
    );
    expect(texts('Magazines have carried the story about this odd ‘café’.', [])).toEqual([]);
  });

  it('a slogan set before its noun is not listed', () => {
    expect(
      texts('The county’s “Rivers. We’re on it.” campaign has drawn jeers since it began in May.', []),
    ).toEqual([]);
  });

  it('a phrase set off by a comma, and words framed by a verb of saying, stay', () => {
    expect(
      texts('Letters from the board called her an “amateur and dreamer,” reckless and naive.', []).join(' '),
    ).toContain('amateur and dreamer');
    expect(
      texts('A judge ruled that Ortega must stay in jail because of her “record of flight”.').join(' '),
    ).toContain('record of flight');
  });
});

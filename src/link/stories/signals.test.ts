import { describe, expect, it } from 'vitest';
import { dayOf, extractSignals, stem, type TokenCache } from './signals.js';

describe('stem', () => {
  it('merges common inflections and leaves short words alone', () => {
    expect(stem('earthquakes')).toBe('earthquake');
    expect(stem('killed')).toBe('kill');
    expect(stem('casualties')).toBe('casualty');
    expect(stem('rescuing')).toBe('rescu');
    expect(stem('bus')).toBe('bus');
    expect(stem('crisis')).toBe('crisis');
  });
});

describe('dayOf', () => {
  it('reads ISO dates and date-times, and refuses the rest', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2020-09-02T10:00:00Z')).toBe(dayOf('2020-09-02'));
    expect(dayOf('2 September 2020')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });
});

describe('extractSignals', () => {
  const sig = extractSignals({
    title: 'Quake hits Albania',
    body: 'The earthquake struck Durres on Tuesday. Rescuers in Durres found 40 bodies, the ministry said in 2019.\n\nWhere next?',
    published: '2019-11-26',
  });

  it('collects capitalised tokens as names, not weekdays, nor words capitalised only at a sentence start', () => {
    expect([...sig.names.keys()].sort()).toEqual(['albania', 'durres']);
  });

  it('counts a sentence-initial name when the article also capitalises it mid-sentence', () => {
    const s = extractSignals({
      title: null,
      body: 'Putin spoke. Then he met Putin. Rescuers came.',
      published: null,
    });
    expect(s.names.has('putin')).toBe(true);
    expect(s.names.has('rescuers')).toBe(false);
    expect(s.names.get('putin')).toBe(1);
  });

  it('keeps content words stemmed, without stop words or weekdays', () => {
    expect(sig.words.has('earthquake')).toBe(true);
    expect(sig.words.has('rescuer')).toBe(true);
    expect(sig.words.has('the')).toBe(false);
    expect(sig.words.has('tuesday')).toBe(false);
    expect(sig.words.has('said')).toBe(false);
  });

  it('splits years from other numbers and reads the publication day', () => {
    expect(sig.years).toEqual([2019]);
    expect([...sig.numbers.keys()]).toEqual(['40 body']);
    expect(sig.day).toBe(dayOf('2019-11-26'));
  });

  it('keys a number with its unit or context word, joined or not, and keeps it bare without one', () => {
    const s = extractSignals({
      title: '6.1-magnitude quake kills 3',
      body: 'A magnitude 7.2 tremor followed. The toll was 12.',
      published: null,
    });
    expect([...s.numbers.keys()].sort()).toEqual(['12', '3 kill', '6.1 magnitude', '7.2 tremor']);
  });

  it('weighs a name in the headline above one the body repeats: the headline says who the event is about', () => {
    const s = extractSignals({
      title: 'Police arrest Williams',
      body: 'The Chargers said on Monday that the Chargers would wait. The Chargers, the Chargers and the Chargers.',
      published: null,
    });
    // Once in the title against five times in the body (twice would weigh it below).
    expect(s.names.get('williams')!).toBeGreaterThan(s.names.get('chargers')!);
  });

  it('counts the weekdays and months named: weekdays in any case, months capitalised, not "May" nor "march"', () => {
    const s = extractSignals({
      title: 'Vote on Sunday',
      body: 'Polls open sunday and close Monday. In December and Dec. voters march; May they vote? Results in Sept.',
      published: null,
    });
    const named = (slot: number) => s.calendar[slot];
    // The title counts six times, as everywhere in the signals (TITLE_WEIGHT).
    expect([0, 1, 2, 3, 4, 5, 6].map(named)).toEqual([1, 0, 0, 0, 0, 0, 7]);
    expect(named(7 + 11)).toBe(2);
    expect(named(7 + 8)).toBe(1);
    expect(named(7 + 4) + named(7 + 2)).toBe(0);
    expect(extractSignals({ title: null, body: 'Nothing dated here.', published: null }).calendar).toEqual(
      [],
    );
  });

  it('leaves out a weekday that names a day of the calendar: Black Friday, Cyber Monday, Super Tuesday', () => {
    const s = extractSignals({
      title: 'Early Black Friday savings on Orbex headphones',
      body:
        'Black Friday is ten days away, and Cyber Monday follows. The sale opened on Wednesday. Super Tuesday ' +
        'voters, black Friday shoppers and Good Friday services aside, the price drops again on Friday.',
      published: null,
    });
    const named = (slot: number) => s.calendar[slot];
    // Wednesday once; Friday once (the last), not the seven of "Black Friday" (six in the title) nor "Good Friday";
    // "black Friday" in lower case is no such name, so it counts too.
    expect([0, 1, 2, 3, 4, 5, 6].map(named)).toEqual([0, 0, 1, 0, 2, 0, 0]);
    const onlyNamedDays = extractSignals({
      title: null,
      body: 'Deals for Black Friday and Cyber Monday.',
      published: null,
    });
    expect(onlyNamedDays.calendar).toEqual([]);
  });

  it('takes the year stated most as the main year, a title mention counting more, the latest on a tie', () => {
    const main = (title: string | null, body: string) =>
      extractSignals({ title, body, published: null }).mainYear;
    expect(main(null, 'Escaped in 1994. Sentenced in 2008, in a case opened in 2008.')).toBe(2008);
    expect(main('Nichols sentenced in 2008', 'He escaped in 1994 and in 1994 again.')).toBe(2008);
    expect(main(null, 'Convicted in 2001. Sentenced in 2006.')).toBe(2006);
    expect(main(null, 'No year here.')).toBeNull();
  });

  it('takes a dated article’s own year over the one earlier year its text recalls', () => {
    const main = (body: string, published: string | null) =>
      extractSignals({ title: 'Champion stops challenger again', body, published }).mainYear;
    const recall = 'The champion, who first beat the challenger in 2008, stopped him again on Saturday.';
    expect(main(recall, '2012-07-07')).toBe(2012);
    expect(main(recall, '2012-07-07T10:00:00Z')).toBe(2012);
    // Undated, or the text's year is not earlier: the text decides, as before.
    expect(main(recall, null)).toBe(2008);
    expect(main('The rematch is planned for 2013, the promoter said.', '2012-07-07')).toBe(2013);
    // Several years: the text's counts decide.
    expect(main('Beaten in 2008 and in 2008 again, he won in 2010.', '2012-07-07')).toBe(2008);
    // No year in the text: none, whatever the date (only a side that names a year is compared).
    expect(main('He stopped him again on Saturday.', '2012-07-07')).toBeNull();
  });

  it('keys a day with its month, either way round, so dates compare across articles', () => {
    const s = extractSignals({
      title: null,
      body: 'The vote planned for December 15, 2013 was held on 15 Dec. as planned.',
      published: null,
    });
    expect([...s.numbers.keys()]).toEqual(['15 december']);
    expect(s.years).toEqual([2013]);
  });

  it('lists the surnames of the people the entity stage found', () => {
    const s = extractSignals({
      title: null,
      body: 'Tara Reid met Madonna in Malibu.',
      published: null,
      entities: [
        { name: 'Tara Reid', type: 'person' },
        { name: 'Madonna', type: 'person' },
        { name: 'Malibu', type: 'place' },
      ],
    });
    expect(s.persons.sort()).toEqual(['madonna', 'reid']);
  });

  it('lists the people the headline names apart: who the article is about, not whom it recalls', () => {
    const s = extractSignals({
      title: "Chargers' Jamal Williams arrested on DUI suspicion",
      body: 'Williams was the second Charger arrested this season; receiver Vincent Jackson was arrested in January.',
      published: null,
      entities: [
        { name: 'Jamal Williams', type: 'person' },
        { name: 'Vincent Jackson', type: 'person' },
      ],
    });
    expect(s.persons.sort()).toEqual(['jackson', 'williams']);
    expect(s.headPersons).toEqual(['williams']);
  });

  it("lists the title's content words, stemmed as the word keys are, and none for an untitled article", () => {
    const body = 'Acme unveiled the Zephyr X on Tuesday, a phone with a folding screen.';
    const s = extractSignals({
      title: "Acme's Zephyr X phones: folding-screen hands-on",
      body,
      published: null,
    });
    expect(s.headWords).toEqual(['acme', 'zephyr', 'phone', 'fold', 'screen', 'hand']);
    for (const w of s.headWords ?? []) expect(s.words.has(w) || s.names.has(w)).toBe(true);
    expect(extractSignals({ title: null, body: `${body} ${body}`, published: null }).headWords).toEqual([]);
  });

  it('keeps the headline surnames the tagger found alone, and the surnames of full names', () => {
    const s = extractSignals({
      title: "Chargers' Jackson arrested on suspicion of DUI",
      body: 'Jackson failed sobriety tests, the highway patrol said. Coach Norv Turner said he would play.',
      published: null,
      entities: [
        { name: 'Jackson', type: 'person' },
        { name: 'Norv Turner', type: 'person' },
        { name: 'Chargers', type: 'organization' },
      ],
    });
    expect(s.headPersons).toEqual([]);
    expect(s.headSurnames).toEqual(['jackson']);
    expect(s.fullPersons).toEqual(['turner']);
  });

  it('keeps the full names of people named in full, lower-case without marks, once each', () => {
    const s = extractSignals({
      title: "Nadia O'Okafor and Emeka Okafor reach the summit",
      body: "Nadia O'Okafor and her cousin Emeka Okafor reached the summit on Sunday. Okafor said it was cold.",
      published: null,
      entities: [
        { name: "Nadia O'Okafor", type: 'person' },
        { name: 'Emeka Okafor', type: 'person' },
        { name: 'Okafor', type: 'person' },
        { name: 'Emeka Okafor', type: 'person' },
        { name: 'Mount Kenya', type: 'place' },
      ],
    });
    expect(s.fullNames).toEqual(['nadia ookafor', 'emeka okafor']);
    expect(s.fullPersons).toEqual(['ookafor', 'okafor']);
  });

  it("reads the lede's opening people as headline surnames when the headline names no one, not a byline", () => {
    const signals = (body: string) =>
      extractSignals({
        title: 'Chargers receiver arrested for DUI',
        body,
        published: null,
        entities: [
          { name: 'Vincent Jackson', type: 'person' },
          { name: 'Norv Turner', type: 'person' },
        ],
      });
    const s = signals(
      'San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving on Tuesday. ' +
        'Coach Norv Turner said Jackson would play on Sunday against the Steelers in Pittsburgh.',
    );
    expect(s.headPersons).toEqual([]);
    expect(s.headSurnames).toEqual(['jackson']);
    const byline = signals(
      'By Vincent Jackson, staff writer. Chargers receiver was arrested on suspicion of drunk driving on Tuesday. ' +
        'Coach Norv Turner said he would play on Sunday against the Steelers in Pittsburgh.',
    );
    expect(byline.headSurnames).toEqual([]);
  });

  it('gives unit-length vectors, so long articles do not outweigh short ones in a story', () => {
    const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((a, v) => a + v * v, 0));
    expect(norm(sig.words)).toBeCloseTo(1, 10);
    expect(norm(sig.names)).toBeCloseTo(1, 10);
  });

  it('adds the entity stage full names to the capitalised tokens when given', () => {
    const s = extractSignals({
      title: null,
      body: 'Lindsay Lohan checked in. Lohan thanked Fans.',
      published: null,
      entities: [{ name: 'Lindsay Lohan', type: 'person' }],
    });
    expect([...s.names.keys()].sort()).toEqual(['fans', 'lindsay lohan', 'lohan']);
    // The full name outweighs the lone token it contains: it is what tells two people of one surname apart.
    expect(s.names.get('lindsay lohan')!).toBeGreaterThan(s.names.get('fans')!);
  });

  it('gives the same signals with a shared token cache as with a fresh one, document after document', () => {
    // Token tallies live on the cached token records: a second document must not inherit the first one's counts.
    const first = {
      title: 'Quake hits Albania',
      body: 'Durres shook. Durres and Tirana mourn 40.',
      published: null,
    };
    const second = { title: null, body: 'Tirana counts the dead in Durres, Durres again.', published: null };
    const cache: TokenCache = new Map();
    extractSignals(first, cache);
    const shared = extractSignals(second, cache);
    const fresh = extractSignals(second);
    expect([...shared.words]).toEqual([...fresh.words]);
    expect([...shared.names]).toEqual([...fresh.names]);
    // "Tirana" opens the second document's only sentence that names it, so it is no name there.
    expect([...fresh.names.keys()]).toEqual(['durres']);
  });
});

describe('extractSignals of an article without a headline', () => {
  const lede = 'Wladimir Klitschko stopped Tony Thompson in the sixth round in Bern on Saturday night.';
  const rest =
    'The champion dominated from the opening bell and dropped the American twice before the referee waved it off. Thompson, 40, had hoped for an upset in front of a hostile crowd.';

  it('reads the first sentence as the headline', () => {
    const untitled = extractSignals({ title: null, body: `${lede} ${rest}`, published: null });
    const titled = extractSignals({ title: lede, body: `${lede} ${rest}`, published: null });
    expect(untitled.names).toEqual(titled.names);
    expect(untitled.words).toEqual(titled.words);
  });

  it('reads no headline into a body that is little more than one sentence', () => {
    const short = extractSignals({
      title: null,
      body: `${lede} Fans in Ukraine celebrated.`,
      published: null,
    });
    expect(short.names.get('klitschko')).toBeCloseTo(short.names.get('ukraine') ?? 0);
    const long = extractSignals({
      title: null,
      body: `${lede} ${rest} Fans in Ukraine celebrated.`,
      published: null,
    });
    expect(long.names.get('klitschko')).toBeGreaterThan(2 * (long.names.get('ukraine') ?? 0));
  });
});

import { describe, expect, it } from 'vitest';
import { listedMarked as listed, orgSpec, personSpec } from './test-helpers.js';

// What who-said-what should not list, read on news pages no quote rule was tuned on (the article-extraction set's
// pages: CBS Sports, Space.com, Car and Driver, Dear Abby, the Telegraph …); sentences as the outlets wrote them,
// names shortened.

const person = personSpec;
const org = orgSpec;

describe('a word only the learned detector calls a cue, with a plain object', () => {
  it('is an act, not speech ("Garrett responded by hitting Rudolph in the head …")', () => {
    const body =
      "Rudolph then tried to remove Garrett's helmet before Garrett responded by hitting Rudolph in the head with his own helmet.";
    const specs = [person('g', 'Myles Garrett', 'Garrett'), person('r', 'Mason Rudolph', 'Rudolph')];
    expect(listed(body, specs)).toEqual([]);
  });

  it('is an act, not speech, when it governs a gerund with a "for …ing" after it ("began releasing … for causing")', () => {
    // Founding example (Press TV): an opening "On Thursday," and a learned "began" once read as the authorities' view.
    const body =
      'On Thursday, authorities in Kelmoor began releasing some of the people detained for causing damage to state buildings.';
    expect(listed(body, [])).toEqual([]);
  });

  it('is an act, not speech ("Hubble has spotted indirect evidence of such plumes …")', () => {
    const body =
      "NASA's Hubble Space Telescope has spotted indirect evidence of such plumes emanating from Europa.";
    expect(listed(body, [org('h', 'Hubble Space Telescope')])).toEqual([]);
  });
});

describe('a learned cue that is seldom one in PolNeAR, with a plain object', () => {
  it('is an act, not speech ("Amazon is offering Prime members a free $10 gift card")', () => {
    const body = 'Amazon is offering Prime members a free $10 Amazon gift card if you get either version.';
    expect(listed(body, [org('a', 'Amazon')])).toEqual([]);
  });

  it('stays when a listed verb of saying reports it ("he told police he supported Trump …")', () => {
    const body =
      'When Carlineo was approached, he told police he supported Trump and hates radical Muslims in government.';
    const got = listed(body, [
      person('c', 'Patrick Carlineo', 'Carlineo'),
      person('t', 'Donald Trump', 'Trump'),
    ]);
    expect(got.map(([, speaker]) => speaker)).toContain('Patrick Carlineo');
  });
});

describe('what someone would not say', () => {
  it('is no statement ("He declined to say when Disney might change its sports strategy")', () => {
    const body =
      'Mayer spoke at the conference. He declined to say when Disney might change its sports strategy and decide to stream marquee sports.';
    expect(listed(body, [person('m', 'Kevin Mayer', 'Mayer')])).toEqual([]);
  });

  it('is no statement ("… but it didn\'t say when the wagon will go on sale")', () => {
    const body =
      "VW says the car is a preview of a production vehicle for North America and Europe, but it didn't say when the wagon will go on sale.";
    expect(listed(body, [org('vw', 'VW')])).toEqual([
      ['the car is a preview of a production vehicle for North America and Europe', 'VW'],
    ]);
  });
});

describe('a speakerless source ending in "to" before its cue', () => {
  it('is the writer\'s own frame ("Is it fair to say that the event was …")', () => {
    const body =
      'Is it fair to say that the event was neither as bad as the sceptics thought it would be, nor as good as the organisers hoped it would be?';
    expect(listed(body)).toEqual([]);
  });

  it('is the writer\'s own frame ("I’d like to think the mission-driven companies …")', () => {
    const body =
      'I’d like to think the mission-driven companies flooding into the US market for financial services will be better for consumers.';
    expect(listed(body)).toEqual([]);
  });
});

describe('"you" outside quotation marks', () => {
  it('is the writer addressing the reader ("You say that there are cheaper Windows options")', () => {
    const body = "You say that there are cheaper Windows options, and you'll be right.";
    expect(listed(body)).toEqual([]);
  });
});

describe('a passive of saying after "be"', () => {
  it('is others\' word about the subject ("X and Y are said to be among the suppliers")', () => {
    const body =
      'Wistron and Global Lighting Technologies are said to be among the suppliers of the keyboards for the smaller notebook.';
    const specs = [org('w', 'Wistron'), org('g', 'Global Lighting Technologies')];
    expect(listed(body, specs).filter(([, speaker]) => speaker !== null)).toEqual([]);
  });
});

describe('a characterization or a charge after a learned cue', () => {
  it('stays ("Europeans dismissed the deal as toothless", "Clinton hit Trump for not paying federal income tax")', () => {
    const specs = [person('c', 'Hillary Clinton', 'Clinton'), person('t', 'Donald Trump', 'Trump')];
    const got = listed('Clinton hit Donald Trump for not paying federal income tax.', specs);
    expect(got).toEqual([['Donald Trump for not paying federal income tax', 'Hillary Clinton']]);
  });
});

describe('a short quotation in title case that nobody is credited with', () => {
  it('names a work, not words anyone said (Rolling Stone: "their single “Takin’ It to the Streets,”")', () => {
    const body =
      'McDonald came out during the encore for a surprise version of their single “Takin’ It to the Streets,” the title track of their 1976 album.';
    expect(listed(body)).toEqual([]);
  });

  it('stays when someone is credited with it ("“Make America Great Again,” Trump said")', () => {
    const body = 'He spoke in Iowa. “Make America Great Again,” Trump said.';
    expect(listed(body, [person('t', 'Donald Trump', 'Trump')])).toEqual([
      ['Make America Great Again,', 'Donald Trump'],
    ]);
  });
});

describe('a person who "found" or "learned" something plain', () => {
  it('had an experience and said nothing ("Smith still found it difficult to talk about Mike Ford’s death")', () => {
    const body =
      'After a few tries, I reached Valerie Smith by phone. Smith still found it difficult to talk about Mike Ford’s death and the events surrounding it.';
    expect(listed(body, [person('s', 'Valerie Smith', 'Smith'), person('f', 'Mike Ford', 'Ford')])).toEqual(
      [],
    );
  });

  it('reports a finding with a clause ("Howitt found that they had 18 times the number of tuft cells")', () => {
    const body = 'Michael Howitt found that they had 18 times the number of tuft cells previously reported.';
    expect(listed(body, [person('h', 'Michael Howitt', 'Howitt')])).toEqual([
      ['that they had 18 times the number of tuft cells previously reported', 'Michael Howitt'],
    ]);
  });
});

describe('a word or three in quotation marks run into the noun they qualify, credited to nobody', () => {
  it('is the writer\'s scare quote ("baffled by this “online business” thing", "a “vivid” touch display")', () => {
    const body =
      'Flash-forward to 2017. They were completely baffled by this “online business” thing on the web.';
    expect(listed(body)).toEqual([]);
  });

  it('stays when it ends a clause ("politicians have “vilified” educators", credited to a speaker)', () => {
    const body = 'Joel Schlabach, a teacher, said politicians have “vilified” educators.';
    const got = listed(body, [person('j', 'Joel Schlabach', 'Schlabach')]);
    expect(got.some(([text]) => text === 'vilified')).toBe(true);
  });
});

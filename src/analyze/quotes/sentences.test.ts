import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './marks.js';
import { endMarks, quoteAwareSentences } from './sentences.js';

const split = (body: string) => {
  const quotes = findQuotedSpans(body);
  let masked = body;
  for (const q of quotes)
    masked = masked.slice(0, q.open + 1) + '~'.repeat(q.close - q.open - 2) + masked.slice(q.close - 1);
  return quoteAwareSentences(body, masked, quotes).map((s) => body.slice(s.start, s.end));
};

describe('quoteAwareSentences', () => {
  it('keeps a multi-sentence quote and its speaker together', () => {
    expect(split('“I told him. He agreed,” Putin said. Then he left.')).toEqual([
      '“I told him. He agreed,” Putin said.',
      'Then he left.',
    ]);
  });

  it('reads a dot inside a model name in capitals as part of the name', () => {
    expect(split('The maker showed the QV. ORBIT TOURER, its chief said. Sales open in May.')).toEqual([
      'The maker showed the QV. ORBIT TOURER, its chief said.',
      'Sales open in May.',
    ]);
    expect(split('He phoned the FBI. Agents came.')).toEqual(['He phoned the FBI.', 'Agents came.']);
  });

  it('ends a sentence at a decade, but not at an initial', () => {
    expect(split('It was his tenure in the 1990s. Podesta said so. John F. Kennedy agreed.')).toEqual([
      'It was his tenure in the 1990s.',
      'Podesta said so.',
      'John F. Kennedy agreed.',
    ]);
  });

  it('goes on past initials joined by dots, but not past a state before a new sentence', () => {
    expect(split('CBC Chairman G.K. Butterfield said so. George H.W. Bush agreed.')).toEqual([
      'CBC Chairman G.K. Butterfield said so.',
      'George H.W. Bush agreed.',
    ]);
    expect(split('They met in Bedminster, N.J. Roger Ailes came too.')).toEqual([
      'They met in Bedminster, N.J.',
      'Roger Ailes came too.',
    ]);
  });

  it('keeps a tag with a two-word verb, or a "that" after its comma, with the quote before it', () => {
    expect(split('She smiled. “It happens, right?” Trump went on, as if he didn’t hear her.')).toEqual([
      'She smiled.',
      '“It happens, right?” Trump went on, as if he didn’t hear her.',
    ]);
    expect(
      split('“What does that mean?” Mr. Trump asked, repeating a broadside that he used often.'),
    ).toEqual(['“What does that mean?” Mr. Trump asked, repeating a broadside that he used often.']);
    expect(split('“Who?” Sources have informed that it was him.')).toEqual([
      '“Who?”',
      'Sources have informed that it was him.',
    ]);
  });

  it('keeps a tag closed by a comma with its aside, however long', () => {
    expect(
      split(
        '“And I’m not being paid!” Doe declared, a point he likes to make after a recent appearance on an urban radio station during which callers asked how much money he made.',
      ),
    ).toHaveLength(1);
  });

  it('keeps "?” Name said" together but cuts before a new sentence', () => {
    expect(split('“Who would have believed it?” Trump said. “Not me.” Crowds cheered.')).toEqual([
      '“Who would have believed it?” Trump said.',
      '“Not me.”',
      'Crowds cheered.',
    ]);
  });

  it('keeps "!” Name, an apposition, Verbed" together for any verb in the past tense', () => {
    expect(
      split(
        'He ran.\n“Not us but we cannot argue with it!” Murphy, the head of the group, Tweeted on Friday.',
      ),
    ).toEqual([
      'He ran.',
      '“Not us but we cannot argue with it!” Murphy, the head of the group, Tweeted on Friday.',
    ]);
    // Not after an auxiliary: the verb tells what happened to something.
    expect(split('He wrote.\n“So, who?” Her suggestions are redacted.')).toEqual([
      'He wrote.',
      '“So, who?”',
      'Her suggestions are redacted.',
    ]);
  });

  it('cuts at a full stop that lost its space ("said.Trump"), not in a web address', () => {
    expect(
      split('“It is over,” Trump said.Trump claimed that he knew. See fivethirtyeight.com for more.'),
    ).toEqual([
      '“It is over,” Trump said.',
      'Trump claimed that he knew.',
      'See fivethirtyeight.com for more.',
    ]);
  });

  it('does not cut after abbreviations and initials', () => {
    expect(split('Sen. John Smith of the U.S. Senate said so. Mr. Doe agreed.')).toEqual([
      'Sen. John Smith of the U.S. Senate said so.',
      'Mr. Doe agreed.',
    ]);
  });

  it('cuts after "U.S." when a word that opens sentences follows, but not before a name', () => {
    expect(
      split('He wants to bar them from the U.S. The plan drew criticism. Mr. Doe met the U.S. Senate.'),
    ).toEqual([
      'He wants to bar them from the U.S.',
      'The plan drew criticism.',
      'Mr. Doe met the U.S. Senate.',
    ]);
    expect(split('Sen. The Younger spoke.')).toEqual(['Sen. The Younger spoke.']);
  });

  it('ends a wire dateline at its dash, and its "Fla." ends nothing', () => {
    expect(split('Title.\n\nORLANDO, Fla. (Reuters) - Obama met survivors. He spoke.')).toEqual([
      'Title.',
      'ORLANDO, Fla. (Reuters) -',
      'Obama met survivors.',
      'He spoke.',
    ]);
    expect(split('PHILADELPHIA ― Clinton’s campaign said so.')).toEqual([
      'PHILADELPHIA ―',
      'Clinton’s campaign said so.',
    ]);
    expect(split('NATO - the alliance - met.')).toEqual(['NATO - the alliance - met.']);
  });

  it('ends a dateline in title case at its dash when an agency follows the place ("Kestrel City (AFP) –")', () => {
    expect(split('Title.\n\nKestrel City (AFP) – The port reopened. It was calm.')).toEqual([
      'Title.',
      'Kestrel City (AFP) –',
      'The port reopened.',
      'It was calm.',
    ]);
    expect(split('Port Ellis, Ore., May 2 (Reuters) - A ferry sank.')).toEqual([
      'Port Ellis, Ore., May 2 (Reuters) -',
      'A ferry sank.',
    ]);
    // A name in title case with a party and state, or one party letter, in brackets: no agency, no dateline.
    expect(split('Sen. Jane Doe (R-Ore.) — Backed by donors, she won.')).toEqual([
      'Sen. Jane Doe (R-Ore.) — Backed by donors, she won.',
    ]);
    expect(split('Jane Doe (D) — The senator won.')).toEqual(['Jane Doe (D) — The senator won.']);
    expect(split('Port Ellis – The ferry sank.')).toEqual(['Port Ellis – The ferry sank.']);
  });

  it('cuts after a full stop followed by a no-break space, as scraped pages have', () => {
    expect(split('The wait was too long.\u00a0About 270 people have come, officials said.')).toEqual([
      'The wait was too long.',
      'About 270 people have come, officials said.',
    ]);
  });

  it('keeps "?” Mrs. Name said" together: a title\'s dot ends no clause', () => {
    expect(split('“Did he not?” Mrs. Clinton said. “He did.” Dr. Jones left.')).toEqual([
      '“Did he not?” Mrs. Clinton said.',
      '“He did.”',
      'Dr. Jones left.',
    ]);
  });

  it('cuts after a quote closed by a full stop when a new sentence with its own verb follows', () => {
    expect(
      split(
        'Sen. Marco Rubio said Trump is “unelectable now.” Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the KKK “abhorrent” in a tweet Sunday.',
      ),
    ).toEqual([
      'Sen. Marco Rubio said Trump is “unelectable now.”',
      'Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the KKK “abhorrent” in a tweet Sunday.',
    ]);
    expect(split('“It was over.” He added, “We won.”')).toEqual(['“It was over.”', 'He added, “We won.”']);
    expect(
      split(
        'He was interviewed on “Today.” Jenna Bush Hager, a daughter of former President George W. Bush, has been a contributor to the show since 2009. She left.',
      ),
    ).toEqual([
      'He was interviewed on “Today.”',
      'Jenna Bush Hager, a daughter of former President George W. Bush, has been a contributor to the show since 2009.',
      'She left.',
    ]);
  });

  it('keeps a bare tag after a quote closed by a full stop: "“… missing.” Trump said."', () => {
    expect(split('“Find the emails that are missing.” Trump said on Twitter. Then he left.')).toEqual([
      '“Find the emails that are missing.” Trump said on Twitter.',
      'Then he left.',
    ]);
    expect(split('He left. “Find the emails that are missing.” Trump said.')).toEqual([
      'He left.',
      '“Find the emails that are missing.” Trump said.',
    ]);
  });
});

describe('endMarks', () => {
  it('finds every full stop, !, ? and newline in order, as /[.!?\\n]/g does', () => {
    for (const text of ['', 'no marks', '.', 'A. B! C? D\n', '?!..\n\n!', 'Mr. Smith?! Yes.\nNo', 'end.']) {
      const byPattern = [...text.matchAll(/[.!?\n]/g)].map((m) => m.index);
      expect(endMarks(text)).toEqual(byPattern);
    }
  });
});

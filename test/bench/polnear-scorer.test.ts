import { describe, expect, it } from 'vitest';
import { type GoldAttribution, namedSpeakerRight, sourceHead } from '../../bench/quotes/polnear.js';

const withSource = (text: string): GoldAttribution => ({
  content: { parts: [[0, 1]], text: 'x' },
  source: { parts: [[0, text.length]], text },
  cue: null,
});

describe('the PolNeAR scorer: the name heading a gold source', () => {
  it('is the last name before an apposition or relative clause', () => {
    expect(sourceHead(withSource('Sanders campaign manager Jeff Weaver'))).toBe('weaver');
    expect(sourceHead(withSource('Rep. Paul Ryan (R-WI)'))).toBe('ryan');
    expect(sourceHead(withSource('Brian Murphy, the chairman of the Rockingham County GOP'))).toBe('murphy');
    expect(sourceHead(withSource('Trump’s'))).toBe('trump');
    expect(sourceHead(withSource('Senator Ted Cruz of Texas'))).toBe('cruz');
    expect(sourceHead(withSource('Former Secretary of State Madeleine Albright'))).toBe('albright');
  });

  it('is none when a description heads the source', () => {
    expect(sourceHead(withSource('a senior Cruz adviser'))).toBeNull();
    expect(sourceHead(withSource('The Wisconsin Republican'))).toBeNull();
    expect(sourceHead(withSource('he'))).toBeNull();
    expect(sourceHead(withSource('A spokesman for Mayor Frank G. Jackson of Cleveland'))).toBeNull();
    expect(sourceHead(withSource('Trump and Ryan'))).toBeNull();
    expect(sourceHead(withSource('Donald Trump, Mike Huckabee and Chris Christie'))).toBeNull();
    expect(sourceHead(withSource('Sens. Rand Paul (Ky.) and Marco Rubio (Fla.)'))).toBeNull();
    expect(sourceHead(withSource('Robert Mercer, the GOP mega-donor and co-founder of a fund,'))).toBe(
      'mercer',
    );
  });
});

describe('the PolNeAR scorer: a lone word heading a source', () => {
  it('is a name only if the article capitalises it mid-sentence', () => {
    const article = 'Police say he fled. Later Trump said so, and police agreed.';
    expect(sourceHead(withSource('Police'), article)).toBeNull();
    expect(sourceHead(withSource('Trump'), article)).toBe('trump');
  });

  it('is no name when it heads a phrase alone and opens the sentence: a number, a plural noun', () => {
    const article =
      'Six in 10 voters said so. Voters who say the economy matters agreed. Trump, 69, said no.';
    expect(sourceHead(withSource('Six in 10 voters'), article)).toBeNull();
    expect(sourceHead(withSource('Voters who say the economy matters'), article)).toBeNull();
    expect(sourceHead(withSource('Two-thirds of Democratic insiders'), article)).toBeNull();
    expect(sourceHead(withSource('Trump, 69,'), 'Later Trump said so.')).toBe('trump');
    expect(sourceHead(withSource('Xinhua, the official news agency,'), article)).toBe('xinhua');
    expect(sourceHead(withSource('Their'), 'a form of anxiety: Their fear is real.')).toBeNull();
    expect(
      sourceHead(withSource('Poll'), 'Poll: Trump Ties Clinton. Another poll: Poll shows it.'),
    ).toBeNull();
  });
});

describe('the PolNeAR scorer: a description and its name', () => {
  it('takes the name set off after a description as the head', () => {
    expect(
      sourceHead(withSource('the director of the Federal Bureau of Investigation, James B. Comey,')),
    ).toBe('comey');
    expect(sourceHead(withSource('One of his advisers, Tad Devine,'))).toBe('devine');
    expect(sourceHead(withSource('a woman in Worcester, Massachusetts,'))).toBeNull();
    expect(sourceHead(withSource('his brother, George W. Bush, and the first lady, Laura Bush,'))).toBeNull();
  });

  it('takes no day of the week as a name', () => {
    expect(sourceHead(withSource('New polls released Sunday'))).toBeNull();
  });
});

describe('the PolNeAR scorer: names that only modify a common noun', () => {
  const gold = (text: string): GoldAttribution => ({
    content: { parts: [[100, 120]], text: 'x'.repeat(20) },
    source: { parts: [[50, 50 + text.length]], text },
    cue: null,
  });
  const article = `${'x'.repeat(48)}, ${'The Florida senator'.padEnd(200, ' ')}`;

  it('name nobody: "The Florida senator" and "a Clinton aide" are not scored as named sources', () => {
    expect(namedSpeakerRight(gold('The Florida senator'), 'Marco Rubio', article)).toBeNull();
    expect(namedSpeakerRight(gold('a Clinton aide'), 'Hillary Clinton', article)).toBeNull();
  });

  it('but a name heading the source is still scored ("Florida Sen. Marco Rubio")', () => {
    expect(namedSpeakerRight(gold('Florida Sen. Marco Rubio'), 'Marco Rubio', article)).toBe(true);
    expect(namedSpeakerRight(gold('Florida Sen. Marco Rubio'), 'Jeb Bush', article)).toBe(false);
  });
});

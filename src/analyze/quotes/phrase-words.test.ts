import { describe, expect, it } from 'vitest';
import { wordsOf } from './attribute/phrase-words.js';

// The scan that replaced opening-subjects.ts's word pattern (qspeed39) must find what that pattern found.
// Invented text; the pattern is kept here as the reference.

function byPattern(text: string, from: number, to: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}$][\p{L}\p{N}.’'&$-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:"~()—–]|(?<=\s)-+(?=\s)/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length > to) break;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const TEXTS = [
  'Some measures - deemed weak -- have (D-Vt.) stalled, the U.S. Dept. said; $5.2million “isn’t” enough: A&P’s co-op.',
  'Jane Roe — a surgeon – has $ $a. x.- a-- --b 5,000 Jan. 1, 2015, é-è naïve\u00a0-\u00a0x ~ "q" R-Fla.',
  'Zoë 𝐀bc a𝐀 𝟙2 x\ud800y \udc00z -\t- end-',
];

describe('wordsOf', () => {
  it('reads words, marks and spaced hyphens as the pattern did', () => {
    expect(wordsOf(TEXTS[0], 0, TEXTS[0].length).map((w) => w.text)).toEqual([
      'Some',
      'measures',
      '-',
      'deemed',
      'weak',
      '--',
      'have',
      '(',
      'D-Vt',
      ')',
      'stalled',
      ',',
      'the',
      'U.S',
      'Dept',
      'said',
      ';',
      '$5.2million',
      'isn’t',
      'enough',
      ':',
      'A&P’s',
      'co-op',
    ]);
  });

  it('finds what the pattern found from and to every position', () => {
    for (const text of TEXTS)
      for (let from = 0; from < text.length; from++)
        for (let to = from; to <= text.length; to += 3)
          expect(wordsOf(text, from, to)).toEqual(byPattern(text, from, to));
  });
});

import { describe, expect, it } from 'vitest';
import {
  hasDash,
  hasParagraphHyphen,
  lastCodeBetween,
  lastWord,
  lastWords,
  lettersBeforeEnd,
  looksTitleCase,
  lowerCased,
  nextWordEnd,
  onlySpacesAndQuotes,
  splitAtSpaces,
  wordCount,
  wordCountOutsideQuotes,
} from './text.js';

describe('word helpers', () => {
  it('lower-cases as toLowerCase does, handing back a plain lower-case word itself', () => {
    // Words cut from a text with curly quotes, so two-byte strings as the quote finder sees them.
    const text = '“Said” the ÉLAN of Zoë’s said';
    for (const w of text.split(' ')) expect(lowerCased(w)).toBe(w.toLowerCase());
    const said = text.slice(text.lastIndexOf(' ') + 1);
    expect(lowerCased(said)).toBe(said);
    expect(lowerCased('')).toBe('');
  });

  it('finds the last character between two bounds as lastIndexOf does, or -1 before the lower bound', () => {
    const text = 'Gov. Tim Walz, a Democrat, said “no,” on Monday';
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length + 2; to++) {
        const at = text.lastIndexOf(',', to);
        expect(lastCodeBetween(text, 44, from, to)).toBe(at >= from ? at : -1);
      }
  });

  it('counts words up to the cap it is compared with', () => {
    expect(wordCount('Putin said, “Russia’s position is clear.”')).toBe(7);
    expect(wordCount('one two three four five', 3)).toBe(3);
    expect(wordCount(' — “ ” ')).toBe(0);
  });

  it('counts words outside masked quotations in place, as the slice with them dropped or spaced out', () => {
    const masked = 'said that "~~~~~~~~" and "~~~~"ly then "~~~ that"~"x';
    for (let a = 0; a < masked.length; a++)
      for (let b = a; b <= masked.length; b++) {
        const s = masked.slice(a, b);
        expect(wordCountOutsideQuotes(masked, a, b, 9, false)).toBe(wordCount(s.replace(/"~*"?/g, ''), 9));
        expect(wordCountOutsideQuotes(masked, a, b, 9, true)).toBe(wordCount(s.replace(/"~*"?/g, ' '), 9));
      }
    // 'that"~"x': the quotation dropped, the words either side are one; spaced out, two.
    expect(wordCountOutsideQuotes(masked, 44, 52, 9, false)).toBe(1);
    expect(wordCountOutsideQuotes(masked, 44, 52, 9, true)).toBe(2);
  });

  it('keeps the last k words with the space before them, so an end-anchored match is unchanged', () => {
    const tail = 'Earlier on Thursday the Russian Foreign Ministry spokeswoman';
    expect(lastWords(tail, 3)).toBe(' Foreign Ministry spokeswoman');
    expect(lastWords('the spokeswoman', 5)).toBe('the spokeswoman');
    const re = /(?:^|[^\p{L}])((?:the|a)\s+(?:[\p{L}]+\s+){0,3}[\p{L}]+)$/iu;
    expect(lastWords(tail, 5).match(re)?.[1]).toBe(tail.match(re)?.[1]);
  });

  it('reads the last word with titles and apostrophes, and the next word after a space', () => {
    expect(lastWord('said Sen.')).toBe('Sen.');
    expect(lastWord('Beto O’Rourke')).toBe('O’Rourke');
    const text = 'according  to sources';
    expect(text.slice(0, nextWordEnd(text, 9, 21))).toBe('according  to');
    expect(nextWordEnd('said.', 4, 10)).toBe(-1);
  });

  it('tells a title-case heading from a sentence', () => {
    expect(looksTitleCase('Donald Trump Praises Breitbart’s Matthew Boyle')).toBe(true);
    expect(looksTitleCase('The senator said the bill would pass next week.')).toBe(false);
    expect(looksTitleCase('Short Line')).toBe(false);
  });

  it('reads a heading within a text in place, as the slice would read', () => {
    const text =
      'The senator said the bill would pass.\nDonald Trump Praises Breitbart’s Matthew Boyle\nShort Line';
    const lines = text.split('\n');
    let at = 0;
    for (const line of lines) {
      expect(looksTitleCase(text, at, at + line.length)).toBe(looksTitleCase(line));
      at += line.length + 1;
    }
    expect(looksTitleCase(text, 38, 84)).toBe(true);
  });

  it('splits at whitespace (and hyphens) as a pattern split does, empty parts at the ends and a limit included', () => {
    const cases = [
      '',
      ' ',
      'said',
      '  Sen. Marco\tRubio  ',
      'a\u00a0b\u2009c\nd',
      'Vice-President  Joe -Biden-',
      'x y z w',
    ];
    for (const s of cases) {
      expect(splitAtSpaces(s)).toEqual(s.split(/\s+/));
      expect(splitAtSpaces(s, 2)).toEqual(s.split(/\s+/, 2));
      expect(splitAtSpaces(s, 0)).toEqual(s.split(/\s+/, 0));
      expect(splitAtSpaces(s, Number.POSITIVE_INFINITY, true)).toEqual(s.split(/[\s-]+/));
    }
  });

  it('tells a stretch of only spaces and quotation marks as /^[\\s"~]*$/ does', () => {
    for (const s of ['', ' " ~~ ', '\u00a0"', ' a ', '“'])
      expect(onlySpacesAndQuotes(s, 0, s.length)).toBe(/^[\s"~]*$/.test(s));
    expect(onlySpacesAndQuotes('ab  "c', 2, 5)).toBe(true);
    expect(onlySpacesAndQuotes('ab', 5, 9)).toBe(true);
  });

  it('finds the letters before the closing whitespace as /([\\p{L}]+)\\s*$/u does', () => {
    const cases = [
      '',
      '  ',
      'said to ',
      'of  ',
      'Müller\u00a0',
      'U.S. ',
      'from 𝐀𝐁 ',
      '\udc00ab',
      'word,',
      'x—de',
    ];
    for (const s of cases)
      expect(lettersBeforeEnd(s, 0, s.length)).toBe(s.match(/([\p{L}]+)\s*$/u)?.[1] ?? '');
    expect(lettersBeforeEnd('\ud835\udc00ab', 1, 4)).toBe('ab');
  });

  it('finds a paragraph opened by a hyphen as /\\n\\s*-(?:[ \\t]|[A-Z])/ does', () => {
    const cases = [
      '',
      'a - b',
      'a\n- Bernie',
      'a\n\n\t-Michelle',
      'a\n-michelle',
      'a\n \n -\tX',
      'a\n-',
      'a\n -',
      'a\n\u00a0-É',
      'a\n-É',
      '\n\n\n',
      'x\nb-c\n - d',
    ];
    for (const s of cases) expect(hasParagraphHyphen(s)).toBe(/\n\s*-(?:[ \t]|[A-Z])/.test(s));
  });

  it('finds a dash as /[―—–]/ does', () => {
    for (const s of ['', 'a-b', 'a — b', 'a–b', '―', 'a‒b']) expect(hasDash(s)).toBe(/[―—–]/.test(s));
  });
});

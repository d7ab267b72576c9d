import { describe, expect, it } from 'vitest';
import { Finder } from './finder.js';
import { rolePhraseEndingAt } from './role-phrases.js';
import {
  CAPITALISED,
  EXOTIC,
  lastWordBefore,
  lowerWord,
  PLAIN,
  readWords,
  sentenceWords,
} from './sentence-words.js';

describe('readWords', () => {
  it('splits at what \\s matches and keeps where each word is, lower-cased, with its flags', () => {
    const text = ' An aide,\u2009"Quoted"\u00a0ex-Mayor ſo 𝐁ig\ttoday ';
    const w = readWords(text, 0, text.length);
    expect([...w.start].map((s, i) => text.slice(s, w.end[i]))).toEqual([
      'An',
      'aide,',
      '"Quoted"',
      'ex-Mayor',
      'ſo',
      '𝐁ig',
      'today',
    ]);
    expect(w.count).toBe(7);
    expect(lowerWord(w, 3)).toBe('ex-mayor');
    expect(w.lower[2]).toBeUndefined();
    expect(w.flags[0]).toBe(CAPITALISED | PLAIN);
    expect(w.flags[1] & PLAIN).toBe(0);
    expect(w.flags[3]).toBe(PLAIN);
    expect(w.flags[4] & EXOTIC).toBe(EXOTIC);
    expect(w.flags[5] & EXOTIC).toBe(EXOTIC);
    expect(w.flags[6] & EXOTIC).toBe(0);
  });

  it('reads only the stretch asked for, and finds the last word starting before a place', () => {
    const text = 'one two three';
    const w = readWords(text, 2, 9);
    expect([0, 1, 2].map((i) => lowerWord(w, i))).toEqual(['e', 'two', 't']);
    expect(lastWordBefore(w, 2)).toBe(-1);
    expect(lastWordBefore(w, 3)).toBe(0);
    expect(lastWordBefore(w, 5)).toBe(1);
    expect(lastWordBefore(w, 13)).toBe(2);
  });

  it('reads a sentence once and keeps its words on the finder', () => {
    const fx = new Finder('The mayor spoke. A spokesman for the city agreed.', [], []);
    const first = sentenceWords(fx, 1);
    expect([...first.start.keys()].map((i) => lowerWord(first, i))).toEqual([
      'a',
      'spokesman',
      'for',
      'the',
      'city',
      'agreed.',
    ]);
    expect(sentenceWords(fx, 1)).toBe(first);
  });
});

/** The pattern the walk answers for (see role-phrases.ts), with a shorter list of heads. */
describe('rolePhraseEndingAt', () => {
  const phrase = (text: string) => {
    const fx = new Finder(`${text} said.`, [], []);
    const p = rolePhraseEndingAt(fx, 0, text.length);
    return p && { phrase: text.slice(p.start), det: p.det, mods: p.mods, head: p.head };
  };

  it('takes a determiner and up to three modifiers before the head, as far back as they go', () => {
    expect(phrase('Officials met the former Ohio governor')).toEqual({
      phrase: 'the former Ohio governor',
      det: 'the',
      mods: 'former Ohio ',
      head: 'governor',
    });
    expect(phrase('A No 10 spokesman')).toEqual({
      phrase: 'A No 10 spokesman',
      det: 'A',
      mods: 'No 10 ',
      head: 'spokesman',
    });
    expect(phrase('THE FORMER PRIME MINISTER')?.head).toBe('PRIME MINISTER');
    expect(phrase('his vice-president')?.head).toBe('vice-president');
  });

  it('stops at a stop word or a mark, and starts after a mark within a word', () => {
    expect(phrase('after the European bloc')?.phrase).toBe('the European bloc');
    expect(phrase('the ex-president')?.phrase).toBe('president');
    expect(phrase('said (former spokesman')?.phrase).toBe('former spokesman');
    expect(phrase('the new, young spokesman')?.phrase).toBe('young spokesman');
    expect(phrase('one two three four spokesman')?.phrase).toBe('two three four spokesman');
    expect(phrase('the spokesmen')).toBeNull();
  });

  it('answers as the pattern for text the walk does not read itself', () => {
    // The long s is an "s" to case folding: "ſaid" is the stop word "said".
    expect(phrase('the ſaid spokesman')?.phrase).toBe('spokesman');
    expect(phrase('the 𝐁ig spokesman')?.phrase).toBe('the 𝐁ig spokesman');
  });
});

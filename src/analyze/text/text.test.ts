import { describe, expect, it } from 'vitest';
import * as door from './index.js';
import { looksEnglish, splitSentences, tokenize } from './index.js';

const words = (s: string): string[] => tokenize(s).map((t) => t.text);
const sentences = (s: string): string[] => splitSentences(s).map((sp) => s.slice(sp.start, sp.end));

describe('tokenize', () => {
  it('keeps titles, acronyms, initials and party codes whole', () => {
    expect(words('US Rep. Ilhan Omar (D-MN) met J. Smith in the U.S. capital')).toEqual([
      'US',
      'Rep.',
      'Ilhan',
      'Omar',
      '(',
      'D-MN',
      ')',
      'met',
      'J.',
      'Smith',
      'in',
      'the',
      'U.S.',
      'capital',
    ]);
  });

  it('splits possessives and negations, keeps numbers and URLs', () => {
    expect(words("Putin’s aides didn't pay $1,000.50 at www.presstv.co.uk.")).toEqual([
      'Putin',
      '’s',
      'aides',
      'did',
      "n't",
      'pay',
      '$',
      '1,000.50',
      'at',
      'www.presstv.co.uk',
      '.',
    ]);
  });

  it('gives offsets that slice back to the token text', () => {
    const text = '“Russia pointed out,” noted the statement, carried by TASS.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence after a title or an initial', () => {
    expect(sentences('Rep. Ilhan Omar spoke. Sen. J. Smith replied.')).toEqual([
      'Rep. Ilhan Omar spoke.',
      'Sen. J. Smith replied.',
    ]);
  });

  it('keeps "U.S." inside a sentence but ends one before a sentence opener', () => {
    expect(sentences('The U.S. President left the U.S. The visit ended.')).toEqual([
      'The U.S. President left the U.S.',
      'The visit ended.',
    ]);
  });

  it('keeps closing quotes with their sentence and runs on after a quoted comma', () => {
    const text = '“We will go. We will win,” he said. “It is over.” Then silence.';
    expect(sentences(text)).toEqual([
      '“We will go.',
      'We will win,” he said.',
      '“It is over.”',
      'Then silence.',
    ]);
  });

  it('reads a dot inside a model name in capitals as part of the name', () => {
    expect(
      sentences('Maker X showed the QV. ORBIT TOURER at the fair. The QV. ORBIT TOURER runs on batteries.'),
    ).toEqual([
      'Maker X showed the QV. ORBIT TOURER at the fair.',
      'The QV. ORBIT TOURER runs on batteries.',
    ]);
  });

  it('still ends a sentence at an acronym before a capitalised word, or inside text all in capitals', () => {
    expect(sentences('He called the FBI. Agents came.')).toHaveLength(2);
    expect(sentences('THE TALKS ENDED HERE. OPTIONAL NOTES FOLLOW')).toHaveLength(2);
  });

  it('ends sentences at paragraph breaks', () => {
    expect(sentences('Headline without stop\n\nBody starts here. More')).toEqual([
      'Headline without stop',
      'Body starts here.',
      'More',
    ]);
  });

  it('handles "D-MN" and parentheses without splitting', () => {
    expect(
      sentences(
        'US Rep. Ilhan Omar (D-MN) (L) talks with Speaker of the House Nancy Pelosi (D-CA). (AFP photo)',
      ),
    ).toHaveLength(2);
  });
});

describe('looksEnglish', () => {
  it('tells English from other languages, and takes a results table or a short line for English', () => {
    expect(looksEnglish('The minister said the talks would resume next week, and that he was hopeful.')).toBe(
      true,
    );
    expect(
      looksEnglish('Palm Bay d. Rockledge 70-44\n\nRockledge 14 11 6 15 — 44\n\nPalm Bay 18 22 13 17 — 70'),
    ).toBe(true);
    expect(looksEnglish('Breaking news')).toBe(true);
    expect(
      looksEnglish('May 3, 2013 at 7:31 AM ET\nUpdated 5:40 p.m. ET\nEarly Friday the actress checked in.'),
    ).toBe(true);
    expect(
      looksEnglish(
        'O professor apresenta, neste vídeo, uma loja incrível para as crianças que não sabem ler.',
      ),
    ).toBe(false);
    expect(
      looksEnglish('Die Digitalisierung ist für die Unternehmen auch eine Frage der Zeit und des Geldes.'),
    ).toBe(false);
    expect(looksEnglish('Наши герои знают толк не только во вкусе, но и в красоте еды.')).toBe(false);
    expect(looksEnglish('先日、不正に改造したiPhoneを販売したとして男性が逮捕されました。')).toBe(false);
  });
});

describe('the text stage', () => {
  it('exports exactly its door', () => {
    expect(Object.keys(door).sort()).toEqual([
      'ABBREVIATIONS',
      'TITLE_ABBREVIATIONS',
      'dotInsideCapsName',
      'looksEnglish',
      'splitSentences',
      'splitSentencesFromTokens',
      'tokenize',
    ]);
  });
});

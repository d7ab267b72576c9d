import { describe, expect, it } from 'vitest';
import { DATELINE_RE } from './datelines.js';
import {
  contentFollows,
  endsInBracket,
  endsInSpacedAs,
  endsInSpacedWord,
  endsInStopOrMark,
  firstCodePast,
  hasApostrophe,
  isDashCode,
  isWhitespaceOrComma,
  leadingSpaces,
  mayEndInBeChain,
  mayEndInProfession,
  mayOpenAs,
  mayOpenAsked,
  mayOpenDateline,
  mayOpenShortObjectCue,
  mayOpenTimePreposition,
  onlyLowerAscii,
  onlyPlainWordChars,
  opensLower,
  opensUpper,
  spacesBeforeWord,
  startsWithTimePreposition,
} from './gates.js';
import { lastNonSpaceCode } from './text.js';

// Pieces that the patterns read, and characters that fold or count as spaces, letters or digits only in Unicode.
const PIECES = [
  ' ',
  '  ',
  '\u00a0',
  '\u2003',
  '\n',
  '"',
  '~',
  ':',
  ',',
  '—',
  '.',
  'a',
  's',
  'A',
  'S',
  'd',
  'D',
  'ſ',
  '\u212a',
  'é',
  'É',
  '1',
  '٣',
  '𝐀',
  '𝐚',
  '’',
  "'",
  '-',
  'as',
  'As',
  'AS',
  'aſ',
  'asked',
  'Asked',
  'pressed',
  'questioned',
  'when',
  'When',
  'if',
  'but',
  'But',
  'and',
  'yet',
  'so',
  'still',
  'by',
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'declined',
  'Rejected',
  'endorsed',
  'xyz',
  'he',
  'he’s',
  "we'll",
  'Trump',
  'WASHINGTON',
  'March 4',
  'Nov.',
  'Nov',
  '3',
  '(Reuters)',
  ' - ',
  ' — ',
  'BRUSSELS',
  'U.S.',
  'O’BRIEN',
  "'",
  '\t',
  '(',
  ')',
  ';',
  '“',
  '”',
];

/** Strings of one to six pieces, the same on every run (a small linear congruential generator). */
function corpus(count: number, pieces = PIECES): string[] {
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: string[] = [''];
  for (const p of pieces) out.push(p);
  for (let k = 0; k < count; k++) {
    let s = '';
    const len = 1 + next(6);
    for (let j = 0; j < len; j++) s += pieces[next(pieces.length)];
    out.push(s);
  }
  return out;
}
// Every opening the patterns allow, spelled in either case, with and without a quote or a space before it.
const OPENINGS = [
  'when',
  'after',
  'before',
  'if',
  'but',
  'and',
  'yet',
  'so',
  'still',
  'by',
  'in',
  'on',
  'at',
  'during',
]
  .flatMap((w) => [w, w.toUpperCase()])
  .flatMap((w) => ['asked', 'pressed', 'questioned', 'as', 'x'].map((v) => `${w} ${v} `))
  .flatMap((s) => [s, ` ${s}`, `"${s}`, `, ${s}`]);
const STRINGS = [...corpus(40000), ...OPENINGS, ', as ', 'x — AS \n', 'x,as\u00a0', 'x, has ', 'x as'];

// Words that end the tails the end-anchored patterns read, in other cases and spellings too, with the spaces and
// letters that fold or count as letters only in Unicode.
const END_PIECES = [
  ...PIECES,
  'that',
  'That',
  'thAt',
  'be',
  'Be',
  'would',
  'could',
  'not',
  'is',
  'was',
  'been',
  'also',
  'just',
  'now',
  'quickly',
  'Gently',
  'ly',
  'fly',
  'analyst',
  'Analyst',
  'ECONOMIST',
  'analyſt',
  'strategist',
  'professor',
  'professors',
  'rule',
  'ſ',
  'é',
  'so-called',
  'self styled',
  'recalled',
  'Dubbed',
  'known as',
  'the term',
  'the Phrases',
  'words like',
  'call it',
  'as an',
  'AS THE',
  'Kenya',
  '10-year',
  'two-Month',
  '-week',
  'days',
  'ten-',
  'DAY',
  '(R-Ohio)',
  '(D)',
  'Smith',
  ')',
];
const END_STRINGS = [
  ...corpus(40000, END_PIECES),
  'a rule that ',
  'rules that',
  'rulesthat ',
  'it would be ',
  'could not be\u00a0',
  'maybe ',
  'Trump is ',
  'he is also quickly ',
  'thisly ',
  'Jefferies analyst ',
  'economist\n',
  'the analyſt ',
];

/** A gate must be true wherever its pattern matches, and should turn most other strings away. */
function expectNecessary(gate: (s: string) => boolean, re: RegExp, strings = STRINGS): void {
  let matched = 0;
  let turnedAway = 0;
  for (const s of strings) {
    const m = re.test(s);
    if (m) {
      matched++;
      if (!gate(s)) throw new Error(`gate false where ${re} matches ${JSON.stringify(s)}`);
    } else if (!gate(s)) turnedAway++;
  }
  expect(matched).toBeGreaterThan(0);
  expect(turnedAway).toBeGreaterThan(strings.length / 4);
}

function expectExact(gate: (s: string) => boolean, answer: (s: string) => boolean): void {
  let trues = 0;
  for (const s of STRINGS) {
    const want = answer(s);
    if (want) trues++;
    if (gate(s) !== want) throw new Error(`gate ${gate(s)}, pattern ${want} on ${JSON.stringify(s)}`);
  }
  expect(trues).toBeGreaterThan(0);
  expect(trues).toBeLessThan(STRINGS.length);
}

describe('gates: each proves its pattern cannot match', () => {
  it('firstCodePast skips \\s (and quotes when asked)', () => {
    expect(firstCodePast(' \u00a0\u2003, x')).toBe(44);
    expect(firstCodePast(' "~a', true)).toBe(97);
    expect(firstCodePast(' "~a')).toBe(34);
    expect(firstCodePast(' \n ')).toBe(-1);
  });
  it('mayOpenAsked', () =>
    expectNecessary(mayOpenAsked, /^[\s"~]*(?:(?:when|after|before|if)\s+)?(?:asked|pressed|questioned)\s/i));
  it('mayOpenAs', () => {
    expectNecessary(mayOpenAs, /^[\s"~(]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+$/i);
    expectNecessary(mayOpenAs, /^[\s"~(]*(?:(?:but|and|yet|so|still)\s*,?\s+)?as\s+(?=\S)/i);
  });
  it('endsInSpacedAs', () => expectNecessary(endsInSpacedAs, /[,—–]\s*as\s+$/i));
  it('mayOpenShortObjectCue', () => expectNecessary(mayOpenShortObjectCue, /^(?:declin|reject|endors)/i));
  it('mayOpenTimePreposition', () =>
    expectNecessary(mayOpenTimePreposition, /^\s+(?:by|as|in|on|at|during|after|before)\s/));
  it('hasApostrophe', () =>
    expectNecessary(hasApostrophe, /^(he|she|it|they|who|we|i)['’](?:s|ve|re|d|ll|m)$/));
  it('contentFollows is the pattern', () =>
    expectExact(contentFollows, (s) => /^(?:\s+|\s*:\s*)[\p{L}\p{N}"]/u.test(s)));
  it('opensUpper is the pattern', () => expectExact(opensUpper, (s) => /^[\p{Lu}]/u.test(s)));
  it('onlyLowerAscii: nothing for /[^a-z]/g to drop', () =>
    expectExact(onlyLowerAscii, (s) => s.replace(/[^a-z]/g, '') === s));
  it('onlyPlainWordChars: nothing to drop or respell', () => {
    for (const s of STRINGS)
      if (onlyPlainWordChars(s)) expect(s.replace(/[^\p{L}’'-]/gu, '').replace(/’/g, "'")).toBe(s);
    expect(onlyPlainWordChars("don't-stop")).toBe(true);
    expect(onlyPlainWordChars('don’t')).toBe(false);
    expect(onlyPlainWordChars('café')).toBe(false);
  });
  it('endsInStopOrMark is the pattern', () => expectExact(endsInStopOrMark, (s) => /[.;:!?"“”()]$/.test(s)));
  it('leadingSpaces is the length of ^\\s*', () => {
    for (const s of STRINGS) if (leadingSpaces(s) !== (/^\s*/.exec(s)?.[0].length ?? 0)) throw new Error(s);
  });
  it('mayOpenDateline', () => {
    const datelines = [
      'WASHINGTON, March 4 (Reuters) - The',
      'BRUSSELS — A',
      'ORLANDO, Fla. (Reuters) - "We',
      'Nov. 3 - A',
      'Aug 27 (Reuters) - Democrat',
      'Washington (AFP) – The',
      'Mexico City, Feb. 8 (AFP) – It',
      'St. Louis (AP) — A',
    ];
    let matched = 0;
    let turnedAway = 0;
    const strings = [...STRINGS, ...datelines];
    for (const s of strings) {
      DATELINE_RE.lastIndex = 0;
      if (DATELINE_RE.test(s)) {
        matched++;
        if (!mayOpenDateline(s, 0))
          throw new Error(`gate false where DATELINE_RE matches ${JSON.stringify(s)}`);
      } else if (!mayOpenDateline(s, 0)) turnedAway++;
    }
    expect(matched).toBeGreaterThanOrEqual(datelines.length);
    expect(turnedAway).toBeGreaterThan(strings.length / 2);
    expect(mayOpenDateline('Port Ellis (it was hot) – A', 0)).toBe(true);
    expect(mayOpenDateline('Port Ellis, they said – A', 0)).toBe(true);
    expect(mayOpenDateline('The day (it was hot) – A', 0)).toBe(false);
    expect(mayOpenDateline('The Day 2 (AFP) – A', 0)).toBe(false);
  });
  it('opensLower is the pattern', () => expectExact(opensLower, (s) => /^\p{Ll}/u.test(s)));
  it('isWhitespaceOrComma is the pattern on one character', () => {
    for (const p of PIECES) expect(isWhitespaceOrComma(p.charCodeAt(0))).toBe(/[\s,]/.test(p[0]));
    expect(isWhitespaceOrComma(Number.NaN)).toBe(false);
  });
  it('spacesBeforeWord is the length of the match', () => {
    for (const s of STRINGS) {
      const m = /^\s+(?=[\p{L}\p{N}"])/u.exec(s);
      if (spacesBeforeWord(s) !== (m ? m[0].length : -1)) throw new Error(JSON.stringify(s));
    }
  });
  it('startsWithTimePreposition is the pattern', () =>
    expectExact(startsWithTimePreposition, (s) => /^\s+(?:by|in|on|at|during|after|before)\s/.test(s)));
  it('endsInSpacedWord: "that" for WORD_THEN_THAT_RE, "be" for MODAL_BE_RE', () => {
    expectNecessary((s) => endsInSpacedWord(s, 'that'), /([\p{L}’'.-]+)\s+that\s*$/u, END_STRINGS);
    expectNecessary(
      (s) => endsInSpacedWord(s, 'be'),
      /(?:^|[^\p{L}’'])(?:would|will|could|should|might|may|must)\s+(?:(?:not|\p{Ll}+ly|also|still|never)\s+)?be\s+$/u,
      END_STRINGS,
    );
    expect(endsInSpacedWord('a rule that ', 'that')).toBe(true);
    expect(endsInSpacedWord('rulesthat ', 'that')).toBe(false);
    expect(endsInSpacedWord('that', 'that')).toBe(false);
  });
  it('mayEndInBeChain for PROGRESSIVE_BEFORE_RE', () => {
    expectNecessary(
      mayEndInBeChain,
      /(?:^|[^\p{L}’'])(?:is|are|was|were|been|be|am)\s+(?:(?:also|still|now|not|already|just|\p{Ll}+ly)\s+)*$/u,
      END_STRINGS,
    );
    expect(mayEndInBeChain('he is also quickly ')).toBe(true);
    expect(mayEndInBeChain('he is')).toBe(false);
    expect(mayEndInBeChain('the rule ')).toBe(false);
  });
  it('mayEndInProfession for PROFESSION_BEFORE_RE (ſ folds to s under u)', () => {
    expectNecessary(
      mayEndInProfession,
      /(?:^|[^\p{L}])(analyst|economist|strategist|professor)\s+$/iu,
      END_STRINGS,
    );
    expect(mayEndInProfession('the analyſt ')).toBe(true);
    expect(mayEndInProfession('ECONOMIST\n')).toBe(true);
    expect(mayEndInProfession('professors ')).toBe(false);
  });
  it('endsInBracket for the party tag after a name', () => {
    expectNecessary(
      endsInBracket,
      /^((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s*\([RDI](?:-[^()"~]{1,30})?\)$/u,
      [...END_STRINGS, 'Marcia Price (D-Newport News)', 'Tim Ryan (D)'],
    );
  });
  it('isDashCode at the last non-space', () => {
    expectNecessary((s) => isDashCode(lastNonSpaceCode(s, 0, s.length)), /(?:\s-|[—–])\s*$/);
    expectNecessary((s) => lastNonSpaceCode(s, 0, s.length) === 45, /\s-\s*$/);
  });
});

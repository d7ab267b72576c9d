import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { isRelativeApposition } from './relatives.js';

/** Whether `name` (its first occurrence in `text`) is given as somebody's relative. */
function relative(text: string, name: string): boolean {
  const toks = tokenize(text);
  const words = name.split(' ');
  const s = toks.findIndex((_t, i) => words.every((w, k) => toks[i + k]?.text === w));
  return isRelativeApposition(toks, s, s + words.length);
}

describe('isRelativeApposition', () => {
  it('reads a kinship noun before the name, with or without a comma', () => {
    expect(relative('She told her husband, Frank Venkman, that it would be hard.', 'Frank Venkman')).toBe(
      true,
    );
    expect(relative('Her son John Dorrance runs it now.', 'John Dorrance')).toBe(true);
  });

  it('reads "X, her son," after the name', () => {
    expect(relative('John Dorrance, her son, runs it now.', 'John Dorrance')).toBe(true);
  });

  it('leaves a clergy title and a plain apposition alone', () => {
    expect(relative('The sermon by Father Michael Pfleger drew a crowd.', 'Michael Pfleger')).toBe(false);
    expect(relative('John Dorrance, a lawyer, runs it now.', 'John Dorrance')).toBe(false);
  });
});

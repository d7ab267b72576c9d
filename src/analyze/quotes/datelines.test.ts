import { describe, expect, it } from 'vitest';
import { datelineEnd, pastDateline } from './datelines.js';

// Invented openings. What follows the dateline is where pastDateline lands.
const wordsAfter = (text: string): string => text.slice(pastDateline(text, 0));

describe('datelines', () => {
  it('reads a place in capitals, its state, date and agency up to the dash', () => {
    expect(wordsAfter('KESTREL CITY, Ore., May 2 (Reuters) - The ferry sank.')).toBe('The ferry sank.');
    expect(wordsAfter('PORT ELLIS — "We are safe," she said.')).toBe('"We are safe," she said.');
    expect(wordsAfter('May 2 (Reuters) - A ferry sank.')).toBe('A ferry sank.');
  });

  it('reads a place in title case only with its agency', () => {
    expect(wordsAfter('Kestrel City (AFP) – The ferry sank.')).toBe('The ferry sank.');
    expect(wordsAfter('Port Ellis, Ore. (AP) — A ferry sank.')).toBe('A ferry sank.');
    expect(datelineEnd('Port Ellis – The ferry sank.', 0)).toBe(-1);
  });

  it('takes no name with its party and state, or party letter, for a place with its agency', () => {
    expect(datelineEnd('Sen. Jane Doe (R-Ore.) — The senator won.', 0)).toBe(-1);
    expect(datelineEnd('Jane Doe (D) — The senator won.', 0)).toBe(-1);
  });

  it('takes no name in capitals set off by dashes, with no capital after its dash', () => {
    expect(datelineEnd('NATO — the alliance of thirty nations — met.', 0)).toBe(-1);
  });

  it('skips an agency’s credit without its city', () => {
    expect(wordsAfter('(Reuters) — The ferry sank.')).toBe('The ferry sank.');
    expect(wordsAfter('(Kestrel) — The ferry sank.')).toBe('(Kestrel) — The ferry sank.');
  });
});

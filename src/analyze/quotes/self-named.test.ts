import { describe, expect, it } from 'vitest';
import { listedMarked, personSpec } from './test-helpers.js';

// A speaker named in the third person inside her own quote (issue #5): the quote is about her, not hers.
const PEOPLE = [personSpec('lw', 'Laura Winslow', 'Winslow'), personSpec('tb', 'Tom Brenner', 'Brenner')];

describe('a quote that names the speaker its pronoun resolves to', () => {
  it('leaves the speaker empty when the quotation names her and the tag is only "she"', () => {
    const body =
      'Laura Winslow had spent years learning to paint, and she was nervous. “It was terrifying,” she said.\n\n' +
      'Her son still laughs at the memory. “It would have been easy for Laura Winslow to just put her name on a canvas,” she said.';
    expect(listedMarked(body, PEOPLE)).toEqual([
      ['It was terrifying,', 'Laura Winslow'],
      ['It would have been easy for Laura Winslow to just put her name on a canvas,', null],
    ]);
  });

  it('reads a surname alone as naming her', () => {
    const body =
      'Laura Winslow opened the gallery in May. “It would have been easy for Winslow to just put her name on a canvas,” she said.';
    expect(listedMarked(body, PEOPLE)).toEqual([
      ['It would have been easy for Winslow to just put her name on a canvas,', null],
    ]);
  });

  it('keeps the speaker when the tag itself names her', () => {
    const body = '“People expect Winslow to sell out, and Winslow never will,” Laura Winslow said.';
    expect(listedMarked(body, PEOPLE)).toContainEqual([
      'People expect Winslow to sell out, and Winslow never will,',
      'Laura Winslow',
    ]);
  });

  it('keeps a pronoun speaker whose quote names someone else', () => {
    const body = 'Laura Winslow opened the gallery in May. “Brenner lent me the money for it,” she said.';
    expect(listedMarked(body, PEOPLE)).toContainEqual(['Brenner lent me the money for it,', 'Laura Winslow']);
  });
  it('keeps the speaker where she tells what others say of her', () => {
    const body =
      'Laura Winslow spoke at the gallery on Tuesday. “Many critics out there, they say Laura Winslow should stop painting,” she said.';
    expect(listedMarked(body, PEOPLE)).toEqual([
      ['Many critics out there, they say Laura Winslow should stop painting,', 'Laura Winslow'],
    ]);
  });

  it('keeps the speaker where her name starts the name of a thing', () => {
    const body =
      'Laura Winslow opened the gallery in May. “The best paintings are sold at the Winslow Gallery,” she said.';
    expect(listedMarked(body, PEOPLE)).toEqual([
      ['The best paintings are sold at the Winslow Gallery,', 'Laura Winslow'],
    ]);
  });
});

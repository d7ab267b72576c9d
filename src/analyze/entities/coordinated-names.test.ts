import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../ner/index.js';
import { tokenize } from '../text/index.js';
import { coordinatedFirstName } from './coordinated-names.js';
import { analyzeEntities } from './index.js';

const model = loadNerModel();

/** The entity name each mention of `text` (at its first occurrence at or after `from`) is filed under. */
function entityAt(body: string, text: string, from = 0): string | undefined {
  const { mentions, entities } = analyzeEntities({ body, captions: [], title: null }, model);
  const at = body.indexOf(text, from);
  const m = mentions.find((x) => x.start === at && x.text === text);
  return entities.find((e) => e.id === m?.entity)?.name;
}

/** The token index `coordinatedFirstName` gives for the full name `name` in `text`, as the word it finds. */
function firstOfPair(text: string, name: string): string | null {
  const toks = tokenize(text);
  const words = name.split(' ');
  const s = toks.findIndex((_t, i) => words.every((w, k) => toks[i + k]?.text === w));
  const i = coordinatedFirstName(toks, s);
  return i < 0 ? null : toks[i].text;
}

describe('coordinatedFirstName', () => {
  it('finds the first given name of "X and Y Surname"', () => {
    expect(firstOfPair('Walter and Nadia Pruitt opened the bakery.', 'Nadia Pruitt')).toBe('Walter');
    expect(firstOfPair('Both Walter and Nadia Pruitt came.', 'Nadia Pruitt')).toBe('Walter');
  });

  it('takes no part of another full name or of a firm', () => {
    expect(firstOfPair('Senators Walter Brack and Nadia Pruitt came.', 'Nadia Pruitt')).toBeNull();
    expect(firstOfPair('She met Walter, Tim and Nadia Pruitt.', 'Walter')).toBeNull();
  });
});

describe('a coordinated pair sharing a surname', () => {
  const pair =
    'Walter and Nadia Pruitt opened the bakery in 1990. Nadia Pruitt runs it now. Mr. Pruitt said the town had changed.';

  it('makes the first given name a person with the surname, over its own offsets', () => {
    expect(entityAt(pair, 'Walter')).toBe('Walter Pruitt');
    expect(entityAt(pair, 'Nadia Pruitt')).toBe('Nadia Pruitt');
  });

  it('lets the honorific find him', () => {
    expect(entityAt(pair, 'Pruitt', pair.indexOf('Mr.'))).toBe('Walter Pruitt');
  });

  it('gives a bare surname right after the pair to the one named first', () => {
    const body = 'Walter and Nadia Pruitt opened the bakery in 1990. Pruitt said the town had changed.';
    expect(entityAt(body, 'Pruitt', body.indexOf('1990'))).toBe('Walter Pruitt');
  });

  it('leaves a given name the article gives another person alone', () => {
    const body =
      'Walter Brack spoke first. Later Walter and Nadia Pruitt arrived. Mr. Brack said the meeting went well.';
    expect(entityAt(body, 'Walter', body.indexOf('Later'))).toBe('Walter Brack');
  });
});

import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../ner/index.js';
import { tokenize } from '../text/index.js';
import { analyzeEntities, type EntityAnalysis } from './index.js';
import { splitOutletFromPerson } from './outlet-names.js';

// Outlets the tagger reads as places or runs on into a name, and verbs a headline's name runs on into (issue #5:
// a quotation credited to an outlet, or to a person in a headline, needs the name with its own type and bounds).

const model = loadNerModel();
const tag = (body: string): EntityAnalysis => analyzeEntities({ body, captions: [] }, model);
const typeOf = (a: EntityAnalysis, text: string) => a.mentions.find((m) => m.text === text)?.type;

describe('an outlet read as a place', () => {
  it('is an organization when its name ends in a newspaper’s word', () => {
    const a = tag('She gave an account to The Portland Free Beacon about the meeting.');
    expect(typeOf(a, 'Portland Free Beacon')).toBe('organization');
  });

  it('is an organization when a word no list holds as a place is credited with a report', () => {
    const a = tag(
      'The figures were low, according to Quixly. Quixly reveals a few relevant facts about the county.',
    );
    expect(a.mentions.filter((m) => m.text === 'Quixly').map((m) => m.type)).toEqual([
      'organization',
      'organization',
    ]);
  });

  it('stays a place when the lists know it as one, and a nationality stays none', () => {
    expect(typeOf(tag('The figures were low, according to Texas.'), 'Texas')).toBe('place');
    expect(
      typeOf(tag('The figures were low, according to Ukrainian officials who worked with him.'), 'Ukrainian'),
    ).toBe(undefined);
  });
});

describe('a headline’s verb inside a name', () => {
  it('is cut off the end of the name ("Speaks")', () => {
    const a = tag('Maria Lopez Speaks ‘Directly To Young Voters’ After Debate');
    expect(a.mentions.map((m) => m.text)).toContain('Maria Lopez');
    expect(a.mentions.map((m) => m.text)).not.toContain('Maria Lopez Speaks');
  });

  it('ends the name when it comes mid-span in a title-case line', () => {
    const a = tag('Clinton Cash Debunks Hillary: Only ‘One Or Two’ Instances Found');
    expect(a.mentions.map((m) => m.text)).toContain('Clinton Cash');
  });
});

describe('splitOutletFromPerson', () => {
  const toks = tokenize('the board of the Springfield Post Lopez said that');
  const at = (w: string) => toks.findIndex((t) => t.text === w);

  it('cuts an organization’s span after the outlet’s word when a person’s surname follows', () => {
    const found = [{ tokenStart: at('Springfield'), tokenEnd: at('said'), type: 'ORG' }];
    expect(splitOutletFromPerson(toks, found, new Set(['maria', 'lopez']))).toEqual([
      { tokenStart: at('Springfield'), tokenEnd: at('Lopez'), type: 'ORG' },
      { tokenStart: at('Lopez'), tokenEnd: at('said'), type: 'PER' },
    ]);
  });

  it('leaves the span whole when the words after are no person’s', () => {
    const found = [{ tokenStart: at('Springfield'), tokenEnd: at('said'), type: 'ORG' }];
    expect(splitOutletFromPerson(toks, found, new Set(['maria']))).toEqual(found);
  });
});

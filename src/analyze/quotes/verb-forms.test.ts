import { describe, expect, it } from 'vitest';
import {
  CHANGE_PASTS,
  CLAUSE_VERB_PASTS,
  PERFECT_PARTICIPLES,
  participlesOf,
  pastsOf,
  RUN_ON_SUBJECT_PASTS,
  STANCE_PARTICIPLES,
} from './verb-forms.js';

const words = (s: string): string[] => s.split(' ');

describe('verb-forms', () => {
  it('gives a verb its past and its participles', () => {
    expect([...pastsOf('go take put')]).toEqual(['went', 'took', 'put']);
    expect([...participlesOf('go take put')]).toEqual(['gone', 'taken', 'put']);
    // "has gotten" and "has got" both.
    expect([...participlesOf('get')]).toEqual(['gotten', 'got']);
  });

  it('throws on a verb the table lacks, so a subset cannot lose a form to a typo', () => {
    expect(() => pastsOf('make mkae')).toThrow(/mkae/);
  });

  // Each set as its step spelled it before the table: the table must give every step exactly these forms.
  const STEP_FORMS: [string, ReadonlySet<string>, string][] = [
    [
      'CLAUSE_VERB_PASTS (patterns.ts IRREGULAR_PAST)',
      CLAUSE_VERB_PASTS,
      'made came went took got gave became began fell grew rose left lost won kept held ran saw thought felt found brought put set cut led meant paid sold sent spent stood',
    ],
    [
      'RUN_ON_SUBJECT_PASTS (verb-phrase-subjects.ts)',
      RUN_ON_SUBJECT_PASTS,
      'met went came spent took made gave held kept left got began sought told said thought felt saw put set ran won lost led brought wrote spoke',
    ],
    [
      'STANCE_PARTICIPLES (late-agents.ts)',
      STANCE_PARTICIPLES,
      'told said held thought shown given written spoken heard felt taken made brought sought taught understood foreseen forgiven',
    ],
    [
      'PERFECT_PARTICIPLES (auxiliary-threshold.ts)',
      PERFECT_PARTICIPLES,
      'been gone done become come run begun won lost met led left kept put set spent sent built stood fought struck drawn grown known chosen fallen driven risen broken gotten got had paid laid sold found let cut hit seen',
    ],
    ['CHANGE_PASTS (words.ts)', CHANGE_PASTS, 'rose fell grew shrank sank swung'],
  ];

  it.each(STEP_FORMS)('%s holds the forms its step reads', (_, forms, spelled) => {
    expect(new Set(forms)).toEqual(new Set(words(spelled)));
  });

  it('keeps the clause pasts in the order content-start.ts spells into its pattern', () => {
    expect([...CLAUSE_VERB_PASTS].join(' ')).toBe(STEP_FORMS[0][2]);
  });

  it('keeps the deliberate gaps: no verb of saying for a clause, no "known" for a stance, only change verbs', () => {
    expect(CLAUSE_VERB_PASTS.has('said')).toBe(false);
    expect(RUN_ON_SUBJECT_PASTS.has('said')).toBe(true);
    expect(STANCE_PARTICIPLES.has('known')).toBe(false);
    expect(PERFECT_PARTICIPLES.has('known')).toBe(true);
    expect(CHANGE_PASTS.has('made')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CHANGE_PASTS,
  CLAUSE_VERB_PASTS,
  MAIN_CLAUSE_PASTS,
  OBJECT_VERB_PARTICIPLES,
  OBJECT_VERB_PASTS,
  OTHER_AGENT_PARTICIPLES,
  PERFECT_PARTICIPLES,
  PREDICATE_PASTS,
  participlesOf,
  pastsOf,
  QUANTITY_SUBJECT_PASTS,
  RELATIVE_CLAUSE_PASTS,
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
    expect([...pastsOf('shoot throw cast')]).toEqual(['shot', 'threw', 'cast']);
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
    [
      'PREDICATE_PASTS (speakers.ts PAST_OR_AUX)',
      PREDICATE_PASTS,
      'took spoke made set left shot began gave went came wrote sent put kept held brought stood ran won lost met saw felt thought found got struck threw drew chose rose fell broke led paid heard sought fought hit cut spent told said',
    ],
    [
      'OBJECT_VERB_PARTICIPLES (speakers.ts VERB_BEFORE_OBJECT_RE)',
      OBJECT_VERB_PARTICIPLES,
      'taken made given become drawn struck won',
    ],
    ['OBJECT_VERB_PASTS (speakers.ts VERB_BEFORE_OBJECT_RE)', OBJECT_VERB_PASTS, 'became made gave took'],
    [
      'MAIN_CLAUSE_PASTS (regions.ts MAIN_CLAUSE_AFTER_COMMA_RE)',
      MAIN_CLAUSE_PASTS,
      'took came went made got said saw gave told found became left felt kept began brought held ran stood lost paid met sent built fell won led cast put set hit cut spent wrote spoke thought knew sought struck drew grew threw',
    ],
    [
      'RELATIVE_CLAUSE_PASTS (content-start.ts RELATIVE_THAT_REST_RE)',
      RELATIVE_CLAUSE_PASTS,
      'made took gave sent left came went put kept held won lost led ran got brought became began meant paid spent built sought',
    ],
    [
      'OTHER_AGENT_PARTICIPLES (late-agents.ts LATE_BY_BREAK_RE)',
      OTHER_AGENT_PARTICIPLES,
      'held made given written led run paid been',
    ],
    [
      'QUANTITY_SUBJECT_PASTS (subject-search.ts VERB_NEXT_RE)',
      QUANTITY_SUBJECT_PASTS,
      'said told wrote thought felt put',
    ],
  ];

  it.each(STEP_FORMS)('%s holds the forms its step reads', (_, forms, spelled) => {
    expect(new Set(forms)).toEqual(new Set(words(spelled)));
  });

  it('keeps the clause pasts in the order content-start.ts spells into its pattern', () => {
    expect([...CLAUSE_VERB_PASTS].join(' ')).toBe(STEP_FORMS[0][2]);
  });

  it('keeps every subset spelled into a pattern in the order its pattern had', () => {
    for (const [name, forms, spelled] of STEP_FORMS.slice(5))
      expect([...forms].join(' '), name).toBe(spelled);
  });

  it('keeps the deliberate gaps: no verb of saying for a clause, no "known" for a stance, only change verbs', () => {
    expect(CLAUSE_VERB_PASTS.has('said')).toBe(false);
    expect(RUN_ON_SUBJECT_PASTS.has('said')).toBe(true);
    expect(STANCE_PARTICIPLES.has('known')).toBe(false);
    expect(PERFECT_PARTICIPLES.has('known')).toBe(true);
    expect(CHANGE_PASTS.has('made')).toBe(false);
    // Subsets partial as measured: no "said" after a relative "that", no "knew" after "another".
    expect(RELATIVE_CLAUSE_PASTS.has('said')).toBe(false);
    expect(QUANTITY_SUBJECT_PASTS.has('knew')).toBe(false);
  });
});

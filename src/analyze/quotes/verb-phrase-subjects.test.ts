import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec } from './test-helpers.js';

// A subject phrase that ran on past the verb of the name opening it (attribute/verb-phrase-subjects.ts).
const person = (id: string, name: string, forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms,
});
const said = (body: string, specs: EntitySpec[]) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);

describe('a name opening a phrase that runs on past its verb', () => {
  it('speaks when its own verb leads to the cue ("went so far as to say")', () => {
    const body =
      'Media critics piled on. The Slate technology columnist David Auerbach went so far as to say: "Twitter as ' +
      'we know it is dead."';
    expect(said(body, [person('da', 'David Auerbach', ['David Auerbach'])])).toContainEqual([
      'Twitter as we know it is dead.',
      'David Auerbach',
    ]);
  });

  it('speaks after a verb joined by "and" ("met with … and came away convinced")', () => {
    const body =
      'She invited him to visit her in January 2012. Mitch McConnell met with her and other Burmese leaders and ' +
      'came away convinced that concrete reforms from the military regime were underway.';
    expect(said(body, [person('mm', 'Mitch McConnell', ['Mitch McConnell', 'McConnell'])])).toContainEqual([
      'that concrete reforms from the military regime were underway',
      'Mitch McConnell',
    ]);
  });

  it('does not speak for a noun cue after a determiner, nor when a plural follows the name', () => {
    const arpaio: EntitySpec[] = [
      person('dt', 'Donald Trump', ['Donald Trump', 'Trump']),
      person('bc', 'Bill Clinton', ['Bill Clinton', 'Clinton']),
    ];
    const got = said(
      'Earlier this week Trump secured the endorsement of the sheriff. Clinton defenders today argue that this ' +
        'was the best anyone could have done.',
      arpaio,
    );
    expect(got.find(([t]) => t?.startsWith('that this was the best'))?.[1] ?? null).toBeNull();
    expect(got.filter(([, s]) => s === 'Donald Trump')).toEqual([]);
  });

  it('does not speak from inside a clause of its own ("the record that Trump provided to quiet questions about")', () => {
    const body =
      'He wrote no letter. So, the paper-thin medical "record" that Trump provided to quiet questions about ' +
      'whether he was physically and mentally up to the job of being president was made up.';
    const trump = person('dt', 'Donald Trump', ['Donald Trump', 'Trump']);
    expect(said(body, [trump]).filter(([, s]) => s === 'Donald Trump')).toEqual([]);
  });
});

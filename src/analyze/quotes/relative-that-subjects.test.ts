import { describe, expect, it } from 'vitest';
import { attributionsMarked, contentsAndCues, type EntitySpec, sourcedMarked } from './test-helpers.js';

// A relative "that" right before a verb is that verb's subject and stands for the noun before it ("towns that
// oppose the plan"): the verb's content is read with "that" as its (nameless) source, cut at the first comma where the
// main clause goes on, unless a speaker is named earlier in the same stretch of the sentence (relative-subjects.ts,
// that44). Invented sentences.
const PEOPLE: EntitySpec[] = [
  { id: 'v', name: 'Tomas Varga', type: 'person', forms: ['Tomas Varga', 'Varga'] },
  { id: 'u', name: 'Harbour Workers Union', type: 'organization', forms: ['Harbour Workers Union'] },
];

const sources = (body: string) => sourcedMarked(body, PEOPLE);
const contents = (body: string) => contentsAndCues(body, PEOPLE);

describe('a relative "that" as the subject of the verb after it', () => {
  it('reads "towns that oppose the new rule" inside an aside, up to the comma closing it', () => {
    const body =
      'Council members, who are close to several fishing towns that oppose the new rule, have vowed to block it.';
    expect(sources(body)).toContainEqual(['the new rule', 'that']);
    expect(contents(body)).toContainEqual({ text: 'to block it', cue: 'vowed' });
  });

  it('reads "a company that denied …" in an aside, ending its content at the aside’s comma', () => {
    expect(
      sources('The ferry line, a company that denied any wrongdoing last year, will close in May.'),
    ).toEqual([['any wrongdoing last year', 'that']]);
  });

  it('reads "surveys that documented …" in an opening adverbial, beside the main clause’s own frame', () => {
    const body =
      "Even in the face of surveys that documented the mayor's appeal, they privately doubted that he would win.";
    expect(contents(body)).toContainEqual({ text: "the mayor's appeal", cue: 'documented' });
    expect(sources(body).map(([, source]) => source)).toContain('they');
  });

  it('gives the clause to the body named right before "that" ("the Harbour Workers Union that opposed …")', () => {
    expect(
      attributionsMarked(
        'The ferry line, like the Harbour Workers Union that opposed the plan last year, will close in May.',
        PEOPLE,
      ),
    ).toEqual([{ text: 'the plan last year', speaker: 'Harbour Workers Union' }]);
  });
});

describe('no nameless "that" where a speaker is named in the same stretch of the sentence', () => {
  it('leaves "Varga has spent months courting the towns that oppose …" to Varga', () => {
    const body = 'Tomas Varga has spent months courting the fishing towns that oppose the dredging plan.';
    expect(sources(body).filter(([, source]) => source === 'that')).toEqual([]);
  });
});

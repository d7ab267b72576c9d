import { describe, expect, it } from 'vitest';
import { attributionsMarked, type EntitySpec, framesMarked } from './test-helpers.js';

// A participle in an adverbial takes its subject from the main clause (attribute/adjunct-subjects.ts).
const person = (id: string, name: string, forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms,
});
const CRUZ = person('cruz', 'Ted Cruz', ['Ted Cruz', 'Cruz']);
const TRUMP = person('trump', 'Donald Trump', ['Donald Trump', 'Trump']);
const BERMAN = person('berman', 'Richard Berman', ['Richard Berman', 'Berman']);
const BECK = person('beck', 'Glenn Beck', ['Glenn Beck', 'Beck']);

const said = (body: string, specs: EntitySpec[]) =>
  attributionsMarked(body, specs).map((a) => [a.text, a.speaker]);

describe('a participle opening the sentence in an adverbial', () => {
  it('is the main subject’s, and what it reports ends at the comma before that subject', () => {
    const body =
      'Cruz spoke for an hour. Despite challenging the trustworthiness of the Republican majority leader, Cruz ' +
      'said if elected president he could work effectively with GOP leadership.';
    expect(said(body, [CRUZ])).toContainEqual([
      'the trustworthiness of the Republican majority leader',
      'Ted Cruz',
    ]);
  });

  it('reads a verb after "Having" the same way, past a title before the name', () => {
    const body =
      'The court met on Monday. Having announced that he would not send me to prison, Judge Berman proceeded ' +
      'to hand down his sentence.';
    expect(said(body, [BERMAN])).toContainEqual(['that he would not send me to prison', 'Richard Berman']);
  });

  it('leaves the later cues of the main clause to its subject', () => {
    const body =
      'Beck spoke on Tuesday. After blasting the Drudge Report for linking to a story about his fast, Glenn Beck ' +
      'doubled down by reciting a passage from the Bible about “boasters” and “blasphemers” to encourage voters ' +
      'to “turn away” from Donald Trump.';
    const got = said(body, [BECK, TRUMP]);
    expect(got).toContainEqual(['the Drudge Report for linking to a story about his fast', 'Glenn Beck']);
    expect(got).toContainEqual(['boasters', 'Glenn Beck']);
  });

  it('gives nobody when a list, not a verb, follows the first name after the comma', () => {
    const body =
      'The rally ended late. Despite challenging the party, Cruz and Trump agreed that the convention would go on.';
    expect(said(body, [CRUZ, TRUMP]).find(([t]) => t === 'the party')?.[1] ?? null).toBeNull();
  });
});

describe('a participle after a subordinator', () => {
  it('is the subject’s who opens the main clause, not the phrase before "after"', () => {
    const body =
      'The summit opened in Washington. Trump began the day in a hole with this crowd after questioning ' +
      'Israel’s commitment to making peace with Palestine in an interview.';
    // (The closing channel, "in an interview", is how it was said, not what: genre31.)
    expect(said(body, [TRUMP])).toContainEqual([
      'Israel’s commitment to making peace with Palestine',
      'Donald Trump',
    ]);
  });
});

describe('a participle that says how time was spent', () => {
  it('is the subject’s who spent it, not the phrase before the participle', () => {
    const body =
      'She says the truth is that the U.S. isn’t a single-issue country. Clinton spent much of the run-up to the ' +
      'Nevada caucuses portraying Sanders as singularly focused on economic issues.';
    expect(said(body, [person('hc', 'Hillary Clinton', ['Hillary Clinton', 'Clinton'])])).toContainEqual([
      'Sanders as singularly focused on economic issues',
      'Hillary Clinton',
    ]);
  });
});

describe('a participle of a clause after a colon', () => {
  const SANDERS = person('bs', 'Bernie Sanders', ['Bernie Sanders', 'Sanders']);

  it('takes the subject opening that clause ("This is no small irony: Sanders spent …")', () => {
    const body =
      'The race is over. This is no small irony: Sanders spent much of his campaign railing against ' +
      'superdelegates and fighting to eliminate the practice of giving party officials a say.';
    expect(said(body, [SANDERS])).toContainEqual([
      'against superdelegates and fighting to eliminate the practice of giving party officials a say',
      'Bernie Sanders',
    ]);
  });

  it('not a name that only modifies a noun ("The Sanders campaign wants … after recently accusing")', () => {
    const body =
      'Campaign funding: The Sanders campaign wants to address concerns about joint fundraising committees after ' +
      'recently accusing Clinton of violating fundraising laws.';
    expect(said(body, [SANDERS]).filter(([, s]) => s === 'Bernie Sanders')).toEqual([]);
  });
});

describe('a participle after a comma, past an earlier frame of its sentence', () => {
  const WALLACE = person('wallace', 'Chris Wallace', ['Chris Wallace', 'Wallace']);
  const RUBIO = person('rubio', 'Marco Rubio', ['Marco Rubio', 'Rubio']);

  it('goes on from the main clause after a subordinate one that opens with a quantity ("while most of")', () => {
    const body =
      'The debate ran long. In a September debate, while most of his competitors called for a bigger military ' +
      "effort, Trump hewed more to President Obama's approach, noting that the Syrian leadership and ISIL are enemies.";
    expect(said(body, [TRUMP])).toContainEqual([
      'that the Syrian leadership and ISIL are enemies',
      'Donald Trump',
    ]);
  });

  it('goes on from the main clause after a quotation closed by its comma', () => {
    const body =
      'The debate ran long. When Trump suggested that Cuba would sue the U.S., Rubio fired back forcefully: “If ' +
      'they sue us in a court in Miami, they’re going to lose,” referencing the large number of Cuban immigrants.';
    // (The frame, not an attribution: a learned view nested in the speaker's own words is not listed apart.)
    const frames = framesMarked(body, [TRUMP, RUBIO]).map((f) => [f.text, f.speaker]);
    expect(frames).toContainEqual(['the large number of Cuban immigrants', 'Marco Rubio']);
  });

  it('goes on from a clause joined by "but", not from the speaker before it', () => {
    const body =
      'The debate ran long. Trump quickly pivoted to talking about trade, but Wallace brought him again back to ' +
      "Romney's attacks, asking Trump to share his views on the Ku Klux Klan.";
    expect(said(body, [TRUMP, WALLACE])).toContainEqual([
      'Trump to share his views on the Ku Klux Klan',
      'Chris Wallace',
    ]);
  });

  it('keeps a named speaker when "and" may join what that speaker said', () => {
    const body =
      'The debate ran long. Trump said Cruz lied about his record and Rubio cheated in Florida, adding that both ' +
      'should quit the race.';
    expect(said(body, [TRUMP, CRUZ, RUBIO])).toContainEqual([
      'that both should quit the race',
      'Donald Trump',
    ]);
  });
});

describe('a capitalised participle opening its sentence', () => {
  const ALLEN = person('ta', 'Tim Allen', ['Tim Allen', 'Allen']);

  it('is a cue whose subject opens the main clause ("Acknowledging that …, Allen did suggest …")', () => {
    const body =
      'The actor spoke on Fox. Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest ' +
      'that the real estate mogul’s wealth does give him an advantage.';
    const got = said(body, [ALLEN, TRUMP]);
    expect(got).toContainEqual(['says a lot of stupid stuff,', 'Tim Allen']);
    expect(got.filter(([, s]) => s === 'Donald Trump')).toEqual([]);
  });

  it('is no cue inside a sentence, nor a word that only looks like one ("Sterling")', () => {
    const body = 'The actor spoke on Fox. Sterling Allen said the show would go on.';
    expect(said(body, [ALLEN]).map(([t]) => t)).toEqual(['the show would go on']);
  });
});

describe('an opening participle that reports nothing', () => {
  it('gives nobody "reading about" something ("After reading about the findings, Vaughan began to wonder")', () => {
    const vaughan = person('av', 'Andrew Vaughan', ['Andrew Vaughan', 'Vaughan']);
    const body =
      'The lab studied the flu. After reading about some of the new findings, Vaughan began to wonder whether ' +
      'tuft cells might be involved in the lungs’ recovery from influenza.';
    expect(said(body, [vaughan]).filter(([t]) => t?.startsWith('about some'))).toEqual([]);
  });
});

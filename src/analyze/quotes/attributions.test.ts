import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/index.js';
import { findAttributions, findQuotes } from './index.js';
import { LEARNED_CUES } from './learned-cues.js';
import { CUE_SOURCE, cueForm, isHandCue } from './lexicon.js';
import {
  attributionsMarked,
  type EntitySpec,
  findQuotesMarked,
  framesMarked,
  markEntities,
  TWO_PEOPLE,
} from './test-helpers.js';

// Attributions beyond speech verbs, as PolNeAR annotates them: stances, intentions, findings, asides.
const people = TWO_PEOPLE;
const go = (body: string): Quote[] => findQuotesMarked(body, people).quotes;
const only = (body: string): Quote => {
  const qs = go(body);
  expect(qs, JSON.stringify(qs)).toHaveLength(1);
  return qs[0];
};

describe('learned cue lexicon', () => {
  it('holds forms learned from PolNeAR train, none of them a hand-written cue', () => {
    expect(LEARNED_CUES.length).toBeGreaterThan(100);
    for (const [form, asCue, seen] of LEARNED_CUES) {
      expect(isHandCue(form), form).toBe(false);
      expect(asCue).toBeLessThanOrEqual(seen);
      expect(cueForm(form)?.learned, form).toBe(true);
    }
  });

  it('keeps acts and subject-raising verbs out', () => {
    const forms = new Set(LEARNED_CUES.map(([f]) => f));
    for (const f of ['signed', 'hired', 'seemed', 'appeared', 'is expected', 'in', 'on'])
      expect(forms.has(f), f).toBe(false);
    for (const f of ['declined', 'referring to', 'cited']) expect(forms.has(f), f).toBe(true);
  });
});

describe('stances, intentions and findings', () => {
  it('reads the object of a stance or intention verb as what the speaker holds', () => {
    // (What someone declined to say is read as PolNeAR marks it; who-said-what does not list it: unsaid.test.ts.)
    expect(attributionsMarked('Doe declined to say whether the bill would pass.', people)).toEqual([
      { speaker: 'John Doe', text: 'to say whether the bill would pass' },
    ]);
    expect(only('Smith pointed to the rising cost of the program.')).toMatchObject({
      kind: 'indirect',
      speaker: 'Anna Smith',
      text: 'the rising cost of the program',
    });
  });

  it('credits findings to a poll or records without naming a person', () => {
    expect(only('A new poll shows Doe leading the race in Ohio.')).toMatchObject({
      kind: 'indirect',
      speaker: null,
      text: 'Doe leading the race in Ohio',
    });
    // A named poll is given as written; no person or entity stands behind it.
    expect(only('In a CBS News poll released Monday, Doe led Smith by four points.')).toMatchObject({
      speaker: 'CBS News poll',
      speakerEntity: null,
      text: 'Doe led Smith by four points',
    });
  });

  it('does not make speech of an act or of a stance that nobody holds', () => {
    expect(go('The committee hired three new staff members last week.')).toHaveLength(0);
    expect(go('The measure condemned by many lawmakers was passed.')).toHaveLength(0);
  });

  it('reads "I think" as an attribution with no one to name, which who-said-what does not list', () => {
    const body = 'I think the bill will pass the Senate next week.';
    const { mentions, entities } = markEntities(body, people);
    expect(findAttributions(body, mentions, entities).attributions).toMatchObject([
      { kind: 'indirect', speaker: null, text: 'the bill will pass the Senate next week' },
    ]);
    expect(go(body)).toEqual([]);
  });
});

describe('content around an aside', () => {
  it('keeps both halves of "A, Doe said, B" with the speaker', () => {
    const qs = go('The new rules, Doe said on Tuesday, would take effect before the end of the year.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['The new rules, Doe said on Tuesday, would take effect before the end of the year', 'John Doe'],
    ]);
  });

  it('keeps both halves of "A, according to Smith, B", listed as one when A is only a phrase', () => {
    const qs = go('At the heart of the trouble, according to Smith, was a decision made in haste.');
    expect(qs.map((q) => q.text)).toEqual([
      'At the heart of the trouble, according to Smith, was a decision made in haste',
    ]);
    expect(qs.every((q) => q.speaker === 'Anna Smith')).toBe(true);
    const body = 'At the heart of the trouble, according to Smith, was a decision made in haste.';
    const { mentions, entities } = markEntities(body, people);
    expect(findAttributions(body, mentions, entities).attributions.map((a) => a.text)).toEqual([
      'At the heart of the trouble',
      'was a decision made in haste',
    ]);
  });

  it('keeps both halves however short when the words after the aside open with a verb', () => {
    const qs = go('The presumed adjustment, Doe concluded, never happened.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['The presumed adjustment, Doe concluded, never happened', 'John Doe'],
    ]);
    const one = go('Greensboro, Smith said, made a mistake.');
    expect(one.map((q) => q.text)).toEqual(['Greensboro, Smith said, made a mistake']);
  });

  it('does not take a sentence adverb before the aside as a half', () => {
    expect(go('Otherwise, Smith said, countries would stop paying.').map((q) => q.text)).toEqual([
      'countries would stop paying',
    ]);
  });

  it('finds a subject after a short opening phrase and an appositive', () => {
    const q = only(
      'In his response, John Doe, the senator from Ohio, said on Tuesday that he had read the report.',
    );
    expect(q).toMatchObject({ speaker: 'John Doe', text: 'that he had read the report' });
  });

  it('skips sentence adverbs between a subject and its verb', () => {
    expect(only('Doe however said he would welcome the agreement.')).toMatchObject({
      speaker: 'John Doe',
      text: 'he would welcome the agreement',
    });
  });
});

describe('what records show and reports give', () => {
  it('reads "…, campaign finance records show." as the records showing what came before', () => {
    const body =
      'A company called Harmony Enterprises gave $5,000 to the PAC in June, campaign finance records show.';
    const found = findAttributions(body, [], []).attributions;
    expect(found.map((a) => [a.text, a.source && body.slice(a.source.start, a.source.end)])).toEqual([
      ['A company called Harmony Enterprises gave $5,000 to the PAC in June', 'campaign finance records'],
    ]);
  });

  it('reads what "reported" gives when no clause follows ("reported raising …", "reported no arrests")', () => {
    const texts = (body: string) => {
      const { mentions, entities } = markEntities(body, people);
      return findAttributions(body, mentions, entities).attributions.map((a) => [a.speaker, a.text]);
    };
    expect(texts('Doe reported raising and spending about $9 million during the month.')).toEqual([
      ['John Doe', 'raising and spending about $9 million during the month'],
    ]);
    expect(texts('Doe reported the news to his staff on Monday.')).toEqual([]);
  });
});

describe('stances whose object is short', () => {
  it('lists "declined to comment", "rejected the label" and "endorsed Hillary Clinton" with their speakers', () => {
    const texts = (body: string) => {
      const { mentions, entities } = markEntities(body, people);
      return findAttributions(body, mentions, entities).attributions.map((a) => [a.speaker, a.text]);
    };
    expect(texts('A spokesman for the company said nothing. Doe declined to comment.')).toEqual([
      ['John Doe', 'to comment'],
    ]);
    expect(texts('Smith rejected the label.')).toEqual([['Anna Smith', 'the label']]);
    expect(texts('Doe endorsed Hillary Clinton.')).toEqual([['John Doe', 'Hillary Clinton']]);
  });

  it('keeps other short objects out ("Doe visited Ohio")', () => {
    const body = 'Doe visited Ohio.';
    const { mentions, entities } = markEntities(body, people);
    expect(findAttributions(body, mentions, entities).attributions).toEqual([]);
  });

  it('gives the "that" clause after a stance and its object to the participle ("urged …, saying that …")', () => {
    const body =
      'Doe urged a strong stand against the bill, saying that otherwise the senators would walk all over us.';
    const { mentions, entities } = markEntities(body, people);
    const all = findAttributions(body, mentions, entities).attributions;
    expect(all.map((a) => [a.text, a.cue && body.slice(a.cue.start, a.cue.end)])).toEqual([
      ['a strong stand against the bill', 'urged'],
      ['that otherwise the senators would walk all over us', 'saying'],
    ]);
  });

  it('keeps the learned frame over a listed one whose object is too short to list ("has offered specific plans")', () => {
    // The listed "offered" reads "specific plans", under three words; the learned "has" reads the verb phrase.
    const texts = (body: string) => {
      const { mentions, entities } = markEntities(body, people);
      return findAttributions(body, mentions, entities).attributions.map((a) => [a.speaker, a.text]);
    };
    expect(texts('Smith has offered specific plans.')).toEqual([['Anna Smith', 'offered specific plans']]);
  });

  it('lists a short object of praise or blame ("praised her effort", "defended eminent domain")', () => {
    const texts = (body: string) => {
      const { mentions, entities } = markEntities(body, people);
      return findAttributions(body, mentions, entities).attributions.map((a) => [a.speaker, a.text]);
    };
    expect(texts('Doe congratulated her on the result and praised her effort.')).toContainEqual([
      'John Doe',
      'her effort',
    ]);
    expect(texts('Smith defended eminent domain.')).toEqual([['Anna Smith', 'eminent domain']]);
    expect(texts('Doe mocked the complaint.')).toEqual([['John Doe', 'the complaint']]);
    expect(texts('Smith pushed for Zika funding.')).toEqual([['Anna Smith', 'Zika funding']]);
    expect(texts('Doe also sparred over financial regulations.')).toEqual([
      ['John Doe', 'financial regulations'],
    ]);
    expect(texts('Smith has disputed both critiques.')).toEqual([['Anna Smith', 'both critiques']]);
    expect(texts('Smith echoed those comments.')).toEqual([['Anna Smith', 'those comments']]);
    // Not the participle ("supporting Cruz"), not an adjective's complement ("opposed to Trump").
    expect(texts('Doe is supporting Cruz.')).toEqual([]);
    expect(texts('Smith opposed to Trump.')).toEqual([]);
    // Who-said-what lists only contents of three words or more.
    expect(findQuotesMarked('Smith defended eminent domain.', people).quotes).toEqual([]);
  });
});

describe('a share of people a poll counts', () => {
  it('reads a share with what it is a share of as an unnamed source', () => {
    const qs = findAttributions(
      'Only about 4 in 10 Republican voters in each state want all immigrants in the country illegally to be deported.',
      [],
      [],
    ).attributions;
    expect(qs.map((a) => a.text)).toEqual(['all immigrants in the country illegally to be deported']);
    const b =
      'But 58 percent of Florida Latino voters overall said they were much less likely to vote for Republicans.';
    const said = findAttributions(b, [], []).attributions;
    expect(said.map((a) => [a.text, a.source && b.slice(a.source.start, a.source.end)])).toEqual([
      ['they were much less likely to vote for Republicans', '58 percent of Florida Latino voters overall'],
    ]);
  });

  it('reads a share standing alone, as polls list them ("On the economy, 42% say …")', () => {
    const b = 'On the economy, 42% say they are liberal; three-fourths say the tax should rise.';
    const said = findAttributions(b, [], []).attributions;
    expect(said.map((a) => [a.text, a.source && b.slice(a.source.start, a.source.end)])).toEqual([
      ['they are liberal', '42%'],
      ['the tax should rise', 'three-fourths'],
    ]);
  });

  it('needs the share to open its clause', () => {
    const body = 'Trump won 58 percent of the vote overall said nothing.';
    expect(findAttributions(body, [], []).attributions).toEqual([]);
  });
});

describe('headlines', () => {
  it('reads "Source: claim" headlines without quotation marks', () => {
    expect(go('Doe: No outside influence on the inquiry\n\nThe senator spoke on Monday.')[0]).toMatchObject({
      speaker: 'John Doe',
      text: 'No outside influence on the inquiry',
    });
    expect(go('Poll: Doe Ties Smith in a Three-Way Contest\n\nThe poll was taken in May.')[0]).toMatchObject({
      speaker: null,
      text: 'Doe Ties Smith in a Three-Way Contest',
    });
  });

  it('reads a headline source with whom it spoke to, and initials in the claim ("Doe to Planned Parenthood: …")', () => {
    expect(
      go('Doe to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nThe senator spoke.')[0],
    ).toMatchObject({
      speaker: 'John Doe',
      text: 'Trump will reverse Roe v. Wade',
    });
    expect(go('Doe: I support D.C. statehood.\n\nThe senator spoke.')[0]).toMatchObject({
      speaker: 'John Doe',
      text: 'I support D.C. statehood',
    });
  });

  it('reads the verb of a title-case heading', () => {
    expect(go('Anna Smith Criticized Doe Over His Tax Plan\n\nThe senator spoke.')[0]).toMatchObject({
      kind: 'indirect',
      speaker: 'Anna Smith',
      text: 'Doe Over His Tax Plan',
    });
    expect(go('Smith And Doe Visit the Ohio State Fair\n\nThe senator spoke.')).toHaveLength(0);
  });

  it('ignores labels such as "Update:"', () => {
    expect(go('Update: The vote was moved to Thursday afternoon\n\nThe senator spoke.')).toHaveLength(0);
  });

  it('takes no list or section label that names nobody for a source ("Summary:", "The Plan Stage:")', () => {
    const body =
      'Summary: The diver won the state title with a score of 409\n\nThe Plan Stage: Think and dream about the brand\n\nThe senator spoke.';
    expect(go(body)).toHaveLength(0);
    expect(go('Historians: Doe and Smith are linked no matter what\n\nThe senator spoke.')[0]).toMatchObject({
      speaker: null,
      text: 'Doe and Smith are linked no matter what',
    });
  });
});

describe('speakers the text does not settle', () => {
  it('reads "issued a warning and said" as one frame, with the noun "warning" no cue of its own', () => {
    const qs = go('Anna Smith issued a warning and said, “We will not accept any delay in the vote.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Anna Smith' });
  });

  it('gives a body described with a proper name as written, with no entity behind it', () => {
    expect(only('The Doe campaign said the senator would not attend the debate.')).toMatchObject({
      speaker: 'Doe campaign',
      speakerEntity: null,
    });
  });

  it('names no one for a time or a dateline the recognizer took for a name', () => {
    const body = 'On Tuesday said the vote would be held in the spring of next year.';
    const { mentions, entities } = markEntities(body, [
      { id: 't', name: 'On Tuesday', type: 'person', forms: ['On Tuesday'] },
    ]);
    const qs = findQuotes({ body, sentences: [], mentions, entities }).quotes;
    expect(qs.map((q) => q.speaker)).not.toContain('On Tuesday');
    expect(qs.every((q) => q.speakerEntity === null)).toBe(true);
  });
});

describe('sources described around a name', () => {
  it('credits a work to its named author', () => {
    const q = only('Taxes would rise for some families, according to an analysis by Anna Smith.');
    expect(q).toMatchObject({ speaker: 'Anna Smith', speakerEntity: 'a' });
  });

  it('credits an email or a projection, and reads past a description of the author before the name', () => {
    // PolNeAR: "An email from Neera Tanden, meanwhile, reveals that …", "A projection by the consulting firm Oxford
    // Economics … predicted that …".
    const email = go('An email from Smith, meanwhile, reveals that the donor regretted his choice.');
    expect(email.map((q) => [q.text, q.speaker])).toEqual([
      ['that the donor regretted his choice', 'Anna Smith'],
    ]);
    const specs: EntitySpec[] = [
      { id: 'x', name: 'Oxford Economics', type: 'organization', forms: ['Oxford Economics'] },
    ];
    const body =
      'A projection by the consulting firm Oxford Economics predicted that overall pay would stay the same.';
    expect(findQuotesMarked(body, specs).quotes.map((q) => q.speaker)).toEqual(['Oxford Economics']);
    // Not a name inside a longer phrase: "the president of the AFL-CIO labor federation obtained by …".
    const inside: EntitySpec[] = [{ id: 'u', name: 'AFL-CIO', type: 'organization', forms: ['AFL-CIO'] }];
    const body2 =
      'The prize will not be given next week, according to an email from the president of the AFL-CIO labor federation obtained by reporters.';
    expect(findQuotesMarked(body2, inside).quotes.map((q) => q.speaker)).not.toContain('AFL-CIO');
  });

  it('reads a description after "according to X," as the source’s, not as more of what was said', () => {
    const qs = go(
      'Taxes would rise for some families, according to Anna Smith, a former tax aide now teaching at a university.',
    );
    expect(qs.map((q) => q.text)).toEqual(['Taxes would rise for some families']);
  });

  it('does not take the question put to a speaker for what they said', () => {
    const qs = go('Asked about the vote on Friday, Doe said, "We will win this one easily."');
    expect(qs.map((q) => q.text)).toEqual(['We will win this one easily.']);
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'John Doe' });
  });
});

describe('reported speech that opens like no clause', () => {
  it('reads a quantity or a possessive after "said" as the start of the clause', () => {
    expect(
      go('The budget office said about half of the adjustment reflected revenue losses.').map((q) => q.text),
    ).toEqual(['about half of the adjustment reflected revenue losses']);
    expect(
      go('Smith said her $4.5 billion net worth in 2015 was being marked down.').map((q) => q.text),
    ).toEqual(['her $4.5 billion net worth in 2015 was being marked down']);
  });

  it('takes a capitalised -ly word before the verb for a name, not an adverb', () => {
    const body = 'Jolly spoke first.\n\nSenator Kelly said the plan would cost too much money.';
    const q = findQuotes({ body, sentences: [], mentions: [], entities: [] }).quotes;
    expect(q.map((x) => x.text)).toEqual(['the plan would cost too much money']);
  });
});

describe('questions put by an unnamed asker', () => {
  it('marks "when asked whether …" as an attribution, but lists only the answer as who said what', () => {
    const body = '"You bet I would," Doe said when asked whether he would close the border to travelers.';
    const { mentions, entities } = markEntities(body, people);
    const all = findAttributions(body, mentions, entities).attributions;
    expect(all.map((a) => [a.text, a.speaker])).toEqual([
      ['You bet I would,', 'John Doe'],
      ['whether he would close the border to travelers', null],
    ]);
    expect(go(body).map((q) => q.text)).toEqual(['You bet I would,']);
  });

  it('marks the question opening a sentence ("Asked if …, Doe said …") up to the comma before the answer', () => {
    const body = 'Asked if he was ever bullied as a child, Doe said that he was not.';
    const { mentions, entities } = markEntities(body, people);
    const all = findAttributions(body, mentions, entities).attributions;
    expect(all.map((a) => [a.text, a.speaker])).toEqual([
      ['if he was ever bullied as a child', null],
      ['that he was not', 'John Doe'],
    ]);
  });

  it('credits the question to whoever asked it ("When asked by Smith about …")', () => {
    const body =
      'When asked by Anna Smith on Thursday about the foreign workers, Doe said he opposed the plan.';
    const { mentions, entities } = markEntities(body, people);
    const all = findAttributions(body, mentions, entities).attributions;
    // ("the plan", what Doe is said to oppose, is a learned stance nested in his own words: not listed apart.)
    expect(all.map((a) => [a.text, a.speaker])).toEqual([
      ['about the foreign workers', 'Anna Smith'],
      ['he opposed the plan', 'John Doe'],
    ]);
  });
});

describe('headings', () => {
  it('does not take a wire service’s running heading for a source', () => {
    const qs = go('The Latest: Doe urges supporters to monitor polling places on Election Day.');
    expect(qs.map((q) => q.speaker)).toEqual(['John Doe']);
  });
});

describe('transcripts set as one quotation', () => {
  it('reads each line opened by a straight mark and a speaker label as that speaker’s words', () => {
    const body =
      'Doe spoke to Fox News on Sunday.\n\n"WALLACE: Let’s start with the news of the day, Senator.\n\n"DOE: Well, look, Smith thinks this is a “game show.” It is serious business.\n\n"WALLACE: Do you really see it that way?';
    const qs = go(body).filter((q) => q.kind === 'direct');
    expect(qs.map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([
      ['Wallace', 'Let’s start with the'],
      ['John Doe', 'Well, look, Smith th'],
      ['Wallace', 'Do you really see it'],
    ]);
  });
});

describe('quotes that run on in the next paragraph', () => {
  it('gives a quotation paragraph with no frame to the speaker quoted just before, over a blank line', () => {
    const qs = go(
      '"We will win this one," Doe said on Friday.\n\n"Nobody can stop us now, not even the weather."',
    );
    expect(qs).toHaveLength(2);
    expect(qs[1]).toMatchObject({
      kind: 'direct',
      speaker: 'John Doe',
      text: 'Nobody can stop us now, not even the weather.',
    });
  });

  it('reads a time or place after the verb of a trailing frame as no content', () => {
    const qs = go(
      '"We will win this one easily," Doe said onstage Tuesday night.\n\n"Nobody will stop us," Doe tweeted Friday afternoon.',
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['We will win this one easily,', 'John Doe'],
      ['Nobody will stop us,', 'John Doe'],
    ]);
  });
});

describe('a second verb after "but"', () => {
  it('credits "… but said …" to the clause\'s subject and ends the first verb\'s content at "but"', () => {
    const body = 'Doe denied the report about the leaked budget but said the plan would cost more.';
    const { mentions, entities } = markEntities(body, people);
    const said = findAttributions(body, mentions, entities).attributions.map((a) => [a.speaker, a.text]);
    expect(said).toEqual([
      ['John Doe', 'the report about the leaked budget'],
      ['John Doe', 'the plan would cost more'],
    ]);
  });
});

describe('a participle that borrows its subject', () => {
  it('reports what follows it, not the phrase opening the sentence', () => {
    const body =
      'In a long speech on security earlier in the day, Doe attacked Smith for her record, saying, “She is not ready for the job.”';
    const { mentions, entities } = markEntities(body, people);
    const saying = findAttributions(body, mentions, entities).attributions.filter(
      (a) => a.cue && body.slice(a.cue.start, a.cue.end) === 'saying',
    );
    expect(saying.map((a) => [a.speaker, a.text])).toEqual([['John Doe', 'She is not ready for the job.']]);
  });

  it('after "said", takes the quote after it rather than the one before', () => {
    const body =
      '“We cannot afford this any longer,” Doe said, adding later, “The program costs us a fortune.”';
    const { mentions, entities } = markEntities(body, people);
    const quotes = findQuotes({ body, sentences: [], mentions, entities }).quotes;
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['John Doe', 'We cannot afford this any longer,'],
      ['John Doe', 'The program costs us a fortune.'],
    ]);
  });
});

describe('a pronoun with a contracted auxiliary', () => {
  it('reads "He’s said" and "she’d warned" as the pronoun speaking', () => {
    expect(only('Doe spoke to the crowd in Ohio. He’s said the plan would cost far more.')).toMatchObject({
      speaker: 'John Doe',
      text: 'the plan would cost far more',
    });
    expect(
      only('Smith spoke to the crowd in Ohio. She’d warned that the plan would cost far more.'),
    ).toMatchObject({ speaker: 'Anna Smith', text: 'that the plan would cost far more' });
  });

  it('skips "been" in the auxiliaries before a participle', () => {
    expect(
      only('Doe spoke to the crowd in Ohio. He has been saying the plan would cost far more.'),
    ).toMatchObject({
      speaker: 'John Doe',
      text: 'the plan would cost far more',
    });
  });

  it('skips modals, negated auxiliaries, "long", "since" and reflexives before the verb', () => {
    // (Read as PolNeAR marks them; who-said-what does not list what someone did not say: unsaid.test.ts.)
    for (const [between, text] of [
      ['could not say', 'whether the plan would cost far more'],
      ['didn’t say', 'whether the plan would cost far more'],
      ['has long argued', 'that the plan would cost far more'],
      ['himself has since said', 'the plan would cost far more'],
    ])
      expect(
        attributionsMarked(`Doe spoke to the crowd in Ohio. He ${between} ${text}.`, people),
        between,
      ).toEqual([{ speaker: 'John Doe', text }]);
  });
});

describe('asides after a short opening', () => {
  it('reads "Greensboro" and the words after "Greensboro, Doe said," as what was said, as PolNeAR marks it', () => {
    const body = 'Greensboro, Doe said, made a big difference in the race.';
    const { mentions, entities } = markEntities(body, people);
    const found = findAttributions(body, mentions, entities).attributions.map((a) => [a.speaker, a.text]);
    expect(found).toEqual([
      ['John Doe', 'Greensboro'],
      ['John Doe', 'made a big difference in the race'],
    ]);
  });

  it('takes "these" and "those" as determiners of a subject', () => {
    expect(
      only('Smith spoke to the crowd in Ohio. These people said the plan would cost far more.'),
    ).toMatchObject({
      speaker: null,
      text: 'the plan would cost far more',
    });
  });
});

describe('clauses opened by a contracted pronoun', () => {
  it('reads "he’s staying …" after an aside as a clause', () => {
    expect(only('Doe says, win or lose in the primary, he’s staying in the race.')).toMatchObject({
      speaker: 'John Doe',
      text: 'he’s staying in the race',
    });
  });
});

describe('trailing asides opened by "as"', () => {
  it('credits "…, as Doe said on Monday." with the words before the aside', () => {
    const body = 'The plan would cost the state far more, as Doe said on Monday.';
    const { mentions, entities } = markEntities(body, people);
    const found = findAttributions(body, mentions, entities).attributions.map((a) => [a.speaker, a.text]);
    expect(found).toEqual([['John Doe', 'The plan would cost the state far more']]);
  });
});

describe('records and filings as sources', () => {
  it('credits a finding to "FEC records" with no determiner', () => {
    expect(only('Since then, FEC records show Doe has donated to three campaigns since 2010.')).toMatchObject(
      {
        speaker: 'FEC records',
        text: 'Doe has donated to three campaigns since 2010',
      },
    );
  });
});

describe('a person described but not named after the verb', () => {
  it('credits "“…,” said a Nevada Democrat." to the description', () => {
    const body = 'Doe leads the race. “The gap is far too wide for anyone to close,” said a Nevada Democrat.';
    const { mentions, entities } = markEntities(body, people);
    const q = findQuotes({ body, sentences: [], mentions, entities }).quotes;
    expect(q.map((x) => [x.speaker, x.text])).toEqual([
      ['Nevada Democrat', 'The gap is far too wide for anyone to close,'],
    ]);
  });
});

/** Each attribution's cue word and speaker in a text naming `people`. */
const speakers = (body: string) => {
  const { mentions, entities } = markEntities(body, people);
  return findAttributions(body, mentions, entities).attributions.map((a) => [
    a.cue ? body.slice(a.cue.start, a.cue.end) : null,
    a.speaker,
  ]);
};

describe('a name opening a subject phrase that runs on past it', () => {
  it('credits the person whose predicate the phrase holds, not the one of a clause inside it', () => {
    expect(speakers('Smith took offense when reporters asked about the budget.')).toEqual([
      ['offense', 'Anna Smith'],
      ['asked', null],
    ]);
    expect(speakers('Doe quickly pivoted to talking about the rising cost of the program.')).toEqual([
      ['talking about', 'John Doe'],
    ]);
  });

  it('reads past a courtesy title, an adverb such as "later", "also" or "never", and the verbs "used" and "set"', () => {
    // PolNeAR: "Ms. Gil took particular joy in skating …", "Grassley later walked back his comments …",
    // "Ramos used his acceptance speech to call for the resignation of …".
    expect(speakers('Ms. Smith took particular joy in skating outside the park.')).toEqual([
      ['particular', 'Anna Smith'],
    ]);
    expect(speakers('Doe later walked back his comments while speaking to reporters.')).toEqual([
      ['back', 'John Doe'],
    ]);
    expect(speakers('Doe used his acceptance speech to call for the resignation of the mayor.')).toEqual([
      ['call for', 'John Doe'],
    ]);
    // "Trump never missed an opportunity to remind the audience he was …", "Mr. Obama set about persuading …".
    expect(
      speakers('Doe never missed an opportunity to remind the audience he was the only candidate.'),
    ).toEqual([['remind', 'John Doe']]);
    expect(speakers('Mr. Doe set about persuading the mayor to join the plan.')).toEqual([
      ['about', 'John Doe'],
    ]);
  });

  it('reads "after" before a noun phrase as a preposition, not as a clause of its own', () => {
    // PolNeAR: "The FBI decided after a lengthy investigation not to recommend charges against her or her aides …".
    const specs: EntitySpec[] = [{ id: 'f', name: 'FBI', type: 'organization', forms: ['FBI'] }];
    const body =
      'Clinton used a private email system as secretary of state. The FBI decided after a lengthy investigation not to recommend charges against her or her aides pertaining to their handling of classified information.';
    // (Who-said-what lists no decision: the attribution is read, as PolNeAR marks it, and not listed.)
    expect(attributionsMarked(body, specs).map((q) => q.speaker)).toEqual(['FBI']);
  });

  it('credits the owner of a statement named by a possessive', () => {
    expect(speakers('Doe’s renewed endorsement of the tax plan surprised his colleagues.')).toEqual([
      ['endorsement of', 'John Doe'],
    ]);
    // Whom the owner has around them speaks for themselves: the daughter, not Doe.
    expect(speakers('Doe’s daughter posted a video mocking the senator.')).toEqual([
      ['posted', 'Doe’s daughter'],
    ]);
  });
});

describe('a name before the verb whose object opens the cue’s noun phrase', () => {
  it('credits the subject of "has been a strong supporter of", "made an unprompted call for"', () => {
    expect(speakers('Smith had been a strong supporter of the tax plan.')).toEqual([
      ['supporter', 'Anna Smith'],
    ]);
    expect(speakers('Smith made an unprompted call for new taxes on Monday.')).toEqual([
      ['call for', 'Anna Smith'],
    ]);
  });

  it('credits the subject of "has taken a firm stance against", not one of several listed', () => {
    // PolNeAR: "Trump has taken a firm stance against illegal immigration", "a number of candidates, including Trump
    // and Cruz, who has openly opposed ground troops, have taken a more aggressive stance about …".
    const firm = speakers(
      'Since launching his White House bid, Doe has taken a firm stance against illegal immigration — and last June stirred controversy with an assertion that the migrants are bad.',
    );
    // (The learned detector may read the cue at the auxiliary: PolNeAR marks "has taken a firm stance against" whole.)
    expect(firm.map(([, who]) => who)).toEqual(['John Doe']);
    const several = speakers(
      'A number of senators, including Smith and Doe, who has opposed the plan, have taken a harder stance about the tax.',
    );
    // (Doe is the one "who has opposed the plan"; the stance after the list is not his.)
    expect(several.filter(([cue]) => cue !== 'opposed').map(([, who]) => who)).not.toContain('John Doe');
  });

  it('leaves a name after a preposition to its own phrase', () => {
    expect(speakers('Senators with Doe had been a vocal critic of the plan.')).toEqual([['critic', null]]);
  });
});

describe('namesakes told apart by a title', () => {
  // The entity stage links every later "Walker" to the namesake named last in full.
  const couple = [
    { id: 'n', name: 'Nancy Walker', type: 'person' as const, forms: ['Nancy Walker'] },
    { id: 't', name: 'Tom Walker', type: 'person' as const, forms: ['Tom Walker', 'Walker'] },
  ];
  const speakersOf = (body: string) => {
    const { mentions, entities } = markEntities(body, couple);
    return findQuotes({ body, sentences: [], mentions, entities }).quotes.map((q) => q.speaker);
  };

  it('gives "Mrs. Walker" to the namesake with a woman’s first name, "Mr. Walker" to the other', () => {
    const body =
      'Nancy Walker and her husband, Tom Walker, spoke in Ohio. Mrs. Walker said the plant would stay open. ' +
      'Mr. Walker said the vote was close.';
    expect(speakersOf(body)).toEqual(['Nancy Walker', 'Tom Walker']);
  });

  it('reads a bare surname by the first pronoun of its clause, not of the clause after a comma', () => {
    const body =
      'Nancy Walker and her husband, Tom Walker, spoke in Ohio. Walker said she would keep the plant open. ' +
      'Walker said the mill would close next year, and she wept.';
    expect(speakersOf(body)).toEqual(['Nancy Walker', 'Tom Walker']);
  });
});

describe('people of a named owner', () => {
  it('describes "Doe’s aides" when the subject search stops at the possessive', () => {
    const body = 'Doe’s aides say the bill will pass the Senate this week.';
    const { mentions, entities } = markEntities(body, people);
    const [a] = findAttributions(body, mentions, entities).attributions;
    expect(a).toMatchObject({ speaker: 'Doe’s aides', text: 'the bill will pass the Senate this week' });
  });
});

describe('datelines, roles before a name, places and "made it clear"', () => {
  const specs: EntitySpec[] = [
    { id: 'o', name: 'Barack Obama', type: 'person', forms: ['Barack Obama', 'Obama'] },
    { id: 'r', name: 'Reuters', type: 'organization', forms: ['Reuters'] },
    { id: 'l', name: 'Marine Le Pen', type: 'organization', forms: ['Marine Le Pen'] },
    { id: 'f', name: 'France', type: 'place', forms: ['France'] },
    { id: 'n', name: 'National Front', type: 'organization', forms: ['National Front'] },
    { id: 'p', name: 'Pasadena', type: 'place', forms: ['Pasadena', 'PASADENA'] },
    { id: 'c', name: 'Calif.', type: 'place', forms: ['Calif.'] },
    { id: 'd', name: 'Democratic', type: 'other', forms: ['Democratic'] },
    { id: 'h', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton'] },
  ];
  const quotes = (body: string) => findQuotesMarked(body, specs).quotes;

  it('reads a wire dateline as no part of the first sentence ("ORLANDO, Fla. (Reuters) - Obama … and said")', () => {
    const qs = quotes(
      'ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of the massacre on Thursday and said the United States must act.',
    );
    expect(qs.find((q) => q.text.startsWith('the United States'))?.speaker).toBe('Barack Obama');
  });

  it('gives the clause to the name after an opening role ("France’s party leader, Marine Le Pen, voiced …, saying")', () => {
    const qs = quotes(
      'France’s far-right National Front party leader, Marine Le Pen, voiced support for the plan on Wednesday, saying it was the better choice.',
    );
    expect(qs.find((q) => q.text.startsWith('it was the better'))?.speaker).toBe('Marine Le Pen');
  });

  it('reads "made it clear" as the subject’s, not the pronoun’s', () => {
    const qs = quotes(
      'Presumptive Democratic nominee Hillary Clinton made it clear to donors on Wednesday that she has their backs.',
    );
    for (const q of qs) expect(q.speaker).not.toBe('Democratic');
    expect(qs.find((q) => q.text.includes('she has their backs'))?.speaker).toBe('Hillary Clinton');
  });

  it('takes no state after its city for a speaker ("skywriters in Pasadena, Calif., are … not voting")', () => {
    for (const body of [
      'A handful of skywriters in Pasadena, Calif., are definitely not voting for Trump.',
      'PASADENA, Calif., Jan. 1 (UPI) — A handful of skywriters in Pasadena, Calif., are definitely not voting for Trump.',
    ])
      for (const q of quotes(body)) expect(q.speaker).not.toBe('Calif.');
  });
});

describe('two clauses of one sentence, each with its speaker', () => {
  const specs: EntitySpec[] = [
    { id: 'o', name: 'Barack Obama', type: 'person', forms: ['Barack Obama', 'Obama'] },
    { id: 'c', name: 'Dick Cheney', type: 'person', forms: ['Dick Cheney', 'Cheney'] },
    { id: 's', name: 'Bernie Sanders', type: 'person', forms: ['Bernie Sanders', 'Sanders'] },
    { id: 'd', name: 'Tad Devine', type: 'person', forms: ['Tad Devine', 'Devine'] },
  ];
  const quotes = (body: string) => findQuotesMarked(body, specs).quotes;
  const speakerOf = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start))?.speaker;

  it('gives the "that" clause to the verb after the comma, not to the verb of the clause before', () => {
    const qs = quotes(
      'Although Obama has promised to close the prison, Cheney argued that it would be a mistake.',
    );
    expect(speakerOf(qs, 'that it would be a mistake')).toBe('Dick Cheney');
  });

  it('ends a clause opened by "while" at its comma: the role before the name there describes no one', () => {
    const qs = quotes(
      'While Sanders has pledged to support Clinton as the nominee, Devine suggested that it would not be a simple process.',
    );
    expect(speakerOf(qs, 'that it would not be')).toBe('Tad Devine');
    for (const q of qs) expect(q.text).not.toContain('Devine suggested');
  });

  it('lets a participle or a second verb after the comma go on with the first speaker', () => {
    const qs = quotes('Obama agreed, but also contended that the prison should close within the year.');
    expect(speakerOf(qs, 'that the prison')).toBe('Barack Obama');
  });
});

describe('an opening that tells when', () => {
  it('is no content before its speaker ("Just last week, Doe wrote …, “…”")', () => {
    const qs = go(
      'Just last week, Doe wrote to his 20,000 Twitter followers, “It is time to end her political career for good,” and shared a link.',
    );
    expect(qs.map((q) => q.text)).toEqual(['It is time to end her political career for good,']);
    expect(qs[0].speaker).toBe('John Doe');
  });

  it('unlike an opening "This …" that is a clause of its own', () => {
    const qs = go('This has been a persistent concern for Democrats this year, Doe said.');
    expect(qs[0]).toMatchObject({
      speaker: 'John Doe',
      text: 'This has been a persistent concern for Democrats this year',
    });
  });
});

describe('a party tag or an aside in brackets after a name', () => {
  it('is skipped however long the aside ("Sen. John Doe (a Democrat so boyish …) says")', () => {
    expect(
      only(
        'Sen. John Doe (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused after being elected.',
      ),
    ).toMatchObject({ speaker: 'John Doe', text: 'he was unfocused after being elected' });
  });

  it('needs no comma to keep its speaker ("Sen. John Doe (R-OH), said, “…”")', () => {
    const qs = go(
      'After winning the primary on Tuesday night in front of his supporters, Sen. John Doe (R-OH), said, “We are getting ready to rent a covered wagon.”',
    );
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'John Doe' });
    const commas = go(
      'Brookover did not spell out the path to the nomination in detail, Rep. John Doe, R-NY, says meeting participants outlined a scenario.',
    );
    expect(commas.find((q) => q.text.startsWith('meeting participants'))?.speaker).toBe('John Doe');
  });
});

describe('what "said" reports', () => {
  it('opens with a hyphenated or possessive word, or with "this is"', () => {
    expect(only('Doe said down-ballot races can also help unite teachers behind the party.')).toMatchObject({
      speaker: 'John Doe',
      text: 'down-ballot races can also help unite teachers behind the party',
    });
    expect(only('Doe said Thursday’s speeches have led her to count two candidates out.').text).toBe(
      'Thursday’s speeches have led her to count two candidates out',
    );
    expect(only('Doe said this is just a rough patch for the company.').text).toBe(
      'this is just a rough patch for the company',
    );
  });

  it('but not with a time or a preposition', () => {
    expect(go('Doe said this week.')).toEqual([]);
    expect(go('Doe said on Tuesday.')).toEqual([]);
  });
});

describe('a phrase after an opening conjunction', () => {
  const places: EntitySpec[] = [
    { id: 'i', name: 'Iowa', type: 'place', forms: ['Iowa'] },
    { id: 'c', name: 'Cleveland', type: 'place', forms: ['Cleveland'] },
  ];
  const quotes = (body: string) => findQuotesMarked(body, places).quotes;

  it('speaks, a place in it or not ("And Iowa biofuels advocates say …", "But protest organizers in Cleveland say …")', () => {
    expect(
      quotes('And Iowa biofuels advocates say they already have private promises from both candidates.'),
    ).toEqual([expect.objectContaining({ text: 'they already have private promises from both candidates' })]);
    expect(
      quotes(
        'But protest organizers in Cleveland say the city is only increasing the likelihood of violence.',
      ),
    ).toEqual([expect.objectContaining({ text: 'the city is only increasing the likelihood of violence' })]);
  });
});

describe('a show named in quotation marks before the speaker', () => {
  it('is no quotation of theirs ("on Fox News Channel’s “Hannity,” Doe said if …")', () => {
    const qs = go(
      'Wednesday on Fox News Channel’s “Hannity,” Doe said if the nominee picked him as a running mate it would be a “two-pirate ticket.”',
    );
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({
      speaker: 'John Doe',
      text: expect.stringMatching(/^if the nominee picked him/),
    });
    for (const q of qs) expect(q.text).not.toContain('Hannity');
  });
});

describe('a verb of stance after a comma', () => {
  it('has its object next, not an inverted speaker ("…, Reagan’s daughter, attacked Doe for …")', () => {
    const qs = go(
      'The outcry grew louder as Patti Davis, Reagan’s daughter, attacked Doe for comments made this week.',
    );
    for (const q of qs) expect(q.speaker).not.toBe('John Doe');
  });

  it('unlike a verb of speech ("“…,” warned Doe")', () => {
    expect(
      only('“That means a loose cannon is within reach of the most powerful job,” warned Doe.').speaker,
    ).toBe('John Doe');
  });
});

describe('a name before a title and another name', () => {
  const specs: EntitySpec[] = [
    { id: 'h', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
    { id: 'b', name: 'Brian Fallon', type: 'person', forms: ['Brian Fallon'] },
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  ];
  const quotes = (body: string) => findQuotesMarked(body, specs).quotes;

  it('says whose title it is ("Clinton campaign spokesman Brian Fallon responded …, calling")', () => {
    const qs = quotes(
      'Clinton campaign spokesman Brian Fallon responded on Twitter, calling Trump’s charge “pathetic.”',
    );
    expect(qs.find((q) => q.kind === 'indirect')?.speaker).toBe('Brian Fallon');
  });
});

describe('a quotation before its speaker and verb', () => {
  it('is what "wrote in …" reports, not the clause after the place it was written', () => {
    const qs = go(
      '“Just to be clear, I never said no to the foundation,” Doe wrote in a late-evening email on Monday, meaning he had not refused.',
    );
    expect(qs[0]).toMatchObject({
      kind: 'direct',
      speaker: 'John Doe',
      text: 'Just to be clear, I never said no to the foundation,',
    });
  });

  it('is what a learned verb closing the sentence reports ("“…?” Doe questioned.")', () => {
    expect(
      only('“What was the massive pivot point to make him change so fundamentally?” Doe questioned.'),
    ).toMatchObject({
      kind: 'direct',
      speaker: 'John Doe',
    });
  });

  it('is kept when "just after" tells when ("…,” Doe, a strategist, said just after the speech.")', () => {
    expect(
      only(
        '“It is plagiarism, flat-out plagiarism,” Doe, the chief strategist of the campaign, said just after the speech.',
      ),
    ).toMatchObject({
      kind: 'direct',
      speaker: 'John Doe',
    });
  });

  it('is signed by a hyphen line run into the name ("-Smith, Philadelphia.")', () => {
    expect(
      go(
        '“The whole idea of it is something we hear about all the time, and it needs to stop.”\n\n-Smith, Philadelphia.',
      )[0],
    ).toMatchObject({
      speaker: 'Anna Smith',
    });
  });
});

describe('"X said in a statement." before a quotation', () => {
  it('introduces the quotation that follows', () => {
    expect(go('Doe said in a statement. “We are proud of this result and of every volunteer.”')).toEqual([
      expect.objectContaining({ kind: 'direct', speaker: 'John Doe' }),
    ]);
  });

  it('as does a sentence that ends on its verb ("Doe agreed. “…”")', () => {
    expect(
      go('Doe agreed. “Mainstream Republicans are running out of time to find an alternative.”'),
    ).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'John Doe' })]);
  });

  it('but not after content of its own ("…, she said in an interview later.")', () => {
    const qs = go(
      'The crowd there was hostile and very loud, Doe said in an interview later. “Oh my God, this cannot be happening.”',
    );
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ speaker: 'John Doe' });
  });
});

describe('a place closing an apposition before the verb', () => {
  const specs: EntitySpec[] = [
    { id: 'p', name: 'Sandy Phillips', type: 'person', forms: ['Sandy Phillips'] },
    { id: 'a', name: 'Aurora', type: 'place', forms: ['Aurora'] },
    { id: 'c', name: 'Colorado', type: 'place', forms: ['Colorado'] },
  ];
  it('is where the person opening the clause lived, not who speaks', () => {
    const qs = findQuotesMarked(
      'Sandy Phillips, who lost her daughter during the mass shooting in Aurora, Colorado, in July 2012, said that the senator had treated her family disrespectfully.',
      specs,
    ).quotes;
    expect(qs.find((q) => q.text.startsWith('that the senator'))?.speaker).toBe('Sandy Phillips');
  });
});

describe('a time between subject and verb', () => {
  it('is skipped ("Doe at the time said …")', () => {
    expect(
      only(
        'A supporter was later charged with assault. Doe at the time said he would look into paying the fees.',
      ),
    ).toMatchObject({
      speaker: 'John Doe',
      text: 'he would look into paying the fees',
    });
  });
});

describe('cue forms', () => {
  it('are lowercase ASCII words, as the look for a cue in a speaker segment assumes (mayHoldCue)', () => {
    for (const form of CUE_SOURCE.split('|')) expect(form).toMatch(/^[a-z]+(?:(?:\\s\+|')[a-z]+)*$/);
  });
});

describe('an unnamed speaker after the verb, described by whom they work for', () => {
  const specs: EntitySpec[] = [
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
    { id: 'b', name: 'George W. Bush', type: 'person', forms: ['George W. Bush'] },
    { id: 'c', name: 'Clinton', type: 'person', forms: ['Clinton'] },
  ];
  const speakerOf = (body: string) => findQuotesMarked(body, specs).quotes.find((q) => q.kind === 'direct');
  it('keeps the words after the head ("a longtime adviser to Trump")', () => {
    expect(
      speakerOf(
        'He ran.\n\n“Paul’s knowledge, such as it is, is about 20 years old,” said a longtime adviser to Trump, who declined to be identified.',
      ),
    ).toMatchObject({ speaker: 'longtime adviser to Trump', speakerEntity: null });
    expect(
      speakerOf(
        'He ran.\n\n“We have gone in the opposite direction from what we recommended,” said the former top aide to President George W. Bush.',
      ),
    ).toMatchObject({ speaker: 'former top aide to President George W. Bush', speakerEntity: null });
  });

  it('finds the frame when a participle leads to the preposition ("one Republican involved in the planning")', () => {
    expect(
      speakerOf(
        'He ran.\n\n"You are going to see a massive ad spend of tens of millions of dollars," said one Republican involved in the planning, who spoke on the condition of anonymity.',
      ),
    ).toMatchObject({ speaker: 'Republican involved in the planning' });
    expect(
      speakerOf(
        'He ran.\n\n"If Sanders wins Iowa, the energy is going to be substantial," said one Democrat familiar with the Clinton campaign.',
      ),
    ).toMatchObject({ speaker: 'Democrat familiar with the Clinton campaign' });
  });

  it('gives the "who" after such a phrase to no one rather than to the name inside it', () => {
    const body =
      'He ran.\n\n“Paul’s knowledge is about 20 years old,” said a longtime adviser to Trump, who declined to be identified.';
    const { mentions, entities } = markEntities(body, specs);
    const res = findAttributions(body, mentions, entities);
    expect(
      res.frames.find((f) => body.slice(f.subject.start, f.subject.end) === 'who')?.subject,
    ).toMatchObject({
      entity: null,
    });
  });
});

describe('"who" after "Name, a lawyer for the Sierra Club,"', () => {
  const specs: EntitySpec[] = [
    { id: 'p', name: 'Peter Morgan', type: 'person', forms: ['Peter Morgan'] },
    { id: 's', name: 'Sierra Club', type: 'organization', forms: ['Sierra Club'] },
  ];
  it('means the person the apposition describes, not the employer', () => {
    const body =
      '"These are strange days," said Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal industry over water pollution issues for years.';
    // (A lawyer's "challenging the coal industry" is read as PolNeAR marks it; who-said-what lists no such act.)
    const qs = attributionsMarked(body, specs);
    expect(qs.find((q) => q.text.startsWith('the coal industry'))).toMatchObject({ speaker: 'Peter Morgan' });
  });
});

describe('a verb in the past tense closing the sentence after a quotation', () => {
  const specs: EntitySpec[] = [
    { id: 'h', name: 'François Hollande', type: 'person', forms: ['François Hollande', 'Hollande'] },
    { id: 'm', name: 'Mike Murphy', type: 'person', forms: ['Mike Murphy', 'Murphy'] },
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  ];
  const direct = (body: string) => findQuotesMarked(body, specs).quotes.filter((q) => q.kind === 'direct');
  it('reports the quotation, whatever the verb ("an angry Hollande retaliated", "reacted Trump")', () => {
    expect(
      direct('He ran.\n“France will always be France,” an angry Hollande retaliated. “It never gives up.”'),
    ).toEqual([
      expect.objectContaining({ speaker: 'François Hollande' }),
      expect.objectContaining({ speaker: 'François Hollande' }),
    ]);
    expect(direct('He ran.\n\n“What sport is he talking about, and who?” reacted Trump.')).toEqual([
      expect.objectContaining({ speaker: 'Donald Trump' }),
    ]);
    expect(
      direct(
        'He ran.\n\n“Not us but we cannot argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'Mike Murphy' })]);
  });

  it('but not a passive, a relative clause, or a quotation within running text', () => {
    const speakers = (body: string) => findQuotesMarked(body, specs).quotes.map((q) => q.speaker);
    for (const body of [
      'Trump spoke.\n\n“Hawaii Five-0 is back on the air,” the procedural that Trump revived in 2010, is a case study.',
      'It was late.\n\n“So, who is going to pay for all of it?” Trump’s suggestions are redacted.',
      'He says no one is “on pace to get 1,237 delegates,” the number Trump needed to win.',
    ])
      expect(speakers(body), body).not.toContain('Donald Trump');
  });
});

describe('a verb right after a quotation, then who spoke', () => {
  const specs: EntitySpec[] = [
    { id: 'l', name: 'Corey Lewandowski', type: 'person', forms: ['Corey Lewandowski', 'Lewandowski'] },
    { id: 'c', name: 'Cleveland', type: 'place', forms: ['Cleveland'] },
    { id: 'r', name: 'The Des Moines Register', type: 'organization', forms: ['The Des Moines Register'] },
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  ];
  const direct = (body: string) => findQuotesMarked(body, specs).quotes.filter((q) => q.kind === 'direct');
  it('takes a document described after the verb ("reads a Wednesday editorial in …"), as the outlet it appeared in', () => {
    expect(
      direct(
        'He ran.\n\n“There are invertebrates that have shown more spine than the senator,” reads a Wednesday editorial in The Des Moines Register.',
      ),
    ).toEqual([expect.objectContaining({ speaker: 'The Des Moines Register', speakerEntity: 'r' })]);
  });

  it('takes the name a possessive owns, not its owner ("opined Cleveland\'s Plain Dealer")', () => {
    expect(
      direct('He ran.\n\n"Gun owners should leave their weapons at home," opined Cleveland\'s Plain Dealer.'),
    ).toEqual([expect.objectContaining({ speaker: 'Plain Dealer' })]);
  });

  it('leaves "the New York businessman" to the frames around it, as someone named before', () => {
    const qs = direct(
      'Trump kept at it, saying Cruz could not make deals.\n\n"We can\'t have a guy who stands in the middle of the floor, right?" said the New York businessman, who campaigned Monday.',
    );
    expect(qs[0]?.speaker).not.toBe('New York businessman');
  });

  it('reads "without further comment" after the verb as no content', () => {
    expect(
      findQuotesMarked(
        'He ran.\n\n“Paul Manafort has been in control of the campaign since April 7. That’s a fact,” Lewandowski said without further comment.',
        specs,
      ).quotes,
    ).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Corey Lewandowski' })]);
  });
});

describe('a number with commas between the verb and its quotation', () => {
  it('parts no words ("wrote to his 20,000 Twitter followers, “…”")', () => {
    const body =
      'Before a breakfast in Philadelphia, Doe wrote to his 20,000 Twitter followers, “It’s time to end her political career for good,” and shared a link.';
    const { mentions, entities } = markEntities(body, TWO_PEOPLE);
    const wrote = findAttributions(body, mentions, entities).frames.find(
      (f) => body.slice(f.cue.start, f.cue.end) === 'wrote',
    );
    expect(wrote?.region && body.slice(wrote.region.start, wrote.region.end)).toContain('It’s time to end');
  });
});

describe('whose a quotation standing alone is', () => {
  const specs: EntitySpec[] = [
    { id: 'a', name: 'Breshna Alawee', type: 'person', forms: ['Breshna Alawee', 'Alawee'] },
    { id: 'z', name: 'Abdullah Zahed', type: 'person', forms: ['Abdullah Zahed', 'Zahed'] },
    { id: 'r', name: 'Marco Rubio', type: 'person', forms: ['Marco Rubio', 'Rubio'] },
    { id: 'j', name: 'Jeb Bush', type: 'person', forms: ['Jeb Bush'] },
    { id: 'n', name: 'Nelson Diaz', type: 'person', forms: ['Nelson Diaz'] },
    { id: 's', name: 'Ben Sisario', type: 'person', forms: ['Ben Sisario'] },
  ];
  const speakers = (body: string) => findQuotesMarked(body, specs).quotes.map((q) => q.speaker);
  it('runs on from the quote before it in the paragraph, not from the frame after it', () => {
    expect(
      speakers(
        "He ran.\n\n''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attacks were terrible.''",
      ),
    ).toEqual(['Breshna Alawee', 'Breshna Alawee', 'Abdullah Zahed']);
  });

  it('keeps its speaker when a date follows the verb ("Rubio said Dec. 6 on CNN")', () => {
    expect(
      speakers(
        'He ran.\n\n"This is a radical Sunni group, they need to be defeated by Sunnis themselves," Rubio said Dec. 6 on CNN. On Dec. 7, Jeb Bush said so too.',
      )[0],
    ).toBe('Marco Rubio');
  });

  it('after "said of Name:" is the speaker\'s, not the person spoken of; after "by Name:" the writer\'s', () => {
    expect(
      speakers(
        "He ran.\n\nNelson Diaz, a former aide, said of Mr. Rubio: ''He is American 100 percent, but he is very in touch with his Cuban background.''",
      ),
    ).toEqual(['Nelson Diaz']);
    expect(
      speakers(
        "The round-up.\n\nA new report by Ben Sisario: ''The Living Room, a no-frills nightclub, is closing its doors.''",
      ),
    ).toEqual(['Ben Sisario']);
  });
});

describe('an outlet written in capitals within a sentence', () => {
  const specs: EntitySpec[] = [
    { id: 'p', name: 'POLITICO', type: 'organization', forms: ['POLITICO'] },
    { id: 'w', name: 'WASHINGTON', type: 'place', forms: ['WASHINGTON'] },
  ];
  it('is who reported ("As POLITICO revealed, …"); a dateline opening the paragraph is not', () => {
    const speakers = (body: string) => findQuotesMarked(body, specs).quotes.map((q) => q.speaker);
    expect(
      speakers(
        'Trump ran.\n\nAs POLITICO revealed, the party agreed to let the campaign use its voter file.',
      ),
    ).toEqual(['POLITICO']);
    expect(speakers('WASHINGTON said the plan would work and everyone agreed.')).toEqual([null]);
  });
});

describe('a pronoun after a sentence that opens with an adverbial', () => {
  const specs: EntitySpec[] = [
    { id: 'b', name: 'Joe Biden', type: 'person', forms: ['Joe Biden', 'Biden'] },
    {
      id: 'd',
      name: 'Democratic National Convention',
      type: 'organization',
      forms: ['Democratic National Convention'],
    },
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  ];
  it('means the subject after the adverbial, not a name within it', () => {
    expect(
      findQuotesMarked(
        'From his much-praised speech at the Democratic National Convention last week, Biden rubbished the claim of his rival.\n\n“This guy does not care about the middle class,” he said.',
        specs,
      ).quotes,
    ).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Joe Biden' })]);
  });
});

describe('a pronoun after sentences opened by the same pronoun', () => {
  const specs: EntitySpec[] = [
    { id: 'k', name: 'Mary King', type: 'person', forms: ['Mary King', 'King'] },
    { id: 'a', name: 'Muhammad Ali', type: 'person', forms: ['Muhammad Ali', 'Ali'] },
  ];
  it('reaches back to the person they all mean', () => {
    expect(
      findQuotesMarked(
        'Mary King loved the sport as a child. She watched the fight of Muhammad Ali at Madison Square Garden in 1971.\n\n“He was so much fun to be around, always,” she said.',
        specs,
      ).quotes.find((q) => q.kind === 'direct'),
    ).toMatchObject({ speaker: 'Mary King' });
  });
});

describe('the gender a pronoun needs', () => {
  it('is not read off a surname that is also a title ("Billie Jean King")', () => {
    const specs: EntitySpec[] = [
      { id: 'k', name: 'Billie Jean King', type: 'person', forms: ['Billie Jean King', 'King'] },
    ];
    expect(
      findQuotesMarked(
        'Billie Jean King spoke at the memorial on Friday.\n\n“He was so much fun to be around, always,” she said.',
        specs,
      ).quotes,
    ).toEqual([expect.objectContaining({ speaker: 'Billie Jean King' })]);
  });
});

describe('a quotation, then a tag whose verb addresses a listener', () => {
  it('gives the quotation to the tag, and lists no listener as what was said ("assured the crowd", "asked the mogul")', () => {
    // PolNeAR: "“Donald Trump is not a racist, guys,” LeVell assured the mostly white crowd.", "“Did you know it was
    // Mussolini?” Todd asked the real estate mogul."
    const qs = go('Doe spoke first. “The plan is not a tax, guys,” Smith assured the mostly white crowd.');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['The plan is not a tax, guys,', 'Anna Smith']]);
    const asked = go('Doe spoke first. “Did you know it was the mayor?” Smith asked the real estate mogul.');
    expect(asked.map((q) => [q.text, q.speaker])).toEqual([['Did you know it was the mayor?', 'Anna Smith']]);
  });

  it('gives the quotation to "told" when a participle follows the listener ("told O’Reilly, noting that …")', () => {
    // PolNeAR: "“I regard Donald as an old friend,” Gingrich told O’Reilly, noting that he and his wife …".
    const qs = go(
      '“I regard the mayor as an old friend,” Smith told O’Reilly, noting that she had talked with him.',
    );
    expect(qs.find((q) => q.text.startsWith('I regard'))?.speaker).toBe('Anna Smith');
  });
});

describe('a quotation broken by its tag', () => {
  it('gives the words before the tag to the speaker of the words after it', () => {
    const qs = go(
      'Doe wrote a letter. “Supporters of other candidates,” Smith added, “have focused on paid advertising.”',
    );
    expect(qs.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ['Supporters of other candidates,', 'direct', 'Anna Smith'],
      ['have focused on paid advertising.', 'direct', 'Anna Smith'],
    ]);
  });

  it('gives the second half to the closing tag across an aside, when it goes on mid-sentence', () => {
    // PolNeAR: "“This used to be Russia's back yard,” said Raffaello Pantucci, director of International Security
    // Studies at the Royal United Services Institute in London, “but it is increasingly coming into China's thrall.”"
    const named: EntitySpec[] = [
      ...people,
      { id: 'r', name: 'Royal Institute', type: 'organization', forms: ['Royal Institute'] },
      { id: 'l', name: 'London', type: 'place', forms: ['London'] },
      { id: 't', name: 'Twitter', type: 'organization', forms: ['Twitter'] },
    ];
    const goNamed = (body: string) => findQuotesMarked(body, named).quotes;
    const qs = goNamed(
      'Doe wrote a letter. “This used to be our back yard,” said Smith, director of studies at the Royal Institute in London, “but it is coming into the state’s thrall.”',
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['This used to be our back yard,', 'Anna Smith'],
      ['but it is coming into the state’s thrall.', 'Anna Smith'],
    ]);
    // "“Word is,” Trump said last month on Twitter, “that Ford Motor … is going to cancel their deal …”"
    const later = go(
      '“Word is,” Smith said last month on Twitter, “that the firm is going to cancel its deal.”',
    );
    expect(later.map((q) => q.speaker)).toEqual(['Anna Smith', 'Anna Smith']);
  });

  it('does not give a quotation to a tag before its own content ("when X signaled that …, Doe said, “…”")', () => {
    const qs = go(
      'So when Smith signaled last summer that the firm would make a deal with the bank, Doe said, “we were floored.”',
    );
    expect(qs.find((q) => q.text.startsWith('we were'))?.speaker).not.toBe('Anna Smith');
  });

  it('lists no lone word before the tag as a quote', () => {
    const qs = go('Doe wrote a letter. “Honestly,” Smith added, “we have focused on paid advertising.”');
    expect(qs.map((q) => q.text)).toEqual(['we have focused on paid advertising.']);
  });
});

describe('a tag in the middle of reported speech', () => {
  it('goes on past an "and" after the tag', () => {
    const texts = go(
      'He had no known ties to the group, Smith added, and had passed every security check.',
    ).map((q) => [q.text, q.speaker]);
    expect(texts).toEqual([
      ['He had no known ties to the group', 'Anna Smith'],
      ['and had passed every security check', 'Anna Smith'],
    ]);
  });

  it('reads "note" in the present tense as a verb of speech', () => {
    expect(go('Critics of the plan note that the tax has failed in many countries.')).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'that the tax has failed in many countries' }),
    ]);
  });
});

describe('a quotation after a colon, then its tag', () => {
  it('is the tag’s content alone, not the words that introduce it', () => {
    const qs = go(
      'After the news, the actress posted a long message about why no one should be surprised: “Men will not cease to exist by taking a new surname,” Smith wrote.',
    );
    expect(qs.find((q) => q.kind === 'direct')).toMatchObject({
      text: 'Men will not cease to exist by taking a new surname,',
      speaker: 'Anna Smith',
    });
    expect(qs.filter((q) => q.text.startsWith('After the news'))).toEqual([]);
  });
});

describe('a person named by age', () => {
  const specs: EntitySpec[] = [
    { id: 'm', name: 'Jose Mourinho', type: 'person', forms: ['Jose Mourinho', 'Mourinho'] },
    { id: 'n', name: 'Neil Barnard', type: 'person', forms: ['Neil Barnard'] },
  ];
  it('is the person the sentence before is about ("The 56-year-old said")', () => {
    const qs = findQuotesMarked(
      'Jose Mourinho was sacked by his old club in 2018. The 56-year-old said after his appointment: “I am excited to be joining a club with such a great heritage.”',
      specs,
    ).quotes;
    expect(qs).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'Jose Mourinho' })]);
  });

  it('is not the photographer of a credit line between the paragraphs', () => {
    const qs = findQuotesMarked(
      'The clip went online on Thursday and was seen by millions.\n\nNeil Barnard via Getty Images.\n\n“What if he had elocution lessons?” he asked in the description.',
      specs,
    ).quotes;
    expect(qs).toEqual([expect.objectContaining({ kind: 'direct', speaker: null })]);
  });
});

describe('a paragraph of quotation alone after reported speech', () => {
  it('goes on in the voice of the speaker the paragraph before reported', () => {
    const qs = go(
      'Smith said it was only the latest move to force the party to give up its claims.\n\n“They wanted us on our knees and they used every trick to put pressure on us.”',
    );
    expect(qs.find((q) => q.kind === 'direct')).toMatchObject({ speaker: 'Anna Smith' });
  });

  it('does not when the quotation shares its paragraph with other words', () => {
    const qs = go(
      'Smith said it was only the latest move to force the party to give up its claims.\n\n“They wanted us on our knees,” read a banner held by protesters outside the hall.',
    );
    expect(qs.find((q) => q.text.startsWith('They wanted'))?.speaker ?? null).not.toBe('Anna Smith');
  });
});

describe('a participle after a frame reported inside another', () => {
  const specs: EntitySpec[] = [
    { id: 'p', name: 'Mike Pompeo', type: 'person', forms: ['Mike Pompeo', 'Pompeo'] },
    { id: 'w', name: 'Washington', type: 'place', forms: ['Washington'] },
  ];
  it('goes on from the frame that reports it, whose speaker is named', () => {
    const qs = findQuotesMarked(
      'Pompeo said that after legal consultation Washington had concluded the settlements were legal, saying he trusted the courts to decide.',
      specs,
    ).quotes;
    expect(qs.find((q) => q.text.startsWith('he trusted'))).toMatchObject({ speaker: 'Mike Pompeo' });
  });
});

describe('what a tag after a quotation reports', () => {
  it('is not a relative clause after the listener ("told a crowd at the bar that spilled out …")', () => {
    const qs = go(
      '“We need real change in this country,” Smith told a crowd at the bar that spilled out onto the street.',
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['We need real change in this country,', 'Anna Smith'],
    ]);
  });

  it('is not a time ("said late last week")', () => {
    const qs = go(
      '“My father has given other charities millions of dollars,” Smith said late last week. The foundation grew.',
    );
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['My father has given other charities millions of dollars,', 'Anna Smith'],
    ]);
  });

  it('is not a clause that a participle after a comma owns', () => {
    const qs = go(
      '“I am not a lawyer,” Smith told reporters on her plane, referring to the bruises that Doe showed to the police.',
    );
    expect(qs[0]).toMatchObject({ text: 'I am not a lawyer,', kind: 'direct', speaker: 'Anna Smith' });
  });
});

describe('a name among the titles after "said"', () => {
  const specs: EntitySpec[] = [
    { id: 'c', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
    { id: 'h', name: 'Huma Abedin', type: 'person', forms: ['Huma Abedin'] },
    { id: 's', name: 'Terry Strada', type: 'person', forms: ['Terry Strada'] },
    { id: 'm', name: 'John McCain', type: 'person', forms: ['John McCain'] },
    { id: 'a', name: 'Arizona', type: 'place', forms: ['Arizona'] },
  ];
  const speaker = (body: string) => findQuotesMarked(body, specs).quotes[0]?.speaker ?? null;
  it('is whom a lower-case title serves, not the speaker', () => {
    expect(speaker('“She didn’t like that,” said longtime Clinton aide Huma Abedin.')).toBe('Huma Abedin');
    expect(speaker('“She didn’t like that,” said a veteran Clinton aide.')).not.toBe('Hillary Clinton');
  });

  it('opening the phrase, is whom the title serves ("said Clinton ally Huma Abedin")', () => {
    expect(speaker('“He is a friend,” said Clinton ally Huma Abedin.')).toBe('Huma Abedin');
    expect(speaker('“He is a friend,” said Clinton campaign manager Huma Abedin in a statement.')).toBe(
      'Huma Abedin',
    );
    expect(speaker('“It will go on,” said Clinton aides on Monday.')).toBe('Clinton aides');
  });

  it('is whom the title serves between a quotation and its verb too', () => {
    expect(speaker('“It will go on,” Clinton campaign manager Huma Abedin said.')).toBe('Huma Abedin');
    expect(speaker('“It will go on,” a senior Clinton adviser said.')).not.toBe('Hillary Clinton');
    expect(speaker('“It will go on,” Clinton herself said.')).toBe('Hillary Clinton');
  });

  it('is the person before "of" and a state, not the state, when an apposition follows', () => {
    expect(speaker('Sen. John McCain of Arizona, an ally of the leadership, said the plan would fail.')).toBe(
      'John McCain',
    );
  });

  it('is the person before "of" a city and its state', () => {
    const specs2: EntitySpec[] = [
      { id: 'b', name: 'Stacy Baker', type: 'person', forms: ['Stacy Baker'] },
      { id: 'c', name: 'Columbia', type: 'place', forms: ['Columbia'] },
      { id: 's', name: 'South Carolina', type: 'place', forms: ['South Carolina'] },
    ];
    const qs = findQuotesMarked(
      'Stacy Baker of Columbia, South Carolina says the senator can pull off a win.',
      specs2,
    );
    expect(qs.quotes[0]?.speaker).toBe('Stacy Baker');
  });

  it('is the person a body and a title word describe ("House Republican Thomas Massie … but now said")', () => {
    const specs3: EntitySpec[] = [
      { id: 'h', name: 'House', type: 'organization', forms: ['House'] },
      { id: 't', name: 'Thomas Massie', type: 'person', forms: ['Thomas Massie'] },
      { id: 'w', name: 'White House', type: 'place', forms: ['White House'] },
      { id: 'b', name: 'James S. Brady', type: 'person', forms: ['James S. Brady'] },
    ];
    const said = (body: string) => findQuotesMarked(body, specs3).quotes.at(-1)?.speaker ?? null;
    expect(
      said('House Republican Thomas Massie used to support another man, but now said the party must unite.'),
    ).toBe('Thomas Massie');
    expect(
      said('In the White House James S. Brady briefing room, the crowd listened and then said it had to go.'),
    ).toBeNull();
  });

  it('may follow a number ("9/11 widow") and come before a place', () => {
    expect(speaker('“They are 100 percent wrong,” said 9/11 widow Terry Strada.')).toBe('Terry Strada');
    expect(speaker('“They are wrong,” said Sen. John McCain of Arizona.')).toBe('John McCain');
  });
});

describe('a name that ends in a word like an auxiliary', () => {
  const specs: EntitySpec[] = [
    { id: 'm', name: 'Theresa May', type: 'person', forms: ['Theresa May'] },
    { id: 'w', name: 'George Will', type: 'person', forms: ['George Will'] },
    { id: 'p', name: 'Stacey Plaskett', type: 'person', forms: ['Stacey Plaskett'] },
  ];
  const speaker = (body: string) => findQuotesMarked(body, specs).quotes[0]?.speaker ?? null;
  it('keeps "May" and "Will" in the name', () => {
    expect(speaker('British Prime Minister Theresa May said the country would leave by March.')).toBe(
      'Theresa May',
    );
    expect(speaker('Columnist George Will writes that the party must abandon its outsiders.')).toBe(
      'George Will',
    );
  });

  it('reads "Del." as a delegate’s title', () => {
    expect(
      speaker('“It is destroying this committee,” said Del. Stacey Plaskett of the Virgin Islands.'),
    ).toBe('Stacey Plaskett');
  });
});

describe('"told" someone to do something', () => {
  it('reports what they were told to do, after the listener and a place', () => {
    const qs = go(
      'Doe tells his supporters at a rally in Michigan to “go to your place and vote” on Tuesday.',
    );
    expect(qs[0]).toMatchObject({
      kind: 'indirect',
      speaker: 'John Doe',
      text: 'to “go to your place and vote” on Tuesday',
    });
  });
});

describe('the subject of a verb of speech, past what stands between', () => {
  it('is the name before an apposition and an aside ("X, the chairman of …, for example, said")', () => {
    const q = only('Doe, the chairman of the county party, for example, said the senator hurt his cause.');
    expect(q).toMatchObject({ speaker: 'John Doe', text: 'the senator hurt his cause' });
  });

  it('is the name after an opening participle’s clause, before an age ("Appearing before …, X, 70, said")', () => {
    const q = only(
      'Appearing before cheering supporters at party headquarters, Smith, 70, said it was too early.',
    );
    expect(q).toMatchObject({ speaker: 'Anna Smith', text: 'it was too early' });
  });
});

describe('the subject of a participle', () => {
  it('after ", and," is the clause’s subject, not the place before it', () => {
    const specs: EntitySpec[] = [
      ...people,
      { id: 'p', name: 'Burlington', type: 'place', forms: ['Burlington'] },
      { id: 'q', name: 'Iowa', type: 'place', forms: ['Iowa'] },
    ];
    const qs = findQuotesMarked(
      'On Sunday, Doe stood at his pulpit in Burlington, Iowa, and, citing Exodus, urged his flock to vote.',
      specs,
    ).quotes;
    expect(qs[0]).toMatchObject({ speaker: 'John Doe' });
  });

  it('is the person opening a nameless phrase taken for an earlier frame’s subject', () => {
    expect(
      attributionsMarked(
        'Doe on Thursday ratcheted up his attacks on Smith, saying she is weak on immigration.',
        people,
      ),
    ).toContainEqual({ text: 'she is weak on immigration', speaker: 'John Doe' });
  });

  it('is not the subject of an opening subordinate clause ("Although Smith is …, Doe sent …, suggesting")', () => {
    // (The frame's own: findAttributions lists no attribution for a short view inside its speaker's paraphrase.)
    expect(
      framesMarked(
        'Although Smith is not yet a candidate, Doe sent a jab her way by suggesting that he would win.',
        people,
      ),
    ).toContainEqual({ text: 'that he would win', speaker: 'John Doe' });
  });

  it('after a frame in an opening "When" clause is the main clause’s subject', () => {
    const qs = go(
      'When Doe pointed out that the plan was costly, Smith seized upon the point, repeating her line that it would fail.',
    );
    expect(qs.map((q) => [q.speaker, q.text])).toContainEqual(['Anna Smith', 'her line that it would fail']);
  });
});

describe('a participle after a clause that opens with adverbials', () => {
  it('goes on from the clause’s subject past a city, its state and a day', () => {
    const specs: EntitySpec[] = [
      ...people,
      { id: 'p', name: 'Ames', type: 'place', forms: ['Ames'] },
      { id: 'q', name: 'Iowa', type: 'place', forms: ['Iowa'] },
    ];
    const qs = findQuotesMarked(
      'At a campaign event in Ames, Iowa, on Sunday, Smith tried to expand on her statement, saying that the country should lead.',
      specs,
    ).quotes;
    expect(qs[0]).toMatchObject({ speaker: 'Anna Smith', text: 'that the country should lead' });
  });
});

describe('a tag after a quotation', () => {
  it('may say how often ("Doe said twice"), which is no content', () => {
    const texts = attributionsMarked(
      'Doe suggested Jones liked strongmen - “He would have loved Stalin,” Doe said twice - and repeatedly reminded the crowd of the stakes.',
      people,
    ).map((a) => a.text);
    expect(texts).toContain('He would have loved Stalin,');
    expect(texts.filter((t) => t.startsWith('twice'))).toEqual([]);
  });
});

describe('a dash-bracketed aside written with spaced hyphens', () => {
  const body =
    'Front-runner Doe - who previously said he would bomb the oil fields - said at a rally that he would send troops.';

  it('leaves the name before it as the subject of the verb after it', () => {
    expect(attributionsMarked(body, people)).toContainEqual({
      text: 'that he would send troops',
      speaker: 'John Doe',
    });
  });

  it('gives "who" the name after a preposition that follows no noun ("with Doe — who has called for …")', () => {
    expect(
      attributionsMarked(
        'It has become a major issue, with Doe — who has called for big tax hikes on the rich — lambasting the plan.',
        people,
      ),
    ).toContainEqual({ text: 'big tax hikes on the rich', speaker: 'John Doe' });
  });

  it('gives the relative "who" inside it the name before it, and ends what it reports at the closing hyphen', () => {
    expect(attributionsMarked(body, people)).toContainEqual({
      text: 'he would bomb the oil fields',
      speaker: 'John Doe',
    });
  });
});

describe('a possessive before a noun cue', () => {
  it('names who holds it ("Despite Doe’s claims that …")', () => {
    expect(
      attributionsMarked(
        'Despite Doe’s claims that his net worth exceeds 10 billion, the firms put him lower.',
        people,
      ),
    ).toContainEqual({
      text: 'that his net worth exceeds 10 billion, the firms put him lower',
      speaker: 'John Doe',
    });
  });
});

describe('people named together as a subject', () => {
  it('speak together: the speaker is all their names and no one entity', () => {
    const qs = findQuotesMarked('Doe and Smith both argued that the bank had misled them.', people).quotes;
    expect(qs[0]).toMatchObject({ speaker: 'John Doe and Anna Smith', speakerEntity: null });
  });

  it('may be joined by several "and"s, each named once', () => {
    expect(attributionsMarked('Smith and Doe and Smith all told me it was a video.', people)).toEqual([
      { text: 'it was a video', speaker: 'Anna Smith and John Doe' },
    ]);
  });

  it('may carry party tags between them', () => {
    expect(
      attributionsMarked(
        'Sens. Doe (D-Ore.) and Smith (D-Ohio) all suggested that the bank had misled them.',
        people,
      ),
    ).toContainEqual({ text: 'that the bank had misled them', speaker: 'John Doe and Anna Smith' });
  });

  it('may carry titles before each name ("Mr. Doe and former Gov. Smith", named47)', () => {
    expect(
      attributionsMarked('Mr. Doe and former Gov. Smith say that the bank had misled them.', people),
    ).toContainEqual({ text: 'that the bank had misled them', speaker: 'John Doe and Anna Smith' });
  });

  it('are not a subject they only describe ("Lena Park, an aide to Doe and Sen. Smith,")', () => {
    const specs: EntitySpec[] = [
      ...people,
      { id: 'p', name: 'Lena Park', type: 'person', forms: ['Lena Park'] },
    ];
    expect(
      attributionsMarked(
        'Lena Park, an aide to Doe and Sen. Smith, said that the bank had misled them.',
        specs,
      ),
    ).toContainEqual({ text: 'that the bank had misled them', speaker: 'Lena Park' });
  });
});

describe('a show’s title after its network', () => {
  const specs: EntitySpec[] = [...people, { id: 'n', name: 'MSNBC', type: 'organization', forms: ['MSNBC'] }];

  it('is no quotation, and "tells" reads past it to what was said', () => {
    const qs = findQuotesMarked(
      'Doe tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains under investigation.',
      specs,
    ).quotes;
    expect(qs.map((q) => q.text)).not.toContain('Morning Joe');
    expect(qs[0]).toMatchObject({
      speaker: 'John Doe',
      text: 'that “exactly who did it” remains under investigation',
    });
  });
});

describe('a noun cue that a light verb makes a statement', () => {
  it('belongs to that verb’s subject ("made the following comment:")', () => {
    const qs = go('On July 6, Doe made the following comment: “For young people the jobless rate is high.”');
    expect(qs[0]).toMatchObject({ speaker: 'John Doe', kind: 'direct' });
  });
});

describe('what stands between a subject and its verb with no commas', () => {
  it('may be a time ago ("Doe less than two weeks ago said")', () => {
    expect(
      attributionsMarked(
        'Doe less than two weeks ago said for the first time that the emails were secret.',
        people,
      ),
    ).toContainEqual({
      text: 'that the emails were secret',
      speaker: 'John Doe',
    });
  });

  it('may be where the subject spoke ("Doe in a Medium post said")', () => {
    expect(
      attributionsMarked('Doe in a Medium post said he would put more judges on the bench.', people),
    ).toContainEqual({
      text: 'he would put more judges on the bench',
      speaker: 'John Doe',
    });
  });
});

describe('a relative "who"', () => {
  it('after an apposition speaks for the person it describes, up to the main clause’s verb', () => {
    expect(
      attributionsMarked('Doe, a South Carolina native who writes fiction on the side, was hired.', people),
    ).toEqual([{ text: 'fiction on the side', speaker: 'John Doe' }]);
  });

  it('set off by commas reports up to the main clause’s verb', () => {
    expect(
      attributionsMarked(
        "Doe, who backed Smith's bid in 2008 with millions of dollars, is a delegate.",
        people,
      ),
    ).toEqual([{ text: "Smith's bid in 2008 with millions of dollars", speaker: 'John Doe' }]);
  });

  it('inside a dash-set aside may quote what it tells of', () => {
    expect(
      attributionsMarked(
        'Front-runner Doe - who previously said he would "bomb the hell out of" oil fields - said at a rally that he would send troops.',
        people,
      ),
    ).toContainEqual({ text: 'that he would send troops', speaker: 'John Doe' });
  });

  it('unresolved, leaves a participle after it to the sentence’s opening person', () => {
    expect(
      attributionsMarked(
        'Doe rebuked critics who say he should condemn them, saying the label will do nothing.',
        people,
      ),
    ).toContainEqual({ text: 'the label will do nothing', speaker: 'John Doe' });
  });
});

describe('a person "of" a body', () => {
  it('speaks when the apposition naming the body is never closed ("Doe, the director for the Party said")', () => {
    const specs: EntitySpec[] = [
      ...people,
      { id: 'o', name: 'Iowa Democratic Party', type: 'organization', forms: ['Iowa Democratic Party'] },
    ];
    expect(
      attributionsMarked(
        'Doe, the communications director for the Iowa Democratic Party said in a statement that the count was fair.',
        specs,
      ),
    ).toEqual([{ text: 'that the count was fair', speaker: 'John Doe' }]);
  });

  it('speaks, not the body', () => {
    expect(
      attributionsMarked(
        'As Archbishop Doe of the Armenian Patriarchate told the paper, “We are proud.”',
        people,
      ),
    ).toEqual([{ text: 'We are proud.', speaker: 'John Doe' }]);
  });
});

describe('a quotation set off by dashes, then its tag', () => {
  it('is what the tag reports, not the words before the dash nor after the closing one', () => {
    expect(
      attributionsMarked(
        'Neither man was impressed - “Born with a silver spoon in her mouth,” Doe said - but they could not back Smith.',
        people,
      ),
    ).toEqual([{ text: 'Born with a silver spoon in her mouth,', speaker: 'John Doe' }]);
  });
});

describe('an opening "As X explained,"', () => {
  it('may hold the speaker’s titles between "As" and the name', () => {
    expect(
      attributionsMarked(
        'As White House press secretary Doe explained, three taxes were postponed in the deal.',
        people,
      ),
    ).toEqual([{ text: 'three taxes were postponed in the deal', speaker: 'John Doe' }]);
  });
});

describe('"he" inside a sentence that opens with adverbials', () => {
  const specs: EntitySpec[] = [
    ...people,
    { id: 'p', name: 'Portland', type: 'place', forms: ['Portland'] },
    { id: 'q', name: 'Maine', type: 'place', forms: ['Maine'] },
  ];

  it('is the person who opens the clause past a city, its state and a day', () => {
    expect(
      attributionsMarked(
        'At a rally in Portland, Maine, on Thursday afternoon, Doe included the Philippines on a list of countries he said had sent immigrants.',
        specs,
      ),
    ).toEqual([
      // PolNeAR marks "included … on a list" as a cue of its own (the learned detector reads it since learncue35).
      { text: 'the Philippines on a list of countries he said had sent immigrants', speaker: 'John Doe' },
      { text: 'had sent immigrants', speaker: 'John Doe' },
    ]);
  });
});

describe('titles between a quotation and its tag', () => {
  it('may hold a word that is also a cue ("policy planning director")', () => {
    expect(
      attributionsMarked(
        '“I have never been prouder,” former State policy planning director Doe wrote to Smith.',
        people,
      ),
    ).toEqual([{ text: 'I have never been prouder,', speaker: 'John Doe' }]);
  });
});

describe('capitals before a colon', () => {
  it('label the line, not its speaker ("CLARIFICATION:", "EXCLUSIVE:")', () => {
    const texts = attributionsMarked(
      'CLARIFICATION: The first sentence has been clarified to reflect what Doe said.',
      people,
    );
    expect(texts.map((a) => a.speaker)).not.toContain('Clarification');
  });
});

describe('a learned verb closing its paragraph with a colon', () => {
  it('introduces the quotation that opens the next paragraph ("17-year-old Doe echoed:")', () => {
    expect(
      attributionsMarked(
        '17-year-old Doe echoed:\n\n“He speaks his mind, and that might be what the country needs.”',
        people,
      ),
    ).toEqual([
      { text: 'He speaks his mind, and that might be what the country needs.', speaker: 'John Doe' },
    ]);
  });
});

describe('adverbials between "said" and its "that"', () => {
  it('may run long when no clause begins among them', () => {
    expect(
      attributionsMarked(
        'Doe said Thursday during taping of a town hall in Buffalo, New York, that states can pass such laws.',
        people,
      ),
    ).toEqual([{ text: 'that states can pass such laws', speaker: 'John Doe' }]);
  });

  it('are not a clause of their own ("said on Monday he met Smith … and that …")', () => {
    const texts = attributionsMarked(
      'Doe said on Monday he met Smith earlier this week at a dinner in the city and that the two discussed the issue.',
      people,
    ).map((a) => a.text);
    expect(texts[0]).toMatch(/^he met Smith/);
  });

  it('are no clause that a pronoun opens ("said it found no evidence that …")', () => {
    const texts = attributionsMarked(
      'Doe said it found no evidence that the memo was ever sent by fax.',
      people,
    ).map((a) => a.text);
    expect(texts[0]).toBe('it found no evidence that the memo was ever sent by fax');
  });

  it('are no clause that a possessive subject and a past verb open ("says his family assumed that …")', () => {
    const texts = attributionsMarked(
      'Doe says his family assumed that the farm would stay theirs.',
      people,
    ).map((a) => a.text);
    expect(texts[0]).toBe('his family assumed that the farm would stay theirs');
  });

  it('are no first clause that "and that" joins to a second ("said A and that B")', () => {
    const texts = attributionsMarked(
      'Doe said the vote went well and that the party would meet again in March.',
      people,
    ).map((a) => a.text);
    expect(texts[0]).toBe('the vote went well and that the party would meet again in March');
  });
});

describe('what comes between a verb and the quotation it introduces', () => {
  it('may be "of" a titled name ("adding of Mr. Smith, “…”")', () => {
    expect(
      attributionsMarked(
        '“We have started,” Doe said, adding of Mr. Smith, “He cares about the team.”',
        people,
      ),
    ).toContainEqual({
      text: 'He cares about the team.',
      speaker: 'John Doe',
    });
  });

  it('is content when it opens with "that" ("said that American Muslims have two choices: “…”")', () => {
    expect(
      attributionsMarked(
        'Doe said that American Muslims have two choices: “You either leave or you fight.”',
        people,
      ),
    ).toContainEqual({
      text: 'that American Muslims have two choices: “You either leave or you fight.”',
      speaker: 'John Doe',
    });
  });
});

describe('a role after "said" that a name sets off', () => {
  it('is that name’s ("said the bureau’s director, Doe, on Monday")', () => {
    expect(
      attributionsMarked(
        'The agency found no ties of any consequence, said the bureau’s director, Doe, on Monday.',
        people,
      ),
    ).toEqual([{ text: 'The agency found no ties of any consequence', speaker: 'John Doe' }]);
  });
});

describe('a name the entity stage missed', () => {
  it('is the speaker as written when a courtesy title or a known first name opens it', () => {
    expect(attributionsMarked('Ms. Kaplan wrote that the court had changed a great deal.', people)).toEqual([
      { text: 'that the court had changed a great deal', speaker: 'Ms. Kaplan' },
    ]);
    expect(
      attributionsMarked('Brian Murphy, the county chairman, said the party was split.', people),
    ).toEqual([{ text: 'the party was split', speaker: 'Brian Murphy' }]);
  });
});

describe('evidence whose phrase no subject search reads, before "that"', () => {
  const orgs: EntitySpec[] = [
    { id: 'h', name: 'Harvard', type: 'organization', forms: ['Harvard'] },
    { id: 'w', name: 'White House', type: 'organization', forms: ['White House'] },
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Mr. Trump'] },
  ];
  const attributions = (body: string) => {
    const { mentions, entities } = markEntities(body, orgs);
    return findAttributions(body, mentions, entities).attributions;
  };
  it('reports the whole clause from its "that", past a relative clause in the phrase', () => {
    const body =
      'Exit polls from the New Hampshire primary, which Mr. Trump won decisively, showed that 65 percent of Republicans supported his call for a temporary ban on Muslims entering the United States.';
    const a = attributions(body);
    expect(a.map((x) => x.text)).toEqual([
      'that 65 percent of Republicans supported his call for a temporary ban on Muslims entering the United States',
    ]);
    expect(body.slice(a[0].source!.start, a[0].source!.end)).toBe(
      'Exit polls from the New Hampshire primary, which Mr. Trump won decisively',
    );
    expect(a[0].speaker).toBe('Exit polls from the New Hampshire primary');
  });
  it('is credited to the body named after "by" in it', () => {
    const a = attributions(
      'Yet, a 2014 study by Harvard and the University of California at Berkeley found that poor children in Charlotte have the worst odds of those in any big city.',
    );
    expect(a.map((x) => [x.text, x.speaker])).toEqual([
      ['that poor children in Charlotte have the worst odds of those in any big city', 'Harvard'],
    ]);
  });
  it('leaves the statements inside its clause their own frames', () => {
    // (Frames: findAttributions lists no attribution for a learned view inside another's content, nested-views.ts.)
    const texts = framesMarked(
      'The timeline of events in the massacre Tuesday in San Bernardino, California, shows that the name was announced on a police scanner several times – and long before White House officials started to portray the shooting as a “workplace” or “gun control” issue.',
      [],
    ).map((x) => x.text);
    expect(texts).toContain('the shooting as a “workplace” or “gun control” issue');
  });
  it('is no verb after "to" or a determiner ("eager to show that", "the only show that")', () => {
    const texts = attributions(
      'Anderson Cooper 360 was the only show that consistently included close to 50% women in discussions of the campaign data.',
    ).map((x) => x.text);
    expect(texts).toEqual([]);
  });
});

describe('a noun of stance before "that"', () => {
  const specs: EntitySpec[] = [
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
  ];
  const attributions = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
  };
  it('reports the clause from its "that", by nobody named', () => {
    expect(
      attributions(
        'The remarks raised concerns among intelligence experts and criticism that Trump was urging a foreign government to spy on Americans.',
      ),
    ).toContainEqual(['that Trump was urging a foreign government to spy on Americans', null]);
  });
  it('makes no frame where the holder is named some other way ("took offense at suggestions")', () => {
    expect(
      attributions(
        'Trump took offense at suggestions that he is not a self-made billionaire, despite the fact.',
      ),
    ).toEqual([]);
  });

  it('ends a clause that opens the sentence at the main verb ("Doe\'s claim that … sparked replies")', () => {
    expect(
      attributionsMarked(
        'Doe’s claim that the budget had doubled sparked sharp replies from the mayor.',
        people,
      ),
    ).toContainEqual({ text: 'that the budget had doubled', speaker: 'John Doe' });
    expect(
      attributionsMarked(
        'Doe’s claim that Smith would be a failed mayor if she were a man started a long debate.',
        people,
      ).map((a) => a.text),
    ).toContain('that Smith would be a failed mayor if she were a man');
  });
});

describe("a second verb that shares the first frame's subject", () => {
  it('goes on within what the first one reports, and keeps its own frame ("said A, but planned B")', () => {
    // (Frames: findAttributions lists no attribution for a short view inside its speaker's paraphrase.)
    const texts = framesMarked(
      'Doe said he was not sure the new rule would reach his town, but planned to follow it anyway.',
      people,
    ).map((a) => a.text);
    expect(texts).toContain(
      'he was not sure the new rule would reach his town, but planned to follow it anyway',
    );
    expect(texts).toContain('to follow it anyway');
  });

  it('does not take in a later verb with a subject of its own ("said A, and Smith said B")', () => {
    const texts = attributionsMarked(
      'Doe said the new rule would reach his town, and Smith said it would not.',
      people,
    ).map((a) => a.text);
    expect(texts).toContain('the new rule would reach his town');
  });
});

describe('a quotation broken by a tag whose speaker is described, not named', () => {
  it('takes the second half as the same tag’s direct quote ("said the senator, “because …”")', () => {
    const body =
      'The debate turned to abortion. “It is a difficult issue,” said the senator, “because it puts two rights in conflict.”';
    const found = findAttributions(body, [], []).attributions.map((a) => [
      a.text,
      a.kind,
      a.cue && body.slice(a.cue.start, a.cue.end),
    ]);
    expect(found).toContainEqual(['because it puts two rights in conflict.', 'direct', 'said']);
  });
});

describe('an aside after the speaker that quotes a short name', () => {
  it('still finds the speaker before it ("Doe, wearing “Smith 2016” pins, said")', () => {
    const q = only(
      'Not everyone was happy. “We have had better conventions than this one,” John Doe, wearing a cowboy hat and “Smith 2016” campaign pins, said flatly.',
    );
    expect([q.text, q.speaker]).toEqual(['We have had better conventions than this one,', 'John Doe']);
  });
});

describe('what follows a speaker named after the verb', () => {
  const texts = (body: string) => findAttributions(body, [], []).attributions.map((a) => a.text);
  it('is no content when it describes the speaker without an article ("said Juan Perez, senior … trader at …")', () => {
    const body =
      'The greenback may be in for some weakness, said Juan Perez, senior foreign exchange trader and strategist at Tempus Inc.';
    expect(texts(body)).toEqual(['The greenback may be in for some weakness']);
  });
});

describe('a verb of speech that is a noun after a span of time', () => {
  it('makes no frame ("Benchmark 10-year notes rose", "the two-year notes")', () => {
    const texts = (body: string) => findAttributions(body, [], []).attributions.map((a) => a.text);
    expect(texts('Benchmark 10-year notes last rose 7/32 in price to yield 1.786%.')).toEqual([]);
    expect(texts('The senator notes that the two-year plan failed.')).toEqual([
      'that the two-year plan failed',
    ]);
  });
});

describe('a place after "a" or "an"', () => {
  it('is no subject of the word after it ("in a South Carolina shared workspace")', () => {
    const body =
      'The owners met in a South Carolina shared workspace on Tuesday night for a networking event.';
    const { mentions, entities } = markEntities(body, [
      { id: 'sc', name: 'South Carolina', type: 'place', forms: ['South Carolina'] },
    ]);
    expect(findAttributions(body, mentions, entities).attributions).toEqual([]);
  });
});

describe('a quotation with a tag that no frame reads', () => {
  const speakerOf = (body: string, text: string) => go(body).find((q) => q.text === text)?.speaker;
  it('does not run on from the speaker before ("“…,” the two write.", "“…,” is one common saying here.")', () => {
    const lead = 'John Doe said the plan was “extremely careless” and left the room.\n\n';
    expect(
      speakerOf(
        `${lead}“You seem to have picked a new standard out of thin air,” the two write.`,
        'You seem to have picked a new standard out of thin air,',
      ),
    ).toBeNull();
    expect(
      speakerOf(
        `${lead}“In 2030, we will all wake up speaking another language,” is one common saying here.`,
        'In 2030, we will all wake up speaking another language,',
      ),
    ).toBeNull();
  });
  it('still runs on when nothing follows the quotation ("John Doe said …\\n\\n“…”")', () => {
    expect(
      speakerOf(
        'John Doe said there was no precedent.\n\n“We do not understand the need for any of this.”',
        'We do not understand the need for any of this.',
      ),
    ).toBe('John Doe');
  });
});

describe('the job after a speaker named after the verb, and a passive "found"', () => {
  const texts = (body: string) => findAttributions(body, [], []).attributions.map((a) => a.text);
  it('reads "local president of …" as the speaker’s job, not as what was said', () => {
    expect(
      texts(
        'There were more than 30 staff vacancies at the facility, said Serene Gregg, local president of the workers union.',
      ),
    ).toEqual(['There were more than 30 staff vacancies at the facility']);
  });
  it('makes no frame of "was found dead", and keeps "It was found that …"', () => {
    expect(
      texts('Ten of the staffers on the shift on which Epstein was found dead were working overtime.'),
    ).toEqual([]);
    expect(texts('It was found that the guards had slept.')).toEqual(['that the guards had slept']);
  });
});

describe('a time clause after the verb of a quotation’s tag', () => {
  it('tells when, and the quotation is what was said ("“…,” Doe tweeted soon after the hearing ended")', () => {
    const q = only(
      '“A great day for our country! In the end, we will win,” John Doe tweeted soon after the committee concluded its third hearing.',
    );
    expect([q.text, q.speaker]).toEqual([
      'A great day for our country! In the end, we will win,',
      'John Doe',
    ]);
  });
});

describe('unnamed officials after an auxiliary', () => {
  it('are the speakers without the auxiliary ("The demand has US officials wondering if …")', () => {
    const found = findAttributions(
      'China wants more. The demand has US officials wondering if farm purchases are enough to ask in return.',
      [],
      [],
    ).attributions.map((a) => a.speaker);
    expect(found).toEqual(['US officials']);
  });
});

describe('a second verb of a clause with no frame before it', () => {
  it('takes the pronoun or described phrase that opens the clause as its subject', () => {
    const got = attributionsMarked(
      'Anna Smith grew up in Ohio.\n\nShe paid the loans off in five years, but said the program had failed her.\n\nThe judge rubbed his chin, and then said the case would go on.',
      people,
    );
    expect(got).toContainEqual({ text: 'the program had failed her', speaker: 'Anna Smith' });
    expect(got).toContainEqual({ text: 'the case would go on', speaker: null });
  });
});

describe('a short answer as what was said', () => {
  it('lists "yes", "so", "the same" and "he would" after a verb of saying, the answer alone', () => {
    const got = attributionsMarked(
      'Asked whether the plan would pass, 46 percent of voters said yes, compared with 30 percent in May.\n\nLast month, 26 percent said the same.\n\nDoe said he would.',
      people,
    );
    expect(got).toContainEqual({ text: 'yes', speaker: null });
    expect(got).toContainEqual({ text: 'the same', speaker: null });
    expect(got).toContainEqual({ text: 'he would', speaker: 'John Doe' });
  });

  it('leaves a clause that goes on to the clause tests ("said no one would")', () => {
    const got = attributionsMarked('Doe said no one would vote for the plan.', people);
    expect(got).toEqual([{ text: 'no one would vote for the plan', speaker: 'John Doe' }]);
  });
});

describe('a passive verb with its agent', () => {
  it('reports its own subject, said by whoever is named after "by"', () => {
    const got = attributionsMarked('The proposal was first reported by John Doe on Monday.', people);
    expect(got).toEqual([{ text: 'The proposal', speaker: 'John Doe' }]);
  });

  it('leaves a personal pronoun alone ("It was declared by …")', () => {
    expect(attributionsMarked('It was first reported by John Doe on Monday.', people)).toEqual([]);
  });
});

describe('a trailing "told" and whom it addresses', () => {
  it('reports what came before, whoever the listener ("told her", "told the crowd on Monday")', () => {
    expect(attributionsMarked('The plan will fail, Smith told the crowd on Monday.', people)).toEqual([
      { text: 'The plan will fail', speaker: 'Anna Smith' },
    ]);
    expect(attributionsMarked('The vote was delayed until June, Doe told her.', people)).toEqual([
      { text: 'The vote was delayed until June', speaker: 'John Doe' },
    ]);
  });
});

describe('a subject phrase set off by commas around its verb of speech', () => {
  it('reads the words before the phrase and after the verb as what was said', () => {
    const body = 'Cutting taxes too soon, a wide array of economists say, slowed the recovery.';
    const got = findAttributions(body, [], []).attributions.map((a) => [
      a.text,
      a.source && body.slice(a.source.start, a.source.end),
    ]);
    expect(got).toEqual([
      ['Cutting taxes too soon', 'a wide array of economists'],
      ['slowed the recovery', 'a wide array of economists'],
    ]);
  });
});

describe('a phrase, an aside, then an auxiliary before the verb of speech', () => {
  it('takes the phrase opening the clause as the subject ("The agency, in …, has said …")', () => {
    const body =
      'The state agency, in a long effort to improve the rules for workers, has said it would act by June.';
    const got = findAttributions(body, [], []).attributions.map((a) => [
      a.text,
      a.source && body.slice(a.source.start, a.source.end),
    ]);
    expect(got).toEqual([['it would act by June', 'The state agency']]);
  });
});

describe('a participle after a clause whose verb closes at its comma', () => {
  it('takes the phrase opening that clause as its subject ("The nurse sued, claiming …")', () => {
    const body = 'The rule took effect in May. The nurse sued, claiming the rule violated her rights.';
    const got = findAttributions(body, [], []).attributions.map((a) => [
      a.text,
      a.source && body.slice(a.source.start, a.source.end),
    ]);
    expect(got).toEqual([['the rule violated her rights', 'The nurse']]);
  });
});

describe('contents that start where PolNeAR starts them (quotes22)', () => {
  const read = (body: string) =>
    findAttributions(body, [], []).attributions.map((a) => [
      a.text,
      a.source && body.slice(a.source.start, a.source.end),
    ]);

  it('keeps a learned verb whose content opens with the clause of a listed one ("I forgot she had said …")', () => {
    expect(read('I forgot she had said it in the debate.')).toEqual([['she had said it in the debate', 'I']]);
    expect(read('Davis made it clear that she did not view the comment in isolation.')).toEqual([
      ['that she did not view the comment in isolation', 'Davis'],
    ]);
    expect(
      read("She tried to demonstrate that she offered a better cure for people's anxieties than Trump did."),
    ).toEqual([["that she offered a better cure for people's anxieties than Trump did", 'She']]);
  });

  it('starts at the object of the verb before a colon that lists it ("reiterated many of the pledges …: …")', () => {
    const body =
      "Trump reiterated many of the campaign pledges he's been making for months: rebuilding the military, taking care of veterans and building a wall.";
    expect(read(body)).toEqual([
      [
        "many of the campaign pledges he's been making for months: rebuilding the military, taking care of veterans and building a wall",
        'Trump',
      ],
    ]);
  });

  it('still starts after "the following …:" and after a listener before the colon', () => {
    expect(
      read(
        'When Wallace died, President Clinton released the following statement: Hillary and I offer our condolences.',
      ),
    ).toEqual([['Hillary and I offer our condolences', 'President Clinton']]);
    expect(read('Jones told the reporters: we will win this state by ten points.')).toEqual([
      ['we will win this state by ten points', 'Jones'],
    ]);
  });

  it('reads a passive "expected to" with its subject as what is foreseen, by nobody named', () => {
    expect(read('The sale is expected to expand the company’s move into internet assets and media.')).toEqual(
      [['The sale is expected to expand the company’s move into internet assets and media', '']],
    );
    expect(
      read('In the coming weeks, the policy committee of the central bank is expected to raise rates again.'),
    ).toEqual([['the policy committee of the central bank is expected to raise rates again', '']]);
  });
});

describe('quotes23: subjects the subject search used to miss', () => {
  const withSource = (body: string): (string | null)[][] =>
    findAttributions(body, [], []).attributions.map((a) => [
      a.text,
      a.source && body.slice(a.source.start, a.source.end),
    ]);

  it('reads a phrase opened by "Other" as the subject of a learned or listed cue', () => {
    expect(withSource('Other news organizations have asked for copies as well.')).toEqual([
      ['for copies as well', 'Other news organizations'],
    ]);
    expect(
      withSource(
        'The ruling drew praise from both parties. Other defenders pointed to earlier cases of plagiarism in political speech.',
      ),
    ).toEqual([['earlier cases of plagiarism in political speech', 'Other defenders']]);
  });

  it('reads "another" and "one" standing alone before a verb as unnamed speakers', () => {
    expect(
      withSource('One user praised the plan. Another said he hoped the governor would win the election.'),
    ).toEqual([['he hoped the governor would win the election', 'Another']]);
    expect(
      withSource('She met with several lawyers; one said she should marry a citizen to solve the problem.'),
    ).toEqual([['she should marry a citizen to solve the problem', 'one']]);
    // Before a noun "another" is a determiner: "another critic of" says nothing.
    expect(withSource('The senator met with Wyden, another critic of the trucking deal.')).toEqual([]);
  });

  it('reads a quantity after a capitalised conjunction, and a count alone before "said"', () => {
    expect(
      withSource(
        'Both leaders have reasons to put the past behind them. But few believe their relationship can ever be more than coolly transactional.',
      ),
    ).toEqual([['their relationship can ever be more than coolly transactional', 'few']]);
    expect(
      withSource(
        'While 86 percent of black voters had a favorable opinion of her, 43 said the same for Sanders.',
      ),
    ).toEqual([['the same for Sanders', '43']]);
    expect(withSource('Since June 16, at least 21,000 said they would run for office.')).toEqual([
      ['they would run for office', 'at least 21,000'],
    ]);
    // A count before any other word counts it.
    expect(withSource('In California, 475 pledged delegates will be at stake.')).toEqual([]);
  });

  it('reads the subject opening a clause even when a quotation follows its verb', () => {
    expect(
      withSource(
        'The senator blasted the governor\'s call for a "deportation force" on Wednesday, calling it "absurd."',
      ),
    ).toEqual([
      // "blasted" is a stance of the senator's too, as PolNeAR marks it (recall27).
      ['the governor\'s call for a "deportation force" on Wednesday', 'The senator'],
      ['deportation force', 'The senator'],
      ['it "absurd."', 'The senator'],
      ['absurd.', 'The senator'],
    ]);
    expect(
      withSource(
        'At one point, Doe tried to shush his supporters. He gestured "no" with his hands and declared that together they should beat her at the polls in November.',
      ),
    ).toEqual([['that together they should beat her at the polls in November', 'He']]);
  });

  it("takes the person titled after a place opening the clause as a participle's subject", () => {
    const specs: EntitySpec[] = [
      { id: 'us', name: 'United States', type: 'place', forms: ['U.S.'] },
      { id: 'c', name: 'James C. Cacheris', type: 'person', forms: ['James C. Cacheris', 'Cacheris'] },
    ];
    const body =
      'U.S. District Judge James C. Cacheris imposed a 52-month sentence, saying a tough penalty was needed to deter future hacking.';
    expect(attributionsMarked(body, specs)).toEqual([
      { text: 'a tough penalty was needed to deter future hacking', speaker: 'James C. Cacheris' },
    ]);
  });

  it('gives a second verb of speech the unnamed phrase opening its clause, when a frame holds it', () => {
    expect(
      withSource(
        'The campaign also announced new support from mothers who have lost children to gun violence and said some of the women would campaign for her in South Carolina.',
      ),
    ).toEqual([
      ['new support from mothers who have lost children to gun violence', 'The campaign'],
      ['some of the women would campaign for her in South Carolina', 'The campaign'],
    ]);
  });

  it('reads a common noun and its "who" clause opening a clause as unnamed speakers', () => {
    expect(
      withSource(
        'Still, while the industry cannot block all such content, people who have battled other online threats say it could be doing more.',
      ),
    ).toEqual([['it could be doing more', 'people who have battled other online threats']]);
    expect(
      withSource(
        'The state officials whose laws have been invalidated say the real change has come in the makeup of the courts.',
      ),
    ).toEqual([
      [
        'the real change has come in the makeup of the courts',
        'The state officials whose laws have been invalidated',
      ],
    ]);
    // After a comma, closing its sentence, such a phrase is left alone: what came before may be framed already.
    expect(
      withSource(
        'The deals did not require witnesses to cooperate with the committee, sources who reviewed them told reporters.',
      ),
    ).toEqual([]);
  });

  it('reads a pronoun with its auxiliary run into it ("she\'s", "He’s") as the clause\'s opening subject', () => {
    expect(
      withSource(
        "Since her op-ed in May, she's tacked to the left on environmental issues, calling for prohibitions on oil drilling in Arctic waters.",
      ),
    ).toContainEqual(['prohibitions on oil drilling in Arctic waters', 'she']);
  });

  it('reads an aside set off by horizontal bars (―) like one set off by dashes', () => {
    const body =
      'Two former aides ― both veterans of the Bush White House ― have also said they are supporting Clinton.';
    expect(findAttributions(body, [], []).attributions.map((a) => [a.text, a.speaker])).toEqual([
      ['they are supporting Clinton', null],
    ]);
    expect(withSource(body)).toEqual([['they are supporting Clinton', 'Two former aides']]);
  });

  it('leaves a stressing "Even" out of the phrase it opens', () => {
    expect(
      withSource(
        'Even Democratic presidential candidates noticed early on there were few choices for the nominee.',
      ),
    ).toEqual([['early on there were few choices for the nominee', 'Democratic presidential candidates']]);
  });
});

describe('a capital standing for its government', () => {
  const specs: EntitySpec[] = [{ id: 'b', name: 'Beijing', type: 'place', forms: ['Beijing'] }];
  const said = (body: string) => findQuotesMarked(body, specs).quotes.map((q) => [q.text, q.speaker]);

  it('speaks as the subject of the verb ("Beijing has demanded that …"), not after a preposition', () => {
    // PolNeAR: "Beijing has demanded they stop producing coal", "Washington has accused China of hacking …".
    expect(said('Beijing has demanded that the mines stop producing coal.')).toEqual([
      ['that the mines stop producing coal', 'Beijing'],
    ]);
    // Where, not who: a capital after a preposition.
    expect(said('In Beijing, the mayor has demanded that the mines stop producing coal.')).not.toContainEqual(
      ['that the mines stop producing coal', 'Beijing'],
    );
  });
});

describe('a name in capitals the entity stage missed once', () => {
  it('is the organization it names elsewhere when its verb follows ("USA TODAY identified …")', () => {
    // PolNeAR (USA Today): the second "USA TODAY" has no mention of its own.
    const body =
      'The trips were paid for by the movement, a USA TODAY investigation found. USA TODAY identified dozens of large donations from people with modest incomes.';
    const specs: EntitySpec[] = [{ id: 'u', name: 'USA TODAY', type: 'organization', forms: ['USA TODAY'] }];
    const { mentions, entities } = markEntities(body, specs);
    const first = mentions.slice(0, 1);
    const got = findAttributions(body, first, entities).attributions.map((a) => [a.text, a.speaker]);
    expect(got).toContainEqual(['dozens of large donations from people with modest incomes', 'USA TODAY']);
  });
});

describe('a body acting through a run-on subject (speakers25)', () => {
  it('gives "the White House took credit for" to the White House, a place-typed seat of government', () => {
    // PolNeAR (NYT): the learned cue fires on "credit"; the entity stage types "White House" as a place.
    const body =
      'Mr. Obama will be left with little more than the news release his national security adviser issued last week, in which the White House took credit for achieving its goal of taking in 10,000 refugees from Syria.';
    const specs: EntitySpec[] = [
      { id: 'o', name: 'Obama', type: 'person', forms: ['Obama'] },
      { id: 'w', name: 'White House', type: 'place', forms: ['White House'] },
    ];
    const { mentions, entities } = markEntities(body, specs);
    const got = findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
    expect(got).toContainEqual([
      'for achieving its goal of taking in 10,000 refugees from Syria',
      'White House',
    ]);
  });

  it('gives "The Obama administration announced plans" to the Obama administration', () => {
    // PolNeAR (HuffPost): "Obama" is a person's mention; the body named after him acts.
    const body =
      'The Obama administration announced plans Tuesday to expand programs that allow Central Americans to come to the U.S. as refugees.';
    const specs: EntitySpec[] = [{ id: 'o', name: 'Obama', type: 'person', forms: ['Obama'] }];
    const { mentions, entities } = markEntities(body, specs);
    const got = findAttributions(body, mentions, entities).attributions.map((a) => a.speaker);
    expect(got).toContain('Obama administration');
  });
});

describe("a named person's family, doctor or company (speakers25)", () => {
  const specs: EntitySpec[] = [
    { id: 's', name: 'Scott', type: 'person', forms: ['Scott'] },
    { id: 't', name: 'Trump', type: 'person', forms: ['Trump'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
  };

  it('speaks as "Scott\'s family", the owner named', () => {
    // PolNeAR (Washington Post).
    expect(
      said(
        "The footage showed. Scott's family has called on police to release the videos and called on people to protest peacefully.",
      ),
    ).toContainEqual([
      'police to release the videos and called on people to protest peacefully',
      "Scott's family",
    ]);
  });

  it('leaves an infinitive after the head out of the label ("Mr. Trump\'s rivals to sow" before "doubts")', () => {
    // PolNeAR (NYT): the learned cue fires on "doubts".
    const got = said(
      "The political stakes were higher than at any of the previous debates because this was one of the last high-profile, widely seen opportunities for Mr. Trump's rivals to sow doubts about his candidacy and to slow his march to the nomination.",
    );
    expect(got.map((g) => g[1])).toContain("Trump's rivals");
  });
});

describe('a name and others joined as one subject (speakers25)', () => {
  const specs: EntitySpec[] = [
    { id: 'a', name: 'Autor', type: 'person', forms: ['Autor'] },
    { id: 'e', name: 'Edwards', type: 'person', forms: ['Edwards'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
  };

  it('speaks as "Edwards and others", "Mr. Autor and his colleagues"', () => {
    // PolNeAR (Washington Post, NYT): the subject search keeps only the second of the joined subjects.
    expect(said('Edwards and others said they could not support Clinton for president.')).toContainEqual([
      'they could not support Clinton for president',
      'Edwards and others',
    ]);
    expect(
      said(
        'But Mr. Autor and his colleagues found that in districts with heavy minority representation, similar shocks can push more Democratic districts in the opposite direction.',
      ),
    ).toContainEqual([
      'that in districts with heavy minority representation, similar shocks can push more Democratic districts in the opposite direction',
      'Mr. Autor and his colleagues',
    ]);
  });

  it('not where the name is an object inside the clause', () => {
    expect(
      said('The crowd cheered Edwards and others said they could not support Clinton.'),
    ).not.toContainEqual(['they could not support Clinton', 'Edwards and others']);
  });
});

describe("a person's campaign acting through a run-on subject (speakers25)", () => {
  const specs: EntitySpec[] = [
    { id: 't', name: 'Trump', type: 'person', forms: ['Trump'] },
    { id: 'b', name: 'Bernie', type: 'person', forms: ['Bernie'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => a.speaker);
  };

  it('gives "Trump’s campaign entered Thursday’s conversation believing" to Trump’s campaign', () => {
    // PolNeAR (Politico): the learned cue takes "believing"; the subject runs on into its predicate.
    expect(
      said(
        'Trump’s campaign entered Thursday’s conversation believing they have more leverage than the party’s establishment figures.',
      ),
    ).toContain('Trump’s campaign');
  });

  it('not what the campaign is ("Bernie\'s campaign was a sustained clarion call for …")', () => {
    expect(
      said(
        "After all, Bernie's campaign was a sustained clarion call for grassroots democracy instead of gilded-age oligarchy.",
      ),
    ).not.toContain("Bernie's campaign");
  });
});

describe('a name and others joined as one subject after an opening phrase (speakers26)', () => {
  const specs: EntitySpec[] = [
    { id: 'x', name: 'Xi', type: 'person', forms: ['Xi'] },
    { id: 's', name: 'Sanders', type: 'person', forms: ['Sanders'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => a.speaker);
  };

  it('after an opening phrase closed by a comma, and with an auxiliary before the verb', () => {
    // PolNeAR (NYT).
    expect(
      said(
        'Since earlier this year, Mr. Xi and other leaders have said cutting that output must be a key part of their program.',
      ),
    ).toContain('Mr. Xi and other leaders');
  });

  it('after a word that opens a subordinate clause', () => {
    // PolNeAR (Politico).
    expect(
      said(
        'Then comes the New York primary — where Sanders and his aides believe they can surprise Clinton in her home state.',
      ),
    ).toContain('Sanders and his aides');
    expect(
      said('It’s unclear, though, whether Sanders and his supporters would accept a middle ground.'),
    ).toContain('Sanders and his supporters');
  });

  it('not where the name is the object of a verb', () => {
    expect(said('The crowd cheered Sanders and his supporters said they would stay.')).not.toContain(
      'Sanders and his supporters',
    );
  });
});

describe('the name opening a clause, before an object that opens the cue (speakers26)', () => {
  const specs: EntitySpec[] = [
    { id: 'c', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton', 'Clinton'] },
    { id: 'h', name: 'John Hammond', type: 'person', forms: ['Hammond'] },
    { id: 't', name: 'Trump', type: 'person', forms: ['Trump'] },
    { id: 'f', name: 'Fiorina', type: 'person', forms: ['Fiorina'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => a.speaker);
  };

  it('gives "Hillary Clinton closed her speech … with a spirited tribute to" to Hillary Clinton', () => {
    // PolNeAR (HuffPost): the learned cue fires on "tribute"; the subject search stops at "a spirited".
    expect(
      said(
        'Hillary Clinton closed her New York victory speech on Tuesday night with a spirited tribute to the activism of Erica Smegielski.',
      ),
    ).toContain('Hillary Clinton');
    // PolNeAR (Politico): past an opening phrase and an apposition.
    expect(
      said(
        'Reached by POLITICO, Hammond, the Indiana national committeeman, hesitated to repeat his previous criticism of the New York mogul.',
      ),
    ).toContain('John Hammond');
  });

  it('not where the phrase is the subject of a verb of its own', () => {
    expect(
      said('Fiorina was a microscopic planner - a former speechwriter said she demanded analyses.'),
    ).not.toContain('Fiorina');
    expect(
      said('The only records that Trump released on-air was a one-page letter from his long-time doctor.'),
    ).not.toContain('Trump');
    expect(
      said('Mr. Trump walked them through a slide show that predicted victory in swing states.'),
    ).not.toContain('Trump');
  });
});

describe('long titles before the name after the verb (speakers26)', () => {
  const specs: EntitySpec[] = [
    { id: 'r', name: 'Ed Rendell', type: 'person', forms: ['Ed Rendell'] },
    {
      id: 'd',
      name: 'Democratic National Committee',
      type: 'organization',
      forms: ['Democratic National Committee'],
    },
    { id: 'a', name: 'Asab Al-Tabchi', type: 'person', forms: ['Asab Al-Tabchi'] },
    { id: 't', name: 'Trump', type: 'person', forms: ['Trump'] },
    { id: 'p', name: 'Putin', type: 'person', forms: ['Putin'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
  };

  it('reads two titles joined by "and" and a title with "of" inside', () => {
    // PolNeAR (Politico, USA Today).
    expect(
      said(
        '“He’s reprising that role,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.',
      ),
    ).toContainEqual(['He’s reprising that role,', 'Ed Rendell']);
    expect(
      said('"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi.'),
    ).toContainEqual(['Thanks, Clarkston, for welcoming these refugees,', 'Asab Al-Tabchi']);
  });

  it('not a name after a preposition ("asked about the deaths of journalists under Mr. Putin")', () => {
    const got = said(
      "The issue had come up Friday after Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said, ''I think our country does plenty of killing also.''",
    );
    expect(got.map((g) => g[1])).not.toContain('Putin');
  });
});

describe('the subject a participle goes on from (speakers26)', () => {
  const specs: EntitySpec[] = [
    { id: 's', name: 'Bernie Sanders', type: 'person', forms: ['Sanders'] },
    { id: 't', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
    { id: 'c', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton'] },
    { id: 'b', name: 'Bloomberg', type: 'place', forms: ['Bloomberg'] },
    { id: 'r', name: 'Republican', type: 'other', forms: ['Republican'] },
    { id: 'p', name: 'Columbia', type: 'place', forms: ['Columbia'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
  };

  it('past a place in an opening phrase, "And then", and lower-case titles before the name', () => {
    // PolNeAR (Washington Post).
    expect(
      said('Here in Columbia, Sanders stepped up his emphasis, saying, "We have got to achieve the day."'),
    ).toContainEqual(['We have got to achieve the day.', 'Bernie Sanders']);
    expect(
      said(
        'And then Trump went fully on the attack, saying, "Is President Obama going to mention the words?"',
      ),
    ).toContainEqual(['Is President Obama going to mention the words?', 'Donald Trump']);
    expect(
      said(
        'Republican presidential candidate Donald Trump quickly took to Twitter, writing: "Another horrific attack."',
      ),
    ).toContainEqual(['Another horrific attack.', 'Donald Trump']);
  });

  it('not after a work whose source is named, nor after a name with a participle of its own', () => {
    const speakers = (body: string) => said(body).map((g) => g[1]);
    expect(
      speakers(
        'Republican nominee Donald Trump is discrediting an earlier report from Bloomberg saying his campaign invited Mike Tyson.',
      ),
    ).not.toContain('Donald Trump');
    expect(
      speakers(
        'Republican candidate Donald Trump will follow Hillary Clinton’s Tuesday speech denouncing his economic policies.',
      ),
    ).not.toContain('Donald Trump');
    expect(
      speakers(
        'Republican nominee Hillary Clinton unveiled her first campaign ad, featuring Republicans telling their family stories and criticizing his proposals.',
      ),
    ).not.toContain('Hillary Clinton');
  });
});

describe('a quotation as the whole object of a listed verb (speakers26)', () => {
  const specs: EntitySpec[] = [
    { id: 'h', name: 'François Hollande', type: 'person', forms: ['François Hollande'] },
    { id: 'c', name: 'Chris Herren', type: 'person', forms: ['Chris Herren'] },
    { id: 'g', name: 'Rudy Giuliani', type: 'person', forms: ['Giuliani'] },
    { id: 'k', name: 'Clinton', type: 'person', forms: ['Clinton'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
  };

  it('gives the quotation closing the sentence to the subject of "condemned the" and "noted the"', () => {
    // PolNeAR (Washington Post): the masked quotation counted as one word, too short an object.
    expect(
      said(
        'In an address early Friday morning, President François Hollande condemned the "attack whose terrorist nature cannot be denied."',
      ),
    ).toContainEqual(['attack whose terrorist nature cannot be denied.', 'François Hollande']);
    expect(
      said(
        'Chris Herren, chief of the civil rights division\'s voting section, noted the "allegations of disproportionate burden in waiting times."',
      ),
    ).toContainEqual(['allegations of disproportionate burden in waiting times.', 'Chris Herren']);
  });

  it('not inside a clause someone else reports', () => {
    const got = said(
      '“Everything he said is the kind of thing you use to prove intent,” Giuliani said, adding that Clinton showed the “conduct of a person who had consciousness of guilt.”',
    );
    expect(got).not.toContainEqual(['conduct of a person who had consciousness of guilt.', 'Clinton']);
  });
});

describe('the main clause after a subordinate frame, past a courtesy title (speakers26)', () => {
  it('gives the quotation after "Ever since she endorsed …, Ms. Warren has been …, attacking" to Warren', () => {
    // PolNeAR (NYT).
    const body =
      "Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful surrogate, attacking Mr. Trump and visiting the Clinton campaign's headquarters to encourage young staffers with a simple message: ''Don't screw this up!''";
    const specs: EntitySpec[] = [
      { id: 'w', name: 'Elizabeth Warren', type: 'person', forms: ['Warren'] },
      { id: 'c', name: 'Clinton', type: 'person', forms: ['Clinton'] },
      { id: 't', name: 'Trump', type: 'person', forms: ['Trump'] },
    ];
    const { mentions, entities } = markEntities(body, specs);
    // The quotation lies inside the run-on content of "she endorsed …", so it is held with that statement
    // (nested-quotations.ts); it is still Warren's.
    const res = findAttributions(body, mentions, entities);
    const got = [...res.attributions, ...res.held].map((a) => [a.text, a.speaker]);
    expect(got).toContainEqual(["Don't screw this up!", 'Elizabeth Warren']);
  });
});

describe('a person named after a title at the head of a run-on subject (speakers26)', () => {
  it('gives "The president revisited his own promise to guide …" to the president', () => {
    // PolNeAR (NYT): the entity stage's mention of Obama takes in the article ("The president"); the learned cue
    // fires on "promise".
    const body =
      'The president revisited his own promise to guide the country into a new age of unity as a framework to rally Democrats around Hillary Clinton.';
    const specs: EntitySpec[] = [
      { id: 'o', name: 'Obama', type: 'person', forms: ['The president'] },
      { id: 'c', name: 'Hillary Clinton', type: 'person', forms: ['Hillary Clinton'] },
    ];
    const { mentions, entities } = markEntities(body, specs);
    const got = findAttributions(body, mentions, entities).attributions.map((a) => a.speaker);
    expect(got).toContain('Obama');
  });
});

describe("the person an owner's role sets off after the verb (speakers26)", () => {
  const specs: EntitySpec[] = [
    { id: 'r', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] },
    { id: 'b', name: 'Rich Beeson', type: 'person', forms: ['Rich Beeson'] },
    { id: 'c', name: 'Clinton', type: 'person', forms: ['Clinton'] },
    { id: 'j', name: 'Jamie Lee Curtis', type: 'person', forms: ['Jamie Lee Curtis'] },
  ];
  const said = (body: string) => {
    const { mentions, entities } = markEntities(body, specs);
    return findAttributions(body, mentions, entities).attributions.map((a) => [a.text, a.speaker]);
  };

  it('gives the quotation to the person named, not to the owner', () => {
    // PolNeAR (Politico, Washington Post).
    expect(
      said(
        '“We’re treating Feb. 15 to March 15 as one long Election Day,” said Rubio’s deputy campaign manager, Rich Beeson, who oversaw the ground game.',
      ),
    ).toContainEqual(['We’re treating Feb. 15 to March 15 as one long Election Day,', 'Rich Beeson']);
    expect(
      said(
        '"It\'s about time that we had a woman running this country," exhorted Clinton\'s introducer, actress Jamie Lee Curtis.',
      ),
    ).toContainEqual(["It's about time that we had a woman running this country,", 'Jamie Lee Curtis']);
  });
});

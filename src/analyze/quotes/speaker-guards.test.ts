import { describe, expect, it } from 'vitest';
import { attributionsMarked, listedMarked, orgSpec, personSpec, sourcedMarked } from './test-helpers.js';

// Speakers that were wrong and now name nobody (issue #5, named57): "no speaker is better than a wrong one".
const PORTER = personSpec('dp', 'Dale Porter', 'Porter');
const MENDES = personSpec('rm', 'Rosa Mendes', 'Mendes');

const speakersOf = (body: string, specs = [PORTER]) => attributionsMarked(body, specs);

describe('a "he" or "she" before the verb', () => {
  it('is not the person named as the verb’s object', () => {
    const said = speakersOf(
      'Dale Porter hosted the ferry rally on Monday.\n\n“The fares could rise by a third next spring,” he told Porter, to cheers from the crowd at the harbor.',
    );
    expect(said.map((a) => a.speaker)).not.toContain('Dale Porter');
  });

  it('is not the person who opens the clause the verb reports', () => {
    const said = speakersOf(
      'Dale Porter has long asked for lower fares on the island routes. He said Porter hopes that the next board will cut them.',
    );
    expect(said.find((a) => a.text.includes('next board'))?.speaker ?? null).toBeNull();
  });

  it('still means the person named before when someone else is the object', () => {
    const said = speakersOf(
      'Dale Porter met the harbor board on Monday. He told Rosa Mendes that the fares would rise next spring.',
      [PORTER, MENDES],
    );
    expect(said.find((a) => a.text.includes('fares would rise'))?.speaker).toBe('Dale Porter');
  });
});

describe('a pronoun and a verb after a verb of saying', () => {
  it('open the reported clause, not an inverted speaker named inside it', () => {
    const said = speakersOf(
      'The talks soured within hours. The bickering began even before he left the city, as Rosa Mendes, contradicting Porter, said he had told Porter at the outset that the harbor would not pay for the bridge.',
    );
    expect(said.map((a) => a.speaker)).not.toContain('Dale Porter');
  });

  it('leaves a name after the verb its speaker', () => {
    const said = speakersOf('“The fares will rise next spring,” said Porter, who chairs the ferry board.');
    expect(said[0]?.speaker).toBe('Dale Porter');
  });
});

describe('a passive of charging, sentencing or booing', () => {
  it('says nothing from its subject', () => {
    for (const verb of ['charged', 'suspected', 'sentenced', 'booed', 'invited']) {
      const said = speakersOf(
        `The ferry board met on Monday. Dale Porter, who was ${verb} over the harbor deal last spring, has since left the island for good.`,
      );
      expect(said.map((a) => a.speaker)).not.toContain('Dale Porter');
    }
  });

  it('leaves an accusation from its subject as it was', () => {
    const said = speakersOf(
      'Dale Porter charged that the board had hidden the harbor accounts from the public.',
    );
    expect(said[0]?.speaker).toBe('Dale Porter');
  });
});

describe('a title-case heading "X On Y:"', () => {
  const HEADING =
    'Harbor Trust Director On Porter: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nThe director spoke on Monday.';

  it('does not give the words to the person they are about', () => {
    expect(
      listedMarked(HEADING, [PORTER, orgSpec('ht', 'Harbor Trust')]).map(([, who]) => who),
    ).not.toContain('Dale Porter');
  });

  it('keeps the words before "On" as the source', () => {
    expect(sourcedMarked(HEADING, [PORTER, orgSpec('ht', 'Harbor Trust')])).toContainEqual([
      'We Do Not Pay Candidates To Appear At Debates.',
      'Harbor Trust Director',
    ]);
  });

  it('still gives "Porter: …" to Porter', () => {
    expect(
      listedMarked('Porter: ‘We Will Not Pay For The Bridge.’\n\nThe harbor board met on Monday.', [PORTER]),
    ).toContainEqual(['We Will Not Pay For The Bridge.', 'Dale Porter']);
  });
});

describe('"him", "them" or "her" before words of time and the verb', () => {
  it('is no subject of the verb', () => {
    const said = speakersOf(
      'Rosa Mendes is under pressure. While Mendes has forcefully condemned the rival candidate’s proposal, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”',
      [MENDES],
    );
    expect(said.filter((a) => a.text.includes('mixed messages')).map((a) => a.speaker)).toEqual([null, null]);
  });

  it('leaves a possessive "her" before its noun', () => {
    const said = speakersOf(
      'Rosa Mendes spoke at the harbor on Monday. Her vow to cut the fares drew cheers from the crowd.',
      [MENDES],
    );
    expect(said.map((a) => a.speaker)).toContain('Rosa Mendes');
  });
});

describe('a name right after "into", "between" or "surrounding"', () => {
  const HARBOR = orgSpec('hc', 'Harbor Council');

  it('is the object of the noun before it, not the subject', () => {
    for (const body of [
      'Opponents of letting more ferries into Harbor Council waters cite concerns that the channel is too narrow for them.',
      'The long dispute surrounding Harbor Council has focused on how the fares were first set by the board.',
    ]) {
      expect(speakersOf(body, [HARBOR]).map((a) => a.speaker)).not.toContain('Harbor Council');
    }
  });

  it('leaves a share of a named group its speaker', () => {
    const said = speakersOf(
      'About half of Harbor Council members said they want a new fare plan next year.',
      [HARBOR],
    );
    expect(said.length).toBeGreaterThan(0);
    expect(said.map((a) => a.speaker)).not.toContain(null);
  });
});

describe('a participle right after a noun inside a subordinate clause', () => {
  it('is the clause’s subject’s, not the main clause’s', () => {
    const said = speakersOf(
      'Harbor board spokeswoman Rosa Mendes spoke to reporters on Friday after Dale Porter signed a series of letters criticizing the ferry captains.',
      [PORTER, MENDES],
    );
    expect(said.find((a) => a.text === 'the ferry captains')?.speaker).toBe('Dale Porter');
  });

  it('leaves a participle after a comma to the main clause', () => {
    const said = speakersOf(
      'Rosa Mendes spoke to reporters Friday after Dale Porter left the harbor, criticizing the ferry captains and the board.',
      [PORTER, MENDES],
    );
    expect(said.find((a) => a.text.startsWith('the ferry captains'))?.speaker).toBe('Rosa Mendes');
  });
});

import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../index.js';
import { findCitations } from './index.js';

const names = (body: string) =>
  findCitations({ body, mentions: [], entities: [] }).map((c) => `${c.kind}:${c.name}`);

/** A quote frame whose subject spans [start, end), with its cue just after it. */
const frameAt = (start: number, end: number, kind: string, speaker: string | null = null) => ({
  cue: { start: end + 1, end: end + 5 },
  subject: { start, end, speaker, entity: speaker, kind },
  via: null,
  statement: false,
});

describe('findCitations', () => {
  it('finds news agencies with their offsets', () => {
    const body = 'The statement, carried by TASS news agency, said so. AFP reported it too.';
    const cites = findCitations({ body, mentions: [], entities: [] });
    expect(cites.map((c) => c.name)).toEqual(['TASS', 'AFP']);
    for (const c of cites) expect(body.slice(c.start, c.end)).toBe(c.name);
  });

  it('gives an agency one name however it is written', () => {
    expect(names('AP reported it. The Associated Press said so. Agence France-Presse said so.')).toEqual([
      'agency:Associated Press',
      'agency:Associated Press',
      'agency:AFP',
    ]);
  });

  it('finds an agency named only by "news agency"', () => {
    expect(names('according to the state-run Belta news agency.')).toContain('agency:Belta');
    expect(names('said the Mehr News Agency and the Sepah news agency')).toContain('agency:Sepah');
  });

  it("takes no people's adjective for an agency's name", () => {
    expect(names("''Unkind,'' Xinhua, the official Chinese news agency, wrote.")).toEqual(['agency:Xinhua']);
    expect(names('the Iranian news agency said, as did the Jiji news agency')).toEqual(['agency:Jiji']);
  });

  it('finds outlets only where they are cited', () => {
    expect(names('Putin told The Washington Post on Monday.')).toContain('outlet:Washington Post');
    expect(names('He read the Daily News at breakfast before work.')).toEqual([]);
  });

  it('keeps the sentence before out of an outlet\'s name, and names "the Post" by the paper named before', () => {
    expect(names('He left in February.\n\nThe Times reported that.')).toEqual(['outlet:Times']);
    expect(names('The U.S. News reported it.')).toEqual(['outlet:U.S. News']);
    const body =
      'The Washington Post reported it first. The New York Post said no. The Post reported later. The Times said so.';
    expect(names(body)).toEqual([
      'outlet:Washington Post',
      'outlet:New York Post',
      'outlet:New York Post',
      'outlet:Times',
    ]);
  });

  it('finds documents cited as sources', () => {
    expect(names('The Kremlin said in a statement that it was ready.')).toContain('document:statement');
    expect(names('according to a leaked report, the plan failed')).toContain('document:leaked report');
  });

  it('cites a document that is a frame subject, though its finding is not listed as speech', () => {
    const body =
      'A new study shows that the drug cuts the risk. Another study in 20 girls found that yoga helps. Dr. Lee, the author of the study, said so.';
    const at = (s: string) => body.indexOf(s);
    const frame = (s: string, kind = 'unknown') => frameAt(at(s), at(s) + s.length, kind);
    const cites = findCitations({
      body,
      mentions: [],
      entities: [],
      frames: [
        frame('A new study'),
        frame('Another study in 20 girls'),
        frame('Dr. Lee, the author of the study', 'person'),
      ],
      speakingCues: new Set(),
    });
    expect(cites.map((c) => [c.kind, c.name, c.start])).toEqual([
      ['document', 'new study', at('new study')],
      ['document', 'study', at('study in')],
    ]);
  });

  it('turns anonymous and official frames into citations', () => {
    const body = 'Sources said the talks failed. The Kremlin said in a statement it agreed.';
    const cites = findCitations({
      body,
      mentions: [],
      entities: [{ id: 'k', name: 'Kremlin', type: 'organization', aliases: [], roles: [] }],
      frames: [
        {
          cue: { start: 8, end: 12 },
          subject: { start: 0, end: 7, speaker: null, entity: null, kind: 'anonymous' },
          via: null,
          statement: false,
        },
        {
          cue: { start: 43, end: 47 },
          subject: { start: 31, end: 42, speaker: 'Kremlin', entity: 'k', kind: 'organization' },
          via: null,
          statement: true,
        },
      ],
    });
    expect(cites).toContainEqual({ start: 0, end: 7, name: 'sources', kind: 'anonymous', entity: null });
    expect(cites).toContainEqual({
      start: 31,
      end: 42,
      name: 'Kremlin statement',
      kind: 'official',
      entity: 'k',
    });
  });

  it('lowers the capital an anonymous source has only for opening a sentence, not one a name gives', () => {
    const body =
      'Officials said no. “Sources said yes.” White House officials said so. He met officials who said so.';
    const at = (s: string) => body.indexOf(s);
    const frame = (s: string) => frameAt(at(s), at(s) + s.length, 'anonymous');
    const cites = findCitations({
      body,
      mentions: [
        {
          text: 'White House',
          start: at('White'),
          end: at('White') + 11,
          type: 'organization',
          entity: 'w',
          roles: [],
        },
      ],
      entities: [],
      frames: [frame('Officials'), frame('Sources'), frame('White House officials'), frame('officials who')],
    });
    expect(cites.map((c) => c.name)).toEqual([
      'officials',
      'sources',
      'White House officials',
      'officials who',
    ]);
  });

  it('cites a place that speaks as an official source: its government or seat of power', () => {
    const body = 'The White House said no. Russia warned the West.';
    const cites = findCitations({
      body,
      mentions: [],
      entities: [
        { id: 'White House', name: 'White House', type: 'place', aliases: [], roles: [] },
        { id: 'Russia', name: 'Russia', type: 'place', aliases: [], roles: [] },
      ],
      frames: [frameAt(4, 15, 'place', 'White House'), frameAt(25, 31, 'place', 'Russia')],
    });
    expect(cites.map((c) => `${c.kind}:${c.name}`)).toEqual(['official:White House', 'official:Russia']);
  });

  it('cites no "I", "we" or poll share as an anonymous source, and an outlet that speaks as an outlet', () => {
    const body =
      'I said no. 52 percent said yes. A senior official said so. CNN reported it. The Kremlin said it.';
    const cites = findCitations({
      body,
      mentions: [],
      entities: [
        { id: 'CNN', name: 'CNN', type: 'organization', aliases: [], roles: [] },
        { id: 'Kremlin', name: 'Kremlin', type: 'organization', aliases: [], roles: [] },
      ],
      frames: [
        frameAt(0, 1, 'anonymous'),
        frameAt(11, 21, 'anonymous'),
        frameAt(32, 49, 'anonymous'),
        frameAt(59, 62, 'organization', 'CNN'),
        frameAt(76, 87, 'organization', 'Kremlin'),
      ],
    });
    expect(cites.map((c) => `${c.kind}:${c.name}`)).toEqual([
      'anonymous:a senior official',
      'outlet:CNN',
      'official:Kremlin',
    ]);
  });

  it("cites a network's local station, a call sign and a magazine that speak as outlets", () => {
    const body = 'CBS DFW reports it. WHO said it. Rolling Stone reported it. Toyota said it.';
    const org = (id: string) => ({ id, name: id, type: 'organization' as const, aliases: [], roles: [] });
    const cites = findCitations({
      body,
      mentions: [],
      entities: [org('CBS DFW'), org('WHO'), org('Rolling Stone'), org('Toyota')],
      frames: [
        frameAt(0, 7, 'organization', 'CBS DFW'),
        frameAt(20, 23, 'organization', 'WHO'),
        frameAt(33, 46, 'organization', 'Rolling Stone'),
        frameAt(60, 66, 'organization', 'Toyota'),
      ],
    });
    expect(cites.map((c) => `${c.kind}:${c.name}`)).toEqual([
      'outlet:CBS DFW',
      'official:WHO',
      'outlet:Rolling Stone',
      'official:Toyota',
    ]);
  });

  it('takes a source word used as an adjective for no source, and lowers one opening a sentence after a quote', () => {
    const body =
      'Crowds rallied shortly after official results showed he won. ‘It may escalate.’ Sources have said so. ' +
      'People familiar with the talks said so.';
    const phrase = (s: string) => frameAt(body.indexOf(s), body.indexOf(s) + s.length, 'anonymous');
    const cites = findCitations({
      body,
      mentions: [],
      entities: [],
      frames: [phrase('after official results'), phrase('Sources'), phrase('People familiar with the talks')],
    });
    expect(cites.map((c) => `${c.kind}:${c.name}`)).toEqual([
      'anonymous:sources',
      'anonymous:people familiar with the talks',
    ]);
  });
});

describe('the entity a cited source resolves to', () => {
  const analyzer = createAnalyzer();
  const body =
    'The Kremlin said in a statement that it was ready. “We will help,” Putin told the Interfax news agency on Friday. ' +
    'The Washington Post reported that officials agreed. The Post said the plan, according to a report, was old.\n\n' +
    'Former New York mayor Michael Bloomberg weighed a run. Bloomberg said on Monday that he would decide soon, ' +
    'Bloomberg News reported.\n\nIn a statement, Corey Lewandowski dismissed the report. ' +
    '(Photo: FABRICE COFFRINI/AFP/Getty Images)';
  const a = analyzer.analyze({ body, captions: [], title: null });
  const entityName = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;

  it('is the named source: an institution that speaks, an agency, an outlet, the short name of an outlet', () => {
    // Also: the statement someone made cites them, not a document; "Bloomberg" the person is no agency; a photo
    // credit's name is not the agency's.
    expect(a.citations.map((c) => [c.kind, c.name, entityName(c.entity)])).toEqual([
      ['official', 'Kremlin statement', 'Kremlin'],
      ['agency', 'Interfax', 'Interfax'],
      ['outlet', 'Washington Post', 'Washington Post'],
      ['outlet', 'Washington Post', 'Washington Post'],
      ['document', 'report', null],
      ['official', 'Michael Bloomberg', 'Michael Bloomberg'],
      ['agency', 'Bloomberg', null],
      ['official', 'Corey Lewandowski statement', 'Corey Lewandowski'],
      ['agency', 'AFP', null],
    ]);
  });
});

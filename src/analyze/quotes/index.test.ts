import { describe, expect, it } from 'vitest';
import type { Quote } from '../../model/index.js';
import * as door from './index.js';
import { findQuotes } from './index.js';
import { SEEDS as seeds } from './seeds.fixture.js';
import {
  type EntitySpec,
  findQuotesMarked,
  markEntities,
  SEED_ENTITIES,
  TWO_PEOPLE,
} from './test-helpers.js';

const run = (body: string) => findQuotesMarked(body, SEED_ENTITIES);

// The teleSUR and Press TV texts carry no-break spaces; compare words, not whitespace.
const norm = (s: string) => s.replace(/\s+/g, ' ');
const words = (s: string) => (s.match(/[\p{L}\p{N}’']+/gu) ?? []).length;

/** The quote whose text starts with the given words. */
const quoteStarting = (quotes: Quote[], start: string): Quote => {
  const q = quotes.find((x) => norm(x.text).startsWith(start) && x.kind !== 'indirect');
  if (!q) throw new Error(`no quote starting "${start}"`);
  return q;
};

/** The indirect quote whose text, after the complementizer it keeps ("that …"), starts with the given words. */
const indirectStarting = (quotes: Quote[], start: string): Quote => {
  const q = quotes.find(
    (x) =>
      norm(x.text)
        .replace(/^that\s+/, '')
        .startsWith(start) && x.kind === 'indirect',
  );
  if (!q) throw new Error(`no indirect quote starting "${start}"`);
  return q;
};

// Every quote of eight words or more in the seeds, with the speaker and channel the text gives.
const SEED_QUOTES: [keyof typeof seeds, string, string, string | null][] = [
  ['presstvPutinMichel', 'Russia pointed out that any pressure', 'Kremlin', 'TASS'],
  ['presstvPutinMichel', 'impose sanctions against a substantial number', 'European Union', null],
  ['presstvPutinMichel', 'violence, repression and the falsification', 'European Union', null],
  ['presstvPutinMichel', 'The creation and activities of such a council', 'Alexander Konyuk', null],
  ['presstvPutinMichel', 'calls for actions aimed at undermining', 'Alexander Konyuk', null],
  ['presstvZakharova', 'Clear attempts at outside interference', 'Maria Zakharova', null],
  ['presstvZakharova', 'We note unprecedented pressure', 'Maria Zakharova', null],
  ['presstvPutinInterview', 'The parties to this process', 'Vladimir Putin', 'AFP'],
  ['presstvPutinInterview', 'We have of course certain obligations', 'Vladimir Putin', 'Interfax'],
  ['presstvPutinInterview', 'I told him Russia would fulfill', 'Vladimir Putin', null],
  ['presstvPutinInterview', 'would not be used unless the situation', 'Vladimir Putin', null],
  ['indianPutinWarning', 'We don’t want to see any external interference', 'Vladimir Putin', null],
  ['telesurLavrovMakei', 'these are the fifth round of elections', 'Vladimir Makei', null],
  ['telesurLavrovMakei', 'Those who try, by any means', 'Sergei Lavrov', null],
  ['telesurLavrovMakei', 'categorically block all attempts of this nature', 'Sergei Lavrov', null],
  ['telesurLavrovMakei', 'We condemn the pressure', 'Sergei Lavrov', null],
  ['telesurLavrovMakei', 'In Ukraine, there are training camps', 'Sergei Lavrov', null],
];

describe('findQuotes on the seed articles', () => {
  it('lists one statement once: no indirect quote inside another quote of the same speaker', () => {
    const body =
      'The European Union said it rejected the results of the election, claiming it was not free and fair.';
    const quotes = run(body).quotes.filter((q) => q.speaker === 'European Union');
    // The participle is a statement of its own, side by side with the first, not a second copy inside it.
    expect(quotes.map((q) => q.text)).toEqual([
      'it rejected the results of the election',
      'it was not free and fair',
    ]);
    for (const seed of Object.values(seeds)) {
      const all = run(seed).quotes;
      const nested = all.filter(
        (q) =>
          q.kind === 'indirect' &&
          q.speaker !== null &&
          all.some(
            (p) =>
              p !== q && p.speaker === q.speaker && p.start <= q.start && q.end <= p.end && p.text !== q.text,
          ),
      );
      expect(nested.map((q) => q.text)).toEqual([]);
    }
  });

  it.each(SEED_QUOTES)('%s: “%s…” is said by %s (via %s)', (seed, start, speaker, via) => {
    const { quotes } = run(seeds[seed]);
    const q = quoteStarting(quotes, start);
    expect(q.speaker).toBe(speaker);
    expect(q.speakerEntity).not.toBeNull();
    expect(q.via).toBe(via);
    expect(seeds[seed].slice(q.start, q.end)).toBe(q.text);
  });

  it('finds every quotation of eight words or more in the seeds, and each has a speaker', () => {
    let count = 0;
    for (const body of Object.values(seeds)) {
      for (const q of run(body).quotes) {
        if (q.kind === 'indirect' || words(q.text) < 8) continue;
        count++;
        expect(q.speaker, q.text).not.toBeNull();
      }
    }
    expect(count).toBe(SEED_QUOTES.length);
  });

  it('tells direct quotes from partial ones', () => {
    const { quotes } = run(seeds.presstvPutinInterview);
    expect(quoteStarting(quotes, 'The parties to this process').kind).toBe('direct');
    const partial = quoteStarting(quotes, 'fulfill its obligations');
    expect(partial.kind).toBe('partial');
    expect(partial.speaker).toBe('Vladimir Putin');
    const tele = run(seeds.telesurLavrovMakei).quotes;
    expect(quoteStarting(tele, 'categorically block').kind).toBe('partial');
    expect(quoteStarting(tele, 'Those who try').kind).toBe('direct');
  });

  it('resolves role phrases to the right person, not merely the last one named', () => {
    const tele = run(seeds.telesurLavrovMakei).quotes;
    // "As such, Russia's top diplomat stated that …" comes right after Makei spoke.
    expect(indirectStarting(tele, 'Moscow would categorically block').speaker).toBe('Sergei Lavrov');
    expect(indirectStarting(tele, 'Russia has certified information').speaker).toBe('Sergei Lavrov');
    expect(indirectStarting(tele, 'outside forces are intervening').speaker).toBe('Sergei Lavrov');
    expect(indirectStarting(tele, 'the protests in Belarus were prepared').speaker).toBe('Vladimir Makei');
    const interview = run(seeds.presstvPutinInterview).quotes;
    expect(indirectStarting(interview, 'Belarus was suffering').speaker).toBe('Vladimir Putin');
  });

  it('takes institutions as speakers', () => {
    const michel = run(seeds.presstvPutinMichel).quotes;
    // "The Russian leader made the remarks in a call …, the Kremlin said": about the statement, not part of it.
    expect(michel.some((q) => q.text.startsWith('The Russian leader made the remarks'))).toBe(false);
    expect(quoteStarting(michel, 'both Russia and the European Union').speaker).toBe('Kremlin');
    const zak = run(seeds.presstvZakharova).quotes;
    expect(indirectStarting(zak, 'it will meet on Friday').speaker).toBe('European Union');
    expect(indirectStarting(zak, 'outside forces are clearly attempting').speaker).toBe('Russia');
  });

  it('lists no speakerless fragments as quotes', () => {
    const texts = Object.values(seeds).flatMap((body) => run(body).quotes.map((q) => q.text));
    for (const junk of ['extensive election fraud', 'Putin’s stand', 'contested the results', 'the results'])
      expect(texts).not.toContain(junk);
    expect(texts.some((t) => /^a participation of/.test(t))).toBe(false);
  });

  it('lists no view that a learned stance word marks when no one holds it', () => {
    // "when supporters of rival candidates poured …", "has used those allegations to impose …".
    const texts = Object.values(seeds).flatMap((body) => run(body).quotes.map((q) => norm(q.text)));
    expect(texts.some((t) => t.startsWith('rival candidates poured'))).toBe(false);
    expect(texts.some((t) => t.startsWith('to impose sanctions on the now-65-year-old'))).toBe(false);
  });

  it('credits a view reported inside another speaker’s words to no one else', () => {
    // "Russia condemns … while openly supporting the country's opposition …, Lavrov declared": all Lavrov's.
    const { quotes } = run(seeds.telesurLavrovMakei);
    expect(quotes.some((q) => norm(q.text).startsWith("the country's opposition, which rejects"))).toBe(
      false,
    );
    const declared = quotes.find((q) => norm(q.text).startsWith('Russia condemns other countries'));
    expect(declared?.speaker).toBe('Sergei Lavrov');
  });

  it('takes what someone "reacted strongly to" for no statement', () => {
    const { quotes } = run(seeds.presstvPutinInterview);
    expect(quotes.some((q) => q.text.startsWith('strongly to Putin’s announcement'))).toBe(false);
    expect(indirectStarting(quotes, 'Moscow harbored').speaker).toBe('Mateusz Morawiecki');
  });

  it('does not make the subject of "was revealed to" its speaker', () => {
    const { quotes } = run(seeds.indianPutinWarning);
    expect(quotes.some((q) => q.text.startsWith('to have sent out'))).toBe(false);
  });

  it('leaves scare quotes and headline fragments alone', () => {
    const { quotes } = run(seeds.presstvPutinMichel);
    expect(quotes.some((q) => q.text.startsWith('seize power'))).toBe(false);
    const body =
      'The opposition formed a so-called "coordination council" last week. Officials met on Monday.';
    expect(run(body).quotes).toEqual([]);
  });

  it('reports anonymous sources without inventing a speaker', () => {
    const { quotes, citations } = run(seeds.indianPutinWarning);
    const q = indirectStarting(quotes, 'President Vladimir Putin issued the warning');
    expect(q.speaker).toBeNull();
    // Opening its sentence after a closing quote, the source is listed as mid-sentence ("sources").
    expect(citations).toContainEqual(expect.objectContaining({ name: 'sources', kind: 'anonymous' }));
  });

  it('cites the agencies the seeds rely on', () => {
    const names = (body: string) => run(body).citations.map((c) => c.name);
    expect(names(seeds.presstvPutinMichel)).toContain('TASS');
    expect(names(seeds.presstvPutinInterview)).toEqual(expect.arrayContaining(['AFP', 'Interfax']));
    for (const c of run(seeds.presstvPutinMichel).citations) {
      expect(c.end).toBeGreaterThan(c.start);
    }
    const tele = run(seeds.telesurLavrovMakei).citations.filter((c) => c.kind === 'official');
    // "Russia condemns other countries' attempts …, Lavrov declared": what Russia does is Lavrov's to say; the
    // article relies on him, and cites no second source.
    expect(tele.map((c) => c.name)).toEqual(['Sergei Lavrov', 'Vladimir Makei']);
    const kremlin = run(seeds.presstvPutinMichel).citations.find((c) => c.name === 'Kremlin statement');
    expect(kremlin).toMatchObject({ kind: 'official' });
  });
});

describe('findQuotes on constructed text', () => {
  const people = TWO_PEOPLE;
  const go = (body: string) => findQuotesMarked(body, people).quotes;

  it('attributes quotes running over several paragraphs', () => {
    const body =
      '“The first part of what I have to say today is this.\n\n“And the second part follows it,” Doe said.';
    const qs = go(body);
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker).toBe('John Doe');
    expect(qs[0].text).toContain('second part');
  });

  it('reads guillemets and "according to"', () => {
    const qs = go('«We will not accept these terms under any circumstances», Smith said.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'Anna Smith' });
    const acc = go('According to Doe, the vote will take place next week.');
    expect(acc[0]).toMatchObject({
      kind: 'indirect',
      speaker: 'John Doe',
      text: 'the vote will take place next week',
    });
    const trail = go('The vote will take place next week, according to Smith.');
    expect(trail[0]).toMatchObject({ speaker: 'Anna Smith', text: 'The vote will take place next week' });
  });

  it('prefers no speaker to a wrong one', () => {
    const qs = go('“This is a disgrace and everyone in the building knows it,” he said.');
    expect(qs[0].speaker).toBeNull();
  });

  it('resolves pronouns by gender to the previous speaker', () => {
    const body =
      'Smith said the talks had failed. Doe disagreed.\n\n“We are close to a deal that everyone can live with,” she added.';
    const q = go(body).find((x) => x.kind === 'direct');
    expect(q?.speaker).toBe('Anna Smith');
  });

  it('reads "told reporters" and the channel of "was quoted by … as saying"', () => {
    const qs = go('Doe told reporters that the bill would pass.');
    expect(qs[0]).toMatchObject({ speaker: 'John Doe', text: 'that the bill would pass' });
    const v = go('“Nobody expected the results to be this close,” Doe was quoted by Reuters as saying.');
    expect(v[0]).toMatchObject({ speaker: 'John Doe', via: 'Reuters' });
  });

  it('reads transcript lines and dash-signed quotes', () => {
    const t = go('DOE: We will vote against the bill on Tuesday.\n\nSMITH: Then it fails.');
    expect(t[0]).toMatchObject({
      kind: 'direct',
      speaker: 'John Doe',
      text: 'We will vote against the bill on Tuesday.',
    });
    // A colon far into a paragraph before (one search for the next colon serves the paragraphs up to it).
    const late = go(
      'Doe spoke on Sunday about the vote in the Senate this week: close.\n\nDOE: We will vote against the bill on Tuesday.',
    );
    expect(late.find((q) => q.text.startsWith('We will vote'))).toMatchObject({
      kind: 'direct',
      speaker: 'John Doe',
    });
    const d = go('“Nobody in this town believes the numbers any more.” ― Anna Smith');
    expect(d[0]).toMatchObject({ kind: 'direct', speaker: 'Anna Smith' });
    // A fact-check's list of claims signs each with a hyphen line; after running text, "- Reuters." is a byline.
    const h = go('“Nobody in this town believes the numbers any more.”\n\n- Smith.\n\nShe is wrong.');
    expect(h[0]).toMatchObject({ kind: 'direct', speaker: 'Anna Smith' });
    const byline = go('Doe called the plan “a tax on every family in the state.”\n\n- Smith.');
    expect(byline.find((q) => q.text.startsWith('a tax'))?.speaker).not.toBe('Anna Smith');
  });

  it('reads quotes introduced by a colon or comma, and "Name:" headlines', () => {
    const a = go('Doe shot back, “Nobody in this chamber has read the whole bill yet.”');
    expect(a[0]).toMatchObject({ kind: 'direct', speaker: 'John Doe' });
    const h = go('Doe: ‘We Will Win This Fight’\n\nThe senator spoke in Ohio.');
    expect(h[0]).toMatchObject({ speaker: 'John Doe', text: 'We Will Win This Fight' });
    const place = go('Washington: “We will win this fight in the end,” the crowd chanted.');
    expect(place[0].speaker).toBeNull();
  });

  it('reads "the day after …" and "matter-of-factly" after "“…,” X said" as a time or manner, not as what was said', () => {
    const qs = go(
      '“We mourn the victims and pray for their families tonight,” Doe tweeted the day after the attack.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'John Doe' });
    const manner = go('“We have had more successful conventions than this one,” Doe said matter-of-factly.');
    expect(manner).toHaveLength(1);
    expect(manner[0]).toMatchObject({ kind: 'direct', speaker: 'John Doe' });
  });

  it('keeps a speaker named after a question mark with the quote', () => {
    const qs = go('“Who would have believed any of this a year ago?” Doe said. Then he left the room.');
    expect(qs[0]).toMatchObject({ kind: 'direct', speaker: 'John Doe' });
  });

  it('does not give a quote to someone named only as an object', () => {
    const qs = go('“The agents are investigating every lead we have,” a source speaking to Smith said.');
    expect(qs[0].speaker).toBeNull();
  });

  it('returns nothing for an empty body', () => {
    expect(findQuotes({ body: '', sentences: [], mentions: [], entities: [] })).toEqual({
      quotes: [],
      citations: [],
      messages: [],
    });
  });
});

/** The quotes findQuotes lists in a text whose entities are `people`, each as kind, speaker entity and text. */
const quotesOf = (people: EntitySpec[]) => (body: string) => {
  const { mentions, entities } = markEntities(body, people);
  return findQuotes({ body, sentences: [], mentions, entities }).quotes.map((q) => ({
    kind: q.kind,
    speaker: q.speakerEntity,
    text: q.text,
  }));
};

describe('findQuotes on sentences from PolNeAR pages', () => {
  const people: EntitySpec[] = [
    { id: 'trump', name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] },
    { id: 'rubio', name: 'Marco Rubio', type: 'person', forms: ['Marco Rubio', 'Rubio'] },
    { id: 'cruz', name: 'Ted Cruz', type: 'person', forms: ['Ted Cruz', 'Cruz'] },
    // The recognizer also takes the "Joe" of "Morning Joe" for him.
    {
      id: 'scarborough',
      name: 'Joe Scarborough',
      type: 'person',
      forms: ['Joe Scarborough', 'Scarborough', 'Joe'],
    },
    { id: 'kkk', name: 'KKK', type: 'organization', forms: ['KKK'] },
  ];
  const go = quotesOf(people);

  it('ends an indirect quote at the quotation that closes its sentence', () => {
    const qs = go(
      'At a campaign rally Monday morning, Trump’s GOP primary rival Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.” Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the KKK “abhorrent” in a tweet Sunday.',
    );
    expect(qs).toContainEqual({ kind: 'indirect', speaker: 'rubio', text: 'Trump is “unelectable now.”' });
    expect(qs.filter((q) => q.speaker === 'rubio' && q.text.includes('Cruz'))).toEqual([]);
  });

  it('reads a quoted show title with its comma as part of the speaker’s apposition', () => {
    const qs = go(
      'Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested business mogul Donald Trump’s refusal to disavow the Ku Klux Klan could disqualify him from the presidential race.',
    );
    expect(qs).toEqual([
      {
        kind: 'indirect',
        speaker: 'scarborough',
        text: 'business mogul Donald Trump’s refusal to disavow the Ku Klux Klan could disqualify him from the presidential race',
      },
    ]);
  });

  it('lists no "slamming X for Y" with a bare noun phrase for Y, but keeps a ground that carries the charge', () => {
    const qs = go(
      'Scarborough is one of many slamming Trump for the move. Rubio criticized Cruz for accepting loans from Goldman Sachs.',
    );
    expect(qs.map((q) => q.text)).toEqual(['Cruz for accepting loans from Goldman Sachs']);
  });
});

describe('findQuotes on sentences from other news pages', () => {
  const people: EntitySpec[] = [
    { id: 'jones', name: 'Mary Jones', type: 'person', forms: ['Mary Jones', 'Jones'] },
    { id: 'harvard', name: 'Harvard University', type: 'organization', forms: ['Harvard University'] },
    { id: 'state', name: 'State Department', type: 'organization', forms: ['State Department'] },
    { id: 'ohio', name: 'Ohio', type: 'place', forms: ['Ohio'] },
    { id: 'vw', name: 'VW', type: 'organization', forms: ['VW'] },
  ];
  const go = quotesOf(people);

  it('lists nothing the writer says in their own voice, but keeps what they quote', () => {
    const qs = go(
      'I needn’t have worried – the UK bikes are fully covered, with every wiring diagram clearly labeled. We look forward to sharing updates and the results with readers. “We have to keep the manuals in print for every market,” Jones said.',
    );
    expect(qs).toEqual([
      { kind: 'direct', speaker: 'jones', text: 'We have to keep the manuals in print for every market,' },
    ]);
  });

  it('lists no fact about a subject that the detector took for a statement through "has"', () => {
    const qs = go(
      'VW has equipped it with touch panels, and the right-hand stalk is used to select drive. Jones has pointed out that the vote was close.',
    );
    expect(qs).toEqual([{ kind: 'indirect', speaker: 'jones', text: 'that the vote was close' }]);
  });

  it('gives a quotation standing alone after reported speech to that speaker, unless someone else came between', () => {
    const qs = go(
      'Sometimes employees don’t follow the rules, Jones said. “But does that mean that they are going to be indicted for it?”\n\nJones said the plan failed. VW disagreed. “It was a disaster from the very start for all of us.”',
    );
    expect(qs.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['jones', null]);
  });

  it('credits the person, not where they work, in "Name of the Organization said"', () => {
    const qs = go(
      'Dr. Mary Jones of Harvard University says the risk from the virus is low. Jones, of the State Department, said the talks would resume. A friend of Mary Jones from Ohio said the talks had failed.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['jones', 'jones', null]);
  });
});

describe('public surface', () => {
  it('exports the door and its helpers', () => {
    expect(Object.keys(door).sort()).toEqual([
      'contentSpan',
      'findAttributions',
      'findQuotedSpans',
      'findQuotes',
      'outletName',
    ]);
  });
});

describe('anonymous sources after a conjunction of time', () => {
  it('cites "sources", not the clause before them ("prices fell after sources told Reuters")', () => {
    const { citations } = findQuotesMarked(
      'Oil prices fell after sources told Reuters that Russia is unlikely to cut its output further.',
      [],
    );
    expect(citations.filter((c) => c.kind === 'anonymous').map((c) => c.name)).toEqual(['sources']);
  });
});

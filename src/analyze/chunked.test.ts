import { describe, expect, it } from 'vitest';
import type { Analysis } from '../model/index.js';
import { chunkWindows } from './chunked.js';
import { createAnalyzer } from './index.js';
import { loadNerModel } from './ner/index.js';

// An invented long report, one person a story, built to put seams next to what a window cut badly would break: a
// quotation running over three paragraphs, pronouns whose person is named in the paragraph before, a surname alone
// after the full name, an organisation named again paragraphs later, and a caption naming a person of the body.
const STORIES: string[][] = [
  [
    'Mayor Ingrid Tolvaren said on Monday that the harbour budget would be cut by 12 percent.',
    '“We cannot wait another year for the ferry terminal,” Tolvaren told reporters in Halifax.',
    'She added that the Harbour Authority had not answered her letters since March.',
  ],
  [
    'Pedro Castimar, who chairs the Port Workers Union, said in a statement:',
    '“We have asked the council to reconsider the dredging contract. The cost is 40 million and rising.',
    '“Nobody in this city voted for it, and the union will say so at every meeting.',
    '“We will strike if we must,” the statement ended.',
  ],
  [
    'According to the Harbour Authority, the tram line will cost 30 million more than planned.',
    'Castimar said the union had not been consulted, and he warned of a strike in the spring.',
  ],
  [
    '“The numbers for the tram line are not what Greenway Bank promised,” said Nadia Orbelle, a spokesperson for the bank.',
    'She said the bank would publish its own figures on Friday.',
  ],
  [
    'Judge Viktor Helmsand ruled on Tuesday that the dredging contract must be put out to tender again.',
    'He wrote that the council had “ignored its own rules” when it signed the deal.',
  ],
  [
    'Councillor Grace Ambrose-Teller said the ruling was “a matter of trust” and asked for the papers by Friday.',
    '“The people of this city deserve to see what was signed,” Ambrose-Teller said.',
  ],
  [
    'Tolvaren, asked about the ruling, said the city would not appeal.',
    'The Harbour Authority declined to comment on the ruling or the tram line.',
  ],
  [
    'Omar Sefrany, a dock worker for 20 years, said wages had not risen since 2015.',
    '“I work nights and weekends, and I still cannot pay the rent,” he said.',
  ],
];

/** The stories as paragraphs: a statement's opening line alone, else two sentences a paragraph. */
function inventedReport(): string {
  return STORIES.flatMap((story) => {
    if (story[0].endsWith(':')) return story;
    const paragraphs: string[] = [];
    for (let i = 0; i < story.length; i += 2) paragraphs.push(story.slice(i, i + 2).join(' '));
    return paragraphs;
  }).join('\n\n');
}

const nerModel = loadNerModel();
const analyzer = createAnalyzer({ nerModel });
const whole = createAnalyzer({ nerModel, chunkChars: Number.POSITIVE_INFINITY });

/** What a reader of the analysis sees, entities by name rather than by local id. */
function readable(a: Analysis) {
  const name = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    sentences: a.sentences,
    mentions: a.mentions.map((m) => ({ ...m, entity: name.get(m.entity) })),
    quotes: a.quotes.map((q) => ({ ...q, speakerEntity: q.speakerEntity && name.get(q.speakerEntity) })),
    citations: a.citations.map((c) => ({ ...c, entity: c.entity && name.get(c.entity) })),
    entities: a.entities.map((e) => ({ ...e, aliases: [...e.aliases].sort(), roles: [...e.roles].sort() })),
    messages: a.messages,
  };
}

describe('chunkWindows', () => {
  it('keeps a body up to the chunk size in one window', () => {
    expect(chunkWindows('Short text.\n\nTwo paragraphs.', { chunkChars: 100 })).toEqual([
      { start: 0, end: 28, coreStart: 0, coreEnd: 28 },
    ]);
  });

  it('cuts cores at paragraph breaks, never inside a quotation running over paragraphs, and covers the body', () => {
    const body = inventedReport();
    const open = body.indexOf('“We have asked');
    const closed = body.indexOf('the statement ended.') + 'the statement ended.'.length;
    for (const chunkChars of [150, 200, 300, 400]) {
      const windows = chunkWindows(body, { chunkChars, contextChars: 150 });
      expect(windows.length).toBeGreaterThan(2);
      expect(windows[0].coreStart).toBe(0);
      expect(windows.at(-1)?.coreEnd).toBe(body.length);
      for (const [i, w] of windows.entries()) {
        if (i > 0) {
          expect(w.coreStart).toBe(windows[i - 1].coreEnd);
          expect(body.slice(w.coreStart - 2, w.coreStart)).toBe('\n\n');
          expect(w.start).toBeLessThan(w.coreStart);
          expect(w.coreStart <= open || w.coreStart > closed).toBe(true);
        }
        if (i < windows.length - 1) expect(w.end).toBeGreaterThan(w.coreEnd);
      }
    }
  });

  it('cuts a body with no paragraph breaks at sentence ends', () => {
    const body = 'The council met again today. '.repeat(40).trim();
    const windows = chunkWindows(body, { chunkChars: 200, contextChars: 50 });
    expect(windows.length).toBeGreaterThan(3);
    for (const w of windows.slice(1)) {
      expect(body.slice(w.coreStart - 2, w.coreStart + 3)).toBe('. The');
      // Context reaches back no more than twice its length when no paragraph starts nearer.
      expect(w.coreStart - w.start).toBeLessThanOrEqual(100);
    }
  });
});

describe('analysing a long article in windows', () => {
  it('finds the same sentences, mentions, quotes, speakers and entities as the whole article, whatever the seams', () => {
    const article = {
      body: inventedReport(),
      captions: ['Councillor Grace Ambrose-Teller outside the court on Tuesday.'],
      title: 'Harbour budget dispute',
    };
    const expected = readable(whole.analyze(article));
    expect(expected.quotes.length).toBeGreaterThan(15);
    expect(expected.quotes.find((q) => q.text.includes('Nobody in this city'))?.speaker).toBe(
      'Pedro Castimar',
    );
    for (const chunkChars of [150, 200, 300, 450]) {
      const chunked = createAnalyzer({ nerModel, chunkChars, contextChars: 300 });
      expect(chunkWindows(article.body, { chunkChars, contextChars: 300 }).length).toBeGreaterThan(2);
      expect(readable(chunked.analyze(article))).toEqual(expected);
    }
  });

  it('analyses an article up to the chunk size whole, as before', () => {
    const article = { body: STORIES[0].join(' '), captions: [], title: null };
    expect(analyzer.analyze(article)).toEqual(whole.analyze(article));
  });
});

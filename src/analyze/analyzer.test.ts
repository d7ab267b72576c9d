import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './index.js';

const analyzer = createAnalyzer();

describe('createAnalyzer', () => {
  it('finds people and quotes in English text', () => {
    const a = analyzer.analyze({
      body: '“We will not give up,” said Maria Santos, the mayor of Lisbon, on Monday.',
      captions: [],
      title: null,
    });
    expect(a.entities.map((e) => e.name)).toContain('Maria Santos');
    expect(a.quotes[0]).toMatchObject({ text: 'We will not give up,', speaker: 'Maria Santos' });
  });

  it('finds no names or quotes in another language, and says why', () => {
    const a = analyzer.analyze({
      body: '“Não vamos desistir”, disse Maria Santos, presidente da câmara de Lisboa, na segunda-feira. A cidade vai continuar com o plano para as escolas.',
      captions: [],
      title: null,
    });
    expect(a.entities).toEqual([]);
    expect(a.quotes).toEqual([]);
    expect(a.sentences).toHaveLength(2);
    expect(a.messages).toEqual([
      expect.objectContaining({ kind: 'info', message: expect.stringMatching(/not English/) }),
    ]);
  });

  it('reads a pronoun after a sentence opened by a subordinate clause as its main clause’s person', () => {
    // "When Trump’s advisers suggested …, Mr. Trump wasn’t satisfied. … he said he pressed …": Mr. Trump, not the
    // advisers, opens the main clause the pronoun looks back to.
    const a = analyzer.analyze({
      body: 'When President Trump’s advisers suggested that Beijing resume buying around $20 billion in American farm products as part of a trade deal, Mr. Trump wasn’t satisfied. In a dramatic public retelling in the Cabinet Room, he said he pressed his team to more than triple that figure.',
      captions: [],
      title: null,
    });
    const pressed = a.quotes.find((q) => q.text.includes('his team to more than triple that figure'));
    expect(pressed?.speaker).toBe('Trump');
  });

  it('does not read a later "she" as the person on the far side of a comparison (IndieWire)', () => {
    const a = analyzer.analyze({
      body: 'As it turned out, Steenburgen had spent the last few years toiling away on her own dream of making it in Music City. And despite the many advantages that her fame might have afforded her, she was more nervous about going there than Rose-Lynn Harlan has ever been about anything. “It was terrifying,” she said.',
      captions: [],
      title: null,
    });
    const terrifying = a.quotes.find((q) => q.text.startsWith('It was terrifying'));
    expect(terrifying).toBeDefined();
    expect(terrifying?.speaker ?? '').not.toMatch(/Harlan/);
  });
});

import { describe, expect, it } from 'vitest';
import { findQuotesMarked, personSpec } from './test-helpers.js';

// A paragraph that opens with a quotation and its "he said" carries on the last sentence of the paragraph before:
// the one person of that gender it names is the speaker, unless the name is only a topic (inside a quotation, after
// "like") or another name is the sentence's subject (coref54).

const GARLAND = [personSpec('g', 'Tom Garland', 'Garland')];
const TOUR = 'Tom Garland toured the plant on Monday with his wife.\n\n';

const speakerOf = (body: string, quoted: string): string | null | undefined =>
  findQuotesMarked(body, GARLAND).quotes.find((q) => q.text.startsWith(quoted))?.speaker;

describe('a "he" after a quotation opening its paragraph', () => {
  it('means the one man the sentence before names, though he is not its subject', () => {
    const body = `${TOUR}After the tour, a reporter asked Garland about the tariff plan.\n\n“There should be many plans,” he replied.`;
    expect(speakerOf(body, 'There should be many plans')).toBe('Tom Garland');
  });
  it('does not mean a man named inside the quotation of the sentence before', () => {
    const body = `${TOUR}“The plant failed while Garland stood by,” the union leader said in a statement.\n\n“It is a disgrace,” he said.`;
    expect(speakerOf(body, 'It is a disgrace')).toBeNull();
  });
  it('does not mean a man the sentence before compares its people to', () => {
    const body = `${TOUR}Like Garland, the new hosts start their days at dawn.\n\n“We like to work,” he told me.`;
    expect(speakerOf(body, 'We like to work')).toBeNull();
  });
});

describe('a "he" opening a clause inside its sentence', () => {
  const people = [personSpec('g', 'Tom Garland', 'Garland'), personSpec('r', 'Ruth Vance', 'Vance')];
  const speakerIn = (body: string, quoted: string): string | null | undefined =>
    findQuotesMarked(body, people).quotes.find((q) => q.text.startsWith(quoted))?.speaker;
  const NEXT = `${TOUR}Ruth Vance spoke next. `;
  it('means the one man the sentence names before it', () => {
    const body = `${NEXT}Vance pressed Garland for an hour, until he said the mill would close in May.`;
    expect(speakerIn(body, 'the mill would close')).toBe('Tom Garland');
  });
  it('does not mean him past a person the sentence only describes', () => {
    const body = `${NEXT}Garland's words may have moved the former governor, who spoke for an hour in the school where he first said that the mill had closed.`;
    // ("said", not "learned": what someone learned is not listed since nonspeech59.)
    expect(speakerIn(body, 'that the mill had closed')).toBeNull();
  });
});

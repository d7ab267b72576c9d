import { describe, expect, it } from 'vitest';
import { attributionsMarked, orgSpec, personSpec } from './test-helpers.js';

// Empty speakers on real pages (issue #5): a body the story names by its kind ("the brokerage said", "the production
// company said", "according to the agency", "…,” said the company.") stands for the one business or body named just
// before, as "the company said" already did; never for an earlier statement's maker when the nearest one is nameless.
const SPECS = [
  orgSpec('hf', 'Harlow Freight'),
  orgSpec('da', 'Daventry Analytics'),
  orgSpec('pm', 'Pellmark'),
  personSpec('mo', 'Mira Okafor', 'Okafor'),
];
const speakerOf = (body: string, start: string) =>
  attributionsMarked(body, SPECS).find((a) => a.text.startsWith(start))?.speaker ?? null;
const OPENING = 'Harlow Freight expects its orders to slow in the spring.\n\n';

describe('a body named by its kind', () => {
  it('"the brokerage said" after its content is the business named before', () => {
    const body = `${OPENING}A longer slowdown could hurt its margins, the brokerage said.`;
    expect(speakerOf(body, 'A longer slowdown')).toBe('Harlow Freight');
  });

  it('"the logistics company said": a word of its trade before the kind', () => {
    const body = `${OPENING}“We are careful about the next quarter,” the logistics company said.`;
    expect(speakerOf(body, 'We are careful')).toBe('Harlow Freight');
  });

  it('"according to the agency" and "said the company" after the verb', () => {
    expect(speakerOf(`${OPENING}Shipments rose by a tenth, according to the agency.`, 'Shipments rose')).toBe(
      'Harlow Freight',
    );
    expect(speakerOf(`${OPENING}“We are careful,” said the company.`, 'We are careful')).toBe(
      'Harlow Freight',
    );
  });

  it('"The agency said in a statement that …" before the verb', () => {
    const body = `${OPENING}The agency said in a statement that it had cut three routes.`;
    expect(speakerOf(body, 'that it had cut')).toBe('Harlow Freight');
  });

  it('is no one when another business was named too, or when the kind is set apart ("the rival firm")', () => {
    const two = 'Harlow Freight and Daventry Analytics expect orders to slow.\n\n';
    expect(
      speakerOf(`${two}Shipments rose by a tenth, according to the agency.`, 'Shipments rose'),
    ).toBeNull();
    expect(speakerOf(`${OPENING}“We are careful,” the rival firm said.`, 'We are careful')).toBeNull();
    expect(speakerOf(`${OPENING}“We are careful,” said the company’s driver.`, 'We are careful')).not.toBe(
      'Harlow Freight',
    );
  });

  it('is a person at the body, not the body, when a word comes right before it ("an analyst at the brokerage")', () => {
    const body = `${OPENING}An analyst at the brokerage said that margins would fall.`;
    expect(speakerOf(body, 'that margins would fall')).not.toBe('Harlow Freight');
    const paper =
      'Speaking to Harlow Freight, a senior official in the Ministry said the plan was under review.';
    expect(speakerOf(paper, 'the plan was under review')).not.toBe('Harlow Freight');
  });
});

describe('"the statement read" after a nameless statement', () => {
  it('is not the maker of an earlier statement', () => {
    const body =
      'Harlow Freight denied it.\n\n“We did nothing wrong,” Harlow Freight said in a statement.\n\nOn Friday, Okafor ' +
      'accused Daventry Analytics and Pellmark of lying.\n\nThe company denied the claims in a statement.\n\n' +
      '“We are shocked,” the statement read.';
    expect(speakerOf(body, 'We did nothing wrong')).toBe('Harlow Freight');
    expect(speakerOf(body, 'We are shocked')).toBeNull();
  });

  it('is the maker of the nearest statement when it is named', () => {
    const body =
      'Harlow Freight denied it.\n\n“We did nothing wrong,” Harlow Freight said in a statement.\n\n' +
      '“We are shocked,” the statement read.';
    expect(speakerOf(body, 'We are shocked')).toBe('Harlow Freight');
  });
});

import { describe, expect, it } from 'vitest';
import {
  type EntitySpec,
  findQuotesMarked,
  listedMarked as listed,
  orgSpec,
  personSpec,
} from './test-helpers.js';

// Institutions and countries named together as one subject (attribute/coordinated-bodies.ts), as in a seed's "The
// European Union and the United States have long accused Lukashenko of …". Invented sentences.

const place = (id: string, name: string): EntitySpec => ({ id, name, type: 'place', forms: [name] });

describe('"X and Y said" where an institution or a country takes part', () => {
  const specs = [
    orgSpec('w', 'World Bank'),
    place('f', 'Freedonia'),
    orgSpec('c', 'Coastal Union'),
    place('m', 'Marovia'),
    personSpec('r', 'Rhea Lund'),
  ];

  it('is the whole group’s, not the last member’s alone', () => {
    const body = 'The World Bank and Freedonia have long accused the junta of rigging the census.';
    expect(listed(body, specs)).toEqual([['the junta of rigging the census', 'World Bank and Freedonia']]);
  });

  it('still cites each institution and country of the group', () => {
    const body = 'The World Bank and Freedonia have long accused the junta of rigging the census.';
    const cited = findQuotesMarked(body, specs).citations.map((c) => [c.name, c.entity]);
    expect(cited).toEqual([
      ['World Bank', 'w'],
      ['Freedonia', 'f'],
    ]);
  });

  it('takes every member of a list of three', () => {
    const body = 'Marovia, the Coastal Union and Freedonia warned that the dam would flood the valley.';
    expect(listed(body, specs)).toEqual([
      ['that the dam would flood the valley', 'Marovia, Coastal Union and Freedonia'],
    ]);
  });

  it('is the group’s after a quotation ("“…,” X and Y said")', () => {
    const body = '"The census was rigged," the World Bank and Freedonia said in a joint statement.';
    expect(listed(body, specs)).toEqual([['The census was rigged,', 'World Bank and Freedonia']]);
  });

  it('is the group’s after the verb ("…, said X and Y")', () => {
    const body = '"The census was rigged," said the World Bank and Freedonia.';
    expect(listed(body, specs)).toEqual([['The census was rigged,', 'World Bank and Freedonia']]);
  });

  it('is the group’s after "according to"', () => {
    const body = 'The census was rigged, according to the World Bank and Freedonia.';
    expect(listed(body, specs)).toEqual([['The census was rigged', 'World Bank and Freedonia']]);
  });

  it('takes a person named with an institution', () => {
    const body = 'Rhea Lund and the Coastal Union said the audit had been rushed.';
    expect(listed(body, specs)).toEqual([['the audit had been rushed', 'Rhea Lund and Coastal Union']]);
  });

  it('gives a later "they" to the whole group', () => {
    const body =
      'The World Bank and Freedonia said the loan terms were fair. They said the first payment was due in May.';
    expect(listed(body, specs)).toEqual([
      ['the loan terms were fair', 'World Bank and Freedonia'],
      ['the first payment was due in May', 'World Bank and Freedonia'],
    ]);
  });

  it('gives a later "it" to no one rather than to one member', () => {
    const body =
      'The World Bank and Freedonia said the loan terms were fair. It said the first payment was due in May.';
    expect(listed(body, specs)).toEqual([
      ['the loan terms were fair', 'World Bank and Freedonia'],
      ['the first payment was due in May', null],
    ]);
  });

  it('is the last member’s where a comma before "and" joins two clauses', () => {
    const body = 'The talks stalled in Marovia, and Freedonia said the border would stay closed.';
    expect(listed(body, specs)).toEqual([['the border would stay closed', 'Freedonia']]);
  });
});

describe('"they" after people named together (coordinatedPeople\'s groups)', () => {
  const specs = [personSpec('r', 'Rhea Lund'), personSpec('o', 'Omar Pike')];

  it('is the whole group, not left without a speaker', () => {
    const body =
      'Rhea Lund and Omar Pike said the audit had been rushed. The county must repeat it next spring, they said.';
    expect(listed(body, specs)).toEqual([
      ['the audit had been rushed', 'Rhea Lund and Omar Pike'],
      ['The county must repeat it next spring', 'Rhea Lund and Omar Pike'],
    ]);
  });
});

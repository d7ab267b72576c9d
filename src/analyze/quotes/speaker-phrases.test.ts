import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { type EntitySpec, markEntities } from './test-helpers.js';

// Who speaks in a phrase that names a place or an organization before the person ("said Anchorage businessman ...").
const quotesOf = (body: string, specs: EntitySpec[]) => {
  const { mentions, entities } = markEntities(body, specs);
  return findQuotes({ body, sentences: [], mentions, entities }).quotes;
};

describe('speakers named after titles that open with a place', () => {
  it('gives the quote to the person after two titles joined by "and", not to the place before them', () => {
    const [q] = quotesOf(
      '“In July alone, they lost $300,000,” said Anchorage businessman and blogger Andrew Halcro.',
      [
        { id: 'anc', name: 'Anchorage', type: 'place', forms: ['Anchorage'] },
        { id: 'hal', name: 'Andrew Halcro', type: 'person', forms: ['Andrew Halcro'] },
      ],
    );
    expect(q).toMatchObject({ kind: 'direct', speaker: 'Andrew Halcro', speakerEntity: 'hal' });
  });
});

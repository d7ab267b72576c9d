import { describe, expect, it } from 'vitest';
import { listedMarked, personSpec, sourcedMarked } from './test-helpers.js';

// Recall (issue #5): criticism a clause's subject draws or faces ("The levy has drawn criticism from shopkeepers")
// is the active form of "was criticized by": the critics after "from" hold the view, and what they criticize, the
// subject and the reason after "for" or "over", is its content.
describe('criticism a subject draws or faces', () => {
  it('gives the subject to the critics after "from"', () => {
    expect(
      sourcedMarked('The council passed a levy. The levy has drawn sharp criticism from harbor shopkeepers.'),
    ).toEqual([['The levy', 'harbor shopkeepers']]);
  });

  it('takes the reason after "for" as a second piece, even after "even from"', () => {
    expect(
      sourcedMarked(
        'Mayor Ella Brandt has faced criticism even from within her own council for closing the ferry pier.',
        [personSpec('e', 'Ella Brandt', 'Brandt')],
      ),
    ).toEqual([
      ['Mayor Ella Brandt', 'within her own council'],
      ['for closing the ferry pier', 'within her own council'],
    ]);
  });

  it('reads a named critic and leaves the source empty when no one is named', () => {
    expect(
      sourcedMarked('Ella Brandt initially came under fire from Tom Weller over the pier.', [
        personSpec('e', 'Ella Brandt', 'Brandt'),
        personSpec('t', 'Tom Weller', 'Weller'),
      ]),
    ).toEqual([
      ['Ella Brandt', 'Tom Weller'],
      ['the pier', 'Tom Weller'],
    ]);
    expect(sourcedMarked('The new toll is drawing criticism after the bridge closed.')).toEqual([
      ['The new toll', ''],
    ]);
  });

  it('reads the subject of an adverbial clause, and its reason up to the clause end', () => {
    expect(
      sourcedMarked('As the harbor board faced public criticism over the toll, one member resigned.'),
    ).toEqual([
      ['the harbor board', ''],
      ['the toll', ''],
    ]);
  });

  it('leaves gunfire and attacks with no reason alone, and a relative clause', () => {
    expect(sourcedMarked('The convoy came under fire from rebels near the river.')).toEqual([]);
    expect(sourcedMarked('The outpost came under attack at dawn.')).toEqual([]);
    // (The relative's own subject is "which": no frame gives "The levy" as criticized here.)
    expect(
      sourcedMarked('The levy, which has drawn criticism from shopkeepers, passed.').map(([text]) => text),
    ).not.toContain('The levy');
  });

  it('is not listed in who-said-what: the content is what was criticized, not what the critics said', () => {
    const specs = [personSpec('e', 'Ella Brandt', 'Brandt'), personSpec('t', 'Tom Weller', 'Weller')];
    const body =
      'Ella Brandt came under fire from Tom Weller over the pier. Weller said the pier was unsafe.';
    expect(sourcedMarked(body, specs)).toContainEqual(['Ella Brandt', 'Tom Weller']);
    expect(listedMarked(body, specs)).toEqual([['the pier was unsafe', 'Tom Weller']]);
  });
});

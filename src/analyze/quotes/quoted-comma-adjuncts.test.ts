import { describe, expect, it } from 'vitest';
import { attributionsMarked, personSpec } from './test-helpers.js';

// Named speakers (issue #5): an opening participle whose words end in a quotation closed on its comma ("Citing …
// the “cost of waiting,” Whitfield urged …") reports up to that closing mark; the masked text hides the comma, and
// the content ran on over the main clause's subject, which then said none of it.
const WHITFIELD = [personSpec('dw', 'Dana Whitfield', 'Dana Whitfield', 'Whitfield')];
const spoken = (body: string) =>
  attributionsMarked(body, WHITFIELD).map((a) => [a.text, a.speaker] as [string, string | null]);

describe('an opening participle whose words end in a quotation closed on its comma', () => {
  it('reports the quotation whole and names the main clause’s subject', () => {
    const said = spoken(
      'Dana Whitfield spoke on Monday.\n\nCiting the storm as a warning to the “complacent people of the coast,” Whitfield urged the council to act.',
    );
    expect(said).toContainEqual([
      'the storm as a warning to the “complacent people of the coast,”',
      'Dana Whitfield',
    ]);
    expect(said.some(([text]) => text.includes('urged'))).toBe(false);
  });

  it('still ends before a plain comma when no quotation closes the words', () => {
    const said = spoken(
      'Dana Whitfield spoke on Monday.\n\nCiting the storm as a warning to the complacent people of the coast, Whitfield urged the council to act.',
    );
    expect(said).toContainEqual([
      'the storm as a warning to the complacent people of the coast',
      'Dana Whitfield',
    ]);
  });
});

// Hover cards that templates tuck into running text behind a linked name: the name stays, the card goes.
import type { El, Node } from './dom.js';

// The card's own call to action, printed in capitals: "MORE", "READ MORE", "SEE MORE »".
const MORE_WORD = /^(?:(?:READ|SEE|VIEW|SHOW)\s+)?MORE\s*[»›>…]?$/;

function linkTexts(el: El, inLink: boolean, out: string[]): boolean {
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (!/\S/.test(c)) continue;
      // Words of its own outside a link: the box is part of the sentence, not a card.
      if (!inLink) return false;
      out[out.length - 1] += c;
      continue;
    }
    const opens = !inLink && c.tag === 'a';
    if (opens) out.push('');
    if (!linkTexts(c, inLink || c.tag === 'a', out)) return false;
  }
  return true;
}

const previousElement = (siblings: Node[], i: number): El | null => {
  for (let j = i - 1; j >= 0; j--) {
    const s = siblings[j];
    if (typeof s !== 'string') return s;
    // Words between the name and the box mean the box does not hang on the name.
    if (/\S/.test(s)) return null;
  }
  return null;
};

/**
 * A non-link inline element made only of links, the last of them an all-caps "MORE", right after a link
 * (the person's name): a card of the person's latest headlines that the page shows on hover. Read as text it
 * glues headlines and "MORE" into the sentence ("Rep. Jane Roe Jane Roe Some headline MORE (D-Ohio) said…").
 */
export function isNameHoverCard(siblings: Node[], i: number, isInline: (tag: string) => boolean): boolean {
  const el = siblings[i];
  if (typeof el === 'string' || el.tag === 'a' || !isInline(el.tag)) return false;
  if (previousElement(siblings, i)?.tag !== 'a') return false;
  const links: string[] = [];
  if (!linkTexts(el, false, links)) return false;
  const words = links.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return words.length > 0 && MORE_WORD.test(words[words.length - 1]);
}

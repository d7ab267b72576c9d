// News-aware sentence splitter over tokens: titles, acronyms, initials and closing quotes handled.

import type { Span } from '../../model/index.js';
import { dotInsideCapsName } from './caps-names.js';
import { TITLE_ABBREVIATIONS, type Token, tokenize } from './tokenize.js';

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '}', '\u00bb', '\u203a']);
const OPENERS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '\u00ab', '\u2039', '\u2014', '-']);
const ENDERS = new Set(['.', '!', '?', '...', '\u2026', '?!', '!?']);

/** Words that open sentences often enough that "U.S. The" is a boundary, though "U.S. President" is not. */
const STARTERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'In',
  'On',
  'At',
  'For',
  'With',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'As',
  'There',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'However',
  'Meanwhile',
  'Also',
  'Earlier',
  'Later',
  'Last',
  'On',
  'According',
  'Then',
  'Since',
  'Although',
  'Despite',
  'What',
  'Why',
  'How',
  'Who',
  'Where',
  'Some',
  'Many',
  'Most',
]);

const startsUpperOrDigit = (s: string): boolean => /^[\p{Lu}\p{N}]/u.test(s);

/** Sentence spans over `text`; paragraph and line breaks always end a sentence. */
export function splitSentences(text: string): Span[] {
  return splitSentencesFromTokens(text, tokenize(text));
}

/** As `splitSentences`, reusing tokens already computed for `text`. */
export function splitSentencesFromTokens(text: string, tokens: Token[]): Span[] {
  const spans: Span[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last >= first) spans.push({ start: tokens[first].start, end: tokens[last].end });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    // A line break between two tokens always ends the sentence.
    if (text.slice(t.end, next.start).includes('\n')) {
      close(i);
      continue;
    }
    let boundary = false;
    let last = i;
    if (ENDERS.has(t.text)) {
      // Attach closing quotes and brackets: `... over.” He said` ends after the quote.
      let k = i + 1;
      while (k < tokens.length && CLOSERS.has(tokens[k].text) && tokens[k].start === tokens[k - 1].end) k++;
      last = k - 1;
      const after = tokens[k];
      if (!after) break;
      if (text.slice(tokens[last].end, after.start).includes('\n')) boundary = true;
      else if (startsUpperOrDigit(after.text)) boundary = true;
      else if (OPENERS.has(after.text) && tokens[k + 1] && startsUpperOrDigit(tokens[k + 1].text))
        boundary = true;
      if (after.start === tokens[last].end && !OPENERS.has(after.text)) boundary = false;
      if (t.text === '.' && last === i && dotInsideCapsName(text, t.start)) boundary = false;
    } else if (t.text.length > 1 && t.text.endsWith('.')) {
      // A token that swallowed its period: "U.S.", "Inc.", "J.", "Rep."
      const word = t.text.slice(0, -1);
      const lower = word.toLowerCase();
      if (TITLE_ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word)) boundary = false;
      else if (STARTERS.has(next.text)) boundary = true;
      else if (
        OPENERS.has(next.text) &&
        next.text !== '(' &&
        tokens[i + 2] &&
        startsUpperOrDigit(tokens[i + 2].text)
      )
        boundary = true;
    }
    if (boundary) {
      close(last);
      i = last;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return spans;
}

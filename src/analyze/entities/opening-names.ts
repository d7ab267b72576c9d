// A name opening a sentence before a verb of saying, which the tagger left out: "Hezbollah said in a statement …",
// "Maduro told teleSUR …", a headline "Starmer: 'We will rebuild Britain'". A capital that opens a sentence tells the
// tagger nothing, and a one-sentence text gives it no other sentence to learn the word from; the same word after a
// neutral opening ("On Monday, Hezbollah said …") is tagged, and typed, as the tagger would mid-sentence.

import { type NerModel, recognize } from '../ner/index.js';
import type { Token } from '../text/index.js';
import type { TaggedSpan } from './analyze.js';

/** Verbs of saying after which the word before is their speaker ("Xi said", "Lavrov told", "Modi highlighted"). */
const SAYING = new Set(
  'said says told tells added adds wrote writes tweeted warned warns noted stressed highlighted accused urged urges announced insisted argued explained replied responded confirmed denied claimed vowed declared'.split(
    ' ',
  ),
);

/** A capitalised word of letters: "Hezbollah", "Xi", "Tumblr" (not "US", "ISIS", "3M"). */
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;

/** The opening the word is tagged after, as it would stand mid-sentence. */
const LEAD: Token[] = ['On', 'Monday', ','].map((text, i) => ({ text, start: i, end: i + 1 }) as Token);

/** Words of the sentence after the name that the second look reads: enough for the context features. */
const CONTEXT_WORDS = 8;

/**
 * Whether what follows a colon is a headline's words: a quotation, or a clause with three lowercase words at least
 * ("Lavrov: West is waging a hybrid war"), not a table row's label ("Attendence: 9,000", "Heifers: Select and
 * Choice 2-3, 1150 lbs").
 */
function headlineAfterColon(toks: Token[]): boolean {
  if (/^["'“‘]$/u.test(toks[2].text)) return true;
  let words = 0;
  for (let i = 2; i < toks.length && words < 3; i++) if (/^\p{Ll}{2,}$/u.test(toks[i].text)) words++;
  return words >= 3;
}

/**
 * The tagger's spans of a sentence with the name that opens it added, where it opens the sentence before a verb of
 * saying (or a headline's colon) untagged. Only a word the model does not know as mostly lower case is looked at
 * again ("Officials said", "Police said" are no names), and the tagger decides: "Sorry said" stays untagged.
 */
export function withOpeningSpeaker(model: NerModel, toks: Token[], found: TaggedSpan[]): TaggedSpan[] {
  if (toks.length < 3) return found;
  const next = toks[1].text;
  // ("Lavrov was quoted by TASS as saying …": the passive of quoting names its speaker first too.)
  if (!(SAYING.has(next) || next === ':' || (next === 'was' && toks[2].text === 'quoted'))) return found;
  const word = toks[0].text;
  if (!CAPITALISED_WORD_RE.test(word)) return found;
  if (found.length > 0 && found[0].tokenStart === 0) return found;
  const bin = model.resources.capitalization.get(word.toLowerCase());
  if (bin !== undefined && bin <= 2) return found;
  if (next === ':' && !headlineAfterColon(toks)) return found;
  // A headline's colon reads as a verb of saying to the tagger ("Lavrov: West is waging …" is one name otherwise).
  const rest = next === ':' ? [{ ...toks[1], text: 'said' }] : toks.slice(1, 1 + CONTEXT_WORDS);
  const [spans] = recognize(model, [[...LEAD, toks[0], ...rest]]);
  const at = LEAD.length;
  const sp = spans.find((s) => s.tokenStart === at && s.tokenEnd === at + 1);
  if (!sp) return found;
  return [{ tokenStart: 0, tokenEnd: 1, type: sp.type }, ...found];
}

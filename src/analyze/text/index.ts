// Door of the text stage: tokens and sentences, the ground every other analysis stands on.

export { dotInsideCapsName } from './caps-names.js';
export { looksEnglish } from './language.js';
export { splitSentences, splitSentencesFromTokens } from './sentences.js';
export { ABBREVIATIONS, TITLE_ABBREVIATIONS, type Token, tokenize } from './tokenize.js';

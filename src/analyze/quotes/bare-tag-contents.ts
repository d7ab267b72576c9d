// "“You’ve beaten some really good teams,” he said he told them.": after a quotation's closing mark, a tag may report
// another tag — the speaker says he told them the quoted words. What the outer verb reports is then only that inner
// tag, which holds no words of the speaker's own; the quotation before it is what was said (span59, issue #5, a real
// page listed «he said he told them» as the coach's quote and his quotation with no speaker). The listing only.

import { SPEECH_BASES } from './attribute/cue-patterns.js';
import { newAttribution } from './attribute/types.js';
import type { Attribution } from './attribute.js';
import { cueForm } from './lexicon.js';

/** A subject pronoun and a verb, once or more, then at most a pronoun or "reporters" as its listener: "he told them". */
const BARE_TAG_RE =
  /^(?:(?:he|she|they|we|I)\s+(\p{Ll}+)\s+)*(?:he|she|they|we|I)\s+(\p{Ll}+)(?:\s+(?:them|him|her|us|me|you|reporters))?[.,]?$/u;

/** A quotation's closing mark, then the words of a tag up to the cue: "…,” he ", "…,” Coach Varga ". */
const AFTER_CLOSED_QUOTATION_RE = /[,!?]["”’']+\s+[^\s.!?"”“][^.!?"”“]{0,60}$/;

/** Whether an indirect quote's text is nothing but another tag, of listed verbs of speech. */
function bareTag(text: string): boolean {
  const m = BARE_TAG_RE.exec(text.trim());
  if (!m) return false;
  const verbs = text
    .trim()
    .split(/\s+/)
    .filter((_, i, words) => i > 0 && /^(?:he|she|they|we|I)$/.test(words[i - 1]));
  return verbs.every((v) => SPEECH_BASES.has(cueForm(v.replace(/[.,]$/, ''))?.base ?? ''));
}

/**
 * Drops an indirect quote that is only a tag reported by the tag of the quotation right before it ("“…,” he said he
 * told them"), and gives that quotation its speaker where it had none.
 */
export function withBareTagsAsTags(quotes: Attribution[], body: string): Attribution[] {
  const bare = quotes.filter(
    (a) =>
      a.kind === 'indirect' &&
      a.cue !== null &&
      a.cue.end <= a.start &&
      bareTag(a.text) &&
      AFTER_CLOSED_QUOTATION_RE.test(body.slice(Math.max(0, a.cue.start - 80), a.cue.start)),
  );
  if (bare.length === 0) return quotes;
  return quotes.flatMap((q) => {
    if (bare.includes(q)) return [];
    const tag = q.kind !== 'indirect' && q.speaker === null && bare.find((a) => taggedBy(q, a, body));
    return tag
      ? [newAttribution({ ...q, speaker: tag.speaker, speakerEntity: tag.speakerEntity, via: tag.via })]
      : [q];
  });
}

/** Whether quotation q closes right before the tag that holds the bare content a: only the tag's words between. */
const taggedBy = (q: Attribution, a: Attribution, body: string): boolean =>
  q.end <= a.cue!.start && AFTER_CLOSED_QUOTATION_RE.test(body.slice(q.end - 1, a.cue!.start));

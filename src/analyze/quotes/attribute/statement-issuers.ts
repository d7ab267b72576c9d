// "Big Machine Records issued a statement …. The statement, which was obtained by Variety, claimed …", "“…,” the
// statement read": a statement named as issued by someone speaks for them, as one said "in a statement" does.

import { fromMention, typeOfMention } from './entities.js';
import type { Finder } from './finder.js';
import { type Subject, spanning } from './types.js';

/** How far back an issued statement is looked for (characters): about three short paragraphs. */
const ISSUED_WINDOW = 1500;

/** "issued a statement", "released a joint statement", "put out a brief statement": its verb's start is the match's. */
const ISSUED_STATEMENT_RE =
  /\s(?:has\s+|have\s+|had\s+)?(?:issued|released|put\s+out|published|posted|sent\s+out)\s+(?:a|an)\s+(?:(?:brief|short|joint|new|separate|written|lengthy|formal|public)\s+)?statement\b/g;

/**
 * The one who issued the nearest statement before `start` ("Big Machine Records issued a statement"), spanning
 * [start, end), or null when no statement is issued there by a named person or body right before its verb.
 */
export function statementIssuerBefore(fx: Finder, start: number, end: number): Subject | null {
  const from = Math.max(0, start - ISSUED_WINDOW);
  const text = fx.masked.slice(from, start);
  let last = -1;
  ISSUED_STATEMENT_RE.lastIndex = 0;
  for (let m = ISSUED_STATEMENT_RE.exec(text); m; m = ISSUED_STATEMENT_RE.exec(text)) last = m.index;
  if (last < 0) return null;
  const issuer = fx.index.byEnd.get(from + last);
  if (!issuer) return null;
  const type = typeOfMention(fx, issuer);
  if (type !== 'organization' && type !== 'person') return null;
  return spanning(fromMention(fx, issuer), start, end);
}

/** A subject that is "the statement" alone (the subject search may have skipped a relative clause after it). */
const THE_STATEMENT_RE = /^the\s+statement$/i;

/**
 * The subject as found, or, where it is "the statement" with no speaker ("The statement, which was obtained by
 * Variety, claimed …"), the one who issued the nearest statement before it.
 */
export function withStatementIssuer(fx: Finder, subject: Subject): Subject {
  if (subject.speaker !== null || subject.end - subject.start > 14) return subject;
  if (!THE_STATEMENT_RE.test(fx.masked.slice(subject.start, subject.end))) return subject;
  return statementIssuerBefore(fx, subject.start, subject.end) ?? subject;
}

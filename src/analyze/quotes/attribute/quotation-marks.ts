// A quotation's marks as part of its content: PolNeAR marks “Denver,” with its marks (train: 3,960 contents open on
// a mark, 18 just after one), so the content of an attribution that is a quotation's words holds the marks around
// them, while who-said-what and the attribution's own span and text keep the words alone.

import type { Span } from '../../../model/index.js';
import type { QuotedSpan } from '../marks.js';
import type { Attribution } from './types.js';

/**
 * Each attribution that opens on a quotation's first word holds its opening mark, and, when it also ends on that
 * quotation's last word (the quotation closed), its closing mark. A content that goes on past the quotation
 * (Attribution.quotationEnd) holds no closing mark.
 */
export function withQuotationMarks(attributions: Attribution[], quoted: QuotedSpan[]): void {
  if (quoted.length === 0) return;
  const byInnerStart = new Map<number, QuotedSpan>();
  for (const q of quoted) if (q.innerStart > q.open) byInnerStart.set(q.innerStart, q);
  for (const a of attributions) {
    const q = byInnerStart.get(a.start);
    if (!q) continue;
    const close = q.closed && a.end === q.innerEnd && a.quotationEnd === undefined ? q.close - q.innerEnd : 0;
    a.marks = [q.innerStart - q.open, close];
  }
}

/**
 * An attribution's content as PolNeAR marks it: its span with the quotation marks it holds, from the one quoted
 * on after "X quoted Y as saying" (quotedFrom), from a passive's subject or a moved object's relative word (subjectFrom),
 * and on past a quotation's tag (contentEnd).
 */
export const contentSpan = (a: Attribution): Span => {
  const start = a.quotedFrom ?? a.subjectFrom ?? (a.marks ? a.start - a.marks[0] : a.start);
  return { start, end: a.contentEnd ?? (a.marks ? a.end + a.marks[1] : a.end) };
};

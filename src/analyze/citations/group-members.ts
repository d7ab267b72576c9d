// The members of a group that speaks together ("The European Union and the United States have long accused …"):
// the quote's speaker is the group, with no one entity (analyze/quotes attribute/coordinated-bodies.ts), while the
// article still relies on each institution or country in it, which is cited on its own.

import type { LocalEntity, Mention, Span } from '../../model/index.js';

/**
 * The mentions of institutions and places inside a group subject's span, in order: at least two of them, or none
 * where the subject names one entity or its speaker is no list joined by "and".
 */
export function groupMembers(
  subject: Span & { speaker: string | null; entity: string | null; kind: string },
  mentions: readonly Mention[],
  entityById: ReadonlyMap<string, LocalEntity>,
): Mention[] {
  if (subject.entity || subject.kind !== 'organization' || !subject.speaker?.includes(' and ')) return [];
  const members: Mention[] = [];
  for (const m of mentions) {
    if (m.start < subject.start || m.end > subject.end) continue;
    const type = entityById.get(m.entity)?.type ?? m.type;
    if (type === 'organization' || type === 'place') members.push(m);
  }
  return members.length >= 2 ? members : [];
}

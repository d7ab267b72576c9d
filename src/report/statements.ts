// Claims as readers count them: one entry per statement, not one per checkable core.

import type { ClaimRecord } from '../store/types.js';

/**
 * Groups the claims of one statement: a sentence with two checkable cores ("the 65-year-old ... removed them in
 * 2016") makes two claims, which read as the same line twice unless those with the same text and the same
 * articles are shown together. Groups keep the order of their first claim.
 */
export function groupByStatement(claims: ClaimRecord[]): ClaimRecord[][] {
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const statement = `${c.text}\u0000${[...c.articles].sort().join(' ')}`;
    const group = groups.get(statement);
    if (group) group.push(c);
    else groups.set(statement, [c]);
  }
  return [...groups.values()];
}

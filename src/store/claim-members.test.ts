import { describe, expect, it } from 'vitest';
import { claimMembersToWrite } from './claim-members.js';

describe('claimMembersToWrite', () => {
  const batch = new Set(['d', 'e']);

  it('writes every member of a claim the store does not hold yet', () => {
    expect(claimMembersToWrite(['a', 'd'], undefined, batch)).toEqual(['a', 'd']);
  });

  it('writes only the batch articles of a stored claim that grew by them', () => {
    expect(claimMembersToWrite(['a', 'b', 'c', 'd', 'e'], 3, batch)).toEqual(['d', 'e']);
  });

  it('falls back to every member when the stored size does not account for the rest', () => {
    // 'c' joined outside this batch (a restored linker regrouped it): the stored rows may lack it.
    expect(claimMembersToWrite(['a', 'b', 'c', 'd'], 2, batch)).toEqual(['a', 'b', 'c', 'd']);
  });
});

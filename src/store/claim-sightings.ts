// Claim sightings in their own table, appended per link batch: the order they are read back in, for both stores.
import type { ClaimRecord } from './types.js';

/**
 * The sort key of a sighting: its publication time in ms, null when undated or unreadable. Sightings are read back
 * by this key, undated last, ties in the order they were appended: the order the claim tracker keeps them in.
 */
export function sightingTime(published: string | null): number | null {
  if (published === null) return null;
  const t = Date.parse(published);
  return Number.isFinite(t) ? t : null;
}

/** One sighting as the columns of claim_sightings, in table order: the one row shape both stores write. */
export function sightingRow(claim: string, t: ClaimRecord['timeline'][number]) {
  return [
    claim,
    t.article,
    t.published,
    sightingTime(t.published),
    t.outlet,
    t.start,
    t.end,
    t.text,
  ] as const;
}

/**
 * The claims a restore must reload (both stores, one `?` for the window start in ms): those sighted inside the
 * window, and those sighted only undated, whose place in time is unknown.
 */
export const OPEN_CLAIMS_SQL = `SELECT * FROM claims WHERE id IN (
    SELECT claim FROM claim_sightings WHERE t >= ?
    UNION
    SELECT s.claim FROM claim_sightings s WHERE s.t IS NULL
      AND NOT EXISTS (SELECT 1 FROM claim_sightings d WHERE d.claim = s.claim AND d.t IS NOT NULL))
  ORDER BY id`;

// Who said what: quotes grouped by the speaker they resolve to, for every view that lists them.

import type { QuoteRecord } from '../store/types.js';

export interface SpeakerGroup {
  speaker: string | null;
  speaker_entity: string | null;
  quotes: QuoteRecord[];
}

/**
 * Quotes grouped by speaker, most quoted first; unattributed quotes last. A group is a speaker entity ("Putin" and
 * "Vladimir Putin") or, without one, a label as written; a label written the same way is one group whatever entity
 * each article resolved it to: the entity stage resolves names within an article, and a story's articles may give
 * one speaker two entities (a person in one, an organization in another) or none, which listed "Taylor Swift (7)"
 * and "Taylor Swift (2)" apart under one story.
 */
export function groupBySpeaker(quotes: QuoteRecord[]): SpeakerGroup[] {
  const groups: SpeakerGroup[] = [];
  const byKey = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const label = q.speaker ? `name:${nameKey(q.speaker)}` : q.speaker_entity ? null : '';
    let g =
      (q.speaker_entity ? byKey.get(q.speaker_entity) : undefined) ??
      (label !== null ? byKey.get(label) : undefined);
    if (!g) {
      g = { speaker: q.speaker, speaker_entity: q.speaker_entity, quotes: [] };
      groups.push(g);
    }
    if (q.speaker_entity && !byKey.has(q.speaker_entity)) byKey.set(q.speaker_entity, g);
    if (label !== null && !byKey.has(label)) byKey.set(label, g);
    g.quotes.push(q);
  }
  return groups.sort(
    (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.quotes.length - a.quotes.length,
  );
}

/**
 * An unresolved speaker as written, folded so that one label is one group: case, curly and straight apostrophes,
 * spacing and a leading "the" ("The Clinton campaign", "Clinton campaign"; "Clinton’s campaign", "Clinton's campaign").
 */
function nameKey(speaker: string): string {
  return speaker.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim();
}

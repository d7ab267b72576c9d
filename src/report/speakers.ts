// Who said what: quotes grouped by the speaker they resolve to, for every view that lists them.

import type { QuoteRecord } from '../store/types.js';

export interface SpeakerGroup {
  speaker: string | null;
  speaker_entity: string | null;
  quotes: QuoteRecord[];
}

/** Quotes grouped by speaker, most quoted first; unattributed quotes last. */
export function groupBySpeaker(quotes: QuoteRecord[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const key = q.speaker_entity ?? (q.speaker ? `name:${nameKey(q.speaker)}` : '');
    let g = groups.get(key);
    if (!g) {
      g = { speaker: q.speaker, speaker_entity: q.speaker_entity, quotes: [] };
      groups.set(key, g);
    }
    g.quotes.push(q);
  }
  return [...groups.values()].sort(
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

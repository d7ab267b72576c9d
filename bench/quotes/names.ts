// Fallback entity finder for the benchmark: capitalised name runs, titles split off, surnames linked.

import type { EntityType, LocalEntity, Mention } from '../../src/model/index.js';
import { option } from './options.js';

const TITLES =
  /^(?:President|Vice|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mr\.|Mrs\.|Ms\.|Dr\.|Secretary|Speaker|Gen\.|General|Judge|Justice|Mayor|Prime|Minister|Chairman|Chairwoman|Director|Attorney|Former|Candidate|Democrat|Republican|Democratic|GOP|Sheriff|Pope|Rev\.|Chief|Leader)$/;
const ORG_WORDS =
  /\b(?:Party|Committee|Department|Post|Times|News|Campaign|House|Senate|Congress|Ministry|Council|Union|Agency|Association|Institute|University|Corp|Inc|Foundation|Bureau|Court|Commission|Journal|Network|Center|Centre|Office|Administration|Service|Group|Club|Press|Tribune|Herald|Magazine|Fund|Bank|Company)\b/;
const STOP = new Set(
  'The A An In On At As But And Or If When While After Before This That These Those It He She They We I You His Her Their Our My Its There Here What Who Why How Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December According Also Still Now Then So Yet However Meanwhile Some Many Most More One Two Three'.split(
    ' ',
  ),
);

export function fallbackEntities(text: string): { mentions: Mention[]; entities: LocalEntity[] } {
  const mentions: Mention[] = [];
  const entities = new Map<string, LocalEntity>();
  // Inner dots ("U.S.") and title dots ("Sen.") stay inside a name; a sentence end ("Russia. The EU") does not.
  const re =
    /(?:[A-Z](?:[\p{L}’'-]|\.(?=\p{L}))*\.?(?<=(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z])\.|[^.])|[A-Z]\.)(?:\s+(?:of\s+the\s+|of\s+|de\s+)?(?:[A-Z](?:[\p{L}’'-]|\.(?=\p{L}))*\.?(?<=(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|[A-Z])\.|[^.])|[A-Z]\.))*/gu;
  for (const m of text.matchAll(re)) {
    let start = m.index ?? 0;
    const words = m[0].split(/\s+/);
    const roles: string[] = [];
    while (words.length > 1 && (TITLES.test(words[0]) || STOP.has(words[0]))) {
      const w = words.shift()!;
      if (TITLES.test(w)) roles.push(w);
      start = text.indexOf(words[0], start + w.length);
    }
    if (words.length === 1 && (STOP.has(words[0]) || TITLES.test(words[0]))) continue;
    let surface = words.join(' ').replace(/[’']s$/, '');
    if (surface.endsWith('.') && !/\b[A-Z]\.$/.test(surface)) surface = surface.slice(0, -1);
    const type: EntityType =
      ORG_WORDS.test(surface) || /^[A-Z]{2,}$/.test(surface)
        ? 'organization'
        : words.length >= 2
          ? 'person'
          : 'other';
    let ent = entities.get(surface);
    if (!ent && words.length === 1) {
      // A lone surname resolves to the person already named in full.
      for (const e of entities.values())
        if (e.type === 'person' && e.name.split(' ').pop() === surface) ent = e;
    }
    if (!ent) {
      ent = { id: `e${entities.size}`, name: surface, type, aliases: [surface], roles: [] };
      entities.set(surface, ent);
    } else if (!ent.aliases.includes(surface)) ent.aliases.push(surface);
    for (const r of roles) if (!ent.roles.includes(r)) ent.roles.push(r);
    mentions.push({
      start,
      end: start + surface.length,
      text: surface,
      type: ent.type,
      entity: ent.id,
      roles,
    });
  }
  return { mentions, entities: [...entities.values()] };
}

/** The entities the speed and dump benches feed the quote finder: the committed NER model, or `--names fallback`. */
export async function benchTagger(): Promise<(text: string) => { mentions: unknown[]; entities: unknown[] }> {
  if (option('names', 'ner') === 'fallback') return fallbackEntities;
  const ent = await import('../../src/analyze/entities/index.js');
  const ner = await import('../../src/analyze/ner/index.js');
  const model = ner.loadNerModel();
  return (text) => ent.analyzeEntities({ body: text, captions: [], title: null }, model);
}

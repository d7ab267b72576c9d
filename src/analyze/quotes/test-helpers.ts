// Builds hand-made mentions and entities for tests, standing in for the entity recognizer.

import type { EntityType, LocalEntity, Mention } from '../../model/index.js';
import { contentSpan, findAttributions, findQuotes } from './index.js';

export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  /** Surface forms to mark in the text, longest first. */
  forms: string[];
  roles?: string[];
}

/** A person the text names by their full name and then by the shorter forms given ("Walker"). */
export const personSpec = (id: string, name: string, ...forms: string[]): EntitySpec => ({
  id,
  name,
  type: 'person',
  forms: [name, ...forms],
});

/** An organization the text names by its name only. */
export const orgSpec = (id: string, name: string): EntitySpec => ({
  id,
  name,
  type: 'organization',
  forms: [name],
});

/** Two people for constructed sentences: a spokeswoman and a senator, each with a surname form. */
export const TWO_PEOPLE: EntitySpec[] = [
  { id: 'a', name: 'Anna Smith', type: 'person', forms: ['Anna Smith', 'Smith'], roles: ['spokeswoman'] },
  { id: 'b', name: 'John Doe', type: 'person', forms: ['John Doe', 'Doe'], roles: ['Senator'] },
];

/** Marks every whole-word occurrence of each form, longest forms first, never overlapping. */
export function markEntities(
  body: string,
  specs: EntitySpec[],
): { mentions: Mention[]; entities: LocalEntity[] } {
  const taken: [number, number][] = [];
  const mentions: Mention[] = [];
  const forms = specs.flatMap((s) => s.forms.map((f) => ({ f, s }))).sort((a, b) => b.f.length - a.f.length);
  for (const { f, s } of forms) {
    let at = body.indexOf(f);
    while (at >= 0) {
      const end = at + f.length;
      const okLeft = at === 0 || !/[\p{L}\p{N}]/u.test(body[at - 1]);
      const okRight = end === body.length || !/[\p{L}\p{N}]/u.test(body[end]);
      if (okLeft && okRight && !taken.some(([a, b]) => at < b && a < end)) {
        taken.push([at, end]);
        mentions.push({ start: at, end, text: f, type: s.type, entity: s.id, roles: s.roles ?? [] });
      }
      at = body.indexOf(f, at + 1);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const entities: LocalEntity[] = specs.map((s) => ({
    id: s.id,
    name: s.name,
    type: s.type,
    aliases: s.forms,
    roles: s.roles ?? [],
  }));
  return { mentions, entities };
}

/** The people, institutions and places of the seed articles. */
export const SEED_ENTITIES: EntitySpec[] = [
  {
    id: 'putin',
    name: 'Vladimir Putin',
    type: 'person',
    forms: ['Vladimir Putin', 'Putin'],
    roles: ['President'],
  },
  {
    id: 'lukashenko',
    name: 'Alexander Lukashenko',
    type: 'person',
    forms: ['Alexander Lukashenko', 'Lukashenko'],
    roles: ['President'],
  },
  {
    id: 'zakharova',
    name: 'Maria Zakharova',
    type: 'person',
    forms: ['Maria Zakharova', 'Zakharova'],
    roles: ['spokeswoman'],
  },
  {
    id: 'lavrov',
    name: 'Sergei Lavrov',
    type: 'person',
    forms: ['Sergei Lavrov', 'Lavrov'],
    roles: ['Foreign Minister'],
  },
  {
    id: 'makei',
    name: 'Vladimir Makei',
    type: 'person',
    forms: ['Vladimir Makei', 'Makei'],
    roles: ['Foreign Minister'],
  },
  {
    id: 'konyuk',
    name: 'Alexander Konyuk',
    type: 'person',
    forms: ['Alexander Konyuk'],
    roles: ['Prosecutor General'],
  },
  { id: 'michel', name: 'Charles Michel', type: 'person', forms: ['Charles Michel'], roles: ['President'] },
  {
    id: 'pompeo',
    name: 'Mike Pompeo',
    type: 'person',
    forms: ['Mike Pompeo'],
    roles: ['Secretary of State'],
  },
  {
    id: 'morawiecki',
    name: 'Mateusz Morawiecki',
    type: 'person',
    forms: ['Mateusz Morawiecki'],
    roles: ['Prime Minister'],
  },
  {
    id: 'mishustin',
    name: 'Mikail Mishustin',
    type: 'person',
    forms: ['Mikail Mishustin'],
    roles: ['Prime Minister'],
  },
  { id: 'kremlin', name: 'Kremlin', type: 'organization', forms: ['Kremlin'] },
  { id: 'eu', name: 'European Union', type: 'organization', forms: ['European Union', 'EU'] },
  { id: 'eucouncil', name: 'European Council', type: 'organization', forms: ['European Council'] },
  { id: 'commission', name: 'European Commission', type: 'organization', forms: ['European Commission'] },
  { id: 'nato', name: 'NATO', type: 'organization', forms: ['NATO'] },
  { id: 'tass', name: 'TASS', type: 'organization', forms: ['TASS'] },
  { id: 'afp', name: 'AFP', type: 'organization', forms: ['AFP'] },
  { id: 'interfax', name: 'Interfax', type: 'organization', forms: ['Interfax'] },
  { id: 'russia', name: 'Russia', type: 'place', forms: ['Russia'] },
  { id: 'belarus', name: 'Belarus', type: 'place', forms: ['Belarus'] },
  { id: 'minsk', name: 'Minsk', type: 'place', forms: ['Minsk'] },
  { id: 'moscow', name: 'Moscow', type: 'place', forms: ['Moscow'] },
  { id: 'ukraine', name: 'Ukraine', type: 'place', forms: ['Ukraine'] },
  { id: 'germany', name: 'Germany', type: 'place', forms: ['Germany'] },
  { id: 'poland', name: 'Poland', type: 'place', forms: ['Poland'] },
  { id: 'us', name: 'United States', type: 'place', forms: ['United States', 'US'] },
];

/** findQuotes on a body whose names the specs mark, as the entity stage would. */
export function findQuotesMarked(body: string, specs: EntitySpec[]) {
  const { mentions, entities } = markEntities(body, specs);
  return findQuotes({ body, sentences: [], mentions, entities });
}

/** Every attribution findAttributions reads in a body whose names the specs mark: its text and its source as written. */
export function sourcedMarked(body: string, specs: EntitySpec[] = []): [string, string | null][] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => [
    a.text,
    a.source && body.slice(a.source.start, a.source.end),
  ]);
}

/** What who-said-what lists in a body whose names the specs mark: each quote's text and speaker. */
export const listedMarked = (body: string, specs: EntitySpec[] = []): [string, string | null][] =>
  findQuotesMarked(body, specs).quotes.map((q) => [q.text, q.speaker]);

/** Every attribution findAttributions reads in a body whose names the specs mark: its text and speaker. */
export function attributionsMarked(
  body: string,
  specs: EntitySpec[],
): { text: string; speaker: string | null }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    text: a.text,
    speaker: a.speaker,
  }));
}

/** Every attribution findAttributions reads in a body whose names the specs mark: its kind, speaker and text. */
export function kindsMarked(
  body: string,
  specs: EntitySpec[],
): { kind: string; speaker: string | null; text: string }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    kind: a.kind,
    speaker: a.speaker,
    text: a.text,
  }));
}

/** What who-said-what lists in a body whose names the specs mark: each quote's kind, speaker and text. */
export const listedKindsMarked = (
  body: string,
  specs: EntitySpec[],
): { kind: string; speaker: string | null; text: string }[] =>
  findQuotesMarked(body, specs).quotes.map((q) => ({ kind: q.kind, speaker: q.speaker, text: q.text }));

/** Every attribution findAttributions reads in a body whose names the specs mark: kind, speaker, cue as written, text. */
export function attributionsRead(
  body: string,
  specs: EntitySpec[],
): { kind: string; speaker: string | null; cue: string; text: string }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    kind: a.kind,
    speaker: a.speaker,
    cue: a.cue ? body.slice(a.cue.start, a.cue.end) : '',
    text: a.text,
  }));
}

/** Each attribution's content and the words of its cue (null where it has none), in a body the specs mark. */
export function contentsAndCues(body: string, specs: EntitySpec[]): { text: string; cue: string | null }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => ({
    text: a.text,
    cue: a.cue ? body.slice(a.cue.start, a.cue.end) : null,
  }));
}

/**
 * Each frame's content (trimmed of spaces and a closing full stop) and its subject's speaker: what a frame reads,
 * also for the frames inside another's content that findAttributions lists no attribution for (nested-views.ts).
 */
export function framesMarked(body: string, specs: EntitySpec[]): { text: string; speaker: string | null }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities)
    .frames.filter((f) => f.region !== null)
    .map((f) => ({
      text: body.slice(f.region!.start, f.region!.end).trim().replace(/[.,]$/, ''),
      speaker: f.subject.speaker,
    }));
}

/**
 * Every attribution findAttributions reads in a body whose names the specs mark: its text, its content as the
 * benchmark scores it (contentSpan: with its marks, from subjectFrom or quotedFrom, on to contentEnd) and its speaker.
 */
export function scoredContentsMarked(
  body: string,
  specs: EntitySpec[],
): { text: string; content: string; speaker: string | null }[] {
  const { mentions, entities } = markEntities(body, specs);
  return findAttributions(body, mentions, entities).attributions.map((a) => {
    const c = contentSpan(a);
    return { text: a.text, content: body.slice(c.start, c.end), speaker: a.speaker };
  });
}

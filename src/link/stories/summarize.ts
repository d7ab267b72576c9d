// A story's face: its most representative headline, key entities and publication span.

import type { StoryDoc } from './linker.js';
import { dayOf, extractSignals } from './signals.js';

export interface StorySummary {
  title: string | null;
  keyEntities: string[];
  first: string | null;
  last: string | null;
}

const KEY_ENTITIES = 8;

/** Capitalised runs ("Vladimir Putin", "European Union") with the casing the text gives them. */
const NAME_RUN =
  /\b[A-Z][\p{L}'’-]*[\p{L}](?:\s+(?:(?:of|de|del|von|van|al|bin|the)\s+)?[A-Z][\p{L}'’-]*[\p{L}])*/gu;

const NOT_NAMES = new Set(
  'The A An This That These Those It He She They We I In On At For From By With After Before As But And Or If When While However Meanwhile Also There Here His Her Their Our What Who Where Why How More Some Many No Not All Both Each Other Such Then Thus Yet So News Photo Video Related Read Share Comment Live Audio Opinion Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Mr Mrs Ms Dr'.split(
    ' ',
  ),
);

function nameRuns(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    while (words.length > 0 && NOT_NAMES.has(words[0])) words.shift();
    if (words.length === 0) continue;
    const name = words.join(' ').replace(/[’']s$/, '');
    if (name.length > 2) out.add(name);
  }
  return out;
}

/** Ranks names by how many of the story's articles carry them; ties go to longer, then earlier names. */
function rankNames(perDoc: Set<string>[]): string[] {
  const count = new Map<string, number>();
  const order = new Map<string, number>();
  for (const names of perDoc) {
    for (const n of names) {
      count.set(n, (count.get(n) ?? 0) + 1);
      if (!order.has(n)) order.set(n, order.size);
    }
  }
  const min = perDoc.length > 1 ? 2 : 1;
  const ranked = [...count.entries()]
    .filter(([, c]) => c >= min)
    .sort(
      (a, b) =>
        b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length || order.get(a[0])! - order.get(b[0])!,
    )
    .map(([n]) => n);
  // "Putin" adds nothing once "Vladimir Putin" is listed.
  const out: string[] = [];
  for (const n of ranked) {
    if (out.some((o) => o.split(' ').includes(n))) continue;
    out.push(n);
    if (out.length === KEY_ENTITIES) break;
  }
  return out;
}

/** Summarises a story from its articles; pure. */
export function summarizeStory(docs: StoryDoc[]): StorySummary {
  if (docs.length === 0) return { title: null, keyEntities: [], first: null, last: null };
  const sigs = docs.map((d) => extractSignals(d));
  const centroid = new Map<string, number>();
  for (const s of sigs) for (const [k, v] of s.words) centroid.set(k, (centroid.get(k) ?? 0) + v);

  // The headline whose words the whole story shares most, so one outlet's odd angle does not name it.
  let title: string | null = null;
  let best = Number.NEGATIVE_INFINITY;
  for (const d of docs) {
    if (!d.title) continue;
    const t = extractSignals({ title: null, body: d.title, published: null });
    let score = 0;
    for (const [k, v] of t.words) score += v * (centroid.get(k) ?? 0);
    if (score > best) {
      best = score;
      title = d.title;
    }
  }

  const given = docs.some((d) => d.entities && d.entities.length > 0);
  const perDoc = given
    ? docs.map((d) => new Set((d.entities ?? []).map((e) => e.name)))
    : docs.map((d) => nameRuns(`${d.title ?? ''}\n${d.body}`));
  const keyEntities = rankNames(perDoc);

  let first: string | null = null;
  let last: string | null = null;
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (const d of docs) {
    const day = dayOf(d.published);
    if (day === null) continue;
    if (day < firstDay || (day === firstDay && d.published! < first!)) {
      firstDay = day;
      first = d.published;
    }
    if (day > lastDay || (day === lastDay && d.published! > last!)) {
      lastDay = day;
      last = d.published;
    }
  }
  return { title, keyEntities, first, last };
}

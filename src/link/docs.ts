// What each linker of the link stage reads of a stored article.

import type { LocalEntity } from '../model/index.js';
import type { StoredArticle } from '../store/types.js';
import type { StoryDoc } from './stories/index.js';

/**
 * The story linker reads the body and the lines cleaning set aside as captions: a plain-text dump's deck ("Klitschko
 * stops Thompson in six") lands there, and it names the event as well as the headline does (ECB+ through `analyze`:
 * BCubed 0.877 without them, 0.903 with them). Names found only in captions stay out of its entity list.
 */
export const storyDocOf = (a: StoredArticle): StoryDoc => ({
  id: a.id,
  title: a.title,
  body: a.captions.length > 0 ? `${a.body}\n\n${a.captions.join('\n\n')}` : a.body,
  published: a.published,
  outlet: a.outlet,
  lang: a.lang,
  entities: (a.analysis?.entities ?? [])
    .filter((e: LocalEntity) => !e.captionOnly)
    .map((e) => ({ name: e.name, type: e.type })),
});

export const reuseDocOf = (a: StoredArticle) => ({
  id: a.id,
  body: a.body,
  published: a.published,
  outlet: a.outlet,
});

export const claimDocOf = (a: StoredArticle, story: string | null = a.story) => ({
  id: a.id,
  body: a.body,
  sentences: a.analysis?.sentences,
  published: a.published,
  outlet: a.outlet,
  story,
});

// What each linker of the link stage reads of a stored article.

import { isCaptionLike } from '../extract/index.js';
import type { LocalEntity } from '../model/index.js';
import type { StoredArticle } from '../store/types.js';
import type { StoryDoc } from './stories/index.js';

/**
 * The story linker reads the body and the lines cleaning set aside as captions for where they stood, not for a
 * photo credit: a plain-text dump's deck ("Klitschko stops Thompson in six") lands there, and it names the event as
 * well as the headline does (ECB+ through `analyze`: BCubed 0.877 without them, 0.903 with them). A credited photo
 * caption may be a stock picture of other people ("US Rep. Ilhan Omar ... (AFP photo)" under a story on Belarus), and
 * names found only in captions stay out of its entity list.
 */
export const storyDocOf = (a: StoredArticle): StoryDoc => {
  const decks = a.captions.filter((c) => !isCaptionLike(c));
  return {
    id: a.id,
    title: a.title,
    body: decks.length > 0 ? `${a.body}\n\n${decks.join('\n\n')}` : a.body,
    published: a.published,
    outlet: a.outlet,
    lang: a.lang,
    entities: (a.analysis?.entities ?? [])
      .filter((e: LocalEntity) => !e.captionOnly)
      .map((e) => ({ name: e.name, type: e.type })),
  };
};

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

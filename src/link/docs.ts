// What each linker of the link stage reads of a stored article.

import { LINE_ABOVE_ARTICLE } from '../extract/index.js';
import type { LocalEntity } from '../model/index.js';
import type { StoredArticle } from '../store/types.js';
import type { StoryDoc } from './stories/index.js';

/**
 * The story linker reads the body and the lines that cleaning a plain-text dump set aside from above the first
 * paragraph: a dump's deck ("Klitschko stops Thompson in six") lands there, and it names the event as well as the
 * headline does (ECB+ through `analyze`: BCubed 0.877 without them, 0.903 with them). Other captions stay out: a
 * web page's figure captions ("Image copyright Getty Images") and credited photo captions may show other people or
 * stories (the 181 unseen pages: 0.993 without them, 0.987 with them). Names found only in captions stay out of its
 * entity list.
 */
export const storyDocOf = (a: StoredArticle): StoryDoc => {
  const above = a.removed.filter((r) => r.reason === LINE_ABOVE_ARTICLE).map((r) => r.text.trim());
  const decks = above.length > 0 ? a.captions.filter((c) => above.some((t) => t.endsWith(c))) : [];
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

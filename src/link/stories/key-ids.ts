// Dense integer ids for content words and names, handed out once per distinct key, so that the linker counts a
// key's document frequency in an array instead of looking the key up by string.

/**
 * Key → id. Counting each word and name of each article by string was the link step's largest cost (a Map lookup
 * in a table of every key the stream has used, ~160 per article); a token cache keeps its tokens' ids
 * (TokenInfo.wordIds, nameId), so an article's ids come with its signals at no extra lookup, and the linker indexes
 * its counts by them.
 */
export class KeyIds {
  private readonly ids = new Map<string, number>();

  /** The key's id, given on first sight. */
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return id;
  }

  /** Every key with its id, in the order the ids were handed out. */
  entries(): IterableIterator<[string, number]> {
    return this.ids.entries();
  }

  /** The key's id, or undefined for a key never given one (no id is handed out). */
  seen(key: string): number | undefined {
    return this.ids.get(key);
  }
}

/** The ids of one token cache: content words and names each in their own. */
export interface KeySpace {
  words: KeyIds;
  names: KeyIds;
}

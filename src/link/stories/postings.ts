// Posting lists of story slots, keyed by a word, name, number or person's surname.

/** Puts a story's slot on the posting list of `key`, starting the list when there is none. */
export function post(lists: Map<string, number[]>, key: string, slot: number): void {
  const list = lists.get(key);
  if (list) list.push(slot);
  else lists.set(key, [slot]);
}

/**
 * Takes the slots `keep` turns down off the posting lists of `keys` (each key once), in place: the lists are
 * long-lived, and a filtered copy of each was a tenth of what the link step allocated, all of it surviving into the
 * old generation. A list left empty is deleted.
 */
export function sweepPostings(
  lists: Map<string, number[]>,
  keys: Iterable<string>,
  keep: (slot: number) => boolean,
): void {
  for (const key of keys) {
    const list = lists.get(key);
    if (!list) continue;
    let kept = 0;
    for (let i = 0; i < list.length; i++) if (keep(list[i])) list[kept++] = list[i];
    if (kept === 0) lists.delete(key);
    else list.length = kept;
  }
}

// Posting lists of story slots, keyed by a word, name, number or person's surname.

/** Puts a story's slot on the posting list of `key`, starting the list when there is none. */
export function post(lists: Map<string, number[]>, key: string, slot: number): void {
  const list = lists.get(key);
  if (list) list.push(slot);
  else lists.set(key, [slot]);
}

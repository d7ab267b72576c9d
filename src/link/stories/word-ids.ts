// Dense integer ids for content words, handed out once per distinct word, so that the linker counts a word's
// document frequency in an array instead of looking the word up by string.

/**
 * Word → id. Counting each word of each article by string was the link step's largest cost (a Map lookup in a
 * table of every word the stream has used, ~110 per article); a token cache keeps its words' ids (TokenInfo.wordIds),
 * so an article's ids come with its signals at no extra lookup, and the linker indexes its counts by them.
 */
export class WordIds {
  private readonly ids = new Map<string, number>();

  /** The word's id, given on first sight. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }
}

// Misses counted by class, with each class's commonest cue words: the table miss-classes.ts and sibling-misses.ts
// print.

export class ClassTally {
  private readonly counts = new Map<string, number>();
  private readonly cueWords = new Map<string, Map<string, number>>();

  /** One miss of class `cls` at a gold cue reading `cue`. */
  add(cls: string, cue: string): void {
    this.counts.set(cls, (this.counts.get(cls) ?? 0) + 1);
    const words = this.cueWords.get(cls) ?? new Map<string, number>();
    this.cueWords.set(cls, words);
    words.set(cue, (words.get(cue) ?? 0) + 1);
  }

  /** How many misses were added, over every class. */
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }

  /** The classes, largest first: name, count, and the `top` commonest cues as "word count, …". */
  rows(top: number): [cls: string, count: number, cues: string][] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .map(([cls, c]) => [
        cls,
        c,
        [...(this.cueWords.get(cls) ?? [])]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([w, k]) => `${w} ${k}`)
          .join(', '),
      ]);
  }
}

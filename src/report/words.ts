// Counts written as people write them: "1 story", "5 stories".

/** `n` and the noun, in the plural unless `n` is 1 ("1 outlet", "3 outlets", "0 claims"). */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

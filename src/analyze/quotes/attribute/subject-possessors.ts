// "…, while the city’s police deny …", "…, but Moreno’s aides say …": the subject search takes the noun a frame's
// verb agrees with ("police", "aides") and leaves its possessor out. Where that frame stands inside an earlier
// frame's content, the content is cut where the later subject's phrase opens: at the possessor, so that the
// conjunction before it ("while", "but") is seen and the other subject's statement is not run on into the first
// (span59, a real page: "China said «it is committed to …, while the city’s police deny accusations …»").

/**
 * A possessor closing the text before a subject: an optional article, up to two capitalised words ("Hong Kong’s")
 * and a word with "’s" or a plural's bare "’" ("the city’s ", "the workers’ "). Contractions of a pronoun or "there"
 * ("he’s", "there’s", "it’s") are verbs, not possessors.
 */
const POSSESSOR_BEFORE_RE =
  /(?:^|[^\p{L}'’])((?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}(\p{L}[\p{L}.-]*)(?:['’]s|s['’])\s+)$/u;

const NOT_POSSESSOR_RE = /^(?:it|he|she|that|what|who|there|here|where|let|one)$/i;

/** Where the subject at `start` opens with its possessor, if one stands right before it after `floor`; else `start`. */
export function possessorStart(masked: string, start: number, floor: number): number {
  const from = Math.max(floor, start - 60);
  const m = POSSESSOR_BEFORE_RE.exec(masked.slice(from, start));
  if (!m || NOT_POSSESSOR_RE.test(m[2])) return start;
  return start - m[1].length;
}

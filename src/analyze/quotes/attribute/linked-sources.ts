// Unnamed sources known by what they are close to, whose matter is a bare noun phrase: "…, people familiar with
// Chinese trade policy said", "…, sources close to negotiations said". With an article ("the matter") the subject
// search finds the phrase and linkedSourceSubject widens it to the people; with none it found nothing, and the
// sentence's tag was lost (the NYT's trade-war page: the content went to the last frame before it).

/**
 * The people, their link and a matter of one to four words with no article, mark or function word, ending where
 * the verb begins: "people familiar with trade policy", "two officials briefed on negotiations".
 */
const BARE_LINKED_SOURCE_RE =
  /(?:^|[\s"(])((?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa]nother|\d+)\s+)*(?:(?!(?:and|or|but|yet|so)\s)[\p{Ll}-]+\s+){0,2}(?:[Ss]ources?|[Pp]eople|[Oo]fficials?|[Aa]ides?|[Aa]dvis[eo]rs?|[Dd]iplomats?|[Ii]nsiders?|[Ee]xecutives?)\s+(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|knowledgeable\s+about|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of)\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those)\s)(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)\s*$/u;

/** The link and the matter that close every such phrase: a necessary condition of BARE_LINKED_SOURCE_RE. */
const LINK_AND_MATTER_AT_END_RE =
  /(?:familiar\s+with|close\s+to|briefed\s+on|involved\s+in|knowledgeable\s+about|knowledge\s+of)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+\s*$/u;

/** Characters enough for a link and four words of matter. */
const LINK_AND_MATTER_MAX = 300;

/** The length of such a source phrase ending `tail` (0 when none ends it). */
export function bareLinkedSourceLength(tail: string): number {
  // Cheap test first, on the tail's end only: every such phrase ends on its link and a matter of one to four words.
  // (The tail may run back to the paragraph's start; the full pattern tried at every position of it cost 14% of
  // findQuotes.)
  if (!LINK_AND_MATTER_AT_END_RE.test(tail.slice(-LINK_AND_MATTER_MAX))) return 0;
  const m = BARE_LINKED_SOURCE_RE.exec(tail);
  return m ? m[1].length + (tail.length - m.index - m[0].length) : 0;
}

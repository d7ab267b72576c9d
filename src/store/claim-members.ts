// Which claim_articles rows a link batch must write: only the new ones, so that a widespread claim costs its growth.

/**
 * A claim stated by thousands of articles comes back in every batch that extends it; writing all of its members
 * each time would make linking quadratic in the claim's size. Members join a claim only when their article is
 * linked, so a stored claim gains exactly the batch's articles. When the counts disagree (a claim new to the
 * store, or a restored linker that grouped an older article differently) every member is written, as before.
 */
export function claimMembersToWrite(
  articles: string[],
  storedSize: number | undefined,
  batchArticles: ReadonlySet<string>,
): string[] {
  if (storedSize === undefined) return articles;
  const fresh = articles.filter((a) => batchArticles.has(a));
  return storedSize + fresh.length === articles.length ? fresh : articles;
}

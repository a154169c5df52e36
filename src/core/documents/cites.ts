/**
 * What a document cites, kept with its record so that library-wide figures (how often each work
 * is cited, by how many papers, which works are cited together) need no parse of any paper.
 */

/** The works a document cites, from its last parse. */
export interface DocumentCites {
  /** Work key -> how many of the document's citations resolve to it. */
  works: Record<string, number>;
  /** How many claims the document has. */
  claims: number;
  /** Work key -> how many of its claims cite it. */
  claimWorks: Record<string, number>;
  /**
   * The works of each claim that cites two or more (for co-citation across papers). Not kept in
   * the record (at 1,000 papers it was three quarters of documents.json, rewritten on every add)
   * but in the data folder's cache; present in records written before.
   */
  together?: string[][];
}

/** What a document's record keeps of its cites: the counts, not which works each claim cites together. */
export function recordCites({ together: _kept, ...counts }: DocumentCites): DocumentCites {
  return counts;
}

/** The cites of an analysed document (its citations' works, its claims' works). */
export function citesOf(paper: {
  citations: readonly { workId: string | null }[];
  claims: readonly { workIds: readonly string[] }[];
}): Required<DocumentCites> {
  const works: Record<string, number> = {};
  for (const c of paper.citations) if (c.workId) works[c.workId] = (works[c.workId] ?? 0) + 1;
  const claimWorks: Record<string, number> = {};
  const together: string[][] = [];
  for (const claim of paper.claims) {
    const ids = [...new Set(claim.workIds)];
    for (const id of ids) claimWorks[id] = (claimWorks[id] ?? 0) + 1;
    if (ids.length > 1) together.push(ids);
  }
  return { works, claims: paper.claims.length, claimWorks, together };
}

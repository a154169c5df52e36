/**
 * Citations across the library's papers as the window shows them: how often a work is cited and
 * by how many papers, the papers citing a work with their claims, the library's claims with which
 * works are cited together. The documents service aggregates them; these are the shapes (pure).
 */
import type { Claim } from '../claims/model';
import type { DocumentCites } from '../documents/cites';
import type { DocumentView } from './documentView';

/** How often a work is cited across the library's papers. */
export interface CitedCount {
  citations: number;
  /** Papers citing it. */
  papers: number;
}

/** Counts by work key; `version` changes whenever they may have. */
export interface CitedCounts {
  version: number;
  byWork: ReadonlyMap<string, CitedCount>;
}

/** A claim as a list of claims shows it, with its citations' places within its text. */
export interface ClaimView {
  documentId: string;
  /** The claim's id within its paper ("k3"). */
  id: string;
  text: string;
  /** Offsets of the claim in its paper's text (for jumping to it). */
  start: number;
  end: number;
  kind: Claim['kind'];
  /** Title of the section it is in, or null (front matter). */
  section: string | null;
  workIds: string[];
  /** Its citations, offsets relative to `text`. */
  marks: { start: number; end: number; workId: string | null }[];
}

/** A paper citing a work, how often, and its claims with the work. */
export interface CitingPaper {
  documentId: string;
  title: string;
  citations: number;
  claims: ClaimView[];
}

/** Claims across the library (or one paper), as many as asked, and the co-citation counts. */
export interface LibraryClaims {
  /** Claims matching the filter, in all. */
  total: number;
  /** Papers in scope. */
  papers: number;
  /** The first `limit` matching claims, paper by paper in library order. */
  claims: ClaimView[];
  /** Works cited together with another in the scope's claims, in order of first citation. */
  coCited: string[];
  /** [work a, work b, claims citing both] for each pair cited together (a before b in `coCited`). */
  pairs: [string, string, number][];
  /** Every work the scope's claims cite (for the filter), by how many claims. */
  works: [string, number][];
}

/** The claim as a list shows it. */
export function claimView(view: DocumentView, claim: Claim): ClaimView {
  const section = view.document.sections
    .filter((s) => s.start <= claim.start && claim.start < s.end)
    .sort((a, b) => b.level - a.level)[0];
  const citations = new Map(view.citations.map((c) => [c.id, c]));
  const marks = claim.citationIds.flatMap((id) => {
    const c = citations.get(id);
    if (!c || c.start < claim.start || c.end > claim.end) return [];
    return [{ start: c.start - claim.start, end: c.end - claim.start, workId: c.workId }];
  });
  return {
    documentId: view.documentId,
    id: claim.id,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    section: section?.title ?? null,
    workIds: claim.workIds,
    marks,
  };
}

/** Which works are cited together in the claims of `papers`, in order of first citation (pure). */
export function coCitation(papers: readonly Pick<DocumentCites, 'together'>[]): {
  coCited: string[];
  pairs: [string, string, number][];
} {
  const order = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const cites of papers) {
    for (const group of cites.together ?? []) {
      for (const w of group) if (!order.has(w)) order.set(w, order.size);
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const [a, b] = [group[i]!, group[j]!].sort((x, y) => order.get(x)! - order.get(y)!);
          const key = `${a}\u0000${b}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const coCited = [...order.keys()];
  const pairs = [...counts].map(([key, n]): [string, string, number] => {
    const [a, b] = key.split('\u0000') as [string, string];
    return [a, b, n];
  });
  return { coCited, pairs };
}

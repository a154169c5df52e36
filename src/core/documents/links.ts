/**
 * What the library decided about a document's parse, kept apart from the parse itself (which is
 * re-derived from the kept file): which work each reference-list entry is, matches waiting for the
 * user, and the user's corrections. Entries and citations are named by keys that survive a
 * re-parse (their text), not by their ids ("r3", "c12"), which a better parser may renumber.
 */
import type { CslItem } from '../bibliography/model';

/** How an entry came to be linked to its work. */
export type ReferenceLinkHow =
  | 'doi'
  | 'isbn'
  | 'title-year-author'
  /** A new work was made from the entry. */
  | 'created'
  /** The user accepted a suggested match. */
  | 'confirmed'
  /** The user linked it by hand. */
  | 'user';

/** A library work an entry may be, waiting for the user to confirm or reject. */
export interface MatchCandidate {
  workKey: string;
  /** Why it was suggested, for the user ("same first author and year, similar title"). */
  reason: string;
}

export interface ReferenceLink {
  /** The work the entry is; null while a candidate waits for the user. */
  workKey: string | null;
  how: ReferenceLinkHow | null;
  candidate: MatchCandidate | null;
  /** The user rejected this candidate: never suggest it again for this entry. */
  rejected: string[];
}

/** The user's corrections to a document's parse. */
export interface DocumentCorrections {
  /** By reference key: fields the user set (they win over the parsed ones). */
  references: Record<string, { fields: Partial<CslItem> }>;
  /**
   * By citation key: the entry (reference key) or work the user linked it to instead, or that it
   * is not a citation at all.
   */
  citations: Record<string, { referenceKey?: string; workKey?: string; notCitation?: boolean }>;
}

export interface DocumentLinks {
  documentId: string;
  /** By reference key. */
  references: Record<string, ReferenceLink>;
  corrections: DocumentCorrections;
}

/** No links and no corrections yet. */
export function emptyDocumentLinks(documentId: string): DocumentLinks {
  return { documentId, references: {}, corrections: { references: {}, citations: {} } };
}

/** The key of a reference-list entry that survives re-parsing: its text, folded. */
export function referenceKey(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .slice(0, 300);
}

/**
 * The key of a citation that survives re-parsing: its text as written and which occurrence of
 * that text it is ("Betts 2011c: 41#2" for the second).
 */
export function citationKeys(citations: readonly { raw: string }[]): string[] {
  const seen = new Map<string, number>();
  return citations.map((c) => {
    const n = (seen.get(c.raw) ?? 0) + 1;
    seen.set(c.raw, n);
    return `${c.raw}#${n}`;
  });
}

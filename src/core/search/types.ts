/** Public types of Scholion's search: what goes into the index and what a search returns. */

export type SearchKind = 'work' | 'claim' | 'note' | 'passage';

export const SEARCH_KINDS: readonly SearchKind[] = ['work', 'claim', 'note', 'passage'];

/** Where a claim or passage sits in its paper's normalised text. */
export interface TextAnchor {
  /** The paper it is in (absent for an item indexed without one: a single-paper index). */
  documentId?: string;
  blockId: string | null;
  start: number;
  end: number;
}

/** A note as search needs it (the notes store's notes fit this shape). */
export interface SearchableNote {
  id: string;
  title: string;
  /** Markdown source. */
  body: string;
  tags: readonly string[];
}

/** A claim of the paper or of the user, as search needs it. */
export interface SearchableClaim {
  id: string;
  text: string;
  origin: 'paper' | 'user';
  /** Labels of the works it cites ("Aleinikoff 2003"), searchable and shown with the claim. */
  cites: readonly string[];
  /** Where it is in the paper; null for a user claim not tied to a passage. */
  anchor: TextAnchor | null;
}

/** A chunk of the paper's text (a paragraph, heading, block quote or footnote). */
export interface SearchablePassage {
  id: string;
  text: string;
  /** Title of the section it belongs to, shown as the hit's title. */
  section: string | null;
  anchor: TextAnchor;
}

/** A matched range in one of the hit's shown strings (UTF-16 offsets, end exclusive). */
export interface Highlight {
  field: 'title' | 'snippet';
  start: number;
  end: number;
}

/**
 * What search keeps of a paper's passage or claim when its text lives on disk (a paper the user
 * added): which item of the paper's search text it is. The text is read back only when the item
 * is among the hits of a search, so a library of 1,000 papers does not hold every paper's text.
 */
export interface StoredTextRef {
  documentId: string;
  /** The item's position in its paper's passages (or claims). */
  at: number;
}

/** Everything search needs of one paper: its passages and claims (see `searchTextOf`). */
export interface PaperSearchText {
  documentId: string;
  passages: SearchablePassage[];
  claims: SearchableClaim[];
  /**
   * What the text was derived from (the paper's file, parse and corrections), when known: an
   * index of the text kept between runs is current for the paper while this is unchanged.
   */
  version?: string;
}

export interface Hit {
  kind: SearchKind;
  /** Citation key for a work; note, claim or passage id otherwise. */
  id: string;
  score: number;
  /** What the result list shows first (work title, note title, claim text, section title). */
  title: string;
  /** A second line: authors, year, venue and key for a work; the matching excerpt otherwise. */
  snippet: string;
  highlights: Highlight[];
  /** For claims and passages: where to scroll the reader. */
  anchor?: TextAnchor;
}

export interface SearchResults {
  query: string;
  works: Hit[];
  claims: Hit[];
  notes: Hit[];
  passages: Hit[];
  /** How many items of each kind match in all (the lists hold the best `limitPerKind`). */
  totals: Record<SearchKind, number>;
  /** Kinds ordered by their best hit's score, kinds without hits last: the order to show groups in. */
  order: SearchKind[];
}

export interface SearchOptions {
  /** Hits returned per kind (default 10). */
  limitPerKind?: number;
  /** Restrict the search to these kinds (default all). */
  kinds?: readonly SearchKind[];
  /** Hits returned for these kinds instead of `limitPerKind` (a group the user expanded). */
  limitsByKind?: Partial<Record<SearchKind, number>>;
  /**
   * At most this many hits in all (a screenful), given to the kinds in the order of their best
   * hit: each kind with matches keeps at least one (its group and its total still show), and a
   * kind in `limitsByKind` keeps all of its own. Totals are not limited.
   */
  limitInAll?: number;
}

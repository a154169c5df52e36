/** An author-year in-text citation as written, with its span in the text it was found in. */
export interface Citation {
  /** Stable id in document order, e.g. "c1". */
  id: string;
  /**
   * The citation as written, without brackets or the prefix, e.g. "Betts 2011c: 41"; for a
   * narrative citation name and parenthesis, "Harrison (2002: 587)". Then `raw` equals
   * `text.slice(start, end)`. When several years follow one name ("Betts (2011a and 2011b)",
   * "(Betts 2010a, 2010b)") each year is its own citation whose span covers its year part (the
   * first one also the name) and whose `raw` is the name as cited plus that year: "Betts 2011b".
   */
  raw: string;
  /** Family or corporate names as written; for an ibid, those of the citation it repeats. */
  authors: string[];
  etAl: boolean;
  /**
   * Four-digit year; null for "n.d.", "forthcoming", "in press", "undated" (`raw` keeps the
   * words); for an ibid that of the citation it repeats.
   */
  year: string | null;
  /** "a", "b", ... or null. */
  yearSuffix: string | null;
  /**
   * Page or other locator as written after ":" / ", p." etc., e.g. "41", "136, 173", "12–15".
   * Page labels (p., pp.) are dropped; other labels are kept: "ch. 3", "n. 4".
   */
  locator: string | null;
  /**
   * The words before the name inside the parenthesis, e.g. "e.g.", "see also", "cf."
   * (a trailing comma dropped). It belongs to the citation it is written before: in
   * "(e.g. Bhagwati 2003; Ghosh 2000)" only Bhagwati's.
   */
  prefix: string | null;
  /** True for "Harrison (2002: 587)" style citations where the name is part of the sentence. */
  narrative: boolean;
  ibid: boolean;
  /** For an ibid, the id of the citation it repeats (itself resolved, never another ibid). */
  ibidOf: string | null;
  /** Offsets of `raw` (including a narrative name) in the text. */
  start: number;
  end: number;
}

/** A citation resolved against the bibliography and placed in its claim. */
export interface ResolvedCitation extends Citation {
  workId: string | null;
  claimId: string | null;
}

/** An author-year in-text citation as written, with its span in the text it was found in. */
export interface Citation {
  /** Stable id in document order, e.g. "c1". */
  id: string;
  /** The citation as written, without brackets or the prefix, e.g. "Betts 2011c: 41". */
  raw: string;
  /** Family or corporate names as written; for an ibid, those of the citation it repeats. */
  authors: string[];
  etAl: boolean;
  /** Four-digit year, or null (e.g. "n.d."), for an ibid that of the citation it repeats. */
  year: string | null;
  /** "a", "b", ... or null. */
  yearSuffix: string | null;
  /** Page or other locator as written after ":" / ", p." etc., e.g. "41", "136, 173", "12–15". */
  locator: string | null;
  /** e.g. "e.g.", "see also", "cf." */
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

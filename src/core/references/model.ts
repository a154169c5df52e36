// The reference-list and linking model: entries of a document's list and what cites them.
import type { CslItem } from '../bibliography/model';
import type { Citation } from '../citations/model';
import type { ParsedReference } from './parse';

/** A document's citation style: how its in-text citations point at its sources. */
export type CitationStyle = 'author-year' | 'numeric' | 'notes';

export type { ParsedReference } from './parse';

/** Reads one reference string. */
export type ReferenceParser = (raw: string) => ParsedReference;

/** One entry of a document's reference list. */
export interface ReferenceEntry {
  /** Stable id in list order: "r1", "r2", ... */
  id: string;
  /** The number or label as printed ("3" for "[3]" or "3."), or null. */
  label: string | null;
  /** The entry as printed: its lines joined, label and Markdown markup taken off. */
  raw: string;
  /** Offsets of the entry (label included) in the analysed text. */
  start: number;
  end: number;
  /**
   * Set when a paper with no bibliography gives the work in full in a note: the entry is that
   * note's citation (offsets as the citation's).
   */
  noteId?: string | null;
  /** The entry read into CSL-JSON by the reference parser. */
  csl: CslItem;
  /** 0..1: how sure the parser is of `csl`. */
  confidence: number;
}

/** A citation of the document with its place and its reference entry. */
export interface DocumentCitation extends Citation {
  /** For a numeric citation the number it cites, else null. */
  number: number | null;
  /**
   * Set when the citation stands in a note. `start`/`end` are offsets into the analysed text when
   * the note stands in it (`NoteText.offset` set), else into the note's own text.
   */
  noteId: string | null;
  /** The reference entry it cites, or null (see `unresolved`). */
  referenceId: string | null;
}

/** A citation that links to no entry, and why. */
export interface UnresolvedCitation {
  citationId: string;
  reason: string;
}

/** A note (footnote or endnote) given to the analysis. */
export interface NoteText {
  id: string;
  label: string;
  text: string;
  /**
   * Where `text` starts in the analysed text when it stands there (a Markdown `[^1]:` definition);
   * null when the note is kept apart (the document model's footnotes).
   */
  offset: number | null;
}

/** The result of analysing one document's citations and reference list. */
export interface ReferenceAnalysis {
  style: CitationStyle;
  /** True when `style` was given by the caller rather than detected. */
  styleOverridden: boolean;
  references: ReferenceEntry[];
  citations: DocumentCitation[];
  unresolved: UnresolvedCitation[];
  /** Ids of reference entries that no citation links to. */
  unused: string[];
  /** Where the reference list stands in the text (heading included), or null when none. */
  referenceList: { start: number; end: number; heading: string | null } | null;
}

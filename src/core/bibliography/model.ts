/** A bibliographic work: a CSL-JSON item plus what Scholion knows about it. */

/** CSL-JSON name (person or institution). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

export interface CslDate {
  'date-parts'?: (number | string)[][];
  literal?: string;
  raw?: string;
}

/** A CSL-JSON item (the internal model of a work). Unknown CSL fields are allowed. */
export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  [field: string]: unknown;
}

export type Confidence = 'verified' | 'likely' | 'guess';

export interface WorkProvenance {
  /** 'reference-list': made from an entry of the reference list of a paper the user added. */
  kind: 'bundled' | 'imported' | 'user' | 'reference-list';
  /** File the work was imported from, for kind 'imported'. */
  file?: string;
  /** For kind 'reference-list': the paper (document id and title) whose list it came from. */
  documentId?: string;
  document?: string;
  /** ISO time it entered the library. */
  addedAt?: string;
}

export interface Work {
  /** Stable, unique, ASCII, BibTeX-safe key, e.g. "betts2011c". Never renamed once assigned. */
  citationKey: string;
  csl: CslItem;
  provenance: WorkProvenance;
  /** How sure we are of the record, and why; null for user-entered or imported works. */
  confidence: { level: Confidence; source: string; remark: string | null } | null;
  /** Labels this work is cited under in the bundled paper, as written ("Köhler 2011"). */
  citedAs: string[];
  /** Other keys that name the same document (e.g. "iamm2004" for "fom2004"). */
  aliases: string[];
  /** User tags. */
  tags: string[];
  /**
   * For works imported from a .bib file: the entry exactly as taken in (type and every field, as
   * LaTeX source with @string macros expanded), so a .bib export gives back what CSL cannot hold.
   * Code that edits `csl` by hand must drop `source` (or update it), or the .bib export goes stale.
   */
  source?: BibSource;
  /**
   * How many times the stored record changed (1 when it entered the library); its history is
   * kept beside the works (see src/core/works/history.ts). Absent on bundled and older records.
   */
  revision?: number;
  /**
   * Per field (a CSL variable, "type", or "bib:<field>" for a kept .bib field): who last changed
   * it after it entered the library, so the UI can say "edited by you" next to a bundled record's
   * own confidence and source, which stay as they were.
   */
  edited?: Record<string, FieldEdit>;
  /** Files attached to the work (a PDF of it, data, slides), in the order added. */
  attachments?: WorkAttachment[];
}

/**
 * A file attached to a work: copied into the library folder under its content hash
 * (`papers/<sha256>.<ext>`, beside the papers' originals) or linked where it is.
 */
export interface WorkAttachment {
  /** "a-…" */
  id: string;
  /** The file's name, for the user ("Betts 2011.pdf"). */
  name: string;
  mode: 'copy' | 'link';
  /** For a copy: its path inside the library folder; for a link: the file's absolute path. */
  path: string;
  /** SHA-256 of the content when it was attached (a copy's is its name). */
  sha256: string;
  bytes: number;
  /** ISO time. */
  addedAt: string;
  /** The library document (paper) this file is, when the paper was added to the library. */
  documentId?: string;
  /** Set while the attachment is removed (restorable); absent otherwise. */
  removedAt?: string;
}

/** Who changes a work: the user, an import, or the reference-list parser. */
export type WorkActor = 'user' | 'import' | 'parser';

/** One field's last change. */
export interface FieldEdit {
  actor: WorkActor;
  /** ISO time. */
  at: string;
}

/** A .bib entry as read from a file: what a round trip must give back. */
export interface BibSource {
  /** 'biblatex' when the entry uses BibLaTeX-only types or fields (date, journaltitle, ...). */
  format: 'bibtex' | 'biblatex';
  /** Entry type as written, lower-cased ("article", "mvbook", "set"). */
  entryType: string;
  /** Field name (lower-cased) -> value as LaTeX source, in file order. */
  fields: Record<string, string>;
}

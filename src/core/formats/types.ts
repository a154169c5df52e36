/** Public types of src/core/formats: styles, file formats, parsed entries and their problems. */
import type { BibSource, CslItem } from '../bibliography/model';
import type { ImportFormat } from './registry';

export {
  EXPORT_FORMAT_IDS as EXPORT_FORMATS,
  IMPORT_FORMAT_IDS,
  LOCALE_IDS,
  OUTPUT_FORMAT_IDS,
  STYLE_IDS,
  FILE_FORMATS,
  OUTPUT_FORMATS,
  STYLES,
  type ExportFormat,
  type FileFormatInfo,
  type ImportFormat,
  type LocaleId,
  type OutputFormat,
  type StyleId,
} from './registry';

/** One readable entry of an imported file. */
export interface ParsedEntry {
  /** The entry's own key or id as written in the file; null when it has none (RIS, some CSL-JSON). */
  key: string | null;
  /** 1-based line where the entry starts. */
  line: number;
  /** The entry as CSL-JSON (`id` and `citation-key` are the key when there is one). */
  csl: CslItem;
  /** For .bib entries: the entry as taken in, for lossless export. */
  source?: BibSource;
  /** Things a user may want to know that did not stop the import (duplicate field, ...). */
  warnings: string[];
}

/** An entry that could not be read; `message` is for the user and names line and entry. */
export interface ParseProblem {
  line: number;
  key: string | null;
  message: string;
}

/** What parseBibliographyFile returns: every readable entry, and one problem per unreadable one. */
export interface ParseResult {
  format: ImportFormat;
  entries: ParsedEntry[];
  errors: ParseProblem[];
}

/** A citation of one work in a manuscript, with an optional locator ("41", "41-45", "ch. 3"). */
export interface ManuscriptCiteKey {
  key: string;
  locator?: string;
}

/** How a citation is written into a manuscript. */
export type ManuscriptForm = 'pandoc' | 'latex-parencite' | 'latex-citep' | 'plain';

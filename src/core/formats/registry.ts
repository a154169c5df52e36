/**
 * The one list of the formats and styles Scholion reads and writes: ids, the names people see,
 * file extensions and media types. The zod enums of the contract, the CLI's usage, save-dialog
 * file types and the dialogs' labels all derive from here. Pure data (no citation-js), so the
 * contract and the renderer can import it; the readers and writers are bound to the same ids in
 * parse.ts and export.ts (`switch` over the id type, so a format added here and not there fails
 * the type check).
 */

/** A file format Scholion writes (and, except BibLaTeX's own id, reads). */
export interface FileFormatInfo {
  /** As the dialogs name it: "BibTeX (.bib)". */
  label: string;
  /** For save dialogs: "BibTeX". */
  shortLabel: string;
  extension: string;
  mediaType: string;
  /** What the format cannot carry, for the export dialog; null when it keeps everything. */
  limits: string | null;
}

export const EXPORT_FORMAT_IDS = ['bibtex', 'biblatex', 'ris', 'csl-json'] as const;
/** File formats Scholion writes. */
export type ExportFormat = (typeof EXPORT_FORMAT_IDS)[number];

export const FILE_FORMATS: Readonly<Record<ExportFormat, FileFormatInfo>> = {
  bibtex: {
    label: 'BibTeX (.bib)',
    shortLabel: 'BibTeX',
    extension: 'bib',
    mediaType: 'application/x-bibtex',
    limits:
      'Classic BibTeX has no days, no patents and no BibLaTeX-only types or fields: date ranges become year ranges (1984–1986), a @patent a @misc saying “Patent”, and BibLaTeX-only fields are kept but ignored by bibtex. Choose BibLaTeX to keep everything.',
  },
  biblatex: {
    label: 'BibLaTeX (.bib, for biber)',
    shortLabel: 'BibLaTeX',
    extension: 'bib',
    mediaType: 'application/x-bibtex',
    limits: null,
  },
  ris: {
    label: 'RIS (.ris)',
    shortLabel: 'RIS',
    extension: 'ris',
    mediaType: 'application/x-research-info-systems',
    limits: 'RIS cannot mark an institution as an author, and has no place for LaTeX markup.',
  },
  'csl-json': {
    label: 'CSL-JSON (.json)',
    shortLabel: 'CSL-JSON',
    extension: 'json',
    mediaType: 'application/vnd.citationstyles.csl+json',
    limits: null,
  },
};

export const IMPORT_FORMAT_IDS = ['bibtex', 'ris', 'csl-json'] as const;
/** File formats Scholion reads (.bib covers BibTeX and BibLaTeX). */
export type ImportFormat = (typeof IMPORT_FORMAT_IDS)[number];

export const STYLE_IDS = ['apa', 'chicago-author-date', 'harvard', 'mla'] as const;
/** The bundled citation styles. */
export type StyleId = (typeof STYLE_IDS)[number];

export const STYLES: Readonly<Record<StyleId, { label: string; file: string }>> = {
  apa: { label: 'APA 7th edition', file: 'apa.csl' },
  'chicago-author-date': { label: 'Chicago author-date (17th)', file: 'chicago-author-date.csl' },
  harvard: { label: 'Harvard (Cite Them Right)', file: 'harvard-cite-them-right.csl' },
  mla: { label: 'MLA 9th edition', file: 'modern-language-association.csl' },
};

export const LOCALE_IDS = ['en-US', 'en-GB'] as const;
/** The bundled CSL locales. */
export type LocaleId = (typeof LOCALE_IDS)[number];

export const OUTPUT_FORMAT_IDS = ['text', 'html', 'rtf'] as const;
/** Output markup of a formatted bibliography or citation. */
export type OutputFormat = (typeof OUTPUT_FORMAT_IDS)[number];

export const OUTPUT_FORMATS: Readonly<
  Record<OutputFormat, { label: string; shortLabel: string; extension: string; mediaType: string }>
> = {
  text: {
    label: 'Plain text',
    shortLabel: 'Plain text',
    extension: 'txt',
    mediaType: 'text/plain',
  },
  html: { label: 'HTML', shortLabel: 'HTML', extension: 'html', mediaType: 'text/html' },
  rtf: {
    label: 'Rich Text (RTF)',
    shortLabel: 'Rich Text',
    extension: 'rtf',
    mediaType: 'application/rtf',
  },
};

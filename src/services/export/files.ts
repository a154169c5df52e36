/** File names, extensions and media types of exports. */
import type { ExportFormat, OutputFormat } from '../../core/formats';

/** A file export format, or a formatted bibliography in one markup. */
export type ExportKind = ExportFormat | `bibliography-${OutputFormat}`;

export interface ExportFileType {
  extension: string;
  mimeType: string;
  /** For save dialogs: "BibTeX", "RIS", "Rich Text"... */
  label: string;
}

const TYPES: Readonly<Record<ExportKind, ExportFileType>> = {
  bibtex: { extension: 'bib', mimeType: 'application/x-bibtex', label: 'BibTeX' },
  biblatex: { extension: 'bib', mimeType: 'application/x-bibtex', label: 'BibLaTeX' },
  ris: { extension: 'ris', mimeType: 'application/x-research-info-systems', label: 'RIS' },
  'csl-json': {
    extension: 'json',
    mimeType: 'application/vnd.citationstyles.csl+json',
    label: 'CSL-JSON',
  },
  'bibliography-text': { extension: 'txt', mimeType: 'text/plain', label: 'Plain text' },
  'bibliography-html': { extension: 'html', mimeType: 'text/html', label: 'HTML' },
  'bibliography-rtf': { extension: 'rtf', mimeType: 'application/rtf', label: 'Rich Text' },
};

/** The file type of an export. */
export function exportFileType(kind: ExportKind): ExportFileType {
  return TYPES[kind];
}

/**
 * A file name from a base such as a list name: no path separators, control characters or
 * characters file systems refuse; at most 120 characters before the extension.
 */
export function exportFileName(base: string, kind: ExportKind): string {
  const printable = [...base].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const clean =
    printable
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/^[\s.]+/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120)
      .trim() || 'export';
  return `${clean}.${TYPES[kind].extension}`;
}

/** File names, extensions and media types of exports. */
import {
  EXPORT_FORMATS,
  FILE_FORMATS,
  OUTPUT_FORMAT_IDS,
  OUTPUT_FORMATS,
  type ExportFormat,
  type OutputFormat,
} from '../../core/formats';

/** A file export format, or a formatted bibliography in one markup. */
export type ExportKind = ExportFormat | `bibliography-${OutputFormat}`;

export interface ExportFileType {
  extension: string;
  mimeType: string;
  /** For save dialogs: "BibTeX", "RIS", "Rich Text"... */
  label: string;
}

/** Every export kind's file type, from the format registry (core/formats/registry.ts). */
const TYPES = Object.fromEntries([
  ...EXPORT_FORMATS.map((id) => {
    const f = FILE_FORMATS[id];
    return [id, { extension: f.extension, mimeType: f.mediaType, label: f.shortLabel }];
  }),
  ...OUTPUT_FORMAT_IDS.map((id) => {
    const f = OUTPUT_FORMATS[id];
    return [
      `bibliography-${id}`,
      { extension: f.extension, mimeType: f.mediaType, label: f.shortLabel },
    ];
  }),
]) as Readonly<Record<ExportKind, ExportFileType>>;

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

/**
 * What an attached file is, from its name: a label for the user ("PDF", "EPUB"), whether the
 * system viewer may open it (documents and images, never programs or scripts), and whether
 * Scholion can read it as a paper (PDF, Markdown, text).
 */
import type { WorkAttachment } from '../bibliography/model';

/** An attachment as the detail pane lists it. */
export interface AttachmentView extends WorkAttachment {
  /** "PDF", "EPUB", "Word", ".xyz". */
  kind: string;
  /** The file is not where the attachment says (a linked file moved or deleted). */
  missing: boolean;
  /** The system viewer may open it (a document or an image). */
  canOpen: boolean;
  /** Scholion can read it as a paper (PDF, Markdown, text) and has not yet. */
  canRead: boolean;
  /** The library paper it is, when it is one: its title. */
  paperTitle?: string;
  /** A library paper of this work, listed here without being attached (cannot be removed here). */
  fromPaper?: true;
}

/** Extensions the system viewer may open: documents and images, never programs or scripts. */
const VIEWABLE = new Set([
  'pdf',
  'epub',
  'djvu',
  'html',
  'htm',
  'xhtml',
  'txt',
  'md',
  'markdown',
  'rtf',
  'odt',
  'doc',
  'docx',
  'ppt',
  'pptx',
  'odp',
  'xls',
  'xlsx',
  'ods',
  'csv',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'svg',
  'tif',
  'tiff',
  'bib',
  'ris',
  'json',
]);

/** Extensions the paper reader takes (the Add paper path). */
const PAPERS = new Set(['pdf', 'md', 'markdown', 'txt', 'text']);

const LABELS: Record<string, string> = {
  pdf: 'PDF',
  epub: 'EPUB',
  djvu: 'DjVu',
  html: 'HTML',
  htm: 'HTML',
  xhtml: 'HTML',
  txt: 'Text',
  text: 'Text',
  md: 'Markdown',
  markdown: 'Markdown',
  rtf: 'RTF',
  odt: 'ODT',
  doc: 'Word',
  docx: 'Word',
  ppt: 'PowerPoint',
  pptx: 'PowerPoint',
  odp: 'Slides',
  xls: 'Excel',
  xlsx: 'Excel',
  ods: 'Spreadsheet',
  csv: 'CSV',
  png: 'Image',
  jpg: 'Image',
  jpeg: 'Image',
  gif: 'Image',
  webp: 'Image',
  svg: 'Image',
  tif: 'Image',
  tiff: 'Image',
  bib: 'BibTeX',
  ris: 'RIS',
  json: 'JSON',
};

/** The lower-case extension of a file name ("" when it has none). */
export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const at = base.lastIndexOf('.');
  return at > 0 ? base.slice(at + 1).toLowerCase() : '';
}

/** A short label of a file's kind for the user: "PDF", "Word", or ".xyz" / "File". */
export function attachmentKindLabel(name: string): string {
  const ext = fileExtension(name);
  return LABELS[ext] ?? (ext ? `.${ext}` : 'File');
}

/** Whether the system viewer may open a file of this name (a document or an image). */
export function isViewableFile(name: string): boolean {
  return VIEWABLE.has(fileExtension(name));
}

/** Whether Scholion can read a file of this name as a paper (PDF, Markdown or text). */
export function isReadableAsPaper(name: string): boolean {
  return PAPERS.has(fileExtension(name));
}

/** A byte count as people read it: "812 B", "14 KB", "2.3 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1).replace(/\.0$/, '') : Math.round(value)} ${units[unit]}`;
}

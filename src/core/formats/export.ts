/** Writes works in a bibliography file format. */
import type { Work } from '../bibliography/model';
import { writeBib } from './bibtex/write';
import { writeCslJson } from './csl/json';
import { writeRis } from './ris';
import type { ExportFormat } from './types';

/** A reading list's per-item data, written with the work where the format has a place for it. */
export interface ListItemNote {
  status: string;
  comment: string;
}

/** How works are written beyond their own data. */
export interface ExportOptions {
  /**
   * Keep the works' order (a reading list's) instead of sorting .bib entries by key; crossref
   * targets still come after the entries that use them, as BibTeX requires.
   */
  keepOrder?: boolean;
  /**
   * Reading-list status and comment by work key: .bib files get JabRef's `readstatus` and
   * `comment` fields, CSL-JSON the comment as `annote` and the status in `custom`, RIS an `N1`
   * note. Styles and bibtex/biber ignore these fields.
   */
  itemNotes?: ReadonlyMap<string, ListItemNote>;
}

/**
 * Writes `works` as BibTeX (ASCII, LaTeX accents), BibLaTeX (UTF-8), RIS or CSL-JSON. Keys are
 * written exactly as stored; the output depends only on the works, so exporting twice gives
 * identical bytes. Works imported from .bib files give back every field and type they came with.
 */
export function exportWorks(
  works: readonly Work[],
  format: ExportFormat,
  opts: ExportOptions = {},
): string {
  switch (format) {
    case 'bibtex':
    case 'biblatex':
      return writeBib(works, format, opts);
    case 'ris':
      return writeRis(withItemNotes(works, opts.itemNotes, 'ris'));
    case 'csl-json':
      return writeCslJson(withItemNotes(works, opts.itemNotes, 'csl-json'));
  }
}

/** Works with their list comment and status in their CSL item (copies; the works stay as they are). */
function withItemNotes(
  works: readonly Work[],
  notes: ReadonlyMap<string, ListItemNote> | undefined,
  format: 'ris' | 'csl-json',
): readonly Work[] {
  if (!notes || notes.size === 0) return works;
  return works.map((w) => {
    const note = notes.get(w.citationKey);
    if (!note) return w;
    const csl = { ...w.csl };
    if (format === 'csl-json') {
      if (note.comment) csl.annote = note.comment;
      csl.custom = { ...(csl.custom as object | undefined), 'reading-status': note.status };
    } else {
      // RIS has one place for notes (N1), which citation-js fills from the CSL note.
      const text = `Reading status: ${note.status}.${note.comment ? ` ${note.comment}` : ''}`;
      csl.note = typeof csl.note === 'string' && csl.note ? `${csl.note}\n${text}` : text;
    }
    return { ...w, csl };
  });
}

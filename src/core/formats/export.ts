/** Writes works in a bibliography file format. */
import type { Work } from '../bibliography/model';
import { writeBib } from './bibtex/write';
import { writeCslJson } from './csl/json';
import { writeRis } from './ris';
import type { ExportFormat } from './types';

/**
 * Writes `works` as BibTeX (ASCII, LaTeX accents), BibLaTeX (UTF-8), RIS or CSL-JSON. Keys are
 * written exactly as stored; the output depends only on the works, so exporting twice gives
 * identical bytes. Works imported from .bib files give back every field and type they came with.
 */
export function exportWorks(works: readonly Work[], format: ExportFormat): string {
  switch (format) {
    case 'bibtex':
    case 'biblatex':
      return writeBib(works, format);
    case 'ris':
      return writeRis(works);
    case 'csl-json':
      return writeCslJson(works);
  }
}

// Which files are papers to add and which are bibliographies to import (pure): a dropped file
// goes to the right one.

/** The file types the Add paper picker offers. */
export const PAPER_ACCEPT = '.pdf,.md,.markdown,.txt,.text';

const BIBLIOGRAPHY = /\.(bib|bibtex|biblatex|ris|json)$/i;
const TEXT = /\.(txt|text)$/i;
/** The start of a RIS record or a BibTeX entry: a .txt that is a bibliography. */
const BIBLIOGRAPHY_START = /^\s*(TY {2}- |@[a-z]+\s*[{(])/i;

/**
 * 'import' for a bibliography file (.bib, .ris, CSL-JSON, or a .txt that starts like RIS or
 * BibTeX), 'paper' for anything else: PDF, Markdown, text, and files Scholion cannot read, which
 * adding reports in one line naming what they are.
 */
export function droppedFileRole(name: string, head: string): 'import' | 'paper' {
  if (BIBLIOGRAPHY.test(name)) return 'import';
  if (TEXT.test(name) && BIBLIOGRAPHY_START.test(head)) return 'import';
  return 'paper';
}

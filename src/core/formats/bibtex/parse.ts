/** .bib text (BibTeX or BibLaTeX) to parsed entries and per-entry problems. */
import type { ParseResult } from '../types';
import { scanBib } from './scan';
import { bibEntriesToCsl } from './toCsl';

/** Parses a .bib file: every readable entry, and each unreadable one reported by line and key. */
export function parseBib(text: string): ParseResult {
  const scan = scanBib(text);
  const { entries, errors } = bibEntriesToCsl(scan.entries);
  const all = [...scan.errors, ...errors].sort((a, b) => a.line - b.line);
  return { format: 'bibtex', entries, errors: all };
}

// A work's field values as the editor's text boxes show them, and the checks run as the user
// types: dates ("2011-05-03", "n.d.", "in press"), DOIs (normalised) and ISBNs (checksum).
import type { CslDate } from '../../../../core/bibliography/model';
import { isbnProblem, normaliseDoi, splitIsbns } from '../../../../core/works/identifiers';
import { formatTypedDate, parseTypedDate } from '../../../../core/works/typedValues';

/** What a field's box shows for its stored value. */
export function textOf(kind: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (kind === 'date') return formatTypedDate(value as CslDate);
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : JSON.stringify(value);
}

/** A typed value checked: what to store (null: remove the field), or why it cannot be. */
export type Checked = { ok: true; value: unknown; note?: string } | { ok: false; problem: string };

const MONTHS = new Intl.DateTimeFormat('en', { month: 'long' });

/** "3 May 2011", "2011–2012", "n.d.": how a typed date reads. */
function readDate(date: CslDate): string {
  if (date.literal) return date.literal;
  return (date['date-parts'] ?? [])
    .map(([y, m, d]) => {
      const month = m ? MONTHS.format(new Date(2000, Number(m) - 1, 1)) : '';
      return [d, month, y].filter((p) => p !== undefined && p !== '').join(' ');
    })
    .join('–');
}

/** Checks what the user typed in a field of `kind` (`field` the CSL variable). */
export function checkTyped(field: string, kind: string, text: string): Checked {
  const clean = text.trim();
  if (!clean) return { ok: true, value: null };
  if (kind === 'date') {
    const date = parseTypedDate(clean);
    if (!date)
      return {
        ok: false,
        problem:
          'Write a date as 2011, 2011-05 or 2011-05-03 (2011/2012 for a range), n.d. or in press.',
      };
    const reads = readDate(date);
    return { ok: true, value: date, note: reads !== clean ? `Reads: ${reads}` : undefined };
  }
  if (field === 'DOI') {
    const doi = normaliseDoi(clean);
    if (!doi)
      return {
        ok: false,
        problem: 'A DOI starts with 10. and a slash, e.g. 10.1093/oso/9780199600458.001.0001.',
      };
    return { ok: true, value: doi, note: doi !== clean ? `Kept as ${doi}` : undefined };
  }
  if (field === 'ISBN') {
    for (const isbn of splitIsbns(clean)) {
      const problem = isbnProblem(isbn);
      if (problem) return { ok: false, problem: `ISBN ${isbn}: ${problem}.` };
    }
    return { ok: true, value: clean };
  }
  return { ok: true, value: clean };
}

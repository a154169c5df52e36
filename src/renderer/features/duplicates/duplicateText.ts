// How the duplicates review words things: why two records were matched, and a field's value as
// text ("Faist, Thomas; Bauböck, Rainer", "2008", "(none)").
import type { CslDate, CslName } from '../../../core/bibliography/model';
import type { DuplicateReason } from '../../../core/works/duplicates';
import { formatTypedDate, formatTypedName } from '../../../core/works/typedValues';

/** Why a pair was matched, as the review says it. */
export const REASON_LABELS: Record<DuplicateReason, string> = {
  doi: 'Same DOI',
  isbn: 'Same ISBN',
  'title-year-author': 'Same title, year and first author',
  'similar-title': 'Similar title, same year',
};

const isName = (v: unknown): v is CslName =>
  typeof v === 'object' && v !== null && ('family' in v || 'literal' in v || 'given' in v);

const isDate = (v: unknown): v is CslDate =>
  typeof v === 'object' && v !== null && ('date-parts' in v || 'literal' in v || 'raw' in v);

/** A CSL value as one line of text; '' for none. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every(isName))
    return value.map((n) => n.literal ?? formatTypedName(n)).join('; ');
  if (isDate(value)) return formatTypedDate(value);
  return JSON.stringify(value);
}

/** The chosen radio of `root` (else its first enabled one): where the keyboard lands in a row. */
export const firstChoice = (root: Element | null | undefined) =>
  root?.querySelector<HTMLInputElement>('input:checked') ??
  root?.querySelector<HTMLInputElement>('input:not(:disabled)');

/**
 * `text` cut into words and the space between them, each word marked when `other` lacks it
 * (compared as written, so "Migration" and "migration" show as different).
 */
export function wordDifferences(text: string, other: string): { text: string; differs: boolean }[] {
  const theirs = new Set(other.split(/[\s,;:.()]+/).filter(Boolean));
  return text
    .split(/([\s,;:.()]+)/)
    .filter((part) => part !== '')
    .map((part) => ({
      text: part,
      differs: !/^[\s,;:.()]+$/.test(part) && !theirs.has(part),
    }));
}

/**
 * The bibliography filter's text of a work: every name (authors, editors, translators...: family,
 * given, particles, literal), titles, container and series, key and aliases, tags, year, type
 * and label, folded once as search folds them, so the filter is a substring test per typed word.
 */
import { foldText, foldVariants } from '../search/fold';
import type { CslName, Work } from './model';

/** Every CSL name variable: a work is found by anyone named on it, in any role. */
const NAME_FIELDS = [
  'author',
  'editor',
  'translator',
  'container-author',
  'collection-editor',
  'editorial-director',
  'compiler',
  'chair',
  'contributor',
  'curator',
  'director',
  'organizer',
  'performer',
  'composer',
  'illustrator',
  'interviewer',
  'original-author',
  'recipient',
  'reviewed-author',
] as const;

const TEXT_FIELDS = [
  'title',
  'title-short',
  'container-title',
  'container-title-short',
  'collection-title',
] as const;

function nameParts(name: unknown): string[] {
  if (typeof name !== 'object' || name === null) return [];
  const n = name as CslName;
  return [
    n.literal,
    n.given,
    n['dropping-particle'],
    n['non-dropping-particle'],
    n.family,
    n.suffix,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
}

/**
 * The folded text the bibliography filter searches in `work`, plus `label` and `year` as shown.
 * Words whose spelled-out fold differs ("Köhler": "kohler", "koehler") are kept in both
 * spellings, as search indexes them, so "koehler" finds Köhler.
 */
export function workFilterText(work: Work, label: string, year: string | null): string {
  const csl = work.csl;
  const parts: string[] = [work.citationKey, ...work.aliases, label, year ?? '', csl.type];
  for (const field of NAME_FIELDS) {
    const names = csl[field];
    if (Array.isArray(names)) for (const name of names) parts.push(...nameParts(name));
  }
  for (const field of TEXT_FIELDS) {
    const value = csl[field];
    if (typeof value === 'string') parts.push(value);
  }
  parts.push(...work.tags);
  return foldFilterText(parts.join(' '));
}

/**
 * `text` folded as the filter searches it: plainly ("kohler"), then the words whose spelled-out
 * fold differs ("koehler") in that spelling too.
 */
export function foldFilterText(text: string): string {
  const base = foldText(text);
  const expanded = foldText(text, 'expanded');
  return expanded === base ? base : `${base} ${spelledOutWords(base, expanded)}`;
}

const WHITESPACE_RUN = /\s+/;

/**
 * The words of `expanded` (a text folded with letters spelled out) that differ from `base` (the
 * same text folded plainly). Folding keeps every character's place, whitespace included, so the
 * two have the same words in the same order; a filter word (no whitespace) occurs in the text
 * only within one word, so the words both spellings share are needed once: at 100,000 works
 * with many names like Köhler, the whole text twice was a third of the filter texts' ~33 MB.
 */
function spelledOutWords(base: string, expanded: string): string {
  const plain = base.split(WHITESPACE_RUN);
  const spelled = expanded.split(WHITESPACE_RUN);
  if (plain.length !== spelled.length) return expanded; // not met: kept whole, as before
  return spelled.filter((word, i) => word !== plain[i]).join(' ');
}

/**
 * The words of a filter as typed, each as its folded spellings (one, or two for "Köhler");
 * empty when nothing searchable was typed.
 */
export function filterWords(filter: string): string[][] {
  return filter
    .split(/\s+/)
    .map((word) => foldVariants(word))
    .filter((variants) => variants.length > 0);
}

/** True when every word of `words` (any of its spellings) occurs in the folded `text`. */
export function matchesFilterText(text: string, words: readonly (readonly string[])[]): boolean {
  return words.every((variants) => variants.some((v) => text.includes(v)));
}

/**
 * True when every text matching `next` also matches `previous` (each earlier word is inside a
 * word typed now, in every spelling): as the user types on, only the earlier matches are tested.
 */
export function filterNarrows(
  previous: readonly (readonly string[])[],
  next: readonly (readonly string[])[],
): boolean {
  return previous.every((old) =>
    next.some((now) => now.every((v) => old.some((o) => v.includes(o)))),
  );
}

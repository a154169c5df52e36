/** Resolves an author-year citation to the one work it names, or to nothing when unsure. */
import type { Work } from './model';
import { citationLabelKey, labelKeyOf } from './labels';
import { keysOverlap, nameKeys, writtenNameKeys } from './normalise';
import { citedNames, workYear, workYearSuffix } from './summary';

/** An author-year citation as parsed: names as written, "et al.", year and a/b/c suffix. */
export interface CitationQuery {
  authors: readonly string[];
  etAl: boolean;
  year: string | null;
  yearSuffix: string | null;
}

interface IndexedWork {
  key: string;
  /** Per cited name, every normalised form it may be cited under. */
  names: ReadonlySet<string>[];
  suffix: string | null;
}

/** Lookup tables over a set of works; build once with buildWorkIndex, query many times. */
export interface WorkIndex {
  readonly works: readonly Work[];
  /** Citation key or alias -> work. */
  readonly byKey: ReadonlyMap<string, Work>;
  /** Normalised cited label ("kohler|2011|") -> keys of the works cited under it. */
  readonly byLabel: ReadonlyMap<string, readonly string[]>;
  /** Year ("nd" when none) -> works of that year with their name keys. */
  readonly byYear: ReadonlyMap<string, readonly IndexedWork[]>;
}

/** Indexes works by key and alias, by the labels the paper cites them under, and by names + year. */
export function buildWorkIndex(works: Work[]): WorkIndex {
  const byKey = new Map<string, Work>();
  const byLabel = new Map<string, string[]>();
  const byYear = new Map<string, IndexedWork[]>();
  for (const work of works) {
    byKey.set(work.citationKey, work);
    for (const alias of work.aliases) if (!byKey.has(alias)) byKey.set(alias, work);
    for (const label of work.citedAs) {
      const key = labelKeyOf(label);
      if (key === null) continue;
      const keys = byLabel.get(key) ?? [];
      if (!keys.includes(work.citationKey)) keys.push(work.citationKey);
      byLabel.set(key, keys);
    }
    const year = workYear(work) ?? 'nd';
    const entry: IndexedWork = {
      key: work.citationKey,
      names: citedNames(work.csl).map(nameKeys),
      suffix: workYearSuffix(work),
    };
    byYear.set(year, [...(byYear.get(year) ?? []), entry]);
  }
  return { works: [...works], byKey, byLabel, byYear };
}

/** The work with this citation key or alias, if any. */
export function findWorkByKey(index: WorkIndex, key: string): Work | undefined {
  return index.byKey.get(key);
}

/** The written names match the work's first names, in order. */
function namesMatch(written: ReadonlySet<string>[], entry: IndexedWork): boolean {
  return written.every((keys, i) => {
    const theirs = entry.names[i];
    return theirs !== undefined && keysOverlap(keys, theirs);
  });
}

/** The one candidate the suffix points to, or null when none or several fit. */
function pick(candidates: IndexedWork[], suffix: string | null): string | null {
  if (suffix) {
    const exact = candidates.filter((c) => c.suffix === suffix);
    if (exact.length === 1) return exact[0]?.key ?? null;
    if (exact.length > 1) return null;
    // "Smith 2010a" with a single Smith 2010 whose suffix is unknown: the same work.
    const only = candidates.length === 1 ? candidates[0] : undefined;
    return only && only.suffix === null ? only.key : null;
  }
  return candidates.length === 1 ? (candidates[0]?.key ?? null) : null;
}

/**
 * The citation key of the work a citation names, or null when no work or more than one fits.
 * 1. A label the work is cited under (custom.citedAs), compared ignoring case, diacritics,
 *    punctuation and "and" ("Kunz, Lavenex, Panizzon 2011", "Köhler 2011").
 * 2. Otherwise names + year + suffix: each written name must match the work's author (or editor)
 *    at the same position, by family name with or without particles, with diacritics folded
 *    (Köhler matches Kohler and Koehler), or a corporate name, its first part or acronym ("UN", "GCIM").
 *    With "et al." the work must have more names than are written.
 * 3. Without "et al.", works with exactly the written names come first; only if there are none
 *    may the written names just start a longer list ("Laakso 2007" for Laakso, Kivimäki and
 *    Seppänen 2007).
 * A suffix ("2011c") picks the work known by that suffix; it never picks among unlabelled works.
 */
export function resolveCitation(citation: CitationQuery, index: WorkIndex): string | null {
  if (citation.authors.length === 0) return null;
  const labelled = index.byLabel.get(citationLabelKey(citation));
  if (labelled) return labelled.length === 1 ? (labelled[0] ?? null) : null;

  const written = citation.authors.map(writtenNameKeys);
  if (written.some((keys) => keys.size === 0)) return null;
  const sameYear = index.byYear.get(citation.year ?? 'nd') ?? [];
  const named = sameYear.filter((entry) => namesMatch(written, entry));
  if (citation.etAl) {
    return pick(
      named.filter((entry) => entry.names.length > written.length),
      citation.yearSuffix,
    );
  }
  const exact = named.filter((entry) => entry.names.length === written.length);
  return pick(exact.length > 0 ? exact : named, citation.yearSuffix);
}

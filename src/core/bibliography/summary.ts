/** Short descriptions of a work: its year, the names it is cited by, and an author-year label. */
import type { CslItem, CslName, Work } from './model';
import { parseLabel } from './labels';

/** What a work without a title is shown as, wherever its title would be (lists, hits, cards). */
export const UNTITLED = '(untitled)';

/** The year a CSL item was issued, from `issued` date parts or a 4-digit year in its raw/literal. */
export function cslYear(csl: CslItem): string | null {
  const issued = csl.issued;
  if (!issued) return null;
  const first = issued['date-parts']?.[0]?.[0];
  if (typeof first === 'number' && Number.isInteger(first)) return String(first);
  if (typeof first === 'string' && /^\d{1,4}$/.test(first.trim())) return first.trim();
  const text = issued.raw ?? issued.literal ?? '';
  return /\b(\d{4})/.exec(text)?.[1] ?? null;
}

/** The year a work was issued ("2011"), or null if unknown. */
export function workYear(work: Work): string | null {
  return cslYear(work.csl);
}

/**
 * The a/b/c that tells this work apart from others by the same authors in the same year, when it
 * is known: from the CSL `year-suffix`, a label the paper cites it by, or a raw date like "2011c".
 */
export function workYearSuffix(work: Work): string | null {
  const explicit = work.csl['year-suffix'];
  if (typeof explicit === 'string' && /^[a-z]$/.test(explicit)) return explicit;
  const year = workYear(work);
  for (const label of work.citedAs) {
    const parts = parseLabel(label);
    if (parts?.yearSuffix && parts.year === year) return parts.yearSuffix;
  }
  const raw = work.csl.issued?.raw ?? work.csl.issued?.literal ?? '';
  return /\b\d{4}([a-z])\b/.exec(raw)?.[1] ?? null;
}

/** The names a work is cited by: its authors, or its editors when it has none (as CSL does). */
export function citedNames(csl: CslItem): CslName[] {
  if (csl.author && csl.author.length > 0) return csl.author;
  return csl.editor ?? [];
}

/** How one name appears in an author-year citation: "van der Heijden", "European Commission". */
export function shortName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = name.family ?? name.given ?? '';
  const particle = name['non-dropping-particle'];
  return particle ? `${particle} ${family}` : family;
}

/** A name's family part with its particles ("van der Heijden"), or the name of an organisation. */
export const familyName = (n: CslName): string =>
  n.literal ??
  [n['dropping-particle'], n['non-dropping-particle'], n.family].filter(Boolean).join(' ');

/**
 * The authors (or editors) in full, as a search hit and the works list show them: "Christina
 * Köhler, Peter van der Heijden" (up to `max`, then "et al.").
 */
export function authorList(work: Work, max = 6): string {
  const names = (work.csl.author ?? work.csl.editor ?? []).map((n) =>
    n.literal ? n.literal : [n.given, familyName(n)].filter(Boolean).join(' '),
  );
  return names.length > max ? `${names.slice(0, max).join(', ')} et al.` : names.join(', ');
}

/** "Betts", "Lahav and Lavenex", "Kunz et al."; "Anonymous" for a work without names. */
export function workAuthorsShort(work: Work): string {
  const cited = citedNames(work.csl);
  // BibTeX's `and others`, kept as pandoc's marker (a literal "others" after the last name).
  const others = cited.length > 1 && cited[cited.length - 1]?.literal === 'others';
  const names = (others ? cited.slice(0, -1) : cited).map(shortName).filter((n) => n.length > 0);
  const [first, second] = names;
  if (!first) return 'Anonymous';
  if (others) return `${first} et al.`;
  if (names.length === 1) return first;
  if (names.length === 2) return `${first} and ${second ?? ''}`;
  return `${first} et al.`;
}

/** "Betts 2011c", "Koehler 2011", "Anonymous n.d.": the work's own names, year and suffix. */
export function workLabel(work: Work): string {
  const year = workYear(work);
  const suffix = workYearSuffix(work) ?? '';
  return `${workAuthorsShort(work)} ${year ? year + suffix : 'n.d.'}`;
}

/**
 * Which works of a set can be ambiguous with another one in a citation, found without rendering:
 * two works whose citations read alike ("Smith, 2001") share a word the citation starts with (a
 * name, or a title when there is none) and, in author-date styles, the year. Works that share no
 * such pair with any other are alone, and citeproc need not render their citation to look for
 * twins: a bibliography engine gives them a key of their own (see citationJs.ts).
 */
import type { CslItem } from '../../bibliography/model';
import { CSL_NAME_VARIABLES as NAME_VARIABLES } from './nameVariables';

/** Text variables a citation may show when a work has no names. */
const TITLE_VARIABLES = ['title', 'title-short', 'container-title', 'container-title-short'];
/** Types that author-date styles (APA) cite by title even when they have authors. */
const CITED_BY_TITLE = new Set([
  'bill',
  'legal_case',
  'legislation',
  'treaty',
  'regulation',
  'hearing',
]);

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The ids of `items` that no other item could be confused with. Over-grouping is harmless
 * (citeproc then compares the real citations); a missed pair would lose a year letter, so every
 * name variable and title counts, with words compared in lower case. `byYear`: the style's
 * citations show the year (it adds year letters), so works of different years differ.
 */
export function unambiguousIds(items: readonly CslItem[], byYear: boolean): Set<string> {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  items.forEach((item, i) => {
    const years = byYear ? yearsOf(item) : NO_YEAR;
    for (const token of tokensOf(item)) {
      for (const year of years) {
        const key = `${year}\u0000${token}`;
        const other = firstWithKey.get(key);
        if (other === undefined) firstWithKey.set(key, i);
        else parent[find(i)] = find(other);
      }
    }
  });
  const size = new Map<number, number>();
  for (let i = 0; i < items.length; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
  const alone = new Set<string>();
  items.forEach((item, i) => {
    if (size.get(find(i)) === 1) alone.add(item.id);
  });
  return alone;
}

const NO_YEAR = [''];

/**
 * The years a citation of `item` may show: the issued year; and '' (shared with works without
 * a date) when the date may read otherwise ("n.d.", a literal date, "forthcoming").
 */
function yearsOf(item: CslItem): string[] {
  const issued = item.issued;
  const part = issued?.['date-parts']?.[0]?.[0];
  const year =
    part !== undefined
      ? /\d{4}/.exec(String(part))?.[0]
      : /\d{4}/.exec(`${issued?.literal ?? ''} ${issued?.raw ?? ''}`)?.[0];
  const plain = year !== undefined && part !== undefined && item.status === undefined;
  return plain ? [year] : year !== undefined ? [year, ''] : NO_YEAR;
}

/**
 * Words a citation of `item` may show first: the first and last word of each name variable's
 * first name (family with particle, or literal; the given name of a mononym); for works without
 * names (or cited by title, as laws are), the first word of each title. Names and titles share
 * one vocabulary: a title may stand where another work's name does.
 */
function tokensOf(item: CslItem): Set<string> {
  const tokens = new Set<string>();
  for (const variable of NAME_VARIABLES) {
    const names = item[variable];
    if (!Array.isArray(names) || names.length === 0) continue;
    const first = names[0] as Record<string, unknown>;
    const shown =
      first.family !== undefined
        ? `${String(first['non-dropping-particle'] ?? '')} ${String(first.family)}`
        : String(first.literal ?? first.given ?? '');
    const words = shown.toLowerCase().match(WORD);
    if (words) {
      tokens.add(words[0]!);
      tokens.add(words[words.length - 1]!);
    }
  }
  if (tokens.size === 0 || CITED_BY_TITLE.has(item.type)) {
    for (const variable of TITLE_VARIABLES) {
      const words = String(item[variable] ?? '')
        .toLowerCase()
        .match(WORD);
      if (words) tokens.add(words[0]!);
    }
  }
  if (tokens.size === 0) tokens.add('');
  return tokens;
}

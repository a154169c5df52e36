// Page ranges printed short ("419–22", "1251-62", "123-8") written out in full ("419-422"), as
// a library keeps them: exports and duplicate checks then see one form of the same range.

const SHORT_RANGE = /^(\d+)-(\d+)$/u;

/**
 * The page value with an abbreviated end written out: the end takes the start's leading digits
 * when it has fewer digits and would otherwise come before the start. Anything else (full
 * ranges, single pages, lists, article numbers, roman numerals) is returned as it is.
 */
export function expandPageRange(page: string): string {
  const m = SHORT_RANGE.exec(page);
  if (!m) return page;
  const [, start, end] = m as unknown as [string, string, string];
  if (end.length >= start.length || Number(end) >= Number(start)) return page;
  const full = start.slice(0, start.length - end.length) + end;
  return Number(full) > Number(start) ? `${start}-${full}` : page;
}

/** The year of a bibliography row as the paper cites it. */

/**
 * The year as the paper cites it, with its letter ("2011c"), so Betts 2011a/b/c differ; the
 * work's year when the label has none, or "n.d.".
 */
export function yearAsCited(work: { label: string; year: string | null }): string {
  return /\b(\d{4}[a-z]?)$/.exec(work.label)?.[1] ?? work.year ?? 'n.d.';
}

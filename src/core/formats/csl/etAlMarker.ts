/**
 * BibTeX's `and others` in CSL-JSON: pandoc's convention, a last name `{ literal: "others" }`
 * (cslCorrections.ts keeps it so). citeproc-js knows no such marker and would print an author
 * called "others"; dropping it loses the "et al." the record says. So citeproc is given a
 * placeholder name in its place, and the placeholder, with the "&"/"and" the style put before
 * it, becomes the locale's "et al." in what citeproc wrote — "Smith, J., Doe, J., et al. (2001)"
 * in a reference, "(Smith et al., 2001)" in the text. A list the style already cuts short with
 * its own et al. never prints the placeholder.
 */
import type { CslItem, CslName } from '../../bibliography/model';

/** A private-use character no real name contains. */
const PLACEHOLDER = '\uE0A0';

const NAME_ROLES = ['author', 'editor', 'translator', 'container-author'] as const;

const isOthers = (names: CslName[] | undefined): names is CslName[] =>
  names !== undefined && names.length > 1 && names[names.length - 1]?.literal === 'others';

/** The item with each name list's `others` marker replaced by the placeholder citeproc prints. */
export function withEtAlPlaceholder(item: CslItem): CslItem {
  if (!NAME_ROLES.some((role) => isOthers(item[role] as CslName[] | undefined))) return item;
  const out: CslItem = { ...item };
  for (const role of NAME_ROLES) {
    const names = item[role] as CslName[] | undefined;
    if (isOthers(names)) out[role] = [...names.slice(0, -1), { literal: PLACEHOLDER }];
  }
  return out;
}

// What a style writes before a list's last name: a delimiter (", "), "&" or "and" (escaped in
// HTML and RTF output), or both.
const BEFORE_PLACEHOLDER = new RegExp(
  `(,?)\\s*(?:(?:&#38;|&amp;|&|\\\\&|and)\\s+)?${PLACEHOLDER}\\.?`,
  'gu',
);

/**
 * Citeproc's output with each placeholder written as "et al.": after a comma where the names are
 * written family first ("Smith, J., Doe, J., et al.", "Okafor, Chidi, et al.", as Chicago and MLA
 * write it), after a space in the text ("Smith et al."); a full stop the style puts after the
 * names is the abbreviation's own.
 */
export function writeEtAl(text: string): string {
  if (!text.includes(PLACEHOLDER)) return text;
  return text.replace(BEFORE_PLACEHOLDER, (match: string, comma: string, at: number) => {
    // The names before it, back to where this citation or entry starts.
    const from = Math.max(
      text.lastIndexOf('(', at),
      text.lastIndexOf(';', at),
      text.lastIndexOf('>', at),
    );
    const inverted = comma !== '' || text.slice(from + 1, at).includes(',');
    return `${inverted ? ',' : ''} et al.`;
  });
}

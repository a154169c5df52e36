/** Readable labels kept with links, so a link stays meaningful after its target is deleted. */
import type { CslItem, CslName } from '../bibliography/model';
import type { TextQuoteSelector } from './notes';

const TITLE_MAX = 60;

/** Cuts `text` to about `max` characters at a word boundary, adding an ellipsis. */
export function truncateLabel(text: string, max: number = TITLE_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

function nameOf(n: CslName): string {
  if (n.literal) return n.literal;
  const particle = n['non-dropping-particle'];
  return [particle, n.family ?? n.given ?? ''].filter(Boolean).join(' ');
}

function namesLabel(names: CslName[] | undefined): string | null {
  if (!names?.length) return null;
  const [first, second] = names;
  if (!first) return null;
  if (names.length === 1 || !second) return nameOf(first);
  if (names.length === 2) return `${nameOf(first)} and ${nameOf(second)}`;
  return `${nameOf(first)} et al.`;
}

function yearOf(item: CslItem, key: string): string | null {
  const year = item.issued?.['date-parts']?.[0]?.[0];
  if (year === undefined || year === '') return null;
  // Keys like "betts2011c" carry the year suffix that tells the author's works of a year apart.
  const suffix = new RegExp(`${year}([a-z])$`).exec(key)?.[1] ?? '';
  return `${year}${suffix}`;
}

/**
 * A label like "Betts 2011c — The Global Governance of Migration…" for a work: the label it is
 * cited under when known, else its authors (or editors) and year, then its shortened title.
 */
export function workLabel(
  key: string,
  item: CslItem | null,
  citedAs: readonly string[] = [],
): string {
  if (!item) return citedAs[0] ?? key;
  const who =
    citedAs[0] ??
    ([namesLabel(item.author) ?? namesLabel(item.editor), yearOf(item, key)]
      .filter(Boolean)
      .join(' ') ||
      key);
  return item.title ? `${who} — ${truncateLabel(item.title)}` : who;
}

/** A label for a passage link: the quote, shortened, in quotation marks. */
export function passageLabel(selector: Pick<TextQuoteSelector, 'exact'>): string {
  return `“${truncateLabel(selector.exact, 80)}”`;
}

/** A label for a claim link: the claim's text, shortened. */
export function claimLabel(id: string, text: string | null): string {
  return text ? truncateLabel(text, 80) : `Claim ${id}`;
}

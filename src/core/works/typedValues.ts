/**
 * Values as a user types them (the CLI's `--field k=v`, a plain text box) turned into CSL-JSON:
 * name lists ("Betts, Alexander; {World Bank}"), dates ("2011-05-03", "n.d.", "in press").
 */
import type { CslDate, CslName } from '../bibliography/model';
import { NAME_PARTICLES } from '../bibliography/normalise';

/** Splits a family name's leading lower-case particles off ("van der Heijden"). */
function withParticle(family: string): Pick<CslName, 'family' | 'non-dropping-particle'> {
  const words = family.split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && NAME_PARTICLES.has(words[i] as string)) i++;
  if (i === 0) return { family };
  return { 'non-dropping-particle': words.slice(0, i).join(' '), family: words.slice(i).join(' ') };
}

/**
 * One typed name: "Family, Given", "Family, Suffix, Given" (BibTeX's order), "Given Family",
 * or `{Name}` / a single word for an institution or a mononym (kept whole as `literal`).
 */
export function parseTypedName(text: string): CslName {
  const clean = text.trim().replace(/\s+/g, ' ');
  const braced = /^\{(.+)\}$/.exec(clean);
  if (braced) return { literal: (braced[1] as string).trim() };
  const parts = clean.split(/\s*,\s*/);
  if (parts.length === 3) {
    const [family, suffix, given] = parts as [string, string, string];
    return { ...withParticle(family), given, suffix };
  }
  if (parts.length === 2) {
    const [family, given] = parts as [string, string];
    return given ? { ...withParticle(family), given } : { ...withParticle(family) };
  }
  const words = clean.split(' ');
  if (words.length === 1) return { literal: clean };
  // "Ludwig van Beethoven": the particle starts at the first lower-case particle word.
  let at = words.length - 1;
  while (at > 1 && NAME_PARTICLES.has(words[at - 1] as string)) at--;
  const family = words.slice(at).join(' ');
  const given = words.slice(0, at).join(' ');
  const particle = words.slice(at, words.length - 1).join(' ');
  return particle && NAME_PARTICLES.has(words[at] as string)
    ? { given, 'non-dropping-particle': particle, family: words[words.length - 1] as string }
    : { given, family };
}

/** A typed name list, names separated by ";" or " and ". */
export function parseTypedNames(text: string): CslName[] {
  return text
    .split(/\s*;\s*|\s+and\s+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(parseTypedName);
}

/** Dates written as words rather than numbers: kept as CSL literals. */
const LITERAL_DATES: Record<string, string> = {
  'n.d.': 'n.d.',
  nd: 'n.d.',
  'no date': 'n.d.',
  'in press': 'in press',
  forthcoming: 'forthcoming',
};

/**
 * A typed date as CSL: "2011", "2011-05", "2011-05-03", "2011/2012" (a range), "n.d.", "in
 * press", "forthcoming". Null when the text is none of these.
 */
export function parseTypedDate(text: string): CslDate | null {
  const clean = text.trim().toLowerCase();
  const literal = LITERAL_DATES[clean];
  if (literal) return { literal };
  const one = (s: string): number[] | null => {
    const m = /^(\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s.trim());
    if (!m) return null;
    const parts = [Number(m[1])];
    if (m[2]) parts.push(Number(m[2]));
    if (m[3]) parts.push(Number(m[3]));
    const [, month, day] = parts;
    if (month !== undefined && (month < 1 || month > 12)) return null;
    if (day !== undefined && (day < 1 || day > 31)) return null;
    return parts;
  };
  const range = clean.split('/');
  if (range.length > 2) return null;
  const parts = range.map(one);
  if (parts.some((p) => p === null)) return null;
  return { 'date-parts': parts as number[][] };
}

/** A CSL date as the user would type it ("2011-05-03", "n.d."), for editors and the CLI. */
export function formatTypedDate(date: CslDate | undefined): string {
  if (!date) return '';
  if (date['date-parts']?.length) {
    return date['date-parts']
      .map((p) => p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-'))
      .join('/');
  }
  return date.literal ?? date.raw ?? '';
}

/** A CSL name as the user would type it ("Betts, Alexander", "{World Bank}"). */
export function formatTypedName(name: CslName): string {
  if (name.literal) return `{${name.literal}}`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.suffix, name.given].filter(Boolean).join(', ');
}

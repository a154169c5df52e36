/** Name and label normalisation shared by citation resolution and key generation. */
import type { CslName } from './model';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** German umlauts as their conventional two-letter spellings (Köhler is also written Koehler). */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** Lower-case particles that may precede a family name ("van der Heijden", "de Gaulle"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'des',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'zur',
  'op',
  "d'",
  'dal',
  'al',
  'el',
  'bin',
  'ibn',
]);

/** Words skipped when abbreviating corporate names ("International Organization for Migration"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'on',
  'and',
  'in',
  'to',
  'at',
  'by',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'et',
  'der',
  'die',
  'das',
  'fur',
  'und',
  'im',
]);

/** Any character outside ASCII (the only ones normalising or folding can change). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cases and folds diacritics to ASCII letters: "Köhler" -> "kohler", "Weiß" -> "weiss". */
export function foldDiacritics(text: string): string {
  // ASCII text is its own NFC and NFKD form, with no special letter or mark: only lower-cased
  // (the notes' search folds 10,000 bodies, ~7 MB, on its first word: ~120 -> ~20 ms).
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFC')
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Like foldDiacritics, but spells umlauts out: "Köhler" -> "koehler". */
export function foldGerman(text: string): string {
  return foldDiacritics(text.normalize('NFC').replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c] ?? c));
}

/** Folded text with everything but ASCII letters and digits removed: "O'Brien" -> "obrien". */
export function compact(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]/g, '');
}

/** Folded words of a text, split at anything that is not a letter or digit. */
export function words(text: string): string[] {
  return foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Both foldings of a compacted text (one entry when they agree). */
function foldings(text: string): string[] {
  const plain = compact(text);
  const german = foldGerman(text).replace(/[^a-z0-9]/g, '');
  return plain === german ? [plain] : [plain, german];
}

/** A family name without its leading particles: "van der Heijden" -> "Heijden". */
export function stripParticles(family: string): string {
  const parts = family.trim().split(/\s+/);
  let i = 0;
  while (i < parts.length - 1 && NAME_PARTICLES.has(foldDiacritics(parts[i] ?? ''))) i += 1;
  return parts.slice(i).join(' ');
}

/** Initials of the significant words, e.g. "Global Commission on International Migration" -> "gcim". */
export function acronym(name: string): string {
  return words(name)
    .filter((w) => !STOP_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/** A corporate name's abbreviation in parentheses, e.g. "Federal Office for Migration (FOM)". */
export function parentheticalAbbreviation(name: string): string | null {
  const match = /\(([^()]{2,12})\)\s*$/.exec(name);
  return match?.[1] ? compact(match[1]) || null : null;
}

/** Keys under which a corporate name may be cited: full, first part, acronyms, abbreviation. */
function corporateKeys(literal: string): string[] {
  const withoutParen = literal.replace(/\s*\([^()]*\)\s*$/, '');
  const firstPart = withoutParen.split(',')[0] ?? withoutParen;
  const keys = [
    ...foldings(literal),
    ...foldings(withoutParen),
    ...foldings(firstPart),
    parentheticalAbbreviation(literal) ?? '',
  ];
  for (const part of [withoutParen, firstPart]) {
    const abbr = acronym(part);
    if (abbr.length >= 2) keys.push(abbr);
  }
  return keys.filter((k) => k.length > 0);
}

/** Keys under which a person's family name may be cited, with and without particles. */
function familyKeys(family: string, particle: string | undefined): string[] {
  const full = particle ? `${particle} ${family}` : family;
  return [...foldings(full), ...foldings(family), ...foldings(stripParticles(full))];
}

/** Every key a CSL name can be cited under; empty when the name has neither family nor literal. */
export function nameKeys(name: CslName): Set<string> {
  if (name.literal) return new Set(corporateKeys(name.literal));
  if (name.family) return new Set(familyKeys(name.family, name['non-dropping-particle']));
  return new Set();
}

/** Keys of a name as written in a citation ("Köhler", "van der Heijden", "GCIM"). */
export function writtenNameKeys(written: string): Set<string> {
  const keys = [...foldings(written), ...foldings(stripParticles(written))];
  return new Set(keys.filter((k) => k.length > 0));
}

/** True when two key sets share a key. */
export function keysOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

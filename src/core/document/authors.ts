// Reads title-page author lines: "*Name, Affiliation*" (whole line emphasised), one per line.
import type { DocumentAuthor } from './model';
import { parseInline } from './inline';
// The same particles the bibliography knows ("Ursula von der Leyen", "Ana de la Cruz").
import { NAME_PARTICLES as PARTICLES } from '../bibliography/normalise';

const WHOLE_LINE_EMPHASIS = /^(\*{1,3}|_{1,3})(?!\s)(.+?)(?<!\s)\1$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;

/** True when `text` looks like a personal name: 2-6 words, capitalised except known particles. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const capitalised = words.filter((w) => NAME_WORD.test(w));
  return capitalised.length >= 2 && words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w));
}

/**
 * Reads a title-page paragraph made only of author lines (each wholly in italics or bold,
 * "Name, Affiliation" or just "Name"). Returns null if any line is not such an author line.
 */
export function readAuthorLines(lines: readonly string[]): DocumentAuthor[] | null {
  const authors: DocumentAuthor[] = [];
  for (const line of lines) {
    const emphasised = WHOLE_LINE_EMPHASIS.exec(line.trim());
    if (!emphasised) return null;
    const text = parseInline(emphasised[2]!).text;
    const comma = text.indexOf(',');
    const name = (comma < 0 ? text : text.slice(0, comma)).trim();
    const affiliation = comma < 0 ? '' : text.slice(comma + 1).trim();
    if (!looksLikePersonName(name)) return null;
    authors.push({ name, affiliation: affiliation || null });
  }
  return authors.length > 0 ? authors : null;
}

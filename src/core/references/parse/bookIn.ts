// The word that introduces the book, proceedings or journal a part of it is in: "In", "In:",
// "in:", "to appear in", "dans" (French), "im" (German), "en" (Spanish). One definition for the
// field cleaners (a container or a title that the tagger gave it) and the printed-form rules.

/** The mark and what follows it ("In Vivo", "In Practice" are journals: "in" is their word). */
const BOOK_IN =
  /^\s*(to appear in|in|dans|im|en)(\s*:\s*|\s+)(?!(?:vivo|vitro|silico|practice)\b)(?=\S)/iu;

/** The "In" mark at the start of a text. */
export interface BookInMark {
  /** The word as printed ("In", "in", "to appear in"). */
  word: string;
  /** Whether a colon follows it ("In: Proceedings"). */
  colon: boolean;
  /** The length of the mark with the spaces after it: the book starts there. */
  length: number;
}

/** The "In" mark that `text` starts with, or null. */
export function bookInMark(text: string): BookInMark | null {
  const m = BOOK_IN.exec(text);
  return m ? { word: m[1]!, colon: m[2]!.includes(':'), length: m[0].length } : null;
}

/** `text` without the "In" mark at its start (unchanged when it has none). */
export function withoutBookIn(text: string): string {
  const mark = bookInMark(text);
  return mark ? text.slice(mark.length) : text;
}

/** A title or a book may open with a quote or a capital; a capital "In" opens titles too. */
const BOOK_OPENS = /^[\p{Lu}"“«„]/u;

/**
 * A title without the "In" mark of a book the tagger called a title ("In: Astrophysics of cosmic
 * rays", "in Proc. of the 8th Rencontres"): with a colon, or a lower-case "in" or "dans" before a
 * capital or quote. A capital "In" without a colon begins titles ("In Search of Excellence").
 */
export function titleWithoutBookIn(text: string): string {
  const mark = bookInMark(text);
  if (!mark) return text;
  const rest = text.slice(mark.length);
  const lowerIn = (mark.word === 'in' || mark.word === 'dans') && BOOK_OPENS.test(rest);
  return mark.colon || lowerIn ? rest : text;
}

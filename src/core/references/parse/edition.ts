// A book's edition as reference lists print it: "2nd ed.", "3rd edn", "Second edition", "rev. ed.",
// "(5th ed.)". One definition for the rules that find it (a segment, a sentence, the end of a
// title) and for the value they give it.
import { cleanText } from './fieldValues';

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
] as const;

/** An ordinal word, alone or run into the edition word by PDF extraction ("ThirdEdition"). */
const ORDINAL_WORD = new RegExp(`\\b(${ORDINAL_WORDS.join('|')})(?:\\b|(?=ed))`, 'iu');

/**
 * Which edition: "2nd", "second", "revised", "rev.", "expanded", "new"; an ordinal's letters may
 * be spaced out by PDF extraction ("2 n d").
 */
const WHICH = `(?:\\d+\\s*(?:s\\s*t|n\\s*d|r\\s*d|t\\s*h)|${ORDINAL_WORDS.join('|')}|revised|rev\\.?|expanded|new)`;
/**
 * An edition: "2nd ed.", "Second edition", "rev. edn." (the final dot with it), also with the
 * space lost ("3rded.", "ThirdEdition").
 */
const EDITION = `${WHICH}\\s*(?:edition|edn|ed)\\b\\.?`;

/** A text that is an edition and nothing else, bracketed or not: "2nd ed.", "(Second edition),". */
export const EDITION_ALONE = new RegExp(`^\\s*\\(?\\s*${EDITION}\\s*\\)?[\\s.,;:]*$`, 'iu');

/** An edition in brackets ending a text: "Sobolev spaces (second edition)." */
export const EDITION_IN_BRACKETS_AT_END = new RegExp(`\\(\\s*${EDITION}\\s*\\)?[\\s.,;:]*$`, 'iu');

/** An edition after a comma ending a text: "Concise Encyclopedia of Mathematics, 2nd edition." */
export const EDITION_AFTER_COMMA_AT_END = new RegExp(
  `,\\s*\\(?\\s*${EDITION}\\s*\\)?[\\s.,;:]*$`,
  'iu',
);

/** An edition ending a text after a space: "Comprehensive Textbook of Psychiatry/VI 6th ed." */
export const EDITION_AT_END = new RegExp(`\\s${EDITION}[\\s.,;:]*$`, 'iu');

/**
 * The value of an edition: its number ("2nd edn." and "Second edition" -> "2"), or the words
 * that name it without the edition word ("Revised edition" -> "Revised").
 */
export function editionValue(text: string): string {
  const digits = /\d+/u.exec(text);
  if (digits) return digits[0];
  const word = ORDINAL_WORD.exec(text)?.[1]?.toLowerCase();
  const n = ORDINAL_WORDS.findIndex((w) => w === word);
  if (n >= 0) return String(n + 1);
  return cleanText(text.replace(/\b(?:edition|edn|ed)\b\.?[\s.,;:)]*$/iu, ''));
}

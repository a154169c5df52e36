// A chapter in an edited book, as numeric styles print it: Vancouver's "Title. In: Kirby KJ,
// Watkins C, editors. Book title. Place: Publisher; Year." and the form "Title. In Book title
// (Musick JA and R Bonfil editors), Publisher, Place." The tagger tends to run the editors into
// the book's title, or the book's title into the chapter's.
import { EDITION_AT_END } from '../edition';
import type { Token } from '../tokens';
import { punctuationAfter, relabel, tokensIn } from './labelSpans';
import { EDITOR_MARK, sentenceEnd } from './printedPatterns';
import { NAME, SEPARATOR } from './vancouverNames';

const EDITOR_WORD = '(?:[Ee]ditors?|[Ee]ds?)\\.?';
const VANCOUVER_IN = new RegExp(
  `(?<=\\.\\s)In:?\\s+((?:${NAME})(?:${SEPARATOR}${NAME})*,?\\s+${EDITOR_WORD})\\s+`,
  'u',
);
const BOOK_ONLY = /(?<=\.\s)In:\s+(?=\p{Lu})/u;
const BOOK_ENDS = new Set([
  'location',
  'publisher',
  'date',
  'pages',
  'volume',
  'issue',
  'doi',
  'url',
]);
/**
 * "In Book (Names editors)" or "In: Book (edited by Names)": the brackets hold names (a
 * capitalised word) before the mark, or after "edited by".
 */
const BOOK_THEN_EDITORS = new RegExp(
  `(?<=[.,]\\s)In:?\\s+(\\p{Lu}[^()]*?)\\s*(\\([^()]*\\p{Lu}\\p{Ll}[^()]*\\s${EDITOR_WORD}\\)|\\((?:edited|ed\\.)\\s+by\\s+[^()]*\\p{Lu}\\p{Ll}[^()]*\\))`,
  'u',
);

/** Labels the editors and the book's title of a chapter printed in one of the forms above. */
export function chapterIn(text: string, tokens: readonly Token[], labels: string[]): void {
  const v = VANCOUVER_IN.exec(text);
  if (v) {
    const editorsAt = v.index + v[0].indexOf(v[1]!);
    relabel(labels, tokens, v.index, editorsAt, 'other');
    relabel(labels, tokens, editorsAt, editorsAt + v[1]!.length, 'editor');
    const bookAt = v.index + v[0].length;
    const bookEnd = sentenceEnd(text, bookAt);
    relabel(labels, tokens, bookAt, bookEnd, 'container-title');
    // "Comprehensive Textbook of Psychiatry/VI 6th ed.": the edition ends the book's title.
    const edition = EDITION_AT_END.exec(text.slice(bookAt, bookEnd));
    if (edition) relabel(labels, tokens, bookAt + edition.index, bookEnd, 'edition');
    return;
  }
  const book = BOOK_ONLY.exec(text);
  if (book) {
    // "In: Unpublished Technical Report. Copenhagen: …": no editors, the book (or report) alone,
    // up to the full stop or to the first place, publisher, date or number the tagger found.
    const bookAt = book.index + book[0].length;
    const bookEnd = sentenceEnd(text, bookAt);
    // Editors with the book ("In: Ideli, M. (Hg.): Title", "In: Book (edited by …)") are other
    // forms (the one below, or the tagger's); a container the tagger found there is its reading.
    const inside = tokensIn(tokens, bookAt, bookEnd);
    const bookText = text.slice(bookAt, bookEnd);
    if (!EDITOR_MARK.test(bookText) && !bookText.includes(':')) {
      if (inside.some((i) => labels[i] === 'container-title')) return;
      const end = inside.findIndex((i) => BOOK_ENDS.has(labels[i]!));
      relabel(labels, tokens, book.index, bookAt, 'other');
      for (const i of end < 0 ? inside : inside.slice(0, end)) labels[i] = 'container-title';
      return;
    }
  }
  const b = BOOK_THEN_EDITORS.exec(text);
  if (b) {
    const bookAt = b.index + b[0].indexOf(b[1]!);
    const editorsAt = b.index + b[0].lastIndexOf(b[2]!);
    relabel(labels, tokens, b.index, bookAt, 'other');
    relabel(labels, tokens, bookAt, bookAt + b[1]!.length, 'container-title');
    // Inside the brackets: "(edited by A and B)" would leave its ")" on the last name.
    const bracketEnd = editorsAt + b[2]!.length;
    relabel(labels, tokens, editorsAt, bracketEnd, 'other');
    for (const i of punctuationAfter(tokens, bracketEnd)) {
      if (labels[i] !== 'editor') break;
      labels[i] = 'other';
    }
    relabel(labels, tokens, editorsAt + 1, editorsAt + b[2]!.length - 1, 'editor');
  }
}

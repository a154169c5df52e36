/**
 * Rules that read a reference entry's printed form where it is closed enough to say more than the
 * tagger: Vancouver names and sources, a volume's pages after a colon, CJK counted numbers, a book's imprint, a quoted title, editors after the title, a chapter's editors and book, a title run on into
 * its container, a body as the author, an article number. Each takes the tagger's token labels and corrects them in
 * place, so what it does not match keeps the tagger's reading.
 */
import type { Token } from '../tokens';
import { articleNumber } from './articleNumber';
import { bookImprint } from './bookImprint';
import { chapterIn } from './chapterIn';
import { cjkNumbering } from './cjkNumbering';
import { corporateHead } from './corporateHead';
import { markedParts } from './markedParts';
import { titleRunOn } from './titleRunOn';
import { vancouverAuthorList } from './vancouverNames';
import { vancouverSource } from './vancouverSource';
import { volumeColonPages } from './volumeColonPages';

/** The tagger's labels corrected by the printed-form rules (the input is not changed). */
export function printedFormLabels(
  text: string,
  tokens: readonly Token[],
  tagged: readonly string[],
): string[] {
  const labels = [...tagged];
  for (const rule of [
    vancouverAuthorList,
    vancouverSource,
    volumeColonPages,
    cjkNumbering,
    bookImprint,
    markedParts,
    chapterIn,
    titleRunOn,
    corporateHead,
    articleNumber,
  ]) {
    rule(text, tokens, labels);
  }
  return labels;
}

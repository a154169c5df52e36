// Separates the title page (title, authors, "prepared for" statement, publisher boilerplate) from the body.
import type { ConferenceInfo, DocumentAuthor } from './model';
import { readAuthorLines } from './authors';
import { isPreparedForStatement, readPreparedFor } from './conference';
import { parseInline } from './inline';
import type { RawBlock } from './rawBlocks';

/** Everything the title page says, and where the body starts. */
export interface TitlePage {
  title: string;
  authors: DocumentAuthor[];
  kind: string;
  conference: ConferenceInfo | null;
  frontMatter: string[];
  /** Index in the raw blocks of the first body block. */
  bodyStart: number;
}

/** Kind of a document that says nothing about what it is. */
const DEFAULT_KIND = 'paper';

/**
 * Reads the title page. Without a level-1 heading the whole source is body. The title is the first level-1 heading; blocks before it are publisher
 * front matter (logos, institute names). Between the title and the first heading after it,
 * author lines and a "paper prepared for …" statement are metadata and every other block is
 * front matter (address, copyright, disclaimer). When no heading follows the title, the body starts
 * at the first block after the title that is neither author lines nor such a statement; so it
 * does in a `plainText` paper at the first paragraph of prose. A plain-text paper's front matter
 * keeps each line apart ("Ana Ortiz" over "University of Bern"), as it was typed.
 */
export function readTitlePage(
  blocks: readonly RawBlock[],
  options: { plainText?: boolean } = {},
): TitlePage {
  const titleIndex = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  if (titleIndex < 0) {
    // Without a title there is no title page to read: everything is body.
    return {
      title: '',
      authors: [],
      kind: DEFAULT_KIND,
      conference: null,
      frontMatter: [],
      bodyStart: 0,
    };
  }
  const afterTitle = titleIndex + 1;
  const nextHeading = blocks.findIndex((b, i) => i >= afterTitle && b.kind === 'heading');
  const page: TitlePage = {
    title: parseInline(blocks[titleIndex]!.lines.join('\n')).text,
    authors: [],
    kind: DEFAULT_KIND,
    conference: null,
    frontMatter: blocks.slice(0, titleIndex).flatMap((b) => frontMatterText(b, options.plainText)),
    bodyStart: nextHeading >= 0 ? nextHeading : blocks.length,
  };
  for (let i = afterTitle; i < page.bodyStart; i++) {
    const block = blocks[i]!;
    if (readMetadataBlock(block, page)) continue;
    if (nextHeading < 0 || (options.plainText && isProse(block))) {
      page.bodyStart = i;
      break;
    }
    page.frontMatter.push(...frontMatterText(block, options.plainText));
  }
  return page;
}

/** Takes authors or a "prepared for" statement from `block` into `page`; false if it is neither. */
function readMetadataBlock(block: RawBlock, page: TitlePage): boolean {
  if (block.kind !== 'paragraph') return false;
  const authors = readAuthorLines(block.lines);
  if (authors) {
    page.authors.push(...authors);
    return true;
  }
  if (page.conference === null && isPreparedForStatement(parseInline(block.lines[0]!).text)) {
    const statement = readPreparedFor(block.lines.map((l) => parseInline(l).text));
    if (statement) {
      page.kind = statement.kind;
      page.conference = statement.conference;
      return true;
    }
  }
  return false;
}

/**
 * Plain text of a front-matter block: markup removed, hard line breaks (two trailing spaces or a
 * backslash) kept as "\n" so addresses and logo lines stay on their lines. Rules give nothing.
 */
function frontMatterText(block: RawBlock, plainText = false): string[] {
  if (block.kind === 'rule') return [];
  const text = block.lines
    .join('\n')
    .split(plainText ? /\n/ : /(?: {2,}|\t|\\)\n/)
    .map((line) => parseInline(line).text)
    .filter(Boolean)
    .join('\n');
  return text ? [text] : [];
}

/** A paragraph of sentences: plain text's body, where no heading says the title page is over. */
function isProse(block: RawBlock): boolean {
  const text = block.lines.join(' ').trim();
  return block.kind === 'paragraph' && text.length > 150 && /[.!?”")]$/u.test(text);
}

// Entry point: Markdown-ish paper source -> ParsedDocument (metadata, blocks, sections, footnotes).
import type { Block, ExcerptInfo, ParsedDocument, Section } from './model';
import { assembleBody, blockId, BLOCK_SEPARATOR } from './assemble';
import { markBlockQuotes } from './blockQuotes';
import { buildFootnotes, readFootnoteDefinitions, type FootnoteDefinition } from './footnotes';
import { parseInline, type InlineText } from './inline';
import type { InlineOptions } from './inlineTokens';
import { joinPageBreaks, type BodyUnit } from './pageBreaks';
import { endsComplete, lastWords } from './punctuation';
import { splitRawBlocks, type RawBlock } from './rawBlocks';
import { dropTrailingResidue } from './residue';
import { readPlainTextHeadings } from './plainTextHeadings';
import { readTitlePage } from './titlePage';

/** How a source marks its structure: Markdown (`#` headings), or plain text (lines alone). */
export type SourceFormat = 'markdown' | 'text';

export interface ParseOptions {
  format?: SourceFormat;
  /**
   * The paper cites by raised numbers: a `<sup>n</sup>` naming no footnote of the source is a
   * citation, kept in the text (raised), not a footnote marker whose note is missing.
   */
  superscriptCitations?: boolean;
}

/** Thrown when a source cannot be read as a document at all. */
export class DocumentParseError extends Error {
  override readonly name = 'DocumentParseError';
}

/**
 * Parses a paper given as plain text or Markdown (as scraped: page breaks, footnote blocks,
 * publisher boilerplate and trailing residue included) into one normalised body text with
 * blocks, sections and footnotes pointing into it. Pure: the same source gives the same result.
 *
 * A plain-text source (`format` 'text') has its headings read from lines standing alone (see
 * plainTextHeadings.ts), and its body starts at the first paragraph of prose after the title.
 *
 * @throws DocumentParseError when `source` holds no text at all.
 */
export function parseDocument(source: string, options: ParseOptions = {}): ParsedDocument {
  const format = options.format ?? 'markdown';
  if (source.trim() === '') {
    throw new DocumentParseError('The document is empty: there is no text to read.');
  }
  const split = splitRawBlocks(source);
  const raw = format === 'text' ? readPlainTextHeadings(split) : split;
  const page = readTitlePage(raw, { plainText: format === 'text' });

  const definitions: FootnoteDefinition[] = [];
  const bodyBlocks: RawBlock[] = [];
  for (const block of raw.slice(page.bodyStart)) {
    const footnotes = readFootnoteDefinitions(block);
    if (footnotes) definitions.push(...footnotes);
    // Rules only separate footnotes (or pages) from the text; they are not content.
    else if (block.kind !== 'rule') bodyBlocks.push(block);
  }
  const residue = dropTrailingResidue(bodyBlocks);
  const inlineOptions: InlineOptions = options.superscriptCitations
    ? { footnoteLabels: new Set(definitions.map((d) => d.label)) }
    : {};
  const units = markBlockQuotes(
    joinPageBreaks(
      residue.kept.map((b) => toUnit(b, inlineOptions)).filter((u) => u.inline.text !== ''),
    ),
  );

  const markers = units.flatMap((u, i) =>
    u.inline.markers.map((m) => ({ label: m.label, blockId: blockId(i) })),
  );
  const { footnotes, idByLabel } = buildFootnotes(markers, definitions);
  const { text, blocks, sections } = assembleBody(units, idByLabel);

  const excerpt = readExcerpt(blocks, text, residue.description);
  return {
    meta: {
      title: page.title,
      authors: page.authors,
      kind: page.kind,
      conference: page.conference,
      frontMatter: page.frontMatter,
      excerpt,
      ...(residue.description ? { droppedResidue: residue.description } : {}),
    },
    abstract: readAbstract(blocks, sections),
    text,
    blocks,
    sections,
    footnotes,
  };
}

function toUnit(block: RawBlock, options: InlineOptions): BodyUnit {
  const inline = parseInline(block.lines.join('\n'), options);
  if (block.kind === 'heading') {
    return {
      kind: 'heading',
      level: block.level,
      inline: withoutWholeEmphasis(inline),
      parts: 1,
      line: block.line,
    };
  }
  const quoted = block.kind === 'quote' || block.indented;
  return {
    kind: quoted ? 'blockquote' : 'paragraph',
    level: 0,
    inline,
    parts: 1,
    line: block.line,
  };
}

/** `## **Abstract**`: emphasis over a whole heading is heading styling, not meaning. */
function withoutWholeEmphasis(inline: InlineText): InlineText {
  const emphasis = inline.emphasis.filter((s) => !(s.start === 0 && s.end === inline.text.length));
  return { ...inline, emphasis };
}

/**
 * The source is an excerpt when its last block stops mid-sentence. Trailing residue alone does not
 * make it one (it is reported in `meta.droppedResidue` either way).
 */
function readExcerpt(
  blocks: readonly Block[],
  text: string,
  residue: string | null,
): ExcerptInfo | null {
  const last = blocks.at(-1);
  if (!last || last.kind === 'heading' || endsComplete(last.text)) return null;
  return {
    endsAt: text.length,
    lastWords: lastWords(last.text),
    droppedResidue: residue ?? 'nothing',
  };
}

/** Text of the paragraphs under a heading titled "Abstract" (up to the next heading). */
function readAbstract(blocks: readonly Block[], sections: readonly Section[]): string | null {
  const section = sections.find((s) => /^abstract[.:]?$/i.test(s.title.trim()));
  if (!section) return null;
  const first = blocks.findIndex((b) => b.id === section.headingBlockId) + 1;
  const next = blocks.findIndex((b, i) => i >= first && b.kind === 'heading');
  const body = blocks.slice(first, next < 0 ? blocks.length : next);
  return body.length > 0 ? body.map((b) => b.text).join(BLOCK_SEPARATOR) : null;
}

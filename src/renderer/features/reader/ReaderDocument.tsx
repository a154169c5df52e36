// The paper as a document: title page, sections, paragraphs, quotes, end marker, notes.
import type { ReactNode } from 'react';
import type { Block } from '../../../core/document/model';
import { pageLabels, type PaperIndex } from '../../api/paperIndex';
import { BlockContent } from './BlockContent';
import { EndOfExcerpt } from './EndOfExcerpt';
import { Footnotes } from './Footnotes';
import { TitleBlock } from './TitleBlock';
import type { Range } from './segments';

interface Props {
  index: PaperIndex;
  highlight: Range | null;
  /** Extra controls (noted-passage markers) to show at the end of a block, by block id. */
  markers?: ReadonlyMap<string, ReactNode[]>;
  onFootnote: (footnoteId: string) => void;
  onFootnoteBack: (footnoteId: string) => void;
}

const overlaps = (block: Block, range: Range | null): Range | null =>
  range && range.start < block.end && block.start < range.end ? range : null;

const isAbstract = (title: string | undefined) => !!title && /^abstract$/i.test(title.trim());

export function ReaderDocument({ index, highlight, markers, onFootnote, onFootnoteBack }: Props) {
  const { document } = index.paper;
  const excerpt = document.meta.excerpt;
  const hasTitleHeading = document.blocks.some((b) => b.kind === 'heading' && b.level === 1);
  // The end marker follows the last block that starts before the cut.
  const lastBeforeCut = excerpt
    ? [...document.blocks].reverse().find((b) => b.start < excerpt.endsAt)?.id
    : undefined;

  // A PDF-born paper's printed pages, in the margin beside the passage each page starts with.
  const pages = pageLabels(index);

  const renderBlock = (block: Block) => {
    const page = pages.get(block.id);
    const content = (
      <>
        {page !== undefined && (
          // Inside a heading it would become part of the heading's name (the outline's too).
          <span
            className="page-mark"
            data-page={page}
            {...(block.kind === 'heading'
              ? { 'aria-hidden': true }
              : { 'aria-label': `page ${page}` })}
          >
            p. {page}
          </span>
        )}
        <BlockContent
          block={block}
          citations={index.citationsByBlock.get(block.id) ?? []}
          highlight={overlaps(block, highlight)}
          onFootnote={onFootnote}
        />
        {markers?.get(block.id)}
      </>
    );
    const section = block.sectionId ? index.sectionById.get(block.sectionId) : undefined;
    const inAbstract = isAbstract(section?.title);
    if (block.kind === 'heading') {
      if (block.level === 1) return <TitleBlock key={block.id} meta={document.meta} />;
      const Tag = block.level === 2 ? 'h2' : block.level === 3 ? 'h3' : 'h4';
      const headedSection = document.sections.find((s) => s.headingBlockId === block.id);
      return (
        <Tag
          key={block.id}
          data-block-id={block.id}
          id={headedSection ? `sec-${headedSection.id}` : undefined}
          tabIndex={-1}
          className={`heading heading--l${block.level}${inAbstract ? ' heading--abstract' : ''}`}
        >
          {content}
        </Tag>
      );
    }
    if (block.kind === 'blockquote') {
      return (
        <blockquote key={block.id} data-block-id={block.id} className="quote">
          <p>{content}</p>
        </blockquote>
      );
    }
    return (
      <p
        key={block.id}
        data-block-id={block.id}
        className={inAbstract ? 'para para--abstract' : 'para'}
      >
        {content}
      </p>
    );
  };

  return (
    <article className="paper" aria-labelledby="paper-title">
      {!hasTitleHeading && <TitleBlock meta={document.meta} />}
      {document.blocks.map((block) => (
        <FragmentWithMarker
          key={block.id}
          marker={block.id === lastBeforeCut && excerpt ? <EndOfExcerpt excerpt={excerpt} /> : null}
        >
          {renderBlock(block)}
        </FragmentWithMarker>
      ))}
      {excerpt && !lastBeforeCut && <EndOfExcerpt excerpt={excerpt} />}
      <Footnotes footnotes={document.footnotes} onBack={onFootnoteBack} />
    </article>
  );
}

function FragmentWithMarker({ children, marker }: { children: ReactNode; marker: ReactNode }) {
  return (
    <>
      {children}
      {marker}
    </>
  );
}

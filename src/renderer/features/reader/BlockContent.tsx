// One block's inline content: text with emphasis, live citations, footnote markers, highlights.
import { Fragment, memo, type ReactNode } from 'react';
import type { Block } from '../../../core/document/model';
import type { ResolvedCitation } from '../../../core/citations/model';
import { groupPieces, pieceBlock, type Piece, type Range } from './segments';
import { useCardController } from './cardController';

interface Props {
  block: Block;
  citations: readonly ResolvedCitation[];
  highlight: Range | null;
  onFootnote: (footnoteId: string) => void;
}

function renderText(piece: Piece, key: number): ReactNode {
  if (piece.kind === 'footnote') return null;
  let node: ReactNode = piece.text;
  if (piece.italic) node = <em>{node}</em>;
  if (piece.bold) node = <strong>{node}</strong>;
  if (piece.raised) node = <sup>{node}</sup>;
  if (piece.highlighted) node = <mark className="passage-mark">{node}</mark>;
  return <span key={key}>{node}</span>;
}

/**
 * A citation as an inline button: hover or focus previews its card, click (or Enter/Space) pins
 * it. A span with role="button" rather than <button>, because a <button> is an atomic inline box
 * that cannot wrap across lines or keep its closing bracket on the same line.
 */
function CitationButton({
  citation,
  children,
}: {
  citation: ResolvedCitation;
  children: ReactNode;
}) {
  const card = useCardController();
  const open = card.openId === citation.id;
  const classes = ['cite'];
  if (!citation.workId) classes.push('cite--unresolved');
  if (citation.ibid) classes.push('cite--ibid');
  // Short citations keep together on one line; long ones ("Commission on Aid …") may wrap.
  if (citation.end - citation.start <= 30) classes.push('cite--short');
  return (
    <span
      role="button"
      tabIndex={0}
      className={classes.join(' ')}
      data-citation-id={citation.id}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open ? card.cardId : undefined}
      onMouseEnter={(e) => card.hoverStart(citation.id, e.currentTarget)}
      onMouseLeave={() => card.hoverEnd()}
      onFocus={(e) => card.focused(citation.id, e.currentTarget)}
      onBlur={(e) => card.blurred(e.relatedTarget)}
      onClick={(e) => card.toggle(citation.id, e.currentTarget)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          card.toggle(citation.id, e.currentTarget);
        }
      }}
    >
      {children}
    </span>
  );
}

function BlockContentInner({ block, citations, highlight, onFootnote }: Props) {
  const byId = new Map(citations.map((c) => [c.id, c]));
  const groups = groupPieces(pieceBlock(block, citations, highlight));
  return (
    <>
      {groups.map((group, g) => {
        const citation = group.citationId ? byId.get(group.citationId) : undefined;
        if (citation) {
          return (
            <CitationButton key={g} citation={citation}>
              {group.pieces.map(renderText)}
            </CitationButton>
          );
        }
        return (
          <Fragment key={g}>
            {group.pieces.map((piece, p) =>
              piece.kind === 'footnote' ? (
                <sup key={p} className="fn-ref">
                  <a
                    href={`#fn-${piece.ref.footnoteId}`}
                    id={`fnref-${piece.ref.footnoteId}`}
                    aria-label={`Footnote ${piece.ref.label}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onFootnote(piece.ref.footnoteId);
                    }}
                  >
                    {piece.ref.label}
                  </a>
                </sup>
              ) : (
                renderText(piece, p)
              ),
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/** Re-renders only when the block's citations or highlight change. */
export const BlockContent = memo(BlockContentInner);

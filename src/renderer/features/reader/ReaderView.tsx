// The reader: the paper with live citations, its outline, the citation card and jumps.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { citationsSharingSpan, type PaperIndex } from '../../api/paperIndex';
import { useDocumentIndex, useDocumentWorks } from '../../api/documents';
import { useReaderDocumentId } from './useReaderDocument';
import type { WorkSummary } from '../../../shared/contract';
import { useNavigation, type JumpTarget } from '../../app/navigation';
import { ErrorNote, Loading } from '../../ui/Status';
import { CardProvider, useCardState } from './cardController';
import { CitationCard } from './CitationCard';
import { useReaderNotes } from '../notes/ReaderNotesLayer';
import { Outline } from './Outline';
import { ReaderDocument } from './ReaderDocument';
import type { Range } from './segments';
import { useReadingPosition } from './useReadingPosition';
import { useSectionKeys } from './useSectionKeys';
import { cssEscape } from '../../ui/dom';
import { NoPaper } from './NoPaper';

/** The passage a jump highlights: the citing claim, else the citation itself. */
function rangeOf(index: PaperIndex, target: JumpTarget): Range | null {
  if (target.kind === 'claim') return index.claimById.get(target.id) ?? null;
  if (target.kind === 'passage') return target;
  if (target.kind === 'citation') {
    const citation = index.citationById.get(target.id);
    if (!citation) return null;
    const claim = citation.claimId ? index.claimById.get(citation.claimId) : undefined;
    return claim ?? citation;
  }
  return null;
}

/** The element a jump scrolls to and focuses. */
function elementOf(root: HTMLElement, index: PaperIndex, target: JumpTarget): HTMLElement | null {
  const q = (selector: string) => root.querySelector<HTMLElement>(selector);
  switch (target.kind) {
    case 'citation':
      return q(`[data-citation-id="${cssEscape(target.id)}"]`);
    case 'claim': {
      const claim = index.claimById.get(target.id);
      const first = claim?.citationIds[0];
      return (first && q(`[data-citation-id="${cssEscape(first)}"]`)) || q('.passage-mark');
    }
    case 'section':
      return q(`#sec-${cssEscape(target.id)}`);
    case 'footnote':
      return document.getElementById(`fn-${target.id}`);
    case 'passage':
      return q('.passage-mark');
  }
}

function Reader({ index, works }: { index: PaperIndex; works: Map<string, WorkSummary> }) {
  const nav = useNavigation();
  const card = useCardState();
  const [currentSection, setCurrentSection] = useState<string | null>(null);
  const scroller = useReadingPosition(
    index,
    setCurrentSection,
    nav.pendingJump?.documentId === index.documentId,
  );

  // Every jump (from the card, the outline, other views, the palette) goes through navigation,
  // so the highlight is simply the passage of the latest jump.
  const { pendingJump, jumpTo } = nav;
  // A jump into another document waits for that document (the reader is re-keyed by its id).
  const jump = pendingJump?.documentId === index.documentId ? pendingJump : null;
  const highlight = useMemo(() => {
    const range = jump ? rangeOf(index, jump.target) : null;
    return range ? { start: range.start, end: range.end } : null;
  }, [jump, index]);

  // After the highlight is rendered: close any card, scroll the target into view, focus it.
  const { close, suppressNextFocus } = card;
  useEffect(() => {
    const root = scroller.current;
    if (!jump || !root) return;
    close(false);
    const el = elementOf(root, index, jump.target);
    if (!el) return;
    el.scrollIntoView?.({ block: jump.target.kind === 'section' ? 'start' : 'center' });
    if (el.matches('[data-citation-id]')) suppressNextFocus();
    el.focus({ preventScroll: true });
  }, [jump, index, close, suppressNextFocus, scroller]);

  // Going to a section marks it current at once (the scroll listener confirms it later).
  const goSection = useCallback(
    (id: string) => {
      setCurrentSection(id);
      jumpTo(index.documentId, { kind: 'section', id });
    },
    [jumpTo, index.documentId],
  );
  useSectionKeys(index, currentSection, goSection, nav.view === 'reader');
  const notes = useReaderNotes(scroller, index);

  const openCitation = card.openId ? index.citationById.get(card.openId) : undefined;

  return (
    <CardProvider value={card}>
      <div className="reader">
        <Outline
          sections={index.paper.document.sections}
          currentId={currentSection}
          onGo={goSection}
        />
        <div className="reader__scroll" ref={scroller}>
          <ReaderDocument
            index={index}
            highlight={highlight}
            markers={notes.markers}
            onFootnote={(id) => jumpTo(index.documentId, { kind: 'footnote', id })}
            onFootnoteBack={(id) => {
              const marker = document.getElementById(`fnref-${id}`);
              marker?.scrollIntoView?.({ block: 'center' });
              marker?.focus({ preventScroll: true });
            }}
          />
        </div>
      </div>
      {notes.layer}
      {openCitation && (
        <CitationCard
          citation={openCitation}
          together={citationsSharingSpan(index, openCitation)}
          index={index}
          works={works}
          onJump={(id) => jumpTo(index.documentId, { kind: 'citation', id })}
        />
      )}
    </CardProvider>
  );
}

function DocumentReader({ documentId }: { documentId: string }) {
  const index = useDocumentIndex(documentId);
  const works = useDocumentWorks(documentId);
  if (index.status === 'error') return <ErrorNote error={index.error} what="the paper" />;
  if (works.status === 'error') return <ErrorNote error={works.error} what="the bibliography" />;
  if (index.status === 'loading' || works.status === 'loading') return <Loading what="the paper" />;
  return <Reader index={index.data} works={works.data} />;
}

export function ReaderView() {
  const documentId = useReaderDocumentId();
  if (documentId.status === 'error')
    return <ErrorNote error={documentId.error} what="the library's papers" />;
  if (documentId.status === 'loading') return <Loading what="the paper" />;
  if (documentId.data === null) return <NoPaper />;
  // Keyed by the document: its reading position, outline state and card start afresh.
  return <DocumentReader key={documentId.data} documentId={documentId.data} />;
}

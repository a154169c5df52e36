// "Note on selection": a button that appears by text selected in the reader (or the N key),
// creating a note linked to the passage and to the works cited inside it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { NoteLinkInput } from '../../../shared/contract';
import type { PaperIndex } from '../../api/paperIndex';
import { isTypingTarget } from '../../app/shortcuts';
import { Kbd } from '../../ui/Kbd';
import { selectorFor } from '../../../core/documents/anchoring';
import { rangeToOffsets } from './domOffsets';
import { placeNear } from './placement';
import { useCreateNote } from './useCreateNote';
import { citesInRange } from '../export/cites';
import { CopyCitationButton } from '../export/ExportButtons';
import { useClaimDraft } from '../../api/userData';
import { useNavigation } from '../../app/navigation';

interface Selected {
  start: number;
  end: number;
  rect: DOMRect;
}

/** The reader's current selection as document offsets, or null. */
function currentSelection(root: HTMLElement, index: PaperIndex): Selected | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const offsets = rangeToOffsets(root, index, range);
  if (!offsets) return null;
  const text = index.paper.document.text;
  // Trim surrounding white space so the quote starts and ends on words.
  let { start, end } = offsets;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const rects = range.getClientRects();
  const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { start, end, rect };
}

/** The links a note on [start, end) gets: the passage and every work cited inside it. */
export function selectionLinks(index: PaperIndex, start: number, end: number): NoteLinkInput[] {
  const links: NoteLinkInput[] = [
    {
      kind: 'passage',
      documentId: index.paper.documentId,
      selector: selectorFor(index.paper.document.text, start, end),
    },
  ];
  const keys = new Set<string>();
  for (const c of index.paper.citations) {
    if (c.workId && c.start < end && start < c.end && !keys.has(c.workId)) {
      keys.add(c.workId);
      links.push({ kind: 'work', workKey: c.workId });
    }
  }
  return links;
}

export function SelectionPopover({
  root,
  index,
  active,
}: {
  root: RefObject<HTMLElement | null>;
  index: PaperIndex;
  /** False while the reader is hidden. */
  active: boolean;
}) {
  const [selected, setSelected] = useState<Selected | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const createNote = useCreateNote();
  const [, , setClaimDraft] = useClaimDraft();
  const { showView } = useNavigation();

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const update = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const el = root.current;
        setSelected(el ? currentSelection(el, index) : null);
      }, 120);
    };
    document.addEventListener('selectionchange', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      if (timer) clearTimeout(timer);
    };
  }, [root, index, active]);

  useLayoutEffect(() => {
    const el = ref.current;
    const scroller = root.current;
    if (!selected || !el || !scroller) return;
    placeNear(el, selected.rect);
    // Follow the selection while the reader scrolls under it.
    const follow = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const rects = selection.getRangeAt(0).getClientRects();
      const rect = rects[rects.length - 1];
      if (rect) placeNear(el, rect);
    };
    scroller.addEventListener('scroll', follow, { passive: true });
    return () => scroller.removeEventListener('scroll', follow);
  }, [selected, root]);

  const noteOnSelection = useCallback(async () => {
    if (!selected) return;
    document.getSelection()?.removeAllRanges();
    setSelected(null);
    await createNote(selectionLinks(index, selected.start, selected.end));
  }, [selected, index, createNote]);

  const claimOnSelection = () => {
    if (!selected) return;
    const [passage, ...works] = selectionLinks(index, selected.start, selected.end);
    document.getSelection()?.removeAllRanges();
    setSelected(null);
    if (passage?.kind !== 'passage') return;
    setClaimDraft({
      passage: { documentId: passage.documentId, selector: passage.selector },
      links: works.flatMap((w) =>
        w.kind === 'work' ? [{ workKey: w.workKey, stance: 'supporting' as const }] : [],
      ),
    });
    showView('claims');
  };

  // N makes a note of the selection, from the keyboard.
  useEffect(() => {
    if (!active || !selected) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || event.defaultPrevented) return;
      event.preventDefault();
      void noteOnSelection();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, selected, noteOnSelection]);

  if (!active || !selected) return null;
  return (
    <div ref={ref} className="selection-popover" role="toolbar" aria-label="Selected text">
      <button
        type="button"
        className="selection-popover__button"
        // Keep the selection: a mouse press on the button would otherwise clear it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => void noteOnSelection()}
      >
        Note on selection <Kbd keys={['N']} />
      </button>
      <button
        type="button"
        className="selection-popover__button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={claimOnSelection}
      >
        Claim on selection
      </button>
      {citesInRange(index, selected.start, selected.end).length > 0 && (
        <CopyCitationButton
          cites={citesInRange(index, selected.start, selected.end)}
          what="the works cited in the selection"
          className="selection-popover__button"
          keepSelection
        />
      )}
    </div>
  );
}

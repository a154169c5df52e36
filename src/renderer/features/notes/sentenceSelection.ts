// Selecting the paper's text from the keyboard, a sentence at a time: S selects the sentence at
// the focus (a citation, a noted passage's marker) or at the top of the reader, S again adds the
// next sentence, Shift+S takes the last one off. The selection is the browser's own, so "Note on
// selection" (N), "Claim on selection" and "Copy citation" work on it as on a mouse selection.
import { useEffect, type RefObject } from 'react';
import { splitSentences, type SentenceSpan } from '../../../core/claims';
import type { PaperIndex } from '../../api/paperIndex';
import { isTypingTarget } from '../../app/shortcuts';
import { offsetAtPoint, offsetsToRanges, pointToOffset, rangeToOffsets } from './domOffsets';

/** Sentences of each block, in document offsets, computed once per paper. */
const sentenceCache = new WeakMap<PaperIndex, SentenceSpan[]>();

function sentencesOf(index: PaperIndex): SentenceSpan[] {
  let spans = sentenceCache.get(index);
  if (!spans) {
    const text = index.paper.document.text;
    spans = index.paper.document.blocks.flatMap((block) =>
      splitSentences(text.slice(block.start, block.end)).map((s) => ({
        start: block.start + s.start,
        end: block.start + s.end,
      })),
    );
    sentenceCache.set(index, spans);
  }
  return spans;
}

/** The sentence holding `offset` (or the first one after it, between sentences), or null. */
export function sentenceAt(index: PaperIndex, offset: number): SentenceSpan | null {
  return sentencesOf(index).find((s) => offset < s.end) ?? null;
}

/** `span` with the sentence after it added (unchanged at the end of the paper). */
export function extendBySentence(index: PaperIndex, span: SentenceSpan): SentenceSpan {
  const next = sentencesOf(index).find((s) => s.start >= span.end);
  return next ? { start: span.start, end: next.end } : span;
}

/** `span` without its last sentence, or null when it holds one sentence or less. */
export function shrinkBySentence(index: PaperIndex, span: SentenceSpan): SentenceSpan | null {
  const inside = sentencesOf(index).filter((s) => s.start >= span.start && s.end <= span.end);
  const last = inside.length > 1 ? inside[inside.length - 2] : undefined;
  return last ? { start: span.start, end: last.end } : null;
}

/** The reader's selection as document offsets, when there is one inside `root`. */
function selectedSpan(root: HTMLElement, index: PaperIndex): SentenceSpan | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  return rangeToOffsets(root, index, range);
}

/** Where a new selection starts: the focused element in the paper, else the reader's top line. */
function startOffset(root: HTMLElement, index: PaperIndex): number | null {
  const focused = document.activeElement;
  if (focused && focused !== root && root.contains(focused))
    return pointToOffset(root, index, focused, 0, 'start');
  const box = root.getBoundingClientRect();
  const text = root.querySelector('[data-block-id]')?.getBoundingClientRect();
  return offsetAtPoint(root, index, (text?.left ?? box.left) + 8, box.top + 24);
}

/** Makes [start, end) the document's selection (one range, across blocks if need be). */
function select(root: HTMLElement, index: PaperIndex, span: SentenceSpan): void {
  const ranges = offsetsToRanges(root, index, span.start, span.end);
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  const selection = document.getSelection();
  if (!first || !last || !selection) return;
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(last.endContainer, last.endOffset);
  selection.removeAllRanges();
  selection.addRange(range);
  const end = last.endContainer.parentElement;
  end?.scrollIntoView?.({ block: 'nearest' });
}

/** While `active`, S / Shift+S select the reader's text by sentences (see the header). */
export function useSentenceSelection(
  root: RefObject<HTMLElement | null>,
  index: PaperIndex,
  active: boolean,
): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || event.defaultPrevented) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const el = root.current;
      if (!el) return;
      const current = selectedSpan(el, index);
      let next: SentenceSpan | null;
      if (event.shiftKey) {
        if (!current) return;
        next = shrinkBySentence(index, current);
        if (!next) {
          document.getSelection()?.removeAllRanges();
          event.preventDefault();
          return;
        }
      } else if (current) {
        next = extendBySentence(index, current);
      } else {
        const at = startOffset(el, index);
        next = at === null ? null : sentenceAt(index, at);
      }
      if (!next) return;
      event.preventDefault();
      select(el, index, next);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [root, index, active]);
}

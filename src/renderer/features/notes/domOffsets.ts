// Maps between the reader's DOM and offsets into the document text. Each block element
// ([data-block-id]) holds exactly its block's text, except footnote markers (sup.fn-ref), which
// are not part of the text and are skipped.
import type { Block } from '../../../core/document/model';
import type { PaperIndex } from '../../api/paperIndex';
import { cssEscape } from '../../ui/dom';

const BLOCK = '[data-block-id]';
const NOT_TEXT = 'sup.fn-ref, [data-not-text]';

/** The text nodes of a block element that belong to the document text, in order. */
function textNodes(blockEl: Element): Text[] {
  const out: Text[] = [];
  const walker = blockEl.ownerDocument.createTreeWalker(blockEl, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The offset, within its block's text, of a DOM point inside `blockEl`. */
function offsetInBlock(blockEl: Element, node: Node, offset: number): number {
  const range = blockEl.ownerDocument.createRange();
  range.setStart(blockEl, 0);
  range.setEnd(node, offset);
  let total = 0;
  for (const t of textNodes(blockEl)) {
    if (!range.intersectsNode(t)) continue;
    if (t === range.endContainer) return total + range.endOffset;
    total += t.length;
  }
  return total;
}

/**
 * The document offset of a DOM point under `root`. A point between blocks snaps to the start of
 * the next block (`edge` 'start') or the end of the previous one ('end'); null outside the text.
 */
export function pointToOffset(
  root: Element,
  index: PaperIndex,
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const els = Array.from(root.querySelectorAll(BLOCK));
  const range = root.ownerDocument.createRange();
  let previous: Block | null = null;
  for (const el of els) {
    const block = index.blockById.get((el as HTMLElement).dataset.blockId ?? '');
    if (!block) continue;
    range.selectNodeContents(el);
    const where = range.comparePoint(node, offset);
    if (where === 0) return block.start + offsetInBlock(el, node, offset);
    if (where < 0) return edge === 'start' ? block.start : (previous?.end ?? null);
    previous = block;
  }
  return edge === 'end' ? (previous?.end ?? null) : null;
}

/** The document offsets of a DOM range in the reader, or null when it holds no paper text. */
export function rangeToOffsets(
  root: Element,
  index: PaperIndex,
  range: Range,
): { start: number; end: number } | null {
  const start = pointToOffset(root, index, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(root, index, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM point at a document offset inside one block's element. */
function pointInBlock(blockEl: Element, local: number): { node: Node; offset: number } {
  let total = 0;
  const nodes = textNodes(blockEl);
  for (const t of nodes) {
    if (local <= total + t.length) return { node: t, offset: local - total };
    total += t.length;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.length } : { node: blockEl, offset: 0 };
}

/**
 * DOM ranges covering document text [start, end): one per block it touches (so the gaps
 * between blocks and the footnote markers in them are not covered).
 */
export function offsetsToRanges(
  root: Element,
  index: PaperIndex,
  start: number,
  end: number,
): Range[] {
  const out: Range[] = [];
  for (const block of index.paper.document.blocks) {
    if (block.end <= start || block.start >= end) continue;
    const el = root.querySelector(`[data-block-id="${cssEscape(block.id)}"]`);
    if (!el) continue;
    const from = pointInBlock(el, Math.max(start, block.start) - block.start);
    const to = pointInBlock(el, Math.min(end, block.end) - block.start);
    const range = root.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    if (!range.collapsed) out.push(range);
  }
  return out;
}

/** The document offset under a viewport point (a click), or null. */
export function offsetAtPoint(
  root: Element,
  index: PaperIndex,
  x: number,
  y: number,
): number | null {
  const doc = root.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return pointToOffset(root, index, position.offsetNode, position.offset, 'start');
  const range = doc.caretRangeFromPoint?.(x, y);
  return range
    ? pointToOffset(root, index, range.startContainer, range.startOffset, 'start')
    : null;
}

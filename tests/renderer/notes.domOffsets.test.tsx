// @vitest-environment jsdom
// The reader's DOM maps to document offsets and back, skipping footnote markers, so passages
// are anchored on the paper's text itself.
import { BUNDLED_DOCUMENT_ID } from '../../src/core/documents';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { buildPaperIndex } from '../../src/renderer/api/paperIndex';
import {
  offsetsToRanges,
  pointToOffset,
  rangeToOffsets,
} from '../../src/renderer/features/notes/domOffsets';
import { renderApp } from './render';

afterEach(cleanup);

it('maps a selection across a footnote marker to the document text, and back', async () => {
  const { api } = renderApp();
  await screen.findByRole('button', { name: 'Betts 2011c: 41' });
  const index = buildPaperIndex(await api.getDocument({ documentId: BUNDLED_DOCUMENT_ID }));
  const root = document.querySelector<HTMLElement>('.reader__scroll')!;
  const block = index.paper.document.blocks.find(
    (b) => b.kind === 'paragraph' && b.footnoteRefs.length > 0,
  )!;
  const ref = block.footnoteRefs[0]!;
  const el = root.querySelector(`[data-block-id="${block.id}"]`)!;
  const marker = el.querySelector('sup.fn-ref')!;
  expect(marker.textContent).toBe(ref.label);

  // From 10 characters before the marker to the end of the paragraph.
  const range = document.createRange();
  const before = marker.previousSibling ?? marker.parentElement!.previousSibling!;
  const beforeText =
    before.nodeType === Node.TEXT_NODE ? (before as Text) : (before.lastChild as Node);
  const textNode = beforeText.nodeType === Node.TEXT_NODE ? beforeText : beforeText.lastChild!;
  range.setStart(textNode, Math.max(0, (textNode.textContent ?? '').length - 10));
  range.setEnd(el, el.childNodes.length);
  const offsets = rangeToOffsets(root, index, range)!;
  expect(offsets.end).toBe(block.end);
  const text = index.paper.document.text.slice(offsets.start, offsets.end);
  expect(text).toBe(range.toString().replace(new RegExp(`(?<=\\S)${ref.label}(?=\\s|$)`), ''));
  expect(offsets.start).toBe(ref.offset - 10);

  // And back: the ranges cover exactly that text, without the marker.
  const ranges = offsetsToRanges(root, index, offsets.start, offsets.end);
  expect(ranges.map((r) => r.toString().replace(ref.label, '')).join('')).toBe(text);
});

it('snaps points between blocks to the nearest block edge', async () => {
  const { api } = renderApp();
  await screen.findByRole('button', { name: 'Betts 2011c: 41' });
  const index = buildPaperIndex(await api.getDocument({ documentId: BUNDLED_DOCUMENT_ID }));
  const root = document.querySelector<HTMLElement>('.reader__scroll')!;
  const paper = root.querySelector('article.paper')!;
  const els = [...paper.querySelectorAll<HTMLElement>('[data-block-id]')];
  const second = els[1]!;
  const position = [...paper.childNodes].indexOf(second);
  const block = index.blockById.get(second.dataset.blockId!)!;
  expect(pointToOffset(root, index, paper, position, 'start')).toBe(block.start);
  const previous = index.blockById.get(els[0]!.dataset.blockId!)!;
  expect(pointToOffset(root, index, paper, position, 'end')).toBe(previous.end);
});

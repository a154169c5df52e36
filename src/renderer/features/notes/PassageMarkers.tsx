// Keyboard and screen-reader access to noted passages: a small button at the end of the block
// where each passage ends, in reading order, that lists the passage's notes like a click on the
// highlight does. It is not paper text ([data-not-text]), so offsets and selections ignore it.
import type { ReactNode } from 'react';
import type { Block } from '../../../core/document/model';
import type { NotedPassage } from './passages';

/** The class every marker carries, for the next/previous keys. */
export const MARKER_CLASS = 'note-marker';

/** The quote a marker names: the passage's first words, cut at `max` characters. */
export function shortQuote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The accessible name of a passage's marker, e.g. "2 notes on “RCPs on migration…”". */
export function markerLabel(passage: NotedPassage, text: string): string {
  const n = passage.noteIds.length;
  return `${n} ${n === 1 ? 'note' : 'notes'} on “${shortQuote(text.slice(passage.start, passage.end))}”`;
}

/** The block holding the end of `passage` (the last one it touches). */
function endBlock(blocks: readonly Block[], passage: NotedPassage): Block | undefined {
  let found: Block | undefined;
  for (const block of blocks) {
    if (block.start >= passage.end) break;
    if (block.end > passage.start) found = block;
  }
  return found;
}

/**
 * The markers to show at the end of each block, keyed by block id, in passage order.
 * `open` is called with the marker pressed and the passage's note ids.
 */
export function passageMarkers(
  blocks: readonly Block[],
  text: string,
  passages: readonly NotedPassage[],
  openId: string | null,
  open: (button: HTMLElement, key: string, noteIds: string[]) => void,
): Map<string, ReactNode[]> {
  const byBlock = new Map<string, ReactNode[]>();
  for (const passage of passages) {
    const block = endBlock(blocks, passage);
    if (!block) continue;
    const key = `${passage.start}:${passage.end}`;
    const list = byBlock.get(block.id) ?? [];
    list.push(
      <button
        key={key}
        type="button"
        className={MARKER_CLASS}
        data-not-text=""
        aria-label={markerLabel(passage, text)}
        aria-haspopup="dialog"
        aria-expanded={openId === key}
        onClick={(event) => open(event.currentTarget, key, passage.noteIds)}
      >
        <span aria-hidden="true">{passage.noteIds.length}</span>
      </button>,
    );
    byBlock.set(block.id, list);
  }
  return byBlock;
}

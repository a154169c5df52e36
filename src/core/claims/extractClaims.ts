// Builds claims: the sentences (or quoted blocks) of a document that carry citations.
import type { Citation } from '../citations/model';
import type { Block, ParsedDocument } from '../document/model';
import type { Claim } from './model';
import type { SentenceSpan } from './splitSentences';
import { splitSentences } from './splitSentences';

/** Maps a citation id to the work it cites, or null when it is not resolved. */
export type WorkIdOf = (citationId: string) => string | null;

interface Draft {
  span: SentenceSpan;
  block: Block;
  kind: Claim['kind'];
  citations: Citation[];
}

/**
 * Finds the block holding an offset by binary search over the blocks in order of their start
 * (they do not overlap): a 500-page paper has thousands of blocks and of citations, and a scan
 * per citation made the claims most of opening it.
 */
function blockFinder(blocks: ReadonlyArray<Block>): (offset: number) => number {
  const order = blocks.map((_, i) => i).sort((a, b) => blocks[a]!.start - blocks[b]!.start);
  return (offset) => {
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[order[mid]!]!.start <= offset) {
        found = order[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset < blocks[found]!.end ? found : -1;
  };
}

/**
 * A paragraph that opens with the citation of the block quote before it ("(Federal Office for
 * Migration 2004: 13)" on its own line after the quote): the citation belongs to the quote.
 */
function quoteCitedAfter(blocks: ReadonlyArray<Block>, index: number, c: Citation): Block | null {
  const block = blocks[index];
  const previous = blocks[index - 1];
  if (!block || previous?.kind !== 'blockquote' || !block.text.startsWith('(')) return null;
  const close = block.text.indexOf(')');
  return close >= 0 && c.end <= block.start + close ? previous : null;
}

/** The sentence of `block` that holds `offset`, in document offsets (`sentences` of the block). */
function sentenceAt(block: Block, offset: number, sentences: SentenceSpan[]): SentenceSpan {
  const local = offset - block.start;
  const found = sentences.find((s) => s.start <= local && local < s.end);
  const span = found ?? { start: 0, end: block.text.length };
  return { start: block.start + span.start, end: block.start + span.end };
}

/** Places citations in their sentence or quote; a block's sentences are split once. */
function citationPlacer(
  blocks: ReadonlyArray<Block>,
): (c: Citation) => Omit<Draft, 'citations'> | null {
  const blockAt = blockFinder(blocks);
  const sentencesOf = new Map<Block, SentenceSpan[]>();
  return (c) => {
    const index = blockAt(c.start);
    const block = blocks[index];
    if (!block) return null;
    const quote = block.kind === 'blockquote' ? block : quoteCitedAfter(blocks, index, c);
    if (quote) return { span: { start: quote.start, end: quote.end }, block: quote, kind: 'quote' };
    let sentences = sentencesOf.get(block);
    if (!sentences) {
      sentences = splitSentences(block.text);
      sentencesOf.set(block, sentences);
    }
    return { span: sentenceAt(block, c.start, sentences), block, kind: 'sentence' };
  };
}

/**
 * The claims of `doc`: every sentence that carries at least one of `citations` (offsets into
 * `doc.text`) becomes one claim, ids "k1", "k2", ... in document order; citations in the same
 * sentence share it. A block quote that carries a citation (inside it, or opening the next
 * paragraph) is one claim of kind 'quote'. `workIdOf`, when given, fills `workIds` (distinct, in
 * order of first citation); without it `workIds` stays empty. Citations outside every block
 * (e.g. from another text) are ignored.
 */
export function extractClaims(
  doc: ParsedDocument,
  citations: ReadonlyArray<Citation>,
  workIdOf?: WorkIdOf,
): Claim[] {
  const drafts = new Map<string, Draft>();
  const placeCitation = citationPlacer(doc.blocks);
  for (const c of [...citations].sort((a, b) => a.start - b.start)) {
    const place = placeCitation(c);
    if (!place) continue;
    const key = `${place.span.start}:${place.span.end}`;
    const draft = drafts.get(key) ?? { ...place, citations: [] };
    draft.citations.push(c);
    drafts.set(key, draft);
  }
  return [...drafts.values()]
    .sort((a, b) => a.span.start - b.span.start)
    .map((d, k) => {
      const workIds = workIdOf ? d.citations.map((c) => workIdOf(c.id)) : [];
      return {
        id: `k${k + 1}`,
        text: doc.text.slice(d.span.start, d.span.end),
        start: d.span.start,
        end: d.span.end,
        blockId: d.block.id,
        sectionId: d.block.sectionId,
        citationIds: d.citations.map((c) => c.id),
        workIds: [...new Set(workIds.filter((w): w is string => w !== null))],
        kind: d.kind,
      };
    });
}

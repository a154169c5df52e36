// Search hits as the UI lists them: kinds in order, one flat list for the keyboard, where each opens.
import type { Hit, SearchKind, SearchResultsView, TextAnchor } from '../../../shared/contract';
import type { JumpTarget } from '../../app/navigation';

/** Group headings, singular and plural, and a short name (the palette's group column). */
export const KIND_LABELS: Record<SearchKind, { one: string; many: string; short: string }> = {
  work: { one: 'Work', many: 'Works', short: 'Work' },
  claim: { one: 'Claim', many: 'Claims', short: 'Claim' },
  note: { one: 'Note', many: 'Notes', short: 'Note' },
  passage: { one: 'Passage in the paper', many: 'Passages in the paper', short: 'Passage' },
};

const LISTS: Record<
  SearchKind,
  keyof Pick<SearchResultsView, 'works' | 'claims' | 'notes' | 'passages'>
> = {
  work: 'works',
  claim: 'claims',
  note: 'notes',
  passage: 'passages',
};

export interface HitGroup {
  kind: SearchKind;
  hits: Hit[];
  total: number;
}

/** The non-empty groups, in `order` (default: the results' own ranking of kinds). */
export function hitGroups(
  results: SearchResultsView,
  order: readonly SearchKind[] = results.order,
): HitGroup[] {
  return order
    .map((kind) => ({ kind, hits: results[LISTS[kind]], total: results.totals[kind] }))
    .filter((g) => g.hits.length > 0);
}

/**
 * The document a claim or passage hit is in: named by its qualified id ("<document>#<local id>")
 * or its anchor; `fallback` (the library's first paper) for an answer that names none.
 */
export function hitDocumentId(hit: Hit, fallback: string | null): string | null {
  if (hit.kind !== 'claim' && hit.kind !== 'passage') return null;
  const anchor = hit.anchor as (TextAnchor & { documentId?: string }) | undefined;
  if (anchor?.documentId) return anchor.documentId;
  const at = hit.id.lastIndexOf('#');
  return at > 0 ? hit.id.slice(0, at) : fallback;
}

/** A claim's or passage's id within its paper: "k3" of "doc#k3". */
export function localHitId(hit: Hit): string {
  return hit.id.slice(hit.id.lastIndexOf('#') + 1);
}

/** How many more hits one press of a group's "Show more" loads, once "Show all" would be long. */
export const MORE_STEP = 100;

/**
 * One row ↑/↓ walk: a hit, or the row closing a group that holds fewer hits than match, which
 * loads more of them (`limit`: how many of that kind to ask for next).
 */
export type HitRow = { type: 'hit'; hit: Hit } | { type: 'more'; group: HitGroup; limit: number };

/** A group's rows: its hits, then its "Show all" / "Show more" row when some are not shown. */
export function groupRows(group: HitGroup): HitRow[] {
  const rows: HitRow[] = group.hits.map((hit) => ({ type: 'hit', hit }));
  if (group.total > group.hits.length) {
    const limit = Math.min(group.total, group.hits.length + MORE_STEP);
    rows.push({ type: 'more', group, limit });
  }
  return rows;
}

/** What a group's "more" row says: "Show all 113 works", or "Show 100 more works (3,412 in all)". */
export function moreLabel(group: HitGroup, limit: number): string {
  const label = KIND_LABELS[group.kind].many.toLowerCase();
  const total = group.total.toLocaleString('en');
  return limit >= group.total
    ? `Show all ${total} ${label}`
    : `Show ${(limit - group.hits.length).toLocaleString('en')} more ${label} (${total} in all)`;
}

/** The end of a sentence: its stop (and a closing quote or bracket), then a space. */
const sentenceEnds = (): RegExp => /[.!?]["”’)]?\s/g;

/**
 * Where a passage hit opens the reader: the sentence holding its first match (found by placing
 * the hit's excerpt in the paper's text), else the whole passage; a footnote opens as one.
 */
export function passageTarget(hit: Hit, paperText: string): JumpTarget | null {
  const local = localHitId(hit);
  if (local.startsWith('fn:')) return { kind: 'footnote', id: local.slice(3) };
  const anchor = hit.anchor;
  if (!anchor) return null;
  const whole: JumpTarget = { kind: 'passage', start: anchor.start, end: anchor.end };
  const first = hit.highlights.find((h) => h.field === 'snippet');
  const lead = hit.snippet.startsWith('…') ? 1 : 0;
  const body = hit.snippet.slice(lead).replace(/…$/, '');
  const block = paperText.slice(anchor.start, anchor.end);
  const at = body ? block.indexOf(body) : -1;
  if (!first || at < 0) return whole;
  const matchStart = at + first.start - lead;
  const matchEnd = at + first.end - lead;
  let from = 0;
  for (const m of block.matchAll(sentenceEnds())) {
    const end = m.index + m[0].length;
    if (end <= matchStart) from = end;
    else break;
  }
  const ends = sentenceEnds();
  ends.lastIndex = matchEnd;
  const next = ends.exec(block);
  const to = next ? next.index + next[0].trimEnd().length : block.length;
  return { kind: 'passage', start: anchor.start + from, end: anchor.start + to };
}

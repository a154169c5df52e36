// What the command palette can jump to, and how a query picks among them (pure). Views and
// sections are matched here; works, claims, notes and passages come from search.
import type { Hit, SearchKind, SearchResultsView } from '../../../shared/contract';
import type { PaperIndex } from '../../api/paperIndex';
import type { DocumentEntry } from '../../api/documents';
import type { JumpTarget, ViewId } from '../../app/navigation';
import { foldText as fold } from '../../../core/search/fold';
import { hitGroups, KIND_LABELS } from '../search/hits';

/** Commands the palette runs (the app does them; see App). */
export type PaletteCommand = 'add-paper' | 'find-duplicates';

export type PaletteAction =
  | { kind: 'view'; view: ViewId }
  | { kind: 'command'; command: PaletteCommand }
  | { kind: 'paper'; documentId: string }
  | { kind: 'jump'; documentId: string; target: JumpTarget }
  | { kind: 'hit'; hit: Hit }
  | { kind: 'search'; query: string };

export interface PaletteItem {
  id: string;
  group: string;
  label: string;
  detail: string;
  action: PaletteAction;
  /** Folded text the query is matched against. */
  haystack: string;
}

const item = (i: Omit<PaletteItem, 'haystack'>, keywords = ''): PaletteItem => ({
  ...i,
  haystack: fold(`${i.label} ${i.detail} ${keywords}`),
});

/**
 * Every view, the app's commands, every paper of the library and the sections of the paper in
 * the reader (`index`) as palette entries.
 */
export function buildPaletteItems(
  views: readonly { id: ViewId; label: string }[],
  index: PaperIndex | null,
  papers: readonly DocumentEntry[] = [],
): PaletteItem[] {
  const items: PaletteItem[] = views.map((v) =>
    item({
      id: `view:${v.id}`,
      group: 'View',
      label: v.label,
      detail: 'Open view',
      action: { kind: 'view', view: v.id },
    }),
  );
  items.push(
    item(
      {
        id: 'command:add-paper',
        group: 'Command',
        label: 'Add paper…',
        detail: 'Read a PDF, Markdown or text paper into the library',
        action: { kind: 'command', command: 'add-paper' },
      },
      'import file new document',
    ),
    item(
      {
        id: 'command:find-duplicates',
        group: 'Command',
        label: 'Find duplicates…',
        detail: 'Review likely duplicate works side by side and merge them',
        action: { kind: 'command', command: 'find-duplicates' },
      },
      'merge works same doi isbn dedupe',
    ),
  );
  for (const paper of papers) {
    items.push(
      item(
        {
          id: `paper:${paper.id}`,
          group: 'Paper',
          label: paper.title || 'Untitled paper',
          detail: [paper.authors.join(', '), paper.year].filter(Boolean).join(', ') || 'Paper',
          action: { kind: 'paper', documentId: paper.id },
        },
        'paper document',
      ),
    );
  }
  if (index) {
    for (const s of index.paper.document.sections) {
      if (s.level < 2) continue;
      items.push(
        item({
          id: `section:${s.id}`,
          group: 'Section',
          label: s.title,
          detail: 'Section of the paper',
          action: {
            kind: 'jump',
            documentId: index.documentId,
            target: { kind: 'section', id: s.id },
          },
        }),
      );
    }
  }
  return items;
}

/** The palette lists search hits in this fixed order, so a kind is always in the same place. */
export const PALETTE_KINDS: readonly SearchKind[] = ['work', 'claim', 'note', 'passage'];

/** Search hits as palette entries (works, claims, notes, passages), then "Search everywhere". */
export function hitItems(results: SearchResultsView | null, query: string): PaletteItem[] {
  const items: PaletteItem[] = [];
  if (results) {
    for (const group of hitGroups(results, PALETTE_KINDS)) {
      for (const hit of group.hits) {
        items.push({
          id: `hit:${hit.kind}:${hit.id}`,
          group: KIND_LABELS[hit.kind].short,
          label: hit.title,
          detail: hit.snippet,
          action: { kind: 'hit', hit },
          haystack: '',
        });
      }
    }
  }
  const q = query.trim();
  if (q) {
    items.push({
      id: 'search-everywhere',
      group: 'Search',
      label: `Search everywhere for “${q}”…`,
      detail: 'All matches in the paper, works, claims and notes',
      action: { kind: 'search', query: q },
      haystack: '',
    });
  }
  return items;
}

const GROUP_RANK: Record<string, number> = { View: 0, Command: 1, Paper: 2, Section: 3 };

/** Views, commands, papers and sections containing every word of `query`, in that order;
 * within each, labels starting with the query first. A blank query lists them all. */
export function searchPalette(
  items: readonly PaletteItem[],
  query: string,
  limit = 50,
): PaletteItem[] {
  const q = fold(query.trim());
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.slice(0, limit);
  const scored = items
    .filter((i) => words.every((w) => i.haystack.includes(w)))
    .map((i) => {
      const label = fold(i.label);
      const score = label.startsWith(q) ? 0 : label.includes(q) ? 1 : 2;
      return { i, score };
    });
  scored.sort(
    (a, b) => (GROUP_RANK[a.i.group] ?? 9) - (GROUP_RANK[b.i.group] ?? 9) || a.score - b.score,
  );
  return scored.slice(0, limit).map((s) => s.i);
}

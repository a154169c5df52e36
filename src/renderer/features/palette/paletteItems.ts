// What the command palette can jump to, and how a query picks among them (pure).
import type { WorkSummary } from '../../../shared/contract';
import type { PaperIndex } from '../../api/paperIndex';
import type { JumpTarget, ViewId } from '../../app/navigation';
import { fold } from '../bibliography/sortWorks';

export type PaletteAction =
  | { kind: 'view'; view: ViewId }
  | { kind: 'jump'; target: JumpTarget }
  | { kind: 'work'; workId: string };

export interface PaletteItem {
  id: string;
  group: 'View' | 'Section' | 'Work' | 'Claim';
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

const shorten = (text: string, max = 110) =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))}…`;

/** Every view, section, work and claim as a palette entry. */
export function buildPaletteItems(
  views: readonly { id: ViewId; label: string }[],
  index: PaperIndex | null,
  works: readonly WorkSummary[],
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
  if (index) {
    for (const s of index.paper.document.sections) {
      if (s.level < 2) continue;
      items.push(
        item({
          id: `section:${s.id}`,
          group: 'Section',
          label: s.title,
          detail: 'Section of the paper',
          action: { kind: 'jump', target: { kind: 'section', id: s.id } },
        }),
      );
    }
  }
  for (const w of works) {
    items.push(
      item(
        {
          id: `work:${w.key}`,
          group: 'Work',
          label: w.label,
          detail: w.title,
          action: { kind: 'work', workId: w.key },
        },
        `${w.key} ${w.authorsShort} ${w.year ?? ''}`,
      ),
    );
  }
  if (index) {
    for (const c of [...index.paper.claims].sort((a, b) => a.start - b.start)) {
      const labels = c.workIds.map((id) => works.find((w) => w.key === id)?.label ?? id).join('; ');
      items.push(
        item(
          {
            id: `claim:${c.id}`,
            group: 'Claim',
            label: shorten(c.text),
            detail: labels,
            action: { kind: 'jump', target: { kind: 'claim', id: c.id } },
          },
          c.text,
        ),
      );
    }
  }
  return items;
}

const GROUP_RANK: Record<PaletteItem['group'], number> = { View: 0, Section: 1, Work: 2, Claim: 3 };

/** Items containing every word of `query`: views, sections, works, then claims; within each,
 * labels starting with the query first. */
export function searchPalette(
  items: readonly PaletteItem[],
  query: string,
  limit = 50,
): PaletteItem[] {
  const q = fold(query.trim());
  const words = q.split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.filter((i) => i.group !== 'Claim').slice(0, limit);
  const scored = items
    .filter((i) => words.every((w) => i.haystack.includes(w)))
    .map((i) => {
      const label = fold(i.label);
      const score = label.startsWith(q) ? 0 : label.includes(q) ? 1 : 2;
      return { i, score };
    });
  scored.sort((a, b) => GROUP_RANK[a.i.group] - GROUP_RANK[b.i.group] || a.score - b.score);
  return scored.slice(0, limit).map((s) => s.i);
}

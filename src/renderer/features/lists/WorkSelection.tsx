// Checking several works in the bibliography (click, shift-click for a range) and adding them
// to a reading list at once.
import { useCallback, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { AddToListButton } from './AddToListDialog';
import { CopyCitationButton, ExportButton } from '../export/ExportButtons';

export interface WorkSelection {
  checked: ReadonlySet<string>;
  /**
   * Toggles `key` (the row at `position` of `order`, or of `keys` when the order was fetched
   * for this); with `range`, sets every row since the last click.
   */
  toggle: (key: string, position: number, range: boolean, keys?: readonly string[]) => void;
  /** Checks every row of `order` (or of `keys`, the order fetched when it was not yet known). */
  setAll: (checked: boolean, keys?: readonly string[]) => void;
  clear: () => void;
}

/** Selection state over the rows in `order` (the visible, sorted keys). */
export function useWorkSelection(order: readonly string[]): WorkSelection {
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const last = useRef<number | null>(null);
  const toggle = useCallback(
    (key: string, position: number, range: boolean, keys: readonly string[] = order) => {
      // Read the anchor now: the updater below runs later, after it has moved.
      const anchor = range ? last.current : null;
      setChecked((current) => {
        const next = new Set(current);
        const on = !current.has(key);
        if (anchor !== null) {
          const [from, to] = [anchor, position].sort((a, b) => a - b) as [number, number];
          for (const k of keys.slice(from, to + 1)) {
            if (on) next.add(k);
            else next.delete(k);
          }
        } else if (on) next.add(key);
        else next.delete(key);
        return next;
      });
      last.current = position;
    },
    [order],
  );
  const setAll = useCallback(
    (on: boolean, keys: readonly string[] = order) => setChecked(on ? new Set(keys) : new Set()),
    [order],
  );
  const clear = useCallback(() => setChecked(new Set()), []);
  return useMemo(() => ({ checked, toggle, setAll, clear }), [checked, toggle, setAll, clear]);
}

/** The header cell: check or uncheck every visible work. */
export function SelectAllCell({
  selection,
  order,
}: {
  selection: WorkSelection;
  order: readonly string[];
}) {
  const all = order.length > 0 && order.every((k) => selection.checked.has(k));
  const some = !all && order.some((k) => selection.checked.has(k));
  return (
    <th scope="col" className="col-check">
      <input
        type="checkbox"
        aria-label="Select all works shown"
        checked={all}
        ref={(el) => {
          if (el) el.indeterminate = some;
        }}
        onChange={() => selection.setAll(!all)}
      />
    </th>
  );
}

/** A row's checkbox; shift-click checks or unchecks the range since the last click. */
export function SelectCell({
  selection,
  workKey,
  position,
  label,
  tabbable = true,
}: {
  selection: WorkSelection;
  workKey: string;
  position: number;
  label: string;
  /** False where the rows use roving focus and this row is not the one in the Tab order. */
  tabbable?: boolean;
}) {
  return (
    <td className="col-check" onClick={(e) => e.stopPropagation()}>
      <input
        type="checkbox"
        aria-label={`Select ${label}`}
        tabIndex={tabbable ? undefined : -1}
        checked={selection.checked.has(workKey)}
        onChange={() => undefined}
        onClick={(e: MouseEvent<HTMLInputElement>) =>
          selection.toggle(workKey, position, e.shiftKey)
        }
      />
    </td>
  );
}

/** "3 selected · Add to list… · Clear", while any work is checked. */
export function SelectionBar({
  selection,
  order,
  actions,
}: {
  selection: WorkSelection;
  order: readonly string[];
  /** More actions on the checked works (tag, delete), given their keys and what they are. */
  actions?: (keys: string[], what: string) => ReactNode;
}) {
  const keys = order.filter((k) => selection.checked.has(k));
  if (keys.length === 0) return null;
  const what = keys.length === 1 ? '1 work' : `${keys.length} works`;
  return (
    <div className="selection-bar" role="region" aria-label="Selected works">
      <span>{what} selected</span>
      <AddToListButton workKeys={keys} what={what} className="button button--small" />
      <ExportButton target={{ kind: 'selection', keys }} what={`The ${what} selected`} />
      <CopyCitationButton cites={keys.map((key) => ({ key }))} what={`the ${what} selected`} />
      {actions?.(keys, what)}
      <button type="button" className="link" onClick={selection.clear}>
        Clear selection
      </button>
    </div>
  );
}

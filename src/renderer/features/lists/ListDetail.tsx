// One reading list: its works in order (drag, or Alt+↑/↓), status and comment per work, rename,
// delete with Undo (a list, or a work taken off it), and export to a file.
import { useRef, useState, type DragEvent } from 'react';
import { EXPORT_FORMAT_IDS, FILE_FORMATS } from '../../../core/formats/registry';
import type { ListExportFormat, ReadingList, ReadingStatus } from '../../../shared/contract';
import { useWorkSummaries } from '../../api/queries';
import { useUserDataActions } from '../../api/userData';
import { useNavigation } from '../../app/navigation';
import { cssEscape } from '../../ui/dom';
import { downloadText } from './download';
import { ExportButton } from '../export/ExportButtons';
import { ListItemRow, STATUS_LABELS } from './ListItemRow';

const FORMATS: { id: ListExportFormat; label: string }[] = EXPORT_FORMAT_IDS.map((id) => ({
  id,
  label: FILE_FORMATS[id].label,
}));

/** `keys` with `key` moved to `to`. */
export function moved(keys: readonly string[], key: string, to: number): string[] {
  const rest = keys.filter((k) => k !== key);
  rest.splice(Math.max(0, Math.min(to, rest.length)), 0, key);
  return rest;
}

export function ListDetail({ list }: { list: ReadingList }) {
  const nav = useNavigation();
  const { run, toasts } = useUserDataActions();
  // The list's own works only, never the whole library.
  const byKey = useWorkSummaries(list.items.map((i) => i.workKey));
  const [pendingOrder, setPendingOrder] = useState<string[] | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [format, setFormat] = useState<ListExportFormat>('bibtex');
  const [drop, setDrop] = useState<{ key: string; where: 'before' | 'after' } | null>(null);
  const dragging = useRef<string | null>(null);
  const listEl = useRef<HTMLOListElement>(null);
  // Moves not yet answered (with the list reloaded): until the last is, the moved order stays on
  // screen, so a second Alt+↓ pressed in between starts from where the row is now.
  const movesInFlight = useRef(0);

  const order = pendingOrder ?? list.items.map((i) => i.workKey);
  const itemByKey = new Map(list.items.map((i) => [i.workKey, i]));
  const items = order.flatMap((k) => itemByKey.get(k) ?? []);
  const labelOf = (key: string) => byKey.get(key)?.label ?? itemByKey.get(key)?.placeholder ?? key;
  const call = <T,>(change: Parameters<typeof run<T>>[0]) => run(change, ['lists']);

  const move = async (workKey: string, toIndex: number, refocus: boolean) => {
    const next = moved(order, workKey, toIndex);
    setPendingOrder(next);
    setAnnouncement(`${labelOf(workKey)} moved to position ${toIndex + 1} of ${next.length}.`);
    if (refocus) {
      // The row keeps focus as it moves, so Alt+↑/↓ can be pressed again.
      requestAnimationFrame(() =>
        listEl.current
          ?.querySelector<HTMLElement>(`[data-work-key="${cssEscape(workKey)}"]`)
          ?.focus(),
      );
    }
    movesInFlight.current += 1;
    await call((api) => api.moveReadingListItem({ listId: list.id, workKey, toIndex }));
    movesInFlight.current -= 1;
    if (movesInFlight.current === 0) setPendingOrder(null);
  };

  const dragHandlers = (key: string, position: number) => ({
    start: (event: DragEvent<HTMLElement>) => {
      dragging.current = key;
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', key);
      const row = event.currentTarget.closest('li');
      if (row) event.dataTransfer.setDragImage(row, 16, 16);
    },
    over: (event: DragEvent<HTMLLIElement>) => {
      if (!dragging.current) return;
      event.preventDefault();
      const rect = event.currentTarget.getBoundingClientRect();
      const where = event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
      if (drop?.key !== key || drop.where !== where) setDrop({ key, where });
    },
    drop: (event: DragEvent<HTMLLIElement>) => {
      event.preventDefault();
      const from = dragging.current;
      dragging.current = null;
      setDrop(null);
      if (!from || from === key) return;
      const rect = event.currentTarget.getBoundingClientRect();
      const after = event.clientY >= rect.top + rect.height / 2;
      const fromIndex = order.indexOf(from);
      let to = position + (after ? 1 : 0);
      if (fromIndex < to) to -= 1;
      if (to !== fromIndex) void move(from, to, false);
    },
    end: () => {
      dragging.current = null;
      setDrop(null);
    },
  });

  const rename = async () => {
    const name = renaming?.trim();
    setRenaming(null);
    if (name && name !== list.name)
      await call((api) => api.renameReadingList({ listId: list.id, name }));
  };

  const remove = async () => {
    const deleted = await call((api) => api.deleteReadingList({ listId: list.id }));
    if (!deleted) return;
    nav.selectList(null);
    toasts.show(`List “${deleted.name}” deleted.`, {
      action: {
        label: 'Undo',
        run: () =>
          void call((api) => api.restoreReadingList({ listId: deleted.id })).then(
            (restored) => restored && nav.selectList(restored.id),
          ),
      },
    });
  };

  // Taking a work off the list is undone as deleting a list is: a toast with Undo.
  const removeItem = async (workKey: string) => {
    const label = labelOf(workKey);
    const workKeys = [workKey];
    const done = await call((api) => api.removeFromReadingList({ listId: list.id, workKeys }));
    if (!done) return;
    toasts.show(`${label} removed from “${list.name}”.`, {
      action: {
        label: 'Undo',
        run: () => void call((api) => api.restoreToReadingList({ listId: list.id, workKeys })),
      },
    });
  };

  const exportList = async () => {
    const file = await run((api) => api.exportReadingList({ listId: list.id, format }), []);
    if (!file) return;
    downloadText(file.fileName, file.mimeType, file.content);
    toasts.show(
      `Exported ${items.length} work${items.length === 1 ? '' : 's'} as ${file.fileName}.`,
    );
  };

  const counts = (Object.keys(STATUS_LABELS) as ReadingStatus[])
    .map((s) => [s, list.items.filter((i) => i.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${STATUS_LABELS[s].toLowerCase()}`);

  return (
    <article className="list-detail" aria-labelledby="list-detail-title">
      <header className="list-detail__header">
        {renaming === null ? (
          <h2 id="list-detail-title" className="pane__title" tabIndex={-1}>
            {list.name}
          </h2>
        ) : (
          <form
            className="list-detail__rename"
            onSubmit={(e) => {
              e.preventDefault();
              void rename();
            }}
          >
            <label className="visually-hidden" htmlFor="list-rename">
              New name
            </label>
            <input
              id="list-rename"
              className="filter__input"
              value={renaming}
              maxLength={200}
              autoFocus
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
            <button type="submit" className="button button--small">
              Save name
            </button>
            <h2 id="list-detail-title" className="visually-hidden">
              {list.name}
            </h2>
          </form>
        )}
        <div className="list-detail__actions">
          {renaming === null && (
            <button
              type="button"
              className="button button--small"
              onClick={() => setRenaming(list.name)}
            >
              Rename
            </button>
          )}
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => void remove()}
          >
            Delete list
          </button>
        </div>
      </header>
      <p className="muted">
        {items.length === 0
          ? 'No works yet.'
          : `${items.length} work${items.length === 1 ? '' : 's'}${counts.length ? ` · ${counts.join(', ')}` : ''}`}
      </p>
      <div className="list-detail__export">
        <label className="field">
          <span className="field__label">Export as</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as ListExportFormat)}>
            {FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={items.length === 0}
          onClick={() => void exportList()}
        >
          Export list
        </button>
        <ExportButton
          target={{ kind: 'list', listId: list.id }}
          what={`The reading list “${list.name}”`}
          label="More export options, keep in sync…"
          className="button"
        />
      </div>
      {items.length === 0 ? (
        <p className="muted empty">
          Add works with “Add to list…” on a citation card, a work in the bibliography (or several
          checked at once), or a claim.
        </p>
      ) : (
        <>
          <p className="muted list-detail__hint">
            Drag a work to move it, or focus it and press Alt+↑ / Alt+↓.
          </p>
          <ol className="list-items" ref={listEl} aria-label={`Works on ${list.name}`}>
            {items.map((item, position) => (
              <ListItemRow
                key={item.workKey}
                item={item}
                position={position}
                count={items.length}
                work={byKey.get(item.workKey)}
                dropMark={drop?.key === item.workKey ? drop.where : null}
                drag={dragHandlers(item.workKey, position)}
                onMove={(to) => void move(item.workKey, to, true)}
                onOpen={() => nav.openWork(item.workKey)}
                onStatus={(status) =>
                  void call((api) =>
                    api.setReadingListItemStatus({
                      listId: list.id,
                      workKey: item.workKey,
                      status,
                    }),
                  )
                }
                onComment={(comment) =>
                  void call((api) =>
                    api.setReadingListItemComment({
                      listId: list.id,
                      workKey: item.workKey,
                      comment,
                    }),
                  )
                }
                onRemove={() => void removeItem(item.workKey)}
              />
            ))}
          </ol>
        </>
      )}
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
    </article>
  );
}

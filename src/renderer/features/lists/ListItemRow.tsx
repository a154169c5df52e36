// One work on a reading list: drag handle, position, status, comment, remove; Alt+↑/↓ moves it.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { ReadingListItem, ReadingStatus, WorkSummary } from '../../../shared/contract';

export const STATUS_LABELS: Record<ReadingStatus, string> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

interface Props {
  item: ReadingListItem;
  position: number;
  count: number;
  work: WorkSummary | undefined;
  dropMark: 'before' | 'after' | null;
  onMove: (toIndex: number) => void;
  onStatus: (status: ReadingStatus) => void;
  onComment: (comment: string) => void;
  onRemove: () => void;
  onOpen: () => void;
  drag: {
    start: (event: DragEvent<HTMLElement>) => void;
    over: (event: DragEvent<HTMLLIElement>) => void;
    drop: (event: DragEvent<HTMLLIElement>) => void;
    end: () => void;
  };
}

export function ListItemRow(props: Props) {
  const { item, position, count, work } = props;
  const [comment, setComment] = useState(item.comment);
  const label = work ? work.label : item.placeholder;
  const onKey = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.target !== event.currentTarget) return;
    const to =
      event.key === 'ArrowUp'
        ? position - 1
        : event.key === 'ArrowDown'
          ? position + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : -1;
    if (to < 0 || to >= count || to === position) return;
    event.preventDefault();
    props.onMove(to);
  };
  const classes = ['list-item'];
  if (props.dropMark) classes.push(`list-item--drop-${props.dropMark}`);
  return (
    <li
      className={classes.join(' ')}
      data-work-key={item.workKey}
      tabIndex={0}
      aria-label={`${position + 1} of ${count}: ${label}. Alt+Up or Alt+Down moves it.`}
      onKeyDown={onKey}
      onDragOver={props.drag.over}
      onDrop={props.drag.drop}
    >
      <span
        className="list-item__handle"
        aria-hidden="true"
        title="Drag to reorder"
        draggable
        onDragStart={props.drag.start}
        onDragEnd={props.drag.end}
      >
        ⠿
      </span>
      <span className="list-item__position" aria-hidden="true">
        {position + 1}
      </span>
      <div className="list-item__main">
        <button
          type="button"
          className="link list-item__work"
          onClick={props.onOpen}
          disabled={!work}
        >
          {label}
        </button>
        {work && <span className="list-item__title">{work.title}</span>}
        {!work && <span className="muted"> (no longer in the library)</span>}
        <label className="list-item__comment">
          <span className="visually-hidden">Comment on {label}</span>
          <input
            className="filter__input"
            value={comment}
            maxLength={10_000}
            placeholder="Comment"
            onChange={(e) => setComment(e.target.value)}
            onBlur={() => comment !== item.comment && props.onComment(comment)}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
        </label>
      </div>
      <label className="list-item__status">
        <span className="visually-hidden">Status of {label}</span>
        <select
          value={item.status}
          className={`status-select status-select--${item.status}`}
          onChange={(e) => props.onStatus(e.target.value as ReadingStatus)}
        >
          {(Object.keys(STATUS_LABELS) as ReadingStatus[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="chip__remove"
        aria-label={`Remove ${label} from the list`}
        onClick={props.onRemove}
      >
        ×
      </button>
    </li>
  );
}

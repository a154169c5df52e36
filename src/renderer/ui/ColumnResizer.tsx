// The grip at the right edge of a table's header cell: drag it (or focus it and press ←/→) to
// make the column narrower or wider.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** How far one arrow key press resizes, in px (Shift: four times as far). */
const STEP = 16;

interface Props {
  /** The column's name, for the grip's accessible name ("Resize the Author column"). */
  column: string;
  /** The column's current width in px (measured when a resize starts). */
  measure: () => number;
  /** While dragging: the width under the pointer, to show at once. */
  onPreview: (width: number) => void;
  /** The width chosen, to keep. */
  onResize: (width: number) => void;
  min?: number;
  max?: number;
}

export function ColumnResizer({
  column,
  measure,
  onPreview,
  onResize,
  min = 40,
  max = 1200,
}: Props) {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));

  const onPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const width = measure();
    drag.current = { x: event.clientX, width, last: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLSpanElement>) => {
    const d = drag.current;
    if (!d) return;
    d.last = clamp(d.width + event.clientX - d.x);
    onPreview(d.last);
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d && d.last !== d.width) onResize(d.last);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = (event.shiftKey ? 4 : 1) * STEP * (event.key === 'ArrowLeft' ? -1 : 1);
    const width = clamp(measure() + step);
    onPreview(width);
    onResize(width);
  };

  return (
    <span
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize the ${column} column`}
      title="Drag to resize (or focus and press ← / →)"
      tabIndex={0}
      className="column-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={onKeyDown}
    />
  );
}

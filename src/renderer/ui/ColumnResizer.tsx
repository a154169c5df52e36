// The grip at the right edge of a table's header cell: drag it (or focus it and press ←/→) to
// make the column narrower or wider.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** How far one arrow key press resizes, in px (Shift: four times as far). */
const STEP = 16;

interface Props {
  /** The column's name, for the grip's accessible name ("Resize the Author column"). */
  column: string;
  /** While dragging: the width under the pointer, to show at once. */
  onPreview: (width: number) => void;
  /** The width chosen, to keep. */
  onResize: (width: number) => void;
  min?: number;
  max?: number;
}

export function ColumnResizer({ column, onPreview, onResize, min = 40, max = 1200 }: Props) {
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);
  /** The width announced (a focusable separator carries its value), measured on focus. */
  const [now, setNow] = useState(min);
  const clamp = (w: number) => Math.round(Math.min(max, Math.max(min, w)));
  /** The column's width now: its header cell's (the grip sits inside it). */
  const measure = (grip: HTMLElement) => grip.parentElement?.getBoundingClientRect().width ?? min;

  const onPointerDown = (event: PointerEvent<HTMLSpanElement>) => {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const width = measure(event.currentTarget);
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
    const width = clamp(measure(event.currentTarget) + step);
    setNow(width);
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
      aria-valuenow={now}
      aria-valuemin={min}
      aria-valuemax={max}
      onFocus={(event) => setNow(clamp(measure(event.currentTarget)))}
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

// The toast region: short messages with an optional action (Undo) and, for work under way, a
// progress bar; announced politely, never taking the focus. It reports the band it takes at the
// bottom of the window (toastReserve), which dialogs and citation cards keep clear of.
import { useLayoutEffect, useRef, useSyncExternalStore, type RefObject } from 'react';
import { useToastStore } from '../api/userData';
import { setToastReserve } from './toastReserve';

/** Room kept between the top toast and a dialog or card above it. */
const GAP_PX = 8;

/** Keeps the reserved band as tall as the toasts on screen (0 without any). */
function useReserveBand(region: RefObject<HTMLDivElement | null>, count: number): void {
  useLayoutEffect(() => {
    const el = region.current;
    if (!el || count === 0) {
      setToastReserve(0);
      return;
    }
    const measure = () =>
      setToastReserve(window.innerHeight - el.getBoundingClientRect().top + GAP_PX);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      setToastReserve(0);
    };
  }, [region, count]);
}

export function ToastRegion() {
  const store = useToastStore();
  const toasts = useSyncExternalStore(store.subscribe, store.current);
  const region = useRef<HTMLDivElement>(null);
  useReserveBand(region, toasts.length);
  return (
    <div ref={region} className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast--${toast.tone}`}
          // A toast being read or reached for (pointer on it, focus in it) stays on screen.
          onMouseEnter={() => store.hold(toast.id)}
          onFocus={() => store.hold(toast.id)}
          onMouseLeave={(event) => {
            if (!event.currentTarget.contains(document.activeElement)) store.release(toast.id);
          }}
          onBlur={(event) => {
            const to = event.relatedTarget;
            const staying = to instanceof Node && event.currentTarget.contains(to);
            if (!staying && !event.currentTarget.matches(':hover')) store.release(toast.id);
          }}
        >
          {toast.progress === undefined ? (
            <span className="toast__message">{toast.message}</span>
          ) : (
            <span className="toast__body">
              <span className="toast__message">{toast.message}</span>
              <progress
                className="toast__progress"
                max={1}
                value={toast.progress}
                aria-label={toast.message}
              />
            </span>
          )}
          {toast.action && (
            <button
              type="button"
              className="toast__action"
              onClick={() => {
                store.dismiss(toast.id);
                toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button
            type="button"
            className="toast__close"
            aria-label="Dismiss"
            onClick={() => store.dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

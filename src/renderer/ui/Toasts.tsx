// The toast region: short messages with an optional action (Undo) and, for work under way, a
// progress bar; announced politely.
import { useSyncExternalStore } from 'react';
import { useToastStore } from '../api/userData';

export function ToastRegion() {
  const store = useToastStore();
  const toasts = useSyncExternalStore(store.subscribe, store.current);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
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

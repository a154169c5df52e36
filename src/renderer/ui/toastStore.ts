// Short messages at the bottom of the window ("Note deleted. Undo"), one store per app.

export interface Toast {
  id: number;
  message: string;
  /** An action offered with the message, e.g. Undo. */
  action?: { label: string; run: () => void };
  tone: 'info' | 'error';
  /** Stays until dismissed or updated away (work under way, e.g. reading a long PDF). */
  persist?: boolean;
  /** How far work under way has got, 0..1: shown as a progress bar under the message. */
  progress?: number;
}

/** What an update changes in a toast on screen; `action: null` takes its action away. */
export interface ToastPatch {
  message?: string;
  progress?: number;
  action?: Toast['action'] | null;
}

type Listener = () => void;

const SHOW_MS = 8000;

/**
 * The toasts on screen; each disappears after a few seconds unless dismissed earlier, and stays
 * while it is held (the pointer on it or the focus in it: the user is reading it or reaching
 * for its Undo).
 */
export class ToastStore {
  private toasts: Toast[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly held = new Set<number>();
  private next = 1;

  /** Shows a message; answers its id. */
  show(message: string, options: Omit<Partial<Toast>, 'id' | 'message'> = {}): number {
    const id = this.next++;
    this.toasts = [
      ...this.toasts.slice(-2),
      { id, message, tone: options.tone ?? 'info', ...options },
    ];
    this.emit();
    this.startTimer(id);
    return id;
  }

  /** Keeps a toast on screen until `release` (hover or focus on it). */
  hold(id: number): void {
    this.held.add(id);
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  /** Lets a held toast go: it leaves after its full time again, so it can still be read. */
  release(id: number): void {
    if (!this.held.delete(id)) return;
    this.startTimer(id);
  }

  private startTimer(id: number): void {
    const toast = this.toasts.find((t) => t.id === id);
    if (!toast || toast.persist || this.held.has(id)) return;
    clearTimeout(this.timers.get(id));
    const ms = toast.tone === 'error' ? SHOW_MS * 2 : SHOW_MS;
    this.timers.set(
      id,
      setTimeout(() => this.dismiss(id), ms),
    );
  }

  /** Changes a toast still on screen (progress of work under way): a message, or a patch. */
  update(id: number, change: string | ToastPatch): void {
    const patch: ToastPatch = typeof change === 'string' ? { message: change } : change;
    const toast = this.toasts.find((t) => t.id === id);
    if (!toast) return;
    const next: Toast = { ...toast };
    if (patch.message !== undefined) next.message = patch.message;
    if (patch.progress !== undefined) next.progress = Math.min(1, Math.max(0, patch.progress));
    if (patch.action === null) delete next.action;
    else if (patch.action) next.action = patch.action;
    const same =
      next.message === toast.message &&
      next.progress === toast.progress &&
      next.action === toast.action;
    if (same) return;
    this.toasts = this.toasts.map((t) => (t.id === id ? next : t));
    this.emit();
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.held.delete(id);
    if (!this.toasts.some((t) => t.id === id)) return;
    this.toasts = this.toasts.filter((t) => t.id !== id);
    this.emit();
  }

  current = (): Toast[] => this.toasts;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

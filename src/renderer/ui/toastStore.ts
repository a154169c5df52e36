// Short messages at the bottom of the window ("Note deleted. Undo"), one store per app.

export interface Toast {
  id: number;
  message: string;
  /** An action offered with the message, e.g. Undo. */
  action?: { label: string; run: () => void };
  tone: 'info' | 'error';
}

type Listener = () => void;

const SHOW_MS = 8000;

/** The toasts on screen; each disappears after a few seconds unless dismissed earlier. */
export class ToastStore {
  private toasts: Toast[] = [];
  private readonly listeners = new Set<Listener>();
  private next = 1;

  /** Shows a message; answers its id. */
  show(message: string, options: Omit<Partial<Toast>, 'id' | 'message'> = {}): number {
    const id = this.next++;
    this.toasts = [
      ...this.toasts.slice(-2),
      { id, message, tone: options.tone ?? 'info', ...options },
    ];
    this.emit();
    setTimeout(() => this.dismiss(id), options.tone === 'error' ? SHOW_MS * 2 : SHOW_MS);
    return id;
  }

  dismiss(id: number): void {
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

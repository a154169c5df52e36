// Short messages at the bottom of the window ("Note deleted. Undo"), one store per app.

export interface Toast {
  id: number;
  message: string;
  /** An action offered with the message, e.g. Undo. */
  action?: { label: string; run: () => void };
  tone: 'info' | 'error';
  /** Stays until dismissed or updated away (work under way, e.g. reading a long PDF). */
  persist?: boolean;
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
    if (!options.persist)
      setTimeout(() => this.dismiss(id), options.tone === 'error' ? SHOW_MS * 2 : SHOW_MS);
    return id;
  }

  /** Changes the message of a toast still on screen (progress of work under way). */
  update(id: number, message: string): void {
    if (!this.toasts.some((t) => t.id === id && t.message !== message)) return;
    this.toasts = this.toasts.map((t) => (t.id === id ? { ...t, message } : t));
    this.emit();
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

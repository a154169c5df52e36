/** Remembers the main window's size, position and maximised state in a small JSON file. */
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './state/jsonFile';

export interface WindowState {
  /** Absent when the window should be centred (first run, or its display is gone). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
export const MIN_WINDOW_SIZE = { width: 720, height: 480 };
const SAVE_DELAY_MS = 400;

const fileSchema = z.object({
  schemaVersion: z.literal(1),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/**
 * Makes a saved state fit today's displays: at least the minimum size, no larger than the
 * biggest work area, and centred (no x/y) when less than 100×50 px of its title area would
 * be visible on any display (e.g. the monitor it was on is unplugged).
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const maxW = Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((a) => a.width));
  const maxH = Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((a) => a.height));
  const width = Math.min(Math.max(state.width, MIN_WINDOW_SIZE.width), maxW);
  const height = Math.min(Math.max(state.height, MIN_WINDOW_SIZE.height), maxH);
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const { x, y } = state;
  const titleVisible = workAreas.some((a) => {
    const w = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
    const h = Math.min(y + 50, a.y + a.height) - Math.max(y, a.y);
    return w >= 100 && h >= 50;
  });
  return titleVisible ? { ...fitted, x, y } : fitted;
}

/** Reads the saved state; defaults when the file is missing or unreadable (never fatal). */
export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = fileSchema.safeParse(await readJsonFile(file));
    if (!parsed.success) return DEFAULT_WINDOW_STATE;
    const { schemaVersion: _v, ...state } = parsed.data;
    return state;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Saves a window's bounds as it moves and resizes (debounced) and when it closes. */
export class WindowStateKeeper {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  /** Starts following `win`. */
  track(win: BrowserWindow): void {
    const later = () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.save(win), SAVE_DELAY_MS);
    };
    for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
      win.on(event as 'resize', later);
    win.on('close', () => {
      clearTimeout(this.timer);
      this.save(win);
    });
  }

  /** Resolves once every save started so far is on disk. */
  flush(): Promise<void> {
    return this.writing;
  }

  private save(win: BrowserWindow): void {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    const { x, y, width, height } = win.getNormalBounds();
    const state = { schemaVersion: 1, x, y, width, height, maximized: win.isMaximized() };
    this.writing = this.writing
      .then(() => writeJsonFileAtomic(this.file, state))
      .catch((err: unknown) => console.warn('Scholion could not remember the window size:', err));
  }
}

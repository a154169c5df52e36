/** The main window: security settings, remembered bounds, the app's own page. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { AppPaths } from './paths';
import { MIN_WINDOW_SIZE, type WindowState } from './windowState';

/**
 * The window's options. The renderer runs sandboxed and isolated, with no Node and web security
 * on; it sees the app only through the preload's window.scholion.
 */
export function mainWindowOptions(
  paths: Pick<AppPaths, 'preload'>,
  state: WindowState,
  options: { isDev: boolean; backgroundColor: string },
): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Scholion',
    show: false,
    backgroundColor: options.backgroundColor,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.isDev,
    },
  };
}

/** Creates the main window, shows it once painted, and loads the renderer. */
export function createMainWindow(
  paths: Pick<AppPaths, 'preload' | 'rendererHtml'>,
  state: WindowState,
  options: { isDev: boolean; backgroundColor: string },
): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(paths, state, options));
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  void win.loadFile(paths.rendererHtml).catch((err: unknown) => {
    console.error('Scholion could not load its window:', err);
  });
  return win;
}

// Composition root of the Electron main process: services, security, IPC, menu, window.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  screen,
  session,
  shell,
} from 'electron';
import { join } from 'node:path';
import { electronDialogs } from './electronDialogs';
import { electronFileViewer } from './electronFileViewer';
import { forwardDataChanges } from './dataEvents';
import { createHandlers } from './handlers';
import { bindContract } from './ipc';
import { menuCommandSender, menuTemplate } from './menu';
import { MENU_CHANNEL } from '../shared/contract/menuCommands';
import type { AppEvent } from '../shared/contract/events';
import { resolveAppPaths } from './paths';
import { guardAllWebContents, secureSession } from './security/guards';
import { closeServices, openServices } from './services';
import { workerParser } from '../services/import';
// electron-vite bundles the worker as a module of its own and gives a function that starts it.
import startBibParseWorker from '../services/import/bibParseWorker?nodeWorker';
import startPaperParseWorker from '../services/documents/paperParseWorker?nodeWorker';
import { workerReader } from '../services/documents';
import { createMainWindow } from './window';
import { fitToDisplays, loadWindowState, WindowStateKeeper } from './windowState';

const isDev = !app.isPackaged;
const paths = resolveAppPaths({
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
});
const guardOptions = {
  rendererUrl: paths.rendererUrl,
  rendererDir: paths.rendererDir,
  allowDevtools: isDev,
};
let mainWindow: BrowserWindow | null = null;

app.enableSandbox();
guardAllWebContents(app, guardOptions);

async function start(): Promise<void> {
  // The user's library lives in its own folder, apart from Chromium's caches in userData; the
  // CLI's --data-dir takes this same folder.
  const dataDir = join(app.getPath('userData'), 'library');
  secureSession(session.defaultSession, guardOptions);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        appName: app.getName(),
        isMac: process.platform === 'darwin',
        isDev,
        send: menuCommandSender(() => mainWindow),
      }),
    ),
  );
  // A paper is parsed in a worker thread: one being added (cancelling the add ends it), and a
  // kept one opened again or re-read for search, so main's event loop stays free.
  const readPaper = workerReader(startPaperParseWorker);
  const services = await openServices({ resourcesDir: paths.resourcesDir, dataDir, readPaper });
  const dialogs = electronDialogs(
    dialog,
    () => mainWindow,
    () => app.getPath('documents'),
  );
  // Data events go one way to the main window only, on the menu commands' channel.
  const sendEvent = (message: AppEvent) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_CHANNEL, message);
  };
  forwardDataChanges(services.userData.store.changes, sendEvent);
  const addProgress = (progress: Extract<AppEvent, { event: 'addProgress' }>['progress']) =>
    sendEvent({ event: 'addProgress', progress });
  const viewer = electronFileViewer(shell);
  // Imported files are read in a worker thread: a large .bib does not freeze the window.
  const parseBib = workerParser(startBibParseWorker);
  const handlers = createHandlers(services, { dialogs, addProgress, viewer, parseBib, readPaper });
  bindContract(ipcMain, handlers, {
    trustedContents: () => mainWindow?.webContents ?? null,
    rendererUrl: paths.rendererUrl,
  });
  // Autosaved notes wait a moment before they are written: write them before quitting.
  let dataClosed = false;
  let closing: Promise<void> | null = null;
  app.on('before-quit', (event) => {
    if (dataClosed) return;
    event.preventDefault();
    closing ??= closeServices(services)
      .catch((err: unknown) => {
        const reason = err instanceof Error ? err.message : String(err);
        dialog.showErrorBox('Scholion could not save your last changes', reason);
      })
      .finally(() => {
        dataClosed = true;
        app.quit();
      });
  });

  const stateKeeper = new WindowStateKeeper(join(app.getPath('userData'), 'window-state.json'));
  const openWindow = async () => {
    const saved = await loadWindowState(join(app.getPath('userData'), 'window-state.json'));
    const state = fitToDisplays(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const backgroundColor = nativeTheme.shouldUseDarkColors ? '#1c1b19' : '#fbfaf7';
    mainWindow = createMainWindow(paths, state, { isDev, backgroundColor });
    stateKeeper.track(mainWindow);
    mainWindow.on('closed', () => (mainWindow = null));
  };
  await openWindow();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
  app.on('window-all-closed', () => {
    void stateKeeper.flush().then(() => {
      if (process.platform !== 'darwin') app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      dialog.showErrorBox('Scholion could not start', reason);
      app.exit(1);
    });
}

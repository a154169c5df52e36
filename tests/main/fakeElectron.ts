/**
 * A test double of the `electron` module for loading the built main bundle in Node: it records
 * what main asks of Electron (windows, session hooks, IPC handlers, menu) so tests can check it.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  /** Every message main sent to this page (webContents.send), as [channel, ...args]. */
  readonly sent: unknown[][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  loadedFile: string | null = null;
  destroyed = false;
  bounds = { x: 40, y: 30, width: 1111, height: 777 };
  maximized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  async loadFile(path: string): Promise<void> {
    this.loadedFile = path;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  maximize() {
    this.maximized = true;
  }
  show() {}
  focus() {}
  restore() {}
}

/** Builds a fresh fake electron module; `userData` is the folder app.getPath('userData') answers. */
export function createFakeElectron(options: {
  appPath: string;
  userData: string;
  isPackaged?: boolean;
}) {
  const calls = {
    enableSandbox: 0,
    quit: 0,
    exit: [] as number[],
    errorBoxes: [] as string[][],
    openedPaths: [] as string[],
    applicationMenu: null as null | { template: unknown[] },
  };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    getAppPath: () => options.appPath,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`fake electron: getPath(${name}) not faked`);
      return options.userData;
    },
    getName: () => 'Scholion',
    enableSandbox: () => void calls.enableSandbox++,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => void calls.quit++,
    exit: (code: number) => void calls.exit.push(code),
  });
  const webRequest = {
    beforeRequest: null as Listener | null,
    headersReceived: null as Listener | null,
    onBeforeRequest(listener: Listener) {
      this.beforeRequest = listener;
    },
    onHeadersReceived(listener: Listener) {
      this.headersReceived = listener;
    },
  };
  const defaultSession = {
    webRequest,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    setPermissionRequestHandler(handler: Listener) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: Listener) {
      this.permissionCheck = handler;
    },
  };
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle(channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) {
      if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcHandlers.set(channel, fn);
    },
    removeHandler(channel: string) {
      ipcHandlers.delete(channel);
    },
  };
  FakeBrowserWindow.instances = [];
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    ipcMain,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => void (calls.applicationMenu = menu),
    },
    dialog: {
      showErrorBox: (title: string, body: string) => void calls.errorBoxes.push([title, body]),
    },
    nativeTheme: { shouldUseDarkColors: false },
    shell: {
      openPath: (path: string) => {
        calls.openedPaths.push(path);
        return Promise.resolve('');
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
  return { electron, calls, ipcHandlers, defaultSession, app };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

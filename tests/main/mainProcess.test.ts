// Loads the BUILT main bundle (out/main/index.js) with a test double of `electron` and checks what
// it sets up: window security, CSP, offline session, navigation guards, and the IPC contract.
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  channelOf,
  MENU_CHANNEL,
  menuCommands,
  methodNames,
  toScholionError,
  type MenuCommand,
  type ScholionBridge,
} from '../../src/shared/contract';
import { FakeBrowserWindow, FakeWebContents } from './fakeElectron';

const { fake, repo } = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join: joinPath } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const { createFakeElectron } = await import('./fakeElectron');
  const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
  const userData = mkdtempSync(joinPath(tmpdir(), 'scholion-main-'));
  return { fake: createFakeElectron({ appPath: repoRoot, userData }), repo: repoRoot };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const MAIN_BUNDLE = join(repo, 'out/main/index.js');
const RENDERER_HTML = join(repo, 'out/renderer/index.html');
const rendererUrl = pathToFileURL(RENDERER_HTML).href;
let win: FakeBrowserWindow;
/** main logs every refusal; keep the test output clean but check the log. */
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

beforeAll(async () => {
  if (!existsSync(MAIN_BUNDLE)) throw new Error('Build first: npx electron-vite build');
  await import(/* @vite-ignore */ pathToFileURL(MAIN_BUNDLE).href);
  await vi.waitFor(() => {
    expect(FakeBrowserWindow.instances[0]?.loadedFile).toBeTruthy();
  });
  win = FakeBrowserWindow.instances[0]!;
});
afterAll(async () => {
  warn.mockRestore();
  await rm(fake.electron.app.getPath('userData'), { recursive: true, force: true });
});

/** An IPC event as Electron would build it for a call from `sender`'s frame at `url`. */
function eventFrom(sender: FakeWebContents, url = rendererUrl, parent: unknown = null) {
  return { sender, senderFrame: { url, parent } };
}

async function invoke(method: string, input: unknown, event = eventFrom(win.webContents)) {
  const handler = fake.ipcHandlers.get(`scholion:${method}`);
  if (!handler) throw new Error(`no IPC handler for ${method}`);
  return handler(event, input) as Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
}

describe('the main window', () => {
  it('runs the renderer sandboxed, isolated, without Node, with web security', () => {
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(fake.calls.enableSandbox).toBe(1);
  });

  it('loads the built CommonJS preload and the built renderer', () => {
    const prefs = win.options.webPreferences as { preload: string };
    expect(prefs.preload).toBe(join(repo, 'out/preload/index.cjs'));
    expect(existsSync(prefs.preload)).toBe(true);
    expect(win.loadedFile).toBe(RENDERER_HTML);
  });

  it('sends no `sandbox: false` anywhere in the bundles', () => {
    for (const file of [MAIN_BUNDLE, join(repo, 'out/preload/index.cjs')]) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/sandbox:\s*false/);
    }
  });

  it('has a preload that requires nothing but electron (a sandboxed preload cannot)', () => {
    const preload = readFileSync(join(repo, 'out/preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
  });

  it('remembers its bounds in userData when it closes', async () => {
    win.bounds = { x: 12, y: 34, width: 1000, height: 700 };
    win.emit('close');
    fake.app.emit('window-all-closed');
    const file = join(fake.electron.app.getPath('userData'), 'window-state.json');
    await vi.waitFor(async () => {
      expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
        schemaVersion: 1,
        ...win.bounds,
        maximized: false,
      });
      // Generous: the write goes through the store's atomic rename, slow on a loaded CI machine.
    }, 10_000);
    await vi.waitFor(() => expect(fake.calls.quit).toBe(1), 10_000);
  });
});

describe('content security policy and the network', () => {
  const csp = () => {
    let headers: Record<string, string[]> = {};
    fake.defaultSession.webRequest.headersReceived!(
      {
        url: rendererUrl,
        responseHeaders: { 'content-security-policy': ['default-src *'] },
      } as never,
      ((r: { responseHeaders: Record<string, string[]> }) =>
        (headers = r.responseHeaders)) as never,
    );
    return headers;
  };

  it('replaces any CSP header with the strict one', () => {
    const headers = csp();
    expect(Object.keys(headers).filter((k) => /content-security-policy/i.test(k))).toEqual([
      'Content-Security-Policy',
    ]);
    const policy = headers['Content-Security-Policy']!.join();
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/connect-src 'none'/);
    expect(policy).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('matches the meta CSP of the built renderer on scripts and connections', () => {
    const html = readFileSync(RENDERER_HTML, 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(meta).toMatch(/script-src 'self'(;|$)/);
    expect(meta).toMatch(/connect-src 'none'/);
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  const cancels = (url: string) => {
    let cancel: boolean | undefined;
    fake.defaultSession.webRequest.beforeRequest!(
      { url } as never,
      ((r: { cancel: boolean }) => (cancel = r.cancel)) as never,
    );
    return cancel;
  };

  it('refuses every request that would leave the machine', () => {
    for (const url of [
      'https://example.org/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'ftp://example.org/x',
    ]) {
      expect(cancels(url), url).toBe(true);
    }
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('refused a request to https://example.org/'),
    );
  });

  it('lets the renderer load its own files only', () => {
    expect(cancels(rendererUrl)).toBe(false);
    expect(cancels(pathToFileURL(join(repo, 'out/renderer/assets/index.js')).href)).toBe(false);
    expect(cancels('file:///etc/passwd')).toBe(true);
    expect(cancels(pathToFileURL(join(repo, 'out/main/index.js')).href)).toBe(true);
    expect(cancels(`${pathToFileURL(join(repo, 'out/renderer')).href}/../main/index.js`)).toBe(
      true,
    );
  });

  it('refuses every permission', () => {
    let granted: boolean | undefined;
    fake.defaultSession.permissionRequest!(
      {} as never,
      'notifications' as never,
      ((g: boolean) => (granted = g)) as never,
    );
    expect(granted).toBe(false);
    expect(fake.defaultSession.permissionCheck!()).toBe(false);
  });
});

describe('navigation', () => {
  const created = () => {
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    return contents;
  };
  const prevented = (contents: FakeWebContents, event: string, url?: string) => {
    let done = false;
    contents.emit(event, { preventDefault: () => (done = true) }, url);
    return done;
  };

  it('denies navigating away from the app', () => {
    const contents = created();
    expect(prevented(contents, 'will-navigate', 'https://example.org/')).toBe(true);
    expect(prevented(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented(contents, 'will-navigate', `${rendererUrl}#/bibliography`)).toBe(false);
    expect(prevented(contents, 'will-redirect', 'https://example.org/')).toBe(true);
    expect(prevented(contents, 'will-attach-webview')).toBe(true);
  });

  it('denies window.open', () => {
    const contents = created();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
  });
});

describe('the IPC contract', () => {
  it('binds every contract method, and nothing else', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(methodNames.map(channelOf).sort());
  });

  it('answers a valid call with the service’s value', async () => {
    const result = await invoke('listWorks', {});
    expect(result.ok).toBe(true);
    expect(Array.isArray(result.value)).toBe(true);
  });

  it('opens a work’s attachment with the system viewer (shell.openPath), documents only', async () => {
    const created = await invoke('createWork', {
      type: 'report',
      fields: { title: 'Attached', author: 'Doe, Jane', issued: '2024' },
    });
    const key = (created.value as { work: { citationKey: string } }).work.citationKey;
    const attach = (fileName: string) =>
      invoke('attachFile', {
        key,
        fileName,
        bytesBase64: Buffer.from('%PDF-1.4').toString('base64'),
      });
    const pdf = (await attach('report.pdf')).value as { id: string; path: string };
    expect(await invoke('openAttachment', { key, id: pdf.id })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(fake.calls.openedPaths.at(-1)).toBe(
      join(fake.electron.app.getPath('userData'), 'library', ...pdf.path.split('/')),
    );
    const opened = fake.calls.openedPaths.length;
    const exe = (await attach('setup.exe')).value as { id: string };
    const refused = await invoke('openAttachment', { key, id: exe.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.calls.openedPaths).toHaveLength(opened);
  });

  it('rejects a bad payload with the contract’s error shape', async () => {
    for (const input of [undefined, null, 'x', { key: 42 }, { key: 'a', extra: 1 }]) {
      const result = await invoke('getWork', input);
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid-payload', message: expect.any(String), details: expect.any(Array) },
      });
    }
  });

  it('refuses a call from another window, another page or a subframe', async () => {
    const forbidden = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };
    expect(await invoke('listWorks', {}, eventFrom(new FakeWebContents()))).toEqual(forbidden);
    expect(
      await invoke('listWorks', {}, eventFrom(win.webContents, 'https://example.org/')),
    ).toEqual(forbidden);
    expect(await invoke('listWorks', {}, eventFrom(win.webContents, rendererUrl, {}))).toEqual(
      forbidden,
    );
  });
});

describe('the application menu', () => {
  const roles = (label: string) => {
    const menu = fake.calls.applicationMenu?.template as
      { label?: string; submenu?: { role?: string }[] }[] | undefined;
    return menu?.find((m) => m.label === label)?.submenu?.map((i) => i.role) ?? [];
  };

  it('has the usual edit and view roles, and reload/devtools when unpackaged', () => {
    expect(roles('Edit')).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'cut']));
    expect(roles('View')).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'reload', 'toggleDevTools']),
    );
  });

  it('sends File > Import… to the main window, not to the window the click came from', () => {
    const menu = fake.calls.applicationMenu?.template as {
      label?: string;
      submenu?: { label?: string; click?: (...args: unknown[]) => void }[];
    }[];
    const item = menu.find((m) => m.label === 'File')?.submenu?.find((i) => i.label === 'Import…');
    const other = new FakeWebContents();
    const before = win.webContents.sent.length;
    item?.click?.(item, { webContents: other }, {});
    expect(win.webContents.sent.slice(before)).toEqual([[MENU_CHANNEL, 'import']]);
    expect(other.sent).toEqual([]);
  });
});

describe('the built preload over the built main', () => {
  /** Runs out/preload/index.cjs with an electron whose ipcRenderer reaches main's handlers. */
  function loadPreload(): ScholionBridge {
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: {
        on: (channel: string, listener: (...args: unknown[]) => void) => {
          pageEvents.on(channel, listener);
        },
        removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
          pageEvents.removeListener(channel, listener);
        },
        invoke: (channel: string, input: unknown) => {
          const handler = fake.ipcHandlers.get(channel);
          if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
          return handler(eventFrom(win.webContents), structuredClone(input));
        },
      },
    };
    const code = readFileSync(join(repo, 'out/preload/index.cjs'), 'utf8');
    const requireElectronOnly = (name: string) => {
      if (name !== 'electron') throw new Error(`the sandboxed preload cannot require ${name}`);
      return electron;
    };
    new Function('require', 'module', 'exports', code)(requireElectronOnly, { exports: {} }, {});
    expect([...exposed.keys()]).toEqual(['scholion']);
    return exposed.get('scholion') as ScholionBridge;
  }
  /** What main's webContents.send would deliver to the page: (event, ...args). */
  const pageEvents = new EventEmitter();
  const sendToPage = (...args: unknown[]) => pageEvents.emit(MENU_CHANNEL, { sender: {} }, ...args);

  it('exposes window.scholion whose calls reach the services and come back', async () => {
    const api = loadPreload();
    expect(Object.keys(api).sort()).toEqual(
      [...methodNames, 'onAddProgress', 'onDataChanged', 'onMenuCommand'].sort(),
    );
    const works = await api.listWorks({});
    expect(works.length).toBeGreaterThan(10);
    const one = await api.getWork({ key: works[0]!.key });
    expect(one.key).toBe(works[0]!.key);
  });

  it('rejects with an error the renderer turns back into the contract error', async () => {
    const api = loadPreload();
    const thrown = await api.getWork({ key: 'nobody1999' }).catch((e: unknown) => e);
    expect(toScholionError(new Error((thrown as Error).message))).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('nobody1999'),
    });
    const bad = await api
      .setReadingPosition({ documentId: 'd-1', blockId: '', fraction: 2, offset: 0 })
      .catch((e: unknown) => e);
    expect(toScholionError(bad).code).toBe('invalid-payload');
  });

  it('passes menu commands to onMenuCommand listeners and drops unknown names', () => {
    const api = loadPreload();
    const seen: MenuCommand[] = [];
    const stop = api.onMenuCommand((command) => seen.push(command));
    for (const name of ['import', 'quit', 'view:settings', 42, { name: 'export' }, null]) {
      sendToPage(name);
    }
    sendToPage('view:notes');
    expect(seen).toEqual(['import', 'view:notes']);
    for (const command of menuCommands) sendToPage(command);
    expect(seen).toEqual(['import', 'view:notes', ...menuCommands]);
    stop();
    sendToPage('export');
    expect(seen).toHaveLength(2 + menuCommands.length);
    expect(pageEvents.listenerCount(MENU_CHANNEL)).toBe(0);
  });

  it('passes well-formed dataChanged messages to onDataChanged and drops the rest', () => {
    const api = loadPreload();
    const seen: unknown[] = [];
    const stop = api.onDataChanged((changes) => seen.push(changes));
    const good = { event: 'dataChanged', changes: [{ collection: 'notes', ids: ['n-1'] }] };
    sendToPage(good);
    sendToPage('import'); // a menu command is not a data event
    sendToPage({ event: 'dataChanged', changes: [{ collection: 'secrets', ids: [] }] });
    sendToPage({ event: 'dataChanged', changes: [{ collection: 'works', ids: [1] }] });
    sendToPage({ event: 'dataChanged', changes: [{ collection: 'works', ids: null }] });
    expect(seen).toEqual([good.changes, [{ collection: 'works', ids: null }]]);
    stop();
    sendToPage(good);
    expect(seen).toHaveLength(2);
    expect(pageEvents.listenerCount(MENU_CHANNEL)).toBe(0);
  });

  it('never hands the page the IPC event', () => {
    const api = loadPreload();
    const args: unknown[][] = [];
    const stop = api.onMenuCommand((...received: unknown[]) => void args.push(received));
    sendToPage('export');
    stop();
    expect(args).toEqual([['export']]);
  });
});

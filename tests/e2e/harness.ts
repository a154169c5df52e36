/**
 * Browser e2e harness: the BUILT renderer (out/renderer/index.html, file://) in Debian's Chromium
 * through playwright-core, with window.scholion backed by the real services on a data folder.
 * Only Electron's IPC transport is replaced (by a Playwright binding); handlers, validation and
 * the window.scholion builder are the very code main and preload run.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { buildScholionApi } from '../../src/shared/contract/client';
import { CONTRACT_ERROR_PREFIX } from '../../src/shared/contract/errors';
import { methodNames } from '../../src/shared/contract/methods';
import { buildOnMenuCommand, menuCommands } from '../../src/shared/contract/menuCommands';
import { buildOnAppEvents, dataCollections, type AppEvent } from '../../src/shared/contract/events';
import { forwardDataChanges } from '../../src/main/dataEvents';
import type { Dialogs } from '../../src/main/dialogs';
import type { FileViewer } from '../../src/main/fileViewer';
import { createHandlers, invokeMethod } from '../../src/main/handlers';
import { closeServices, openServices } from '../../src/main/services';
import type { PaperReader } from '../../src/services/documents';

import { REPO_ROOT } from './screenshots';

export { REPO_ROOT, SCREENS_DIR, screenshot } from './screenshots';
export const RENDERER_HTML = join(REPO_ROOT, 'out/renderer/index.html');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium refuses ES-module scripts between file:// URLs unless allowed; Electron allows them.
  '--allow-file-access-from-files',
];

export interface LaunchOptions {
  /** The user's data folder; a fresh temporary one (removed on close) when omitted. */
  dataDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Loaded after the page; defaults to the built renderer's index.html. */
  url?: string;
  /** Native dialogs main would show (save as...); by default none, so saving answers 'no-dialog'. */
  dialogs?: Dialogs;
  /** The system viewer main would open a paper's file with; by default none ('no-viewer'). */
  viewer?: FileViewer;
  /** Scripts run in the page before window.scholion is defined (the UI benchmark's probe). */
  initScripts?: string[];
  /** How an added paper is parsed (the app's worker thread: `workerPaperReader()`); in-thread by default. */
  readPaper?: PaperReader;
}

export interface LaunchedApp {
  page: Page;
  /** The data folder window.scholion's services use. */
  dataDir: string;
  /** Every request the page tried that was not file:// (refused; the app must make none). */
  requests: string[];
  /** Uncaught page errors and console errors (CSP violations show up here). */
  errors: string[];
  /** Every contract call the page made, in order, with its input (e.g. to check what it loads). */
  calls: { method: string; input: unknown }[];
  /** How long opening the services took (what main does before it shows the window). */
  servicesMs: number;
  /**
   * Delivers a message on the menu channel as main's webContents.send would (a native menu
   * click), without a user gesture; the page's onMenuCommand drops names that are no command.
   */
  emitMenuCommand: (name: string) => Promise<void>;
  /** Closes the browser and removes the temporary data folder (if the harness made it). */
  close: () => Promise<void>;
}

/** The page's end of the contract's transport: the call, and the answer parsed from JSON. */
const INVOKE_SCRIPT = `globalThis.__scholionInvoke = (method, input) =>
  globalThis.__scholionInvokeJson(method, input).then((text) => JSON.parse(text));`;

/**
 * The script that defines window.scholion in the page, from the same builders the preload uses;
 * the menu channel is a set of listeners that `__scholionMenuSend` (the harness's) delivers to.
 */
function scholionInitScript(): string {
  return `(() => {
  const methods = (${buildScholionApi.toString()})(
    ${JSON.stringify(methodNames)},
    (method, input) => globalThis.__scholionInvoke(method, input),
    ${JSON.stringify(CONTRACT_ERROR_PREFIX)},
  );
  const menuListeners = new Set();
  Object.defineProperty(globalThis, '__scholionMenuSend', {
    value: (name) => menuListeners.forEach((deliver) => deliver(name)),
  });
  const onMenuCommand = (${buildOnMenuCommand.toString()})(
    ${JSON.stringify(menuCommands)},
    (deliver) => {
      menuListeners.add(deliver);
      return () => menuListeners.delete(deliver);
    },
  );
  const { onDataChanged, onAddProgress } = (${buildOnAppEvents.toString()})(
    ${JSON.stringify(dataCollections)},
    (deliver) => {
      menuListeners.add(deliver);
      return () => menuListeners.delete(deliver);
    },
  );
  const api = Object.freeze({ ...methods, onMenuCommand, onDataChanged, onAddProgress });
  Object.defineProperty(globalThis, 'scholion', { value: api, enumerable: true });
})();`;
}

/**
 * Launches the app in Chromium and waits until the page has loaded.
 * Throws if the renderer was not built (`npx electron-vite build`).
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!options.url && !existsSync(RENDERER_HTML)) {
    throw new Error(`${RENDERER_HTML} is missing: build the app first (npx electron-vite build).`);
  }
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'scholion-e2e-')));
  await mkdir(dataDir, { recursive: true });
  const servicesStarted = performance.now();
  const services = await openServices({
    resourcesDir: join(REPO_ROOT, 'resources'),
    dataDir,
    readPaper: options.readPaper,
  });
  const servicesMs = performance.now() - servicesStarted;
  // Main's one-way channel: events reach the page once it has loaded (as webContents.send).
  let sendEvent: (message: AppEvent) => void = () => undefined;
  const stopForwarding = forwardDataChanges(services.userData.store.changes, (m) => sendEvent(m));
  const handlers = createHandlers(services, {
    dialogs: options.dialogs,
    viewer: options.viewer,
    addProgress: (progress) => sendEvent({ event: 'addProgress', progress }),
    readPaper: options.readPaper,
  });

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const requests: string[] = [];
  const errors: string[] = [];
  const calls: LaunchedApp['calls'] = [];
  try {
    const context = await browser.newContext({
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 860 },
      serviceWorkers: 'block',
    });
    // Offline by design, as in main: record and refuse anything that is not the app's own files.
    await context.route(
      (url) => url.protocol !== 'file:',
      (route) => {
        requests.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    // Answers cross as JSON text, as Electron's IPC clones them in one go: handed over as objects,
    // Playwright checked and converted every value of an answer on both sides (~30 ms for a page
    // of 50 works, more than the page cost to find and show), which the app never pays.
    await page.exposeBinding(
      '__scholionInvokeJson',
      async (_source, method: unknown, input: unknown) => {
        calls.push({ method: String(method), input });
        return JSON.stringify(await invokeMethod(handlers, String(method), input));
      },
    );
    await page.addInitScript({ content: INVOKE_SCRIPT });
    for (const content of options.initScripts ?? []) await page.addInitScript({ content });
    await page.addInitScript({ content: scholionInitScript() });
    await page.goto(options.url ?? pathToFileURL(RENDERER_HTML).href, { waitUntil: 'load' });
    sendEvent = (message) => {
      const run = `globalThis.__scholionMenuSend(${JSON.stringify(message)})`;
      void page.evaluate(run).catch(() => undefined); // the page may be closing
    };
    return {
      page,
      dataDir,
      requests,
      errors,
      calls,
      servicesMs,
      emitMenuCommand: async (name) => {
        // Not page.evaluate: it runs as a user gesture, and a menu click is none in the page.
        const cdp = await context.newCDPSession(page);
        const run = `globalThis.__scholionMenuSend(${JSON.stringify(name)})`;
        await cdp.send('Runtime.evaluate', { expression: run, userGesture: false });
        await cdp.detach();
      },
      close: async () => {
        stopForwarding();
        sendEvent = () => undefined;
        await browser.close();
        await closeServices(services); // writes autosaved notes, as main does on quit
        if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    stopForwarding();
    await browser.close();
    await closeServices(services);
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}

// Real-Electron e2e through Playwright's _electron: runs where the Electron binary exists,
// skipped with a printed reason where it does not (installed with ELECTRON_SKIP_BINARY_DOWNLOAD).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, toScholionError } from '../../src/shared/contract';
import { REPO_ROOT, screenshot } from './screenshots';

/** The Electron binary, or why it cannot run here. */
function findElectron(): { binary: string } | { reason: string } {
  let binary: string;
  try {
    binary = createRequire(import.meta.url)('electron') as string;
  } catch {
    return {
      reason:
        'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD) — the shell is covered by ' +
        'tests/main (built bundle with an electron test double) and the Chromium harness instead.',
    };
  }
  if (!existsSync(binary)) return { reason: `Electron binary missing at ${binary}.` };
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (version.status !== 0) {
    return { reason: `Electron at ${binary} does not run: ${version.stderr || version.error}` };
  }
  return { binary };
}

const found = findElectron();
if ('reason' in found) console.log(`[electron e2e skipped] ${found.reason}`);

/** Launches the built app with its own user-data folder. */
async function launch(binary: string, userData: string): Promise<ElectronApplication> {
  const asRoot = process.getuid?.() === 0;
  return _electron.launch({
    executablePath: binary,
    args: [...(asRoot ? ['--no-sandbox'] : []), `--user-data-dir=${userData}`, REPO_ROOT],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' } as Record<string, string>,
    timeout: 60_000,
  });
}

async function call(page: Page, method: string, input: unknown) {
  const outcome = await page.evaluate(
    async ([m, i]) => {
      const api = (globalThis as unknown as { scholion: Record<string, (x: unknown) => unknown> })
        .scholion;
      try {
        return { ok: true as const, value: await api[m as string]!(i) };
      } catch (err) {
        return { ok: false as const, message: (err as Error).message };
      }
    },
    [method, input] as const,
  );
  return outcome.ok
    ? outcome
    : { ok: false as const, error: toScholionError(new Error(outcome.message)) };
}

if ('reason' in found) {
  describe('the real Electron app', () => {
    it.skip(`runs in Electron — skipped: ${found.reason}`, () => {});
  });
} else {
  const { binary } = found;
  describe('the real Electron app', () => {
    let userData: string;
    let app: ElectronApplication;
    let page: Page;

    beforeAll(async () => {
      userData = await mkdtemp(join(tmpdir(), 'scholion-electron-'));
      app = await launch(binary, userData);
      page = await app.firstWindow();
      await page.locator('#root > *').first().waitFor();
    });
    afterAll(async () => {
      await app?.close();
      await rm(userData, { recursive: true, force: true });
    });

    it('opens one window on the app page, titled Scholion', async () => {
      expect(app.windows()).toHaveLength(1);
      expect(page.url()).toMatch(/^file:.*\/out\/renderer\/index\.html/);
      expect(await page.title()).toMatch(/Scholion/);
      await screenshot(page, 'electron-window');
    });

    it('gives the page window.scholion and nothing of Node or Electron', async () => {
      const seen = await page.evaluate(() => {
        const g = globalThis as unknown as Record<string, unknown>;
        return {
          methods: Object.keys(g.scholion as object).sort(),
          require: typeof g.require,
          process: typeof g.process,
          ipcRenderer: typeof g.ipcRenderer,
        };
      });
      expect(seen).toEqual({
        methods: [...methodNames].sort(),
        require: 'undefined',
        process: 'undefined',
        ipcRenderer: 'undefined',
      });
    });

    it('blocks inline scripts through the CSP', async () => {
      const ran = await page.evaluate(async () => {
        const g = globalThis as unknown as {
          document: {
            createElement(tag: string): { textContent: string };
            body: { append(node: unknown): void };
            addEventListener(type: string, fn: () => void): void;
          };
          __inlineRan?: boolean;
        };
        // The policy reports the blocked script with an event: wait for it (2 s at most).
        const violation = new Promise<boolean>((resolve) => {
          g.document.addEventListener('securitypolicyviolation', () => resolve(true));
          setTimeout(() => resolve(false), 2000);
        });
        const script = g.document.createElement('script');
        script.textContent = 'globalThis.__inlineRan = true';
        g.document.body.append(script);
        return { violation: await violation, ran: g.__inlineRan === true };
      });
      expect(ran).toEqual({ ran: false, violation: true });
    });

    it('answers calls over real IPC and rejects a bad payload', async () => {
      const works = await call(page, 'listWorks', {});
      expect(works.ok && Array.isArray(works.value)).toBe(true);
      const bad = await call(page, 'getWork', { key: 42 });
      expect(!bad.ok && bad.error.code).toBe('invalid-payload');
    });

    it('refuses window.open and the network', async () => {
      const result = await page.evaluate(async () => {
        const g = globalThis as unknown as {
          open: (url: string) => unknown;
          fetch: (url: string) => Promise<unknown>;
        };
        const opened = g.open('https://example.org/');
        const fetched = await g.fetch('https://example.org/').then(
          () => 'fetched',
          () => 'refused',
        );
        return { opened, fetched };
      });
      expect(result).toEqual({ opened: null, fetched: 'refused' });
      expect(app.windows()).toHaveLength(1);
    });

    it('remembers the reading position across a restart', async () => {
      const saved = await call(page, 'setReadingPosition', {
        documentId: 'lavenex-panizzon-2013',
        blockId: 'b7',
        fraction: 0.5,
        offset: 777,
      });
      expect(saved.ok).toBe(true);
      await app.close();
      app = await launch(binary, userData);
      page = await app.firstWindow();
      await page.locator('#root > *').first().waitFor();
      const read = await call(page, 'getReadingPosition', { documentId: 'lavenex-panizzon-2013' });
      expect(read.ok && read.value).toMatchObject({ blockId: 'b7', fraction: 0.5, offset: 777 });
    });
  });
}

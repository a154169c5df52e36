// Smoke test of the shell in the browser harness: the built app loads offline, window.scholion is
// the full contract, bad input answers the contract's error shape, settings survive a restart.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, toScholionError } from '../../src/shared/contract';
import { launchApp, screenshot, type LaunchedApp } from './harness';

/** Calls window.scholion[method](input) in the page; answers the value or the rebuilt error. */
async function call(app: LaunchedApp, method: string, input: unknown) {
  const outcome = await app.page.evaluate(
    async ([m, i]) => {
      try {
        const api = (globalThis as unknown as { scholion: Record<string, (x: unknown) => unknown> })
          .scholion;
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

describe('the shell in the browser harness', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads the built renderer with no errors', async () => {
    await app.page.locator('#root > *').first().waitFor();
    expect(await app.page.title()).toMatch(/Scholion/);
    await screenshot(app.page, 'shell-loaded');
    expect(app.errors).toEqual([]);
  });

  it('exposes exactly one frozen function per contract method, plus the events', async () => {
    const shape = await app.page.evaluate(() => {
      const api = (globalThis as unknown as { scholion: Record<string, unknown> }).scholion;
      return {
        keys: Object.keys(api).sort(),
        allFunctions: Object.values(api).every((f) => typeof f === 'function'),
        frozen: Object.isFrozen(api),
      };
    });
    expect(shape).toEqual({
      keys: [...methodNames, 'onAddProgress', 'onDataChanged', 'onMenuCommand'].sort(),
      allFunctions: true,
      frozen: true,
    });
  });

  it('answers a real call with the services’ data', async () => {
    const works = await call(app, 'listWorks', {});
    expect(works.ok).toBe(true);
    const list = works.ok ? works.value : null;
    expect(Array.isArray(list) && list.length).toBeGreaterThan(10);
  });

  it('rejects a bad payload with invalid-payload and the offending field', async () => {
    const empty = await call(app, 'getWork', { key: '' });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.error.code).toBe('invalid-payload');
    expect(empty.error.details?.join('\n')).toMatch(/^key: /m);

    const extra = await call(app, 'listDocuments', { evil: true });
    expect(!extra.ok && extra.error.code).toBe('invalid-payload');

    const wrongType = await call(app, 'setReadingPosition', {
      documentId: 'lavenex-panizzon-2013',
      blockId: 'b1',
      fraction: 1.5,
      offset: -1,
    });
    const details = (!wrongType.ok && wrongType.error.details?.join('\n')) || '';
    expect(details).toMatch(/^fraction: /m);
    expect(details).toMatch(/^offset: /m);
  });

  it('answers an unknown work with not-found and a message naming it', async () => {
    const missing = await call(app, 'getWork', { key: 'nobody1999' });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.code).toBe('not-found');
    expect(!missing.ok && missing.error.message).toMatch(/nobody1999/);
  });

  it('made no request outside the app’s own files', () => {
    expect(app.requests).toEqual([]);
  });
});

describe('settings across restarts', () => {
  it('remembers the reading position in the data folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'scholion-e2e-settings-'));
    try {
      const first = await launchApp({ dataDir });
      const saved = await call(first, 'setReadingPosition', {
        documentId: 'lavenex-panizzon-2013',
        blockId: 'b12',
        fraction: 0.4,
        offset: 1234,
      });
      await first.close();
      expect(saved.ok).toBe(true);
      const second = await launchApp({ dataDir });
      const read = await call(second, 'getReadingPosition', {
        documentId: 'lavenex-panizzon-2013',
      });
      await second.close();
      expect(read.ok && read.value).toMatchObject({ blockId: 'b12', fraction: 0.4, offset: 1234 });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000); // two launches: over 20 s on a loaded machine
});

describe('the harness itself', () => {
  it('records and refuses a request that leaves the machine', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scholion-e2e-leak-'));
    const html = join(dir, 'leak.html');
    // A page without CSP, so that only the harness stands between it and the network.
    await writeFile(
      html,
      '<!doctype html><title>leak</title><img src="https://example.invalid/x.png">',
    );
    const app = await launchApp({ url: pathToFileURL(html).href });
    try {
      await expect.poll(() => app.requests).toContain('https://example.invalid/x.png');
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

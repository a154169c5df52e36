/**
 * What the UI development aids (uiProfile, uiProfileScroll) share: the app opened on a generated
 * library with the UI probe installed, and the renderer's CDP session with its profiler and
 * performance metrics switched on.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ensureDataset } from './dataset';
import { clickView } from './ui';
import { launchApp, type LaunchedApp } from '../tests/e2e/harness';
import { UI_PROBE_SCRIPT } from './uiProbe';

export interface ProfiledApp {
  app: LaunchedApp;
  page: Page;
  /** When the page last painted a change, once it has been still for 150 ms. */
  settled(): Promise<number>;
}

/** The app at 1440x900 on the generated library of `size` works (generated first if missing). */
export async function openProfiledApp(size: number): Promise<ProfiledApp> {
  const dataset = await ensureDataset(join(import.meta.dirname, 'data'), size);
  const app = await launchApp({
    dataDir: dataset.dir,
    viewport: { width: 1440, height: 900 },
    initScripts: [UI_PROBE_SCRIPT],
  });
  const { page } = app;
  const settled = () =>
    page.evaluate('globalThis.__uiProbe.settled(150, 30000)') as Promise<number>;
  return { app, page, settled };
}

/**
 * Waits for the paper and the search index, then opens `field` (the Bibliography for its filter,
 * the palette with Ctrl/Cmd+K); answers how to focus it again.
 */
export async function openField(page: Page, field: string): Promise<() => Promise<void>> {
  await page.locator('[data-citation-id]').first().waitFor({ timeout: 120_000 });
  await page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        scholion: { search: (q: object) => Promise<{ building?: boolean }> };
      }
    ).scholion;
    while ((await api.search({ query: 'x' })).building)
      await new Promise((r) => setTimeout(r, 100));
  });
  if (field === 'filter') {
    await clickView(page, 'Bibliography');
    const filter = page.getByRole('searchbox', { name: 'Filter works' });
    await filter.waitFor();
    return () => filter.focus();
  }
  if (field === 'search') {
    const search = page.getByRole('combobox', { name: 'Search everywhere' });
    return () => search.focus();
  }
  if (field === 'notes') {
    await clickView(page, 'Notes');
    const notes = page.getByRole('searchbox', { name: 'Search notes' });
    await notes.waitFor();
    return () => notes.focus();
  }
  if (field !== 'palette') {
    throw new Error(`No field "${field}": filter, search, notes or palette.`);
  }
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('combobox', { name: /^Go to/ });
  await palette.waitFor();
  return () => palette.focus();
}

/** Empties the field `focus` focuses, as a user would (select all, delete), and waits for quiet. */
export async function clearField(
  { page, settled }: Pick<ProfiledApp, 'page' | 'settled'>,
  focus: () => Promise<void>,
): Promise<void> {
  await focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await settled();
}

/** The renderer's CDP session, its profiler sampling every 200 µs, and its metrics by name. */
export async function rendererSession(
  page: Page,
): Promise<{ cdp: CDPSession; metrics(): Promise<Record<string, number>> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const metrics = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  return { cdp, metrics };
}

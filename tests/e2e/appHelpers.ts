// Helpers for the renderer's e2e scenarios: waiting for views, switching them, running axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchApp, type LaunchedApp } from './harness';

/** An element's box on screen (its client rect's edges). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Waits until the reader shows the paper (its title and live citations). */
export async function waitForPaper(page: Page): Promise<void> {
  await page.locator('[data-citation-id]').first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Opens a view from the left navigation and waits for its heading. */
export async function openView(
  page: Page,
  name: 'Reader' | 'Bibliography' | 'Claims',
): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
  await page.waitForFunction((n) => document.title.startsWith(n), name);
}

/** Scrolls the reader so the citation's top sits at `fraction` of the window's height. */
export async function placeCitation(page: Page, name: string, fraction: number): Promise<void> {
  await page
    .getByRole('button', { name, exact: true })
    .first()
    .evaluate((el, f) => {
      let scroller: HTMLElement | null = el.parentElement;
      while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY))
        scroller = scroller.parentElement;
      scroller!.scrollTop += el.getBoundingClientRect().top - window.innerHeight * f;
    }, fraction);
}

/** The visible view's root element, for scoping locators. */
export const visibleView = (page: Page) => page.locator('.view:not([hidden])');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page and answers the serious and critical findings. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // The app's CSP forbids inline scripts, so addScriptTag cannot inject axe; evaluating its
  // source through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    };
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** Launches the app on `dataDir` and shows the Bibliography with its rows (a restartable start). */
export async function launchOnBibliography(
  dataDir: string,
  viewport: { width: number; height: number },
): Promise<LaunchedApp> {
  const launched = await launchApp({ dataDir, viewport });
  await waitForPaper(launched.page);
  await openView(launched.page, 'Bibliography');
  await visibleView(launched.page).locator('tbody tr').first().waitFor();
  return launched;
}

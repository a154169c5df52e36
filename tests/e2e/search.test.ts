// e2e: search everywhere (Ctrl+F) on the paper, a note found as soon as it is saved, and a
// library of 100,000 works: counted, scrolled to its end with a small DOM, searched; the note
// editor and a list open without loading every work.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate';
import { UserDataStore } from '../../src/store';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { visibleView, waitForPaper } from './appHelpers';
import { showView } from './userDataHelpers';

const field = (page: Page) => page.getByRole('combobox', { name: 'Search everywhere' });
const option = (page: Page, kind: string, id: string) =>
  page.locator(`[role="option"][data-hit-kind="${kind}"][data-hit-id="${id}"]`);
const activeHit = (page: Page) =>
  page.evaluate(() => {
    const input = document.querySelector('[data-global-search]');
    const active = document.getElementById(input?.getAttribute('aria-activedescendant') ?? '');
    return active ? `${active.dataset.hitKind}:${active.dataset.hitId}` : null;
  });

describe('search on the bundled paper', () => {
  let app: LaunchedApp;
  beforeAll(async () => {
    const started = performance.now();
    app = await launchApp();
    await waitForPaper(app.page);
    console.log(`bundled library: first screen in ${Math.round(performance.now() - started)} ms`);
  });
  afterAll(() => app?.close());

  it('finds Köhler 2011 typed as "Kohler", highlighted; ↓ and Enter open the passage', async () => {
    const { page } = app;
    await page.keyboard.press('Control+f');
    await expect.poll(() => field(page).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Kohler');
    await page.waitForFunction(() => document.title.startsWith('Search'));
    const work = option(page, 'work', 'kohler2011');
    const passage = option(page, 'passage', 'lavenex-panizzon-2013#b17');
    await work.waitFor();
    await passage.waitFor();
    // Polled: the hits of "Koh" (a key typed before) have these options too, with shorter marks,
    // until the answer for the whole word comes.
    await expect.poll(() => work.locator('mark').allTextContents()).toContain('Koehler');
    await expect.poll(() => passage.locator('mark').allTextContents()).toEqual(['Köhler']);
    await expect(passage.textContent()).resolves.toContain('Köhler 2011');
    await screenshot(page, 'search-results');

    // The work comes first; ↓ walks to the claim, then to the passage.
    await expect(activeHit(page)).resolves.toBe('work:kohler2011');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(activeHit(page)).resolves.toBe('passage:lavenex-panizzon-2013#b17');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.title.startsWith('Reader'));
    await expect
      .poll(() => page.locator('mark.passage-mark').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Köhler 2011')]));
    await expect(page.locator('mark.passage-mark').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'search-passage-opened');
    expect(app.errors).toEqual([]);
  });

  it('finds a new note by its title right after it is saved', async () => {
    const { page } = app;
    await showView(page, 'Notes');
    await visibleView(page).getByRole('button', { name: 'New note' }).click();
    const title = page.getByRole('region', { name: 'Selected note' }).getByRole('textbox', {
      name: 'Title',
    });
    await title.fill('Quokka migration corridors');
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Selected note' })
          .getByRole('status')
          .first()
          .textContent(),
      )
      .toBe('Saved');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('quokka corr');
    const hit = page.locator('[role="option"][data-hit-kind="note"]');
    await hit.first().waitFor();
    await expect.poll(() => hit.count()).toBe(1);
    // Polled: the hit for the first letters typed can be on screen before the whole query's.
    await expect.poll(() => hit.locator('mark').allTextContents()).toEqual(['Quokka', 'corr']);
    // Enter opens it in the notes view.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.title.startsWith('Notes'));
    await expect(title.inputValue()).resolves.toBe('Quokka migration corridors');
    expect(app.errors).toEqual([]);
  });
});

describe('a library of 100,000 works', () => {
  const SIZE = 100_000;
  let dataDir: string;
  let app: LaunchedApp;
  let firstScreenMs = 0;
  let sample: { key: string; family: string };

  beforeAll(async () => {
    // The user's works in Scholion's own format, written by the store, as an import would.
    dataDir = await mkdtemp(join(tmpdir(), 'scholion-e2e-100k-'));
    const { works } = generateLibrary(SIZE);
    const store = await UserDataStore.openDir(dataDir);
    await store.works.putMany(works, (w) => w.citationKey);
    await store.close();
    const last = works[works.length - 1]!;
    sample = { key: last.citationKey, family: last.csl.author?.[0]?.family ?? '' };

    const started = performance.now();
    app = await launchApp({ dataDir });
    await waitForPaper(app.page);
    firstScreenMs = performance.now() - started;
    console.log(
      `100k works: first screen (services open + reader shown) in ${Math.round(firstScreenMs)} ms`,
    );
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('counts every work, scrolls to the end with a small DOM, and keeps the keyboard', async () => {
    const { page } = app;
    const started = performance.now();
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Bibliography' })
      .click();
    // The generated works plus the 29 bundled ones (the generator never takes a bundled key).
    const total = await page.evaluate(async () => {
      const api = (
        window as unknown as { scholion: { queryWorks: (i: object) => Promise<{ total: number }> } }
      ).scholion;
      return (await api.queryWorks({})).total;
    });
    expect(total).toBe(SIZE + 29);
    const status = visibleView(page).getByRole('status').first();
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toBe(`${total.toLocaleString('en')} works`);
    await visibleView(page).locator('tbody tr[data-work-row]').first().waitFor();
    console.log(`100k works: bibliography shown in ${Math.round(performance.now() - started)} ms`);
    const table = visibleView(page).locator('table.works-table');
    await expect(table.getAttribute('aria-rowcount')).resolves.toBe(String(total + 1));

    const lap = (what: string) =>
      console.log(`100k works: ${what} at ${Math.round(performance.now() - started)} ms`);
    const rowCount = () => visibleView(page).locator('tbody tr[data-work-row]').count();
    expect(await rowCount()).toBeLessThan(200);

    // Scroll to the very end: the last rows are rendered, with their data, and still few.
    const scrollToEnd = () =>
      page.evaluate(() => {
        const list = document.querySelector<HTMLElement>(
          '.view:not([hidden]) .bibliography__list',
        )!;
        list.scrollTop = list.scrollHeight;
      });
    await expect
      .poll(
        async () => {
          await scrollToEnd();
          return visibleView(page)
            .locator('tbody tr[data-work-row]')
            .last()
            .getAttribute('aria-rowindex');
        },
        { timeout: 30_000 },
      )
      .toBe(String(total + 1));
    await expect
      .poll(
        () =>
          visibleView(page)
            .locator('tbody tr[data-work-row]:not([aria-busy]) .work-row__select')
            .last()
            .textContent(),
        {
          timeout: 15_000,
        },
      )
      .not.toBe('');
    expect(await rowCount()).toBeLessThan(200);
    lap('scrolled to the end');
    // Rows measured taller than estimated push the end down: settle there for the picture.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const list = document.querySelector<HTMLElement>(
            '.view:not([hidden]) .bibliography__list',
          )!;
          list.scrollTop = list.scrollHeight;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return list.scrollTop + list.clientHeight >= list.scrollHeight - 1;
        }),
      )
      .toBe(true);
    await screenshot(page, 'bibliography-100k-end');

    // Home from the last row: back to the top, focus on the first work.
    await visibleView(page).locator('tbody tr[data-work-row] .work-row__select').last().focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')),
      )
      .toBe('2');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')),
      )
      .toBe('3');
    expect(await rowCount()).toBeLessThan(200);

    lap('Home and ArrowDown done');
    // The filter runs in the service over all 100,000.
    await visibleView(page).getByRole('searchbox', { name: 'Filter works' }).fill(sample.key);
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toBe(`1 of ${total.toLocaleString('en')} works`);
    await expect
      .poll(() =>
        visibleView(page).locator('tbody tr[data-work-row]').getAttribute('data-work-row'),
      )
      .toBe(sample.key);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('searches all of it', async () => {
    const { page } = app;
    await page.keyboard.press('Control+f');
    await page.keyboard.type(sample.key);
    await option(page, 'work', sample.key).waitFor({ timeout: 60_000 });
    // Once indexing is done, the note about it is gone.
    await page
      .getByText('Indexing… (results may be incomplete)')
      .waitFor({ state: 'detached', timeout: 60_000 });
    await page.keyboard.press('Control+a');
    await page.keyboard.type(sample.family.slice(0, 5));
    await expect
      .poll(() => page.locator('[role="option"][data-hit-kind="work"]').count(), {
        timeout: 30_000,
      })
      .toBeGreaterThan(5);
    await expect(visibleView(page).getByRole('status').first().textContent()).resolves.toMatch(
      /^[\d,]+ matches for “/,
    );
    await screenshot(page, 'search-100k');
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('opens the note editor and a list without loading every work; links a work by search', async () => {
    const { page } = app;
    const wholeLibrary = () =>
      app.calls.filter(
        (c) => c.method === 'listWorks' && !(c.input as { keys?: unknown } | null)?.keys,
      );
    await page.evaluate(async (key) => {
      const api = (
        window as unknown as {
          scholion: {
            createReadingList: (i: object) => Promise<{ id: string }>;
            addToReadingList: (i: object) => Promise<unknown>;
          };
        }
      ).scholion;
      const list = await api.createReadingList({ name: 'Big library' });
      await api.addToReadingList({ listId: list.id, workKeys: [key, 'betts2011c'] });
    }, sample.key);

    // A new note: the picker finds one of the 100,000 works by what is typed.
    await showView(page, 'Notes');
    await visibleView(page).getByRole('button', { name: 'New note' }).click();
    const editor = page.getByRole('region', { name: 'Selected note' });
    const picker = editor.getByRole('combobox', { name: 'Link a work' });
    await picker.fill(sample.key);
    await editor.locator(`[role="option"][data-work-key="${sample.key}"]`).click();
    await expect
      .poll(() => editor.getByRole('list', { name: 'Links' }).textContent(), { timeout: 10_000 })
      .toContain(sample.family);
    await editor.getByRole('textbox', { name: 'Markdown' }).fill(`See [@${sample.key}].`);
    await editor
      .getByRole('region', { name: 'Preview' })
      .getByRole('button', { name: new RegExp(sample.family) })
      .waitFor({ timeout: 10_000 });

    // The list shows its two works by name.
    await showView(page, 'Reading lists');
    await visibleView(page)
      .getByRole('button', { name: /Big library/ })
      .first()
      .click();
    const items = visibleView(page).locator('.list-items > li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    await expect
      .poll(() => items.first().textContent(), { timeout: 10_000 })
      .toContain(sample.family);

    // Only the few works shown were fetched, by key.
    expect(app.calls.some((c) => c.method === 'listWorks')).toBe(true);
    expect(wholeLibrary()).toEqual([]);
    expect(app.errors).toEqual([]);
  }, 120_000);
});

/**
 * What the user feels (issue 15): the built renderer in the e2e harness's Chromium, on a generated
 * library, timed from the input event (keydown, click) to the frame that painted the DOM's last
 * change once the page is still (see uiProbe.ts). Figures, not assertions; the machine may be
 * busy, so each run's load average is kept with them.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp, type LaunchedApp } from '../tests/e2e/harness';
import { median, quantile } from './stats';
import { UI_PROBE_SCRIPT } from './uiProbe';

export interface UiFigures {
  works: number;
  /** Services opened, then the page loaded until the paper was painted in the reader. */
  openPaintMs: number;
  servicesMs: number;
  /** First switch to the Bibliography until its first rows are painted. */
  bibliographyFirstPaintMs: number;
  /** From the window's load until search answers without `building`. */
  searchReadyMs: number;
  filterKeyMedianMs: number;
  filterKeyP95Ms: number;
  filterKeyMaxMs: number;
  searchKeyMedianMs: number;
  searchKeyP95Ms: number;
  searchKeyMaxMs: number;
  paletteKeyMedianMs: number;
  paletteKeyP95Ms: number;
  paletteKeyMaxMs: number;
  scrollFrameP95Ms: number;
  scrollFrameMaxMs: number;
  notesScrollFrameP95Ms: number;
  notesScrollFrameMaxMs: number;
  /** First switch to the Notes view until its first rows are painted. */
  notesSwitchMs: number;
  /** Keystroke to painted results in the notes' search (NOTES_KEYS typed prefixes). */
  notesSearchKeyMedianMs: number;
  notesSearchKeyP95Ms: number;
  notesSearchKeyMaxMs: number;
  /** Long tasks (> 50 ms) while scrolling the table and the notes list. */
  longTasks: number;
  longestTaskMs: number;
  cardOpenMs: number;
  /** The slowest switch between views (each view switched to twice: mounted, then revisited). */
  switchViewMs: number;
  switchViewMedianMs: number;
  /** Keys typed per field (100 unless the library is tiny and the run asks for fewer). */
  keysPerField: number;
  /** Each switch to a view (first visit, then again), to see which view is slow. */
  switchesMs: Record<string, number[]>;
  /** The slowest contract calls of the run ("method ms"), where the time went. */
  slowestCalls: string[];
  /** The slowest key of each field typed in: its text then and its time (see `slowestKey`). */
  slowestKeys: string[];
}

/** Words typed one key at a time (ASCII: a key press each); their prefixes are the queries. */
export const TERMS = [
  'migration',
  'governance',
  'koehler',
  'partnership',
  'european',
  'lavenex',
  'refugee',
  'muller 2011',
  'integration',
  'border',
  'mobility',
  'citizenship',
  'transnational',
];

/** Keys typed into the notes' search (fewer than the other fields: one list, one service call). */
const NOTES_KEYS = 30;

/** How long the page must be still to count as settled. */
const QUIET_MS = 150;
const SETTLE_TIMEOUT_MS = 30_000;

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

async function settled(page: Page): Promise<number> {
  return page.evaluate(
    ([quiet, timeout]) =>
      (
        globalThis as unknown as {
          __uiProbe: { settled: (q: number, t: number) => Promise<number> };
        }
      ).__uiProbe.settled(quiet, timeout),
    [QUIET_MS, SETTLE_TIMEOUT_MS] as const,
  );
}

/** Time from the last input event to the paint of what it changed (after the page settled). */
async function sinceInput(page: Page): Promise<number> {
  const painted = await settled(page);
  const input = await page.evaluate(
    () => (globalThis as unknown as { __uiProbe: { inputAt: number } }).__uiProbe.inputAt,
  );
  if (painted < 0) return SETTLE_TIMEOUT_MS;
  return Math.max(0, painted - input);
}

/** Types every term's prefixes into the focused `field`, one key at a time; each key's latency. */
async function typePrefixes(
  page: Page,
  focus: () => Promise<void>,
  keys: number,
): Promise<TypedKeys> {
  const ms: number[] = [];
  const typed: string[] = [];
  for (const term of TERMS) {
    if (ms.length >= keys) break;
    await focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await settled(page);
    for (let i = 0; i < term.length && ms.length < keys; i++) {
      const char = term[i]!;
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      ms.push(await sinceInput(page));
      typed.push(term.slice(0, i + 1));
    }
  }
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await settled(page);
  return { ms, typed };
}

/** Each typed key's time (input event to painted results) and the field's text after it. */
interface TypedKeys {
  ms: number[];
  typed: string[];
}

/** The slowest key of a field: "filter 'mi' 229" (what a max is made of). */
const slowestKey = (field: string, { ms, typed }: TypedKeys): string => {
  const at = ms.indexOf(Math.max(...ms));
  return `${field} '${typed[at] ?? ''}' (key ${at + 1}) ${Math.round(ms[at] ?? 0)}`;
};

const summary = (samples: number[]) => ({
  median: round1(median(samples)),
  p95: round1(quantile(samples, 0.95)),
  max: round1(Math.max(...samples)),
});

/** Opens view `name` from the sidebar; ms from the click to the frame that painted it settled. */
export async function clickView(page: Page, name: string): Promise<number> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
  await page.waitForFunction(`document.title.startsWith(${JSON.stringify(name)})`);
  return sinceInput(page);
}

interface ScrollResult {
  frames: number[];
  longTasks: number[];
}

async function scrollFrames(page: Page, selector: string): Promise<ScrollResult> {
  const result = await page.evaluate(
    ([sel]) =>
      (
        globalThis as unknown as {
          __uiProbe: { scrollFrames: (s: string, step: number, n: number) => Promise<unknown> };
        }
      ).__uiProbe.scrollFrames(sel, 240, 180),
    [selector] as const,
  );
  if (!result) throw new Error(`UI bench: nothing to scroll at ${selector}`);
  return result as ScrollResult;
}

/** Searches until the index is built; the time from `from` (page time) until then. */
async function searchReady(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        scholion: { search: (q: object) => Promise<{ building?: boolean }> };
      }
    ).scholion;
    for (;;) {
      const answer = await api.search({ query: 'migration' });
      if (!answer.building) return performance.now();
      await new Promise((r) => setTimeout(r, 50));
    }
  });
}

/**
 * Measures the UI on the library in `dataDir` (a bench dataset folder: opened as it is, nothing
 * written to it but the services' caches).
 */
export async function benchUi(
  dataDir: string,
  works: number,
  options: { keysPerField?: number } = {},
): Promise<UiFigures> {
  const keys = options.keysPerField ?? 100;
  const app: LaunchedApp = await launchApp({
    dataDir,
    viewport: { width: 1440, height: 900 },
    initScripts: [UI_PROBE_SCRIPT],
  });
  const { page } = app;
  try {
    // The paper painted: the reader's first live citation, timed from the navigation's start.
    await page.locator('[data-citation-id]').first().waitFor({ timeout: 120_000 });
    const paperPainted = await settled(page);
    const openPaintMs = app.servicesMs + paperPainted;
    const searchReadyMs = (await searchReady(page)) - paperPainted;

    const bibliographyFirstPaintMs = await clickView(page, 'Bibliography');
    const filter = page.getByRole('searchbox', { name: 'Filter works' });
    const filterKeys = await typePrefixes(page, () => filter.focus(), keys);

    const table = await scrollFrames(page, '.view:not([hidden]) .bibliography__list');

    const searchField = page.getByRole('combobox', { name: 'Search everywhere' });
    const searchKeys = await typePrefixes(page, () => searchField.focus(), keys);
    await page.keyboard.press('Escape');

    const notesSwitchMs = await clickView(page, 'Notes');
    const notes = await scrollFrames(page, '.view:not([hidden]) .notes__list');
    const notesField = page.getByRole('searchbox', { name: 'Search notes' });
    const notesKeys = await typePrefixes(
      page,
      () => notesField.focus(),
      Math.min(keys, NOTES_KEYS),
    );

    await page.keyboard.press('ControlOrMeta+k');
    const palette = page.getByRole('combobox', { name: /^Go to/ });
    await palette.waitFor();
    const paletteKeys = await typePrefixes(page, () => palette.focus(), keys);
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });

    const switches: number[] = [];
    const switchesMs: Record<string, number[]> = {};
    for (let round = 0; round < 2; round++)
      for (const view of ['Reader', 'Bibliography', 'Claims', 'Notes', 'Papers']) {
        const ms = await clickView(page, view);
        switches.push(ms);
        (switchesMs[view] ??= []).push(round1(ms));
      }

    await clickView(page, 'Reader');
    const cite = page.locator('[data-citation-id]').nth(3);
    await cite.scrollIntoViewIfNeeded();
    await settled(page);
    await cite.click();
    const cardOpenMs = await sinceInput(page);

    const calls = await page.evaluate(
      () =>
        (globalThis as unknown as { __uiProbe: { calls: { method: string; ms: number }[] } })
          .__uiProbe.calls,
    );
    const slowestCalls = calls
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 8)
      .map((c) => `${c.method} ${Math.round(c.ms)}`);
    const f = summary(filterKeys.ms);
    const s = summary(searchKeys.ms);
    const p = summary(paletteKeys.ms);
    const n = summary(notesKeys.ms);
    const slowestKeys = [
      slowestKey('filter', filterKeys),
      slowestKey('search', searchKeys),
      slowestKey('palette', paletteKeys),
      slowestKey('notes', notesKeys),
    ];
    const scrollTasks = [...table.longTasks, ...notes.longTasks];
    return {
      works,
      openPaintMs: round1(openPaintMs),
      servicesMs: round1(app.servicesMs),
      bibliographyFirstPaintMs: round1(bibliographyFirstPaintMs),
      searchReadyMs: round1(Math.max(0, searchReadyMs)),
      filterKeyMedianMs: f.median,
      filterKeyP95Ms: f.p95,
      filterKeyMaxMs: f.max,
      searchKeyMedianMs: s.median,
      searchKeyP95Ms: s.p95,
      searchKeyMaxMs: s.max,
      paletteKeyMedianMs: p.median,
      paletteKeyP95Ms: p.p95,
      paletteKeyMaxMs: p.max,
      scrollFrameP95Ms: round1(quantile(table.frames, 0.95)),
      scrollFrameMaxMs: round1(Math.max(...table.frames)),
      notesScrollFrameP95Ms: round1(quantile(notes.frames, 0.95)),
      notesScrollFrameMaxMs: round1(Math.max(...notes.frames)),
      notesSwitchMs: round1(notesSwitchMs),
      notesSearchKeyMedianMs: n.median,
      notesSearchKeyP95Ms: n.p95,
      notesSearchKeyMaxMs: n.max,
      longTasks: scrollTasks.length,
      longestTaskMs: round1(Math.max(0, ...scrollTasks)),
      cardOpenMs: round1(cardOpenMs),
      switchViewMs: round1(Math.max(...switches)),
      switchViewMedianMs: round1(median(switches)),
      keysPerField: filterKeys.ms.length,
      switchesMs,
      slowestCalls,
      slowestKeys,
    };
  } catch (error) {
    // What the page showed when a step failed, next to the generated data.
    await page.screenshot({ path: join(dataDir, '..', 'ui-failure.png') }).catch(() => undefined);
    const said = app.errors.length ? ` (the page said: ${app.errors.join('; ')})` : '';
    throw new Error(
      `${error instanceof Error ? error.message.split('\n')[0] : String(error)}${said}`,
      { cause: error },
    );
  } finally {
    await app.close();
  }
}

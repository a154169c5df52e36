// e2e: the duplicates review from the keyboard: find two records of one work, take a field from
// the record merged away, merge (the survivor has the field, the alias and the note), undo the
// merge; mark a pair not duplicates, which survives a restart and can be taken back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, type LaunchedApp } from './harness';
import { launchOnBibliography, seriousAxeFindings, visibleView } from './appHelpers';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 60_000 });

let dataDir: string;
let app: LaunchedApp | null = null;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'scholion-e2e-dups-'));
});
afterAll(async () => {
  await app?.close();
  await rm(dataDir, { recursive: true, force: true });
});

type Api = Record<string, (input: unknown) => Promise<unknown>>;
const call = <T>(page: Page, method: string, input: unknown): Promise<T> =>
  page.evaluate(([m, i]) => (window as unknown as { scholion: Api }).scholion[m as string]!(i), [
    method,
    input,
  ] as const) as Promise<T>;

const focusedLabel = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement?.getAttribute('aria-label') ??
      document.activeElement?.textContent ??
      '',
  );

it('finds two records of one work, takes a field from the other, merges, and undoes the merge', async () => {
  app = await launchOnBibliography(dataDir, { width: 1440, height: 900 });
  const { page } = app;
  const create = async (fields: Record<string, unknown>) =>
    (await call<{ work: { citationKey: string } }>(page, 'createWork', { type: 'book', fields }))
      .work.citationKey;
  const first = await create({
    title: 'Transnational Migration',
    author: 'Faist, T',
    issued: '2008',
  });
  const second = await create({
    title: 'Transnational migration',
    author: 'Faist, Thomas',
    issued: '2008',
    publisher: 'Polity',
  });
  expect([first, second]).toEqual(['faist2008', 'faist2008a']);
  const note = await call<{ id: string }>(page, 'createNote', {
    title: 'On Faist',
    body: 'As [@faist2008] argues.',
    links: [{ kind: 'work', workKey: first }],
  });

  // From the Bibliography to the review, by keyboard.
  await page.getByRole('button', { name: 'Find duplicates…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Duplicates', level: 1 }).waitFor();
  const view = visibleView(page);
  const group = view.getByRole('option', { name: /Faist 2008/ });
  await group.waitFor();
  await expect.poll(() => group.textContent()).toContain('Same title, year and first author');
  await group.focus();
  await view.getByRole('radio', { name: `Keep the record ${second}` }).waitFor();
  await page.keyboard.press('Enter');
  // The fuller record (it has the publisher) is proposed to survive.
  await expect.poll(() => focusedLabel(page)).toBe(`Keep the record ${second}`);
  for (let i = 0; i < 5 && !(await focusedLabel(page)).endsWith('’s title'); i++)
    await page.keyboard.press('ArrowDown');
  expect(await focusedLabel(page)).toBe(`Use ${second}’s title`);
  // ← takes the left record's (the one merged away) capitalised title.
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(() => view.getByRole('radio', { name: `Use ${first}’s title` }).isChecked())
    .toBe(true);
  await expect
    .poll(() => view.getByRole('radio', { name: `Use ${second}’s author` }).isChecked())
    .toBe(true);
  await view.getByText('Moving to the kept record: 1 note').waitFor();
  await screenshot(page, 'duplicates-review-1440x900');
  expect(await seriousAxeFindings(page)).toEqual([]);

  // Enter asks first; Enter on the focused Merge merges.
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Merge ${first} into ${second}?` });
  await confirm.waitFor();
  await screenshot(page, 'duplicates-confirm-1440x900');
  await page.keyboard.press('Enter');
  await confirm.waitFor({ state: 'detached' });
  await view.getByText('No likely duplicates', { exact: true }).waitFor();
  await view.getByRole('heading', { name: 'Merges you can undo (1)' }).waitFor();
  await view.getByRole('button', { name: `Open ${second} in the bibliography` }).waitFor();
  await screenshot(page, 'duplicates-merged-1440x900');

  const record = await call<{ work: { csl: Record<string, unknown>; aliases: string[] } }>(
    page,
    'getWorkRecord',
    { key: second },
  );
  expect(record.work.csl.title).toBe('Transnational Migration');
  expect(record.work.csl.publisher).toBe('Polity');
  expect(record.work.aliases).toEqual([first]);
  const { note: moved } = await call<{ note: { body: string; links: { workKey?: string }[] } }>(
    page,
    'getNote',
    { id: note.id },
  );
  expect(moved.body).toBe(`As [@${second}] argues.`);
  expect(moved.links.map((l) => l.workKey)).toEqual([second]);

  // The survivor's record shows the alias.
  await view.getByRole('button', { name: `Open ${second} in the bibliography` }).focus();
  await page.keyboard.press('Enter');
  const pane = page.getByRole('region', { name: 'Selected work' });
  await pane.getByText(`Also known under the key ${first}.`).waitFor();

  // Undo the merge from the review: both records again, the note back on the first.
  await page.getByRole('button', { name: 'Find duplicates…' }).focus();
  await page.keyboard.press('Enter');
  const undo = view.getByRole('button', { name: `Undo the merge of ${first} into ${second}` });
  await undo.focus();
  await page.keyboard.press('Enter');
  await group.waitFor();
  await expect.poll(() => view.locator('.duplicates__done').count()).toBe(0);
  const back = await call<{ note: { links: { workKey?: string }[] } }>(page, 'getNote', {
    id: note.id,
  });
  expect(back.note.links.map((l) => l.workKey)).toEqual([first]);
});

it('marks a pair not duplicates, keeps that after a restart, and takes it back', async () => {
  const { page } = app!;
  const view = visibleView(page);
  const group = view.getByRole('option', { name: /Faist 2008/ });
  await group.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // Tab past the fields to the buttons: Merge, then Not duplicates.
  await view.getByRole('button', { name: 'Not duplicates' }).focus();
  await page.keyboard.press('Enter');
  await view.getByText('No likely duplicates', { exact: true }).waitFor();
  await view.getByRole('heading', { name: 'Marked not duplicates (1)' }).waitFor();
  await screenshot(page, 'duplicates-answered-1440x900');

  await app!.close();
  app = await launchOnBibliography(dataDir, { width: 1024, height: 700 });
  const again = app.page;
  // From the command palette this time.
  await again.keyboard.press('Control+k');
  await again.getByRole('combobox', { name: /Go to/ }).waitFor();
  await again.keyboard.type('find duplicates');
  await again.keyboard.press('Enter');
  await again.getByRole('heading', { name: 'Duplicates', level: 1 }).waitFor();
  const after = visibleView(again);
  await after.getByText('No likely duplicates', { exact: true }).waitFor();
  const propose = after.getByRole('button', {
    name: 'Propose faist2008 and faist2008a as duplicates again',
  });
  await propose.focus();
  await again.keyboard.press('Enter');
  const back = after.getByRole('option', { name: /Faist 2008/ });
  await back.waitFor();
  await back.focus();
  await again.keyboard.press('Enter');
  await after.getByRole('radio', { name: 'Keep the record faist2008a' }).waitFor();
  await screenshot(again, 'duplicates-review-1024x700');

  // A third record joins the group: its pairs are compared two at a time.
  await call(again, 'createWork', {
    type: 'book',
    fields: { title: 'Transnational migration', author: 'Faist, Thomas', issued: '2008' },
  });
  const pairs = after.getByRole('group', { name: 'Pairs of this group' });
  await expect.poll(() => pairs.getByRole('button').count()).toBe(3);
  await expect.poll(() => after.getByRole('option', { name: /3 records/ }).count()).toBe(1);
  await pairs.getByRole('button').nth(1).focus();
  await again.keyboard.press('Enter');
  await expect
    .poll(() => pairs.getByRole('button').nth(1).getAttribute('aria-pressed'))
    .toBe('true');
  await screenshot(again, 'duplicates-group-of-three-1024x700');
}, 60_000); // a second launch: over 20 s on a loaded machine

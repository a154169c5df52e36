// e2e: the bibliography lists every work with its citation count; a work opens in full.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { openView, visibleView, waitForPaper } from './appHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

interface Summary {
  key: string;
  timesCited: number;
  citationIds: string[];
}

it('lists every work with correct counts and shows one in full', async () => {
  const { page } = app;
  await openView(page, 'Bibliography');
  const { works, citations } = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        scholion: {
          listWorks: (i: object) => Promise<Summary[]>;
          getDocument: (i: object) => Promise<{ citations: { workId: string | null }[] }>;
        };
      }
    ).scholion;
    return {
      works: await api.listWorks({}),
      citations: (await api.getDocument({ documentId: 'lavenex-panizzon-2013' })).citations,
    };
  });
  const rows = await visibleView(page)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        key: (tr as HTMLElement).dataset.workRow!,
        cited: Number(tr.querySelector('td.col-cited')!.textContent),
      })),
    );
  expect(rows.map((r) => r.key).sort()).toEqual(works.map((w) => w.key).sort());
  for (const row of rows) {
    // The count shown is the number of in-text citations that resolve to the work.
    expect(row.cited).toBe(citations.filter((c) => c.workId === row.key).length);
  }
  expect(rows.find((r) => r.key === 'betts2011c')!.cited).toBe(2);
  expect(rows.find((r) => r.key === 'abrahamsen2004')!.cited).toBe(3);

  await page.getByRole('button', { name: /^Cited/ }).click();
  // Editors are found too: Panizzon co-edited Kunz et al. 2011 and its chapters, and co-wrote
  // Lavenex & Panizzon 2013 (issue 10 item 15).
  await page.getByRole('searchbox', { name: 'Filter works' }).fill('panizzon');
  await expect.poll(() => visibleView(page).locator('tbody tr').count()).toBe(4);
  await expect(
    visibleView(page)
      .getByRole('button', { name: /The Promise of Partnership/ })
      .count(),
  ).resolves.toBe(1);
  await page.getByRole('searchbox', { name: 'Filter works' }).fill('betts');
  // The service filters: the rows follow a moment later.
  await expect.poll(() => visibleView(page).locator('tbody tr').count()).toBe(3);
  await page.getByRole('button', { name: /Role of Trans-regionalism/ }).click();
  const pane = page.getByRole('region', { name: 'Selected work' });
  await pane.getByRole('heading', { name: /Role of Trans-regionalism/ }).waitFor();
  await pane.getByLabel('BibTeX entry').waitFor();
  await expect(pane.getByLabel('BibTeX entry').textContent()).resolves.toMatch(
    /^@\w+\{betts2011c,/m,
  );
  const refs = await pane.locator('.reference__text').allTextContents();
  expect(refs).toHaveLength(2);
  expect(refs[0]).toMatch(
    /^Betts, A\. \(2011c\)\. The Global Governance of Migration and the Role of Trans-regionalism\. In R\. Kunz/,
  );
  // Chicago title-cases the chapter title.
  expect(refs[1]).toMatch(
    /^Betts, Alexander\. 2011c\. “The Global Governance of Migration and the Role of Trans-Regionalism\.”/,
  );
  await pane.getByText('Likely', { exact: true }).waitFor();
  await expect.poll(() => pane.getByRole('button', { name: 'Show in the paper' }).count()).toBe(2);
  await screenshot(page, 'bibliography-detail');

  await pane.getByRole('button', { name: 'Show in the paper' }).last().click();
  await page.waitForFunction(() => document.title.startsWith('Reader'));
  await expect(page.locator('mark.passage-mark').allTextContents()).resolves.toEqual(
    expect.arrayContaining([expect.stringContaining('Betts 2011c: 41')]),
  );
  expect(app.errors).toEqual([]);
});

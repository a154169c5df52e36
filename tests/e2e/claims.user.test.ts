// e2e: the user's own claims — recorded with a stance per work, shown beside the paper's claims,
// and on each work's detail grouped by stance; a claim on selected text keeps its passage.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchApp, screenshot, type LaunchedApp } from './harness';
import { seriousAxeFindings, waitForPaper } from './appHelpers';
import { selectInPaper, showView } from './userDataHelpers';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
  app.page.setDefaultTimeout(5000);
  await waitForPaper(app.page);
});
afterAll(() => app?.close());

const STATEMENT = 'Partnership in RCPs masks one-sided policy transfer.';

async function addWork(
  form: ReturnType<LaunchedApp['page']['locator']>,
  key: string,
  stance: string,
) {
  // Found by typing its key, then picked from the list of matches.
  const linked = form.locator('.claim-form__link');
  const before = await linked.count();
  await form.getByRole('combobox', { name: 'Add a work' }).fill(key);
  await form.locator(`[role="option"][data-work-key="${key}"]`).click();
  await expect.poll(() => linked.count()).toBe(before + 1);
  await form.locator('.claim-form__link').last().getByRole('combobox').selectOption(stance);
}

it('records a claim with supporting, contrasting and mentioning works', async () => {
  const { page } = app;
  await showView(page, 'Claims');
  await page.getByRole('button', { name: 'New claim' }).click();
  const form = page.getByRole('form', { name: 'New claim' });
  await form.getByRole('textbox', { name: 'Your claim' }).fill(STATEMENT);
  await addWork(form, 'lavenex2008', 'supporting');
  await addWork(form, 'betts2011c', 'contrasting');
  await addWork(form, 'kohler2011', 'mentioning');
  await form.getByRole('button', { name: 'Record claim' }).click();

  const mine = page.locator('.claim-item--user');
  await mine.first().waitFor();
  await expect(mine.locator('.claim-item__text').textContent()).resolves.toBe(STATEMENT);
  await expect(mine.getByRole('list', { name: 'Supporting works' }).textContent()).resolves.toBe(
    'Lavenex 2008',
  );
  await expect(mine.getByRole('list', { name: 'Contrasting works' }).textContent()).resolves.toBe(
    'Betts 2011c',
  );
  // The paper's claims follow, each with its notes and "Add to list".
  await expect
    .poll(() => page.locator('.claim-item:not(.claim-item--user)').count())
    .toBeGreaterThan(10);
  await screenshot(page, 'claims-with-user-claims');
  expect(await seriousAxeFindings(page)).toEqual([]);
});

it('shows every claim involving a work on its detail, grouped by stance', async () => {
  const { page } = app;
  await showView(page, 'Bibliography');
  await page.locator('[data-work-key="betts2011c"]').click();
  const pane = page.getByRole('region', { name: 'Selected work' });
  const user = pane.getByRole('region', { name: /Your claims involving it/ });
  await expect
    .poll(() => user.getByRole('heading', { level: 4 }).allTextContents())
    .toEqual(['Contrasting (1)']);
  await expect(user.locator('[data-stance="contrasting"] li').textContent()).resolves.toBe(
    STATEMENT,
  );
  // The paper's claims citing it are listed too.
  // (Main aggregates the citing papers after the detail shows: wait for them.)
  await expect
    .poll(() =>
      pane.getByRole('heading', { name: /^Cited by your paper, 2 times, in 2 claims/ }).count(),
    )
    .toBe(1);
  await user.locator('[data-stance="contrasting"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'work-detail-claims-by-stance');

  await page.locator('[data-work-key="lavenex2008"]').click();
  await expect
    .poll(() =>
      pane
        .getByRole('region', { name: /Your claims involving it/ })
        .getByRole('heading', { level: 4 })
        .allTextContents(),
    )
    .toEqual(['Supporting (1)']);

  // A click on the claim opens it in the claims view.
  await pane.getByRole('button', { name: STATEMENT }).click();
  await page.waitForFunction(() => document.title.startsWith('Claims'));
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('.claim-item--user') !== null))
    .toBe(true);
});

it('records a claim on text selected in the reader, keeping the passage', async () => {
  const { page } = app;
  await showView(page, 'Reader');
  await selectInPaper(page, 'an exercise of "extra-territorial authority" (Betts 2011c: 41)');
  await page
    .getByRole('toolbar', { name: 'Selected text' })
    .getByRole('button', { name: 'Claim on selection' })
    .click();
  await page.waitForFunction(() => document.title.startsWith('Claims'));
  const form = page.getByRole('form', { name: 'New claim' });
  await expect(form.textContent()).resolves.toContain(
    '“an exercise of "extra-territorial authority" (Betts 2011c: 41)”',
  );
  await expect(
    form.getByRole('combobox', { name: /^Stance of Betts 2011c/ }).inputValue(),
  ).resolves.toBe('supporting');
  await form
    .getByRole('textbox', { name: 'Your claim' })
    .fill('RCPs extend authority beyond borders.');
  await form.getByRole('button', { name: 'Record claim' }).click();
  const claim = page.locator('.claim-item--user', {
    hasText: 'RCPs extend authority beyond borders.',
  });
  await claim.getByRole('button', { name: 'Show in the paper' }).click();
  await page.waitForFunction(() => document.title.startsWith('Reader'));
  await expect
    .poll(() => page.locator('mark.passage-mark').allTextContents())
    .toEqual(expect.arrayContaining([expect.stringContaining('extra-territorial authority')]));
  expect(app.errors).toEqual([]);
});
